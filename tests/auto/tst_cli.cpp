// The real mqdesk-cli binary ($MQDESK_CLI) run with QProcess: --list against the TSV files,
// usage errors (exit 2), a loopback responder for success, API errors (exit 3), refused and
// silent servers (exit 4), --verbose redaction and saved profiles. tst_cli_emulator runs it
// against a real mqdesk-emulator.
#include "cli/clioptions.h"
#include "cliprocess.h"
#include "loopbackhttpserver.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::LoopbackHttpServer;

namespace {

const QString Ak = u"EXAMPLEAK0123456789Z"_s;
const QString Sk = u"EXAMPLEsk0123456789abcdefghijklmnopqrstu"_s;
const QString Project = u"0123456789abcdef0123456789abcdef"_s;

using Run = TestSupport::CliRun;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void versionAndHelp();
    void listHasEveryTsvOperation();
    void describeShowsParameters();
    void usageErrors_data();
    void usageErrors();
    void successPrintsTheAnswer();
    void bodyFromFileIsSentAsIs();
    void apiErrorExits3();
    void connectionRefusedExits4();
    void timeoutExits4();
    void verboseRedactsSecrets();
    void unknownParameterWarnsAndPassesThrough();
    void profileSuppliesEndpointAndProject();
    void profileWithoutKeychainIsAUsageError();

private:
    Run run(const QStringList &args, const QHash<QString, QString> &env = {}, bool withKeys = true);
    QStringList at(const QStringList &args) const;

    std::unique_ptr<LoopbackHttpServer> m_server;
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestSupport::cliExecutable()), "MQDESK_CLI must name the built mqdesk-cli");
}

void tst_Cli::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void tst_Cli::cleanup()
{
    m_server.reset();
}

Run tst_Cli::run(const QStringList &args, const QHash<QString, QString> &env, bool withKeys)
{
    QHash<QString, QString> all = env;
    if (withKeys) {
        all.insert(u"CLOUD_SDK_AK"_s, Ak);
        all.insert(u"CLOUD_SDK_SK"_s, Sk);
    }
    return TestSupport::runCli(args, all);
}

QStringList tst_Cli::at(const QStringList &args) const
{
    return QStringList {u"--endpoint"_s, m_server->url().toString(), u"--project-id"_s, Project} + args;
}

void tst_Cli::versionAndHelp()
{
    Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("mqdesk-cli "));
    r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--endpoint"));
    QVERIFY(r.out.contains("CLOUD_SDK_AK"));
}

