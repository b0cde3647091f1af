// DMS for Kafka end to end (in-process emulator over loopback): instances by engine=kafka,
// topics with partitions, the resend of seed 004 on both paths and with an IAM token, and
// bad input answered with the documented error bodies while nothing is stored.
#include "api/apiclient.h"
#include "api/kafka.h"
#include "api/requestlog.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "kafka/kafkaservice.h"
#include "server.h"
#include "store.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::InProcessEmulator;
using TestSupport::waitForCall;

class tst_KafkaResend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(TestSupport::startServicesEmulator(m_emulator, m_client, &error), qPrintable(error));
        const auto result = waitForCall(Api::Kafka::listInstances(m_client.get(), this));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const QJsonArray instances = result.object().value("instances"_L1).toArray();
        QCOMPARE(instances.size(), 1);
        QCOMPARE(instances.at(0)["engine"_L1].toString(), u"kafka"_s);
        QCOMPARE(instances.at(0)["name"_L1].toString(), u"demo-kafka"_s);
        m_instance = instances.at(0)["instance_id"_L1].toString();
    }
    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void rocketMqListHasNoKafka()
    {
        const auto result = TestSupport::callAndWait(*m_client, u"list_instances"_s, {{u"engine"_s, u"rocketmq"_s}});
        QVERIFY(result.ok);
        const QJsonArray instances = result.object().value("instances"_L1).toArray();
        for (const QJsonValue &v : instances)
            QVERIFY(v["engine"_L1].toString() != "kafka"_L1);
    }

    void topicsHavePartitions()
    {
        const auto result = waitForCall(Api::Kafka::listTopics(m_client.get(), m_instance, this));
        QVERIFY(result.ok);
        const QList<Api::Kafka::Topic> topics = Api::Kafka::topicsFromJson(result.object());
        const auto it =
            std::find_if(topics.cbegin(), topics.cend(), [](const auto &t) { return t.name == "topic-test"_L1; });
        QVERIFY(it != topics.cend());
        QCOMPARE(it->partitions, 3);
        QCOMPARE(it->messages, 30);
    }

    void resendDocumentedExample()
    {
        Api::Kafka::ResendRequest request {u"topic-test"_s, 0, 4, u"keyA"_s};
        const auto result = waitForCall(Api::Kafka::resendMessage(m_client.get(), m_instance, request, this));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.status, 200);
        const auto echo = Api::Kafka::ResendResult::fromJson(result.object());
        QCOMPARE(echo.topic, u"topic-test"_s);
        QCOMPARE(echo.partition, 0);
        QCOMPARE(echo.messageOffset, 4);
        QCOMPARE(echo.consumerKey, u"keyA"_s);
        Emulator::Store &store = m_emulator->server().store();
        QCOMPARE(Emulator::Kafka::messageCount(store, m_instance, u"topic-test"_s, 0), 11);
        const auto copy = store.row(
            u"SELECT * FROM kafka_messages WHERE instance_id = ? AND partition = 0 AND offset = 10"_s, {m_instance});
        QVERIFY(copy);
        QVERIFY(copy->value(u"headers"_s).toString().contains(u"\"consumer_key\":\"keyA\""_s));
        // The request went to the documented path.
        const auto entries = m_client->requestLog()->entries();
        QVERIFY(entries.last().url.toString().contains(u"/mqs/instances/"_s + m_instance +
                                                       u"/messages/action?action_id=resend"_s));
    }

    void newerPathAndToken()
    {
        const QByteArray body = R"({"topic":"topic-test","partition":2,"message_offset":0})";
        auto result =
            TestSupport::callAndWait(*m_client, u"kafka_resend_message_v2"_s, {{u"instance_id"_s, m_instance}}, body);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(Emulator::Kafka::messageCount(m_emulator->server().store(), m_instance, u"topic-test"_s, 2), 11);

        Auth::Credentials token;
        token.kind = Auth::Credentials::Kind::IamPassword;
        token.userName = Emulator::Settings::sandboxIamUser();
        token.password = Emulator::Settings::sandboxIamPassword();
        token.domainName = Emulator::Settings::sandboxIamDomain();
        m_client->setCredentials(token);
        result = waitForCall(Api::Kafka::resendMessage(m_client.get(), m_instance, {u"topic-test"_s, 1, 9, {}}, this));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const auto entries = m_client->requestLog()->entries();
        const auto &last = entries.last();
        QVERIFY(std::any_of(last.requestHeaders.cbegin(), last.requestHeaders.cend(),
                            [](const auto &h) { return h.first == "X-Auth-Token"; }));
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown instance")
            << u"00000000-0000-0000-0000-000000000000"_s
            << QByteArray(R"({"topic":"topic-test","partition":0,"message_offset":4})") << 404 << u"DMS.00404022"_s;
        QTest::newRow("unknown topic") << QString()
                                       << QByteArray(R"({"topic":"nope","partition":0,"message_offset":4})") << 400
                                       << u"DMS.00400800"_s;
        QTest::newRow("partition out of range")
            << QString() << QByteArray(R"({"topic":"topic-test","partition":3,"message_offset":4})") << 400
            << u"DMS.00400800"_s;
        QTest::newRow("offset beyond the end")
            << QString() << QByteArray(R"({"topic":"topic-test","partition":0,"message_offset":99})") << 400
            << u"DMS.00400800"_s;
        QTest::newRow("topic missing") << QString() << QByteArray(R"({"partition":0,"message_offset":4})") << 400
                                       << u"DMS.00400800"_s;
        QTest::newRow("offset not a number")
            << QString() << QByteArray(R"({"topic":"topic-test","partition":0,"message_offset":"x"})") << 400
            << u"DMS.00400800"_s;
    }
    void badInputStoresNothing()
    {
        QFETCH(QString, instance);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto result =
            TestSupport::callAndWait(*m_client, u"kafka_resend_message"_s,
                                     {{u"instance_id"_s, instance.isEmpty() ? m_instance : instance}}, body);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.errorCode, code);
        QVERIFY(!result.error.errorMessage.isEmpty());
        QCOMPARE(Emulator::Kafka::messageCount(m_emulator->server().store(), m_instance, u"topic-test"_s), 30);
    }

    void localCheckSendsNothing()
    {
        const qsizetype before = m_client->requestLog()->entries().size();
        const auto result =
            waitForCall(Api::Kafka::resendMessage(m_client.get(), m_instance, {QString(), 0, 1, {}}, this));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, Api::ApiError::Kind::Client);
        QCOMPARE(m_client->requestLog()->entries().size(), before);
    }

private:
    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
    QString m_instance;
};

QTEST_GUILESS_MAIN(tst_KafkaResend)
#include "tst_kafka_resend.moc"
