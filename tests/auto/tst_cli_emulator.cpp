// mqdesk-cli end to end against a real mqdesk-emulator ($MQDESK_CLI, $MQDESK_EMULATOR):
// list_instances, API errors (exit 3) with the ApiError on stderr, a refused signature, the
// built-in Sandbox profile, and every RocketMQ operation of the table answered by the
// operation's handler.
#include "api/operations.h"
#include "cli/clioptions.h"
#include "cliprocess.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

class tst_CliEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endToEndAgainstEmulator();
    void everyRocketMqOperationAnswersThroughTheEmulator();
};

void tst_CliEmulator::endToEndAgainstEmulator()
{
    TestSupport::EmulatorProcess emulator;
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    const QUrl url = emulator.url();
    // The emulator's documented sandbox key pair and project (mqdesk-emulator --help).
    const QHash<QString, QString> keys {{u"CLOUD_SDK_AK"_s, u"MQDESKSANDBOXAK00001"_s},
                                        {u"CLOUD_SDK_SK"_s, u"mqdeskSandboxSecretKeyNotASecret00000001"_s}};
    const QStringList base {u"--endpoint"_s, url.toString(), u"--project-id"_s, u"0a1b2c3d4e5f40718293a4b5c6d7e8f9"_s};

    const CliRun list = runCli(base + QStringList {u"list_instances"_s}, keys);
    if (list.exitCode != 0 && list.err.contains("No route"))
        QSKIP("the emulator does not serve list_instances yet");
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.outJson().value("instances"_L1).isArray());

    const CliRun missing =
        runCli(base + QStringList {u"show_instance"_s, u"instance_id=00000000-0000-0000-0000-000000000000"_s}, keys);
    QCOMPARE(missing.exitCode, int(Cli::ExitApi));
    const QJsonObject e = missing.errJson();
    QVERIFY2(e.value("http_status"_L1).toInt() >= 400, missing.err.constData());
    QVERIFY(e.value("error_code"_L1).toString().startsWith(u"DMS."_s));
    QVERIFY(!e.value("error_msg"_L1).toString().isEmpty());

    // The built-in Sandbox profile brings the emulator's key pair and project.
    const CliRun sandbox = runCli({u"--profile"_s, u"Sandbox"_s, u"--endpoint"_s, url.toString(), u"list_instances"_s},
                                  {{u"HOME"_s, emulator.dataDir()}, {u"XDG_CONFIG_HOME"_s, emulator.dataDir()}});
    QVERIFY2(sandbox.exitCode == 0, sandbox.err.constData());
    QCOMPARE(sandbox.outJson(), list.outJson());

    // A wrong secret is refused by the emulator's signature check: an API error, not usage.
    const CliRun badKey = runCli(base + QStringList {u"list_instances"_s},
                                 {{u"CLOUD_SDK_AK"_s, u"MQDESKSANDBOXAK00001"_s}, {u"CLOUD_SDK_SK"_s, u"wrong"_s}});
    QCOMPARE(badKey.exitCode, int(Cli::ExitApi));
    QCOMPARE(badKey.errJson().value("http_status"_L1).toInt(), 401);

    QVERIFY(emulator.stop());
}

