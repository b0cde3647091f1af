// mqdesk-cli ($MQDESK_CLI) against a real mqdesk-emulator --demo child process: the four
// operation names of issue E (kafka_resend_message, dms_v1_list_queues,
// dms_v1_send_queue_messages, mqtt_send_message) and list_instances engine=kafka, with the
// documented errors and exit code 3 for bad input.
#include "cli/clioptions.h"
#include "emulatorprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject outJson() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject errJson() const { return QJsonDocument::fromJson(err.mid(err.indexOf('{'))).object(); }
};

} // namespace

class tst_CliServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QString::fromLocal8Bit(qgetenv("MQDESK_CLI"))), "MQDESK_CLI must be set");
        m_emulator.setExtraArguments({u"--demo"_s});
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void kafka()
    {
        Run r = run({u"list_instances"_s, u"engine=kafka"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray instances = r.outJson().value("instances"_L1).toArray();
        QCOMPARE(instances.size(), 1);
        const QString id = instances.at(0)["instance_id"_L1].toString();
        r = run({u"list_topics"_s, u"instance_id="_s + id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"topic-test\""));

        const QString body =
            u"{\"topic\":\"topic-test\",\"partition\":0,\"message_offset\":4,\"consumer_key\":\"keyA\"}"_s;
        r = run({u"kafka_resend_message"_s, u"instance_id="_s + id, u"--body"_s, body});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson(), QJsonDocument::fromJson(body.toUtf8()).object());

        r = run({u"kafka_resend_message"_s, u"instance_id=no-such-instance"_s, u"--body"_s, body});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value("error_code"_L1).toString(), u"DMS.00404022"_s);
        r = run({u"kafka_resend_message"_s, u"instance_id="_s + id, u"--body"_s,
                 u"{\"topic\":\"topic-test\",\"partition\":0,\"message_offset\":1000}"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value("http_status"_L1).toInt(), 400);
    }

    void queues()
    {
        Run r = run({u"dms_v1_list_queues"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject queue = r.outJson().value("queues"_L1).toArray().at(0).toObject();
        QCOMPARE(queue.value("name"_L1).toString(), u"demo-queue"_s);
        const QString id = queue.value("id"_L1).toString();
        const qint64 before = qint64(queue.value("produced_messages"_L1).toDouble());

        r = run(
            {u"dms_v1_send_queue_messages"_s, u"queue_id="_s + id, u"--body"_s,
             u"{\"messages\":[{\"body\":\"TEST11\",\"attributes\":{\"a\":\"1\"}},{\"body\":{\"foo\":\"x\"}}],\"returnId\":true}"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().value("messages"_L1).toArray().size(), 2);

        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QJsonObject {{u"body"_s, u"m"_s}});
        r = run(
            {u"dms_v1_send_queue_messages"_s, u"queue_id="_s + id, u"--body"_s,
             QString::fromUtf8(QJsonDocument(QJsonObject {{u"messages"_s, eleven}}).toJson(QJsonDocument::Compact))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value("error_code"_L1).toString(), u"DMS.10540010"_s);

        r = run({u"dms_v1_list_queues"_s});
        QCOMPARE(qint64(r.outJson().value("queues"_L1).toArray().at(0)["produced_messages"_L1].toDouble()), before + 2);
    }

    void mqtt()
    {
        Run r =
            run({u"mqtt_send_message"_s, u"InstanceId=mqtt-demo-1"_s, u"MqttTopic=TopicA"_s, u"Payload=dGVzdA=="_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().value("MsgId"_L1).toString().size(), 32);
        QVERIFY(!r.outJson().value("RequestId"_L1).toString().isEmpty());

        // Alibaba's own variables win for RPC operations.
        r = run({u"mqtt_send_message"_s, u"InstanceId=mqtt-demo-1"_s, u"MqttTopic=TopicA"_s, u"Payload=x"_s},
                {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString::fromLatin1(TestSupport::EmulatorProcess::accessKey())},
                 {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"wrong"_s}});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value("error_code"_L1).toString(), u"SignatureDoesNotMatch"_s);

        r = run({u"mqtt_send_message"_s, u"InstanceId=post-cn-nope"_s, u"MqttTopic=TopicA"_s, u"Payload=x"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value("error_code"_L1).toString(), u"InstancePermissionCheckFailed"_s);
    }

private:
    Run run(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CLOUD_SDK_AK"_s, QString::fromLatin1(TestSupport::EmulatorProcess::accessKey()));
        environment.insert(u"CLOUD_SDK_SK"_s, QString::fromLatin1(TestSupport::EmulatorProcess::secretKey()));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QString::fromLocal8Bit(qgetenv("MQDESK_CLI")),
                      QStringList {u"--endpoint"_s, m_emulator.url().toString(), u"--project-id"_s,
                                   TestSupport::EmulatorProcess::projectId()} +
                          args);
        Run r;
        if (!finished.wait(30000))
            return r;
        r.exitCode = process.exitCode();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        if (r.exitCode != 0)
            qInfo().noquote() << args.first() << "->" << r.exitCode << QString::fromUtf8(r.err).left(400);
        return r;
    }

    TestSupport::EmulatorProcess m_emulator;
};

QTEST_GUILESS_MAIN(tst_CliServices)
#include "tst_cli_services.moc"