void tst_Cli::listHasEveryTsvOperation()
{
    const Run r = run({u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    QHash<QString, QString> lines;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.isEmpty())
            lines.insert(QString::fromUtf8(line.left(line.indexOf(' '))), QString::fromUtf8(line));
    int rows = 0;
    for (const QString &file : {u"api/endpoints-part1.tsv"_s, u"api/endpoints-part2.tsv"_s}) {
        const QList<QByteArray> tsv = TestSupport::readData(file).split('\n');
        for (qsizetype i = 1; i < tsv.size(); ++i) {
            const QStringList cols = QString::fromUtf8(tsv.at(i)).split(u'\t');
            if (cols.size() < 4)
                continue;
            ++rows;
            QVERIFY2(lines.contains(cols.at(0)), qPrintable(cols.at(0)));
            const QStringList words = lines.value(cols.at(0)).split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(words.at(1), cols.at(1));
            QCOMPARE(words.at(2), cols.at(2));
        }
    }
    QCOMPARE(rows, 61);
    QVERIFY(lines.value(u"list_messages_for_rocketmq"_s).contains(u"alias of list_messages"_s));
}

void tst_Cli::describeShowsParameters()
{
    Run r = run({u"--describe"_s, u"reset_consumer_offset"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group}/reset-message-offset"));
    QVERIFY(r.out.contains("timestamp (string, required)"));
    QVERIFY(r.out.contains("Example body:"));
    r = run({u"--describe"_s, u"no_such_thing"_s});
    QCOMPARE(r.exitCode, 2);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKeys");
    QTest::addColumn<QString>("message");
    const QStringList ep {u"--endpoint"_s, u"http://127.0.0.1:9"_s, u"--project-id"_s, Project};
    QTest::newRow("no operation") << QStringList {} << true << u"no operation given"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s, u"list_instances"_s} << true << u"frobnicate"_s;
    QTest::newRow("unknown operation") << ep + QStringList {u"list_everything"_s} << true
                                       << u"unknown operation \"list_everything\""_s;
    QTest::newRow("not name=value") << ep + QStringList {u"list_topics"_s, u"instance_id"_s} << true
                                    << u"not a name=value parameter"_s;
    QTest::newRow("twice") << ep + QStringList {u"list_topics"_s, u"limit=1"_s, u"limit=2"_s} << true
                           << u"given twice"_s;
    QTest::newRow("bad json body") << ep + QStringList {u"send_message"_s, u"--body"_s, u"{topic:"_s} << true
                                   << u"not valid JSON"_s;
    QTest::newRow("missing body file") << ep + QStringList {u"send_message"_s, u"--body"_s, u"@/nonexistent.json"_s}
                                       << true << u"cannot read the body file"_s;
    QTest::newRow("limit above 50") << ep + QStringList {u"list_topics"_s, u"instance_id=i"_s, u"limit=51"_s} << true
                                    << u"limit must be between 1 and 50, not 51."_s;
    QTest::newRow("bad engine") << ep +
            QStringList {u"list_messages"_s, u"instance_id=i"_s, u"topic=t"_s, u"engine=kafka"_s}
                                << true << u"engine must be one of rocketmq, reliability"_s;
    QTest::newRow("missing path parameter")
        << ep + QStringList {u"show_topic"_s, u"instance_id=i"_s} << true << u"topic is required."_s;
    QTest::newRow("missing body field") << ep +
            QStringList {u"send_message"_s, u"instance_id=i"_s, u"--body"_s, u"{\"topic\":\"t\"}"_s}
                                        << true << u"body is required in the body."_s;
    QTest::newRow("body for a GET") << ep + QStringList {u"list_instances"_s, u"--body"_s, u"{}"_s} << true
                                    << u"takes no request body"_s;
    QTest::newRow("no credentials") << ep + QStringList {u"list_instances"_s} << false << u"no credentials"_s;
    QTest::newRow("no endpoint") << QStringList {u"--project-id"_s, Project, u"list_instances"_s} << true
                                 << u"no endpoint"_s;
    QTest::newRow("unknown region") << QStringList {u"--region"_s, u"xx-nowhere-1"_s, u"list_instances"_s} << true
                                    << u"unknown region"_s;
    QTest::newRow("no project") << QStringList {u"--endpoint"_s, u"http://127.0.0.1:9"_s, u"list_instances"_s} << true
                                << u"needs a project id"_s;
    QTest::newRow("rpc operation without its parameters")
        << ep + QStringList {u"mqtt_send_message"_s} << true << u"MqttTopic is required."_s;
    QTest::newRow("bad endpoint") << QStringList {u"--endpoint"_s, u"ftp://x"_s, u"list_instances"_s} << true
                                  << u"needs an http(s) URL"_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKeys);
    QFETCH(QString, message);
    const Run r = run(args, {}, withKeys);
    QCOMPARE(r.exitCode, int(Cli::ExitUsage));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_Cli::successPrintsTheAnswer()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(200, R"({"total":1,"topics":[{"name":"topic-1","permission":"all"}]})");
    });
    const Run r = run(at({u"list_topics"_s, u"instance_id=inst 1"_s, u"limit=50"_s, u"offset=0"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outJson().value("topics"_L1).toArray().first().toObject().value("name"_L1).toString(), u"topic-1"_s);
    QVERIFY(r.out.contains("\n    \"total\": 1")); // pretty-printed
    QCOMPARE(m_server->requestCount(), 1);
    const HttpRequest &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, "/v2/" + Project.toLatin1() + "/instances/inst%201/topics");
    const QUrlQuery query(QString::fromLatin1(req.query));
    QCOMPARE(query.queryItemValue(u"limit"_s), u"50"_s);
    QCOMPARE(query.queryItemValue(u"offset"_s), u"0"_s);
    QVERIFY(req.header("Authorization").startsWith(QByteArray("SDK-HMAC-SHA256 Access=" + Ak.toLatin1())));
    QCOMPARE(req.header("X-Project-Id"), Project.toLatin1());
}

void tst_Cli::bodyFromFileIsSentAsIs()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(200, R"({"msg_id":"C0A8","queue_id":1,"queue_offset":7,"broker_name":"broker-0"})");
    });
    QTemporaryDir dir;
    QFile file(dir.filePath(u"body.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray body =
        R"({"topic": "orders", "body": "héllo", "property_list": [{"name": "TAGS", "value": "a"}]})";
    file.write(body);
    file.close();
    const Run r = run(
        at({u"send_message"_s, u"engine=reliability"_s, u"instance_id=i-1"_s, u"--body"_s, u"@"_s + file.fileName()}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outJson().value("queue_offset"_L1).toInt(), 7);
    const HttpRequest &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, "/v2/reliability/" + Project.toLatin1() + "/instances/i-1/messages");
    QCOMPARE(req.body, body);
}

void tst_Cli::apiErrorExits3()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(404, R"({"error_code":"DMS.00404022","error_msg":"The topic does not exist."})",
                                  {{"X-Request-Id", "req-4711"}});
    });
    const Run r = run(at({u"show_topic"_s, u"instance_id=i"_s, u"topic=%DLQ%g1"_s}));
    QCOMPARE(r.exitCode, int(Cli::ExitApi));
    QVERIFY(r.out.isEmpty());
    const QJsonObject e = r.errJson();
    QCOMPARE(e.value("http_status"_L1).toInt(), 404);
    QCOMPARE(e.value("error_code"_L1).toString(), u"DMS.00404022"_s);
    QCOMPARE(e.value("error_msg"_L1).toString(), u"The topic does not exist."_s);
    QCOMPARE(e.value("request_id"_L1).toString(), u"req-4711"_s);
    QVERIFY(e.value("url"_L1).toString().endsWith(u"/topics/%25DLQ%25g1"_s));
    QCOMPARE(m_server->requests().first().path, "/v2/" + Project.toLatin1() + "/instances/i/topics/%25DLQ%25g1");
}