void tst_CliEmulator::everyRocketMqOperationAnswersThroughTheEmulator()
{
    TestSupport::EmulatorProcess emulator;
    emulator.setExtraArguments({u"--create-delay"_s, u"0"_s});
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    const QUrl url = emulator.url();
    const QHash<QString, QString> keys {{u"CLOUD_SDK_AK"_s, u"MQDESKSANDBOXAK00001"_s},
                                        {u"CLOUD_SDK_SK"_s, u"mqdeskSandboxSecretKeyNotASecret00000001"_s}};
    const QStringList base {
        u"--endpoint"_s, url.toString(), u"--project-id"_s, u"0a1b2c3d4e5f40718293a4b5c6d7e8f9"_s, u"--no-validate"_s,
        u"--retries"_s,  u"0"_s};

    // An instance to work in, created with the reference's example body.
    const Api::Operation *create = Api::OperationTable::builtin().find(u"create_instance"_s);
    const QByteArray createBody = QJsonDocument(create->exampleRequest().toObject()).toJson(QJsonDocument::Compact);
    const CliRun created =
        runCli(base + QStringList {u"create_instance"_s, u"--body"_s, QString::fromUtf8(createBody)}, keys);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString instanceId = created.outJson().value("instance_id"_L1).toString();
    QVERIFY(!instanceId.isEmpty());

    // Sample values for every path and query parameter the RocketMQ operations take.
    const QVariantMap samples {{u"instance_id"_s, instanceId},
                               {u"topic"_s, u"topic-test"_s},
                               {u"group"_s, u"consumer-group-test"_s},
                               {u"user_name"_s, u"user_name"_s},
                               {u"task_id"_s, u"ff80808272dcc90f0172df1e490f41b0"_s},
                               {u"msg_id"_s, u"C0A807C9000027740000000000000030"_s},
                               {u"product_id"_s, u"c6.4u8g.cluster"_s},
                               {u"broker_num"_s, u"1"_s},
                               {u"overwrite"_s, u"true"_s},
                               {u"name"_s, u"task-1"_s},
                               {u"type"_s, u"rocketmq"_s}};
    // Creations first, deletions last, so most calls find what they ask for.
    QList<const Api::Operation *> ops;
    for (const Api::Operation &op : Api::OperationTable::builtin().all())
        if (op.isRocketMq() && op.id != QLatin1String("create_instance"))
            ops.append(&op);
    const auto rank = [](const Api::Operation *op) {
        if (op->id.startsWith(u"create"_s))
            return 0;
        if (op->id.contains(u"delete"_s))
            return 2;
        return 1;
    };
    std::stable_sort(ops.begin(), ops.end(), [&](auto *a, auto *b) { return rank(a) < rank(b); });

    int answered = 0;
    QStringList apiErrors;
    for (const Api::Operation *op : std::as_const(ops)) {
        QStringList args = base + QStringList {op->id};
        for (const Api::OperationParam &p : op->pathParams)
            if (p.name != QLatin1String("project_id") && p.name != QLatin1String("engine"))
                args.append(p.name + u'=' + samples.value(p.name).toString());
        for (const Api::OperationParam &p : op->queryParams)
            if (p.required && p.name != QLatin1String("engine"))
                args.append(p.name + u'=' + samples.value(p.name, u"x"_s).toString());
        if (op->hasBody && op->exampleRequest().isObject())
            args << u"--body"_s
                 << QString::fromUtf8(QJsonDocument(op->exampleRequest().toObject()).toJson(QJsonDocument::Compact));
        else if (op->hasBody && op->canonicalId().startsWith(u"send_message"_s))
            args << u"--body"_s << u"{\"topic\":\"topic-test\",\"body\":\"hello\"}"_s;
        const CliRun r = runCli(args, keys);
        const QJsonObject e = r.errJson();
        const QString what = op->id + u": "_s + QString::fromUtf8(r.err.left(400));
        // An answer from the operation's handler: success, or an API error about the request,
        // never "no such URL", "wrong method" or "not implemented".
        QVERIFY2(r.exitCode == 0 || r.exitCode == int(Cli::ExitApi), qPrintable(what));
        if (r.exitCode == int(Cli::ExitApi)) {
            QVERIFY2(e.value("error_msg"_L1).toString() != QLatin1String("The requested URL does not exist."),
                     qPrintable(what));
            QVERIFY2(e.value("http_status"_L1).toInt() != 405 && e.value("http_status"_L1).toInt() != 501,
                     qPrintable(what));
            apiErrors.append(op->id + u" "_s + e.value("error_code"_L1).toString());
        }
        ++answered;
    }
    qInfo().noquote() << answered << "operations answered," << apiErrors.size()
                      << "of them with an API error:" << apiErrors.join(u", "_s);
    QVERIFY(answered >= 67); // 57 documented (minus create_instance) + send_message_web + 11 SDK spellings

    QVERIFY(emulator.stop());
}

QTEST_GUILESS_MAIN(tst_CliEmulator)
#include "tst_cli_emulator.moc"