void tst_Cli::connectionRefusedExits4()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const Run r = run({u"--endpoint"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--project-id"_s, Project, u"--retries"_s,
                       u"0"_s, u"list_instances"_s});
    QCOMPARE(r.exitCode, int(Cli::ExitNetwork));
    QCOMPARE(r.errJson().value("kind"_L1).toString(), u"network"_s);
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::timeoutExits4()
{
    m_server->setHandler([](const HttpRequest &) { return std::nullopt; }); // never answers
    const Run r = run(at({u"--timeout"_s, u"0.3"_s, u"--retries"_s, u"0"_s, u"list_instances"_s}));
    QCOMPARE(r.exitCode, int(Cli::ExitNetwork));
    QCOMPARE(r.errJson().value("kind"_L1).toString(), u"timeout"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_Cli::verboseRedactsSecrets()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, R"({"access_key":"u1"})"); });
    const Run r =
        run(at({u"-v"_s, u"create_user"_s, u"instance_id=i"_s, u"--body"_s,
                u"{\"access_key\":\"u1\",\"secret_key\":\"Passw0rd!Topsecret\",\"default_topic_perm\":\"SUB\"}"_s}),
            {{u"CLOUD_SDK_SECURITY_TOKEN"_s, u"tokenTOKENtoken"_s}});
    QCOMPARE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"> POST http://127.0.0.1:"_s), qPrintable(err));
    QVERIFY(err.contains(u"> Authorization: SDK-HMAC-SHA256"_s));
    QVERIFY(err.contains(u"SignedHeaders="_s));
    QVERIFY(err.contains(u"< 200"_s));
    QVERIFY(err.contains(u"access key "_s + Ak));
    // Neither the SK, the security token nor the body's secret appear.
    QVERIFY(!err.contains(Sk));
    QVERIFY(!err.contains(u"tokenTOKENtoken"_s));
    QVERIFY(!err.contains(u"Passw0rd!Topsecret"_s));
    QVERIFY(!r.out.contains(Sk.toLatin1()));
    // ...while the server really got them.
    QCOMPARE(m_server->requests().first().header("X-Security-Token"), QByteArray("tokenTOKENtoken"));
    QVERIFY(m_server->requests().first().body.contains("Passw0rd!Topsecret"));
}

void tst_Cli::unknownParameterWarnsAndPassesThrough()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, R"({"brokers":[]})"); });
    const Run r = run(at({u"list_brokers"_s, u"instance_id=i"_s, u"color=blue"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("warning: list_brokers documents no parameter \"color\""));
    QCOMPARE(QUrlQuery(QString::fromLatin1(m_server->requests().first().query)).queryItemValue(u"color"_s), u"blue"_s);
}

void tst_Cli::profileSuppliesEndpointAndProject()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"mqdesk.ini"_s);
    {
        const auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore store(settings.get());
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Staging"_s;
        p.region = u"cn-north-4"_s;
        p.dmsEndpoint = m_server->url();
        p.iamEndpoint = m_server->url();
        p.projectId = u"fedcba9876543210fedcba9876543210"_s;
        p.accessKey = Ak;
        QVERIFY(store.save(p));
    }
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, R"({"instances":[]})"); });
    // CLOUD_SDK_AK/SK win over the keychain; endpoint and project come from the profile.
    const Run r = run({u"--settings"_s, ini, u"--profile"_s, u"staging"_s, u"list_instances"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().first().path, QByteArray("/v2/fedcba9876543210fedcba9876543210/instances"));
    const Run unknown = run({u"--settings"_s, ini, u"--profile"_s, u"prod"_s, u"list_instances"_s});
    QCOMPARE(unknown.exitCode, int(Cli::ExitUsage));
    QVERIFY(unknown.err.contains("no profile named \"prod\""));
}

void tst_Cli::profileWithoutKeychainIsAUsageError()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"mqdesk.ini"_s);
    {
        const auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore store(settings.get());
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"nokeys"_s;
        p.dmsEndpoint = m_server->url();
        p.projectId = Project;
        p.accessKey = Ak;
        QVERIFY(store.save(p));
    }
    // No CLOUD_SDK_* and no D-Bus session here: the secret cannot be read.
    const Run r =
        run({u"--settings"_s, ini, u"--profile"_s, u"nokeys"_s, u"list_instances"_s},
            {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s}, {u"DISPLAY"_s, QString()}}, false);
    QCOMPARE(r.exitCode, int(Cli::ExitUsage));
    QVERIFY2(r.err.contains("cannot read the secret_key of profile \"nokeys\""), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
