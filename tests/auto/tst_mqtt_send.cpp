// ApsaraMQ for MQTT SendMessage end to end (in-process emulator over loopback): V3-signed
// POST from ApiClient, V1-signed GET, wrong signature, unknown instance and action, the
// documented error codes mapped to clear text, and the calls-per-second limit.
#include "api/apiclient.h"
#include "api/mqtt.h"
#include "api/requestlog.h"
#include "auth/alibabasigner.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "mqtt/ratelimiter.h"
#include "server.h"
#include "store.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::InProcessEmulator;
using TestSupport::waitForCall;
namespace Mqtt = Api::Mqtt;

namespace {

Auth::Credentials alibaba(const QByteArray &secret = Emulator::Settings::sandboxSecretKey())
{
    Auth::Credentials c;
    c.kind = Auth::Credentials::Kind::AlibabaAccessKey;
    c.accessKey = Emulator::Settings::sandboxAccessKey();
    c.secretKey = secret;
    return c;
}

} // namespace

class tst_MqttSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Emulator::Settings settings = InProcessEmulator::defaultSettings();
        settings.mqttQpsLimit = 5; // the documented 1,000 is tested on the limiter itself below
        m_emulator = std::make_unique<InProcessEmulator>(settings);
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        TestSupport::seedServicesDemo(m_emulator->server());
        m_client = std::make_unique<Api::ApiClient>();
        m_client->setEndpoint(m_emulator->endpoint());
        m_client->setCredentials(alibaba());
    }
    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void sendV3()
    {
        const auto result = waitForCall(
            Mqtt::sendMessage(m_client.get(), {u"mqtt-demo-1"_s, u"TopicA/sub"_s, "hello \x01", true}, this));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const auto sent = Mqtt::SendResult::fromJson(result.object());
        QCOMPARE(sent.msgId.size(), 32);
        QVERIFY(!sent.requestId.isEmpty());
        QCOMPARE(count(), 1);
        const auto row = m_emulator->server().store().row(u"SELECT payload FROM mqtt_messages"_s);
        QCOMPARE(row->value(u"payload"_s).toString(), QString::fromLatin1(QByteArray("hello \x01").toBase64()));
        const auto &entry = m_client->requestLog()->entries().last();
        QCOMPARE(entry.url.path(), u"/"_s);
        const auto auth = std::find_if(entry.requestHeaders.cbegin(), entry.requestHeaders.cend(),
                                       [](const auto &h) { return h.first == "Authorization"; });
        QVERIFY(auth != entry.requestHeaders.cend());
        QVERIFY(auth->second.startsWith("ACS3-HMAC-SHA256"));
        QVERIFY(!auth->second.contains(Emulator::Settings::sandboxAccessKey())); // redacted in the log
    }

    void sendV1Get()
    {
        const auto params =
            Auth::AlibabaSigner::signV1("GET",
                                        {{"Action", "SendMessage"},
                                         {"Version", "2020-04-20"},
                                         {"RegionId", "cn-hangzhou"},
                                         {"InstanceId", "mqtt-demo-1"},
                                         {"MqttTopic", "TopicA"},
                                         {"Payload", "plain text"}},
                                        Emulator::Settings::sandboxAccessKey(), Emulator::Settings::sandboxSecretKey());
        Api::ApiRequest request;
        request.path = u"/"_s;
        request.service = Api::ApiRequest::Service::Root;
        request.authenticate = false;
        for (const auto &[k, v] : params)
            request.query.append({QString::fromUtf8(k), QString::fromUtf8(v)});
        auto result = TestSupport::sendAndWait(*m_client, request);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(count(), 1);
        // The same request again: its nonce was used.
        result = TestSupport::sendAndWait(*m_client, request);
        QCOMPARE(result.error.errorCode, u"SignatureNonceUsed"_s);
        // Tampered after signing.
        request.query.last().second = u"other"_s;
        request.query.append({u"SignatureNonce"_s, u"n2"_s}); // a second nonce param does not help
        result = TestSupport::sendAndWait(*m_client, request);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(count(), 1);
    }

    void badInputSendsNothing_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray good = Emulator::Settings::sandboxSecretKey();
        QTest::newRow("unknown instance")
            << u"post-cn-unknown"_s << u"TopicA"_s << good << 400 << u"InstancePermissionCheckFailed"_s;
        QTest::newRow("wrong signature") << u"mqtt-demo-1"_s << u"TopicA"_s << QByteArray("wrong-secret") << 400
                                         << u"SignatureDoesNotMatch"_s;
        QTest::newRow("topic with a leading slash")
            << u"mqtt-demo-1"_s << u"/TopicA"_s << good << 400 << u"InvalidParameter.MqttTopic"_s;
    }
    void badInputSendsNothing()
    {
        QFETCH(QString, instance);
        QFETCH(QString, topic);
        QFETCH(QByteArray, secret);
        QFETCH(int, status);
        QFETCH(QString, code);
        m_client->setCredentials(alibaba(secret));
        const auto result = waitForCall(Mqtt::sendMessage(m_client.get(), {instance, topic, "x", false}, this));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.errorCode, code);
        QVERIFY(!Mqtt::errorText(result.error).isEmpty());
        QCOMPARE(count(), 0);
    }

    void unknownActionAndMissingParameter()
    {
        Api::ApiRequest request;
        request.method = "POST";
        request.path = u"/"_s;
        request.service = Api::ApiRequest::Service::Root;
        request.contentType = "application/x-www-form-urlencoded";
        request.body = "InstanceId=mqtt-demo-1";
        request.headers = {{QByteArrayLiteral("x-acs-action"), QByteArrayLiteral("QueryMqttTraceMessageOfClient")},
                           {QByteArrayLiteral("x-acs-version"), QByteArrayLiteral("2020-04-20")}};
        auto result = TestSupport::sendAndWait(*m_client, request);
        QCOMPARE(result.error.httpStatus, 404);
        QCOMPARE(result.error.errorCode, u"ApiNotSupport"_s);
        request.headers.first().second = "SendMessage";
        result = TestSupport::sendAndWait(*m_client, request);
        QCOMPARE(result.error.errorCode, u"InvalidParameter.MqttTopic"_s);
        QCOMPARE(Mqtt::errorText(result.error), u"The parameter MqttTopic is missing or invalid."_s);
        // The typed call checks before sending.
        const qsizetype logged = m_client->requestLog()->entries().size();
        result = waitForCall(Mqtt::sendMessage(m_client.get(), {u"mqtt-demo-1"_s, u"a/#"_s, "x", false}, this));
        QCOMPARE(result.error.kind, Api::ApiError::Kind::Client);
        QCOMPARE(m_client->requestLog()->entries().size(), logged);
    }

    void callsPerSecondLimit()
    {
        m_client->setMaxParallel(8);
        QList<Api::ApiCall *> calls;
        for (int i = 0; i < 8; ++i)
            calls.append(Mqtt::sendMessage(m_client.get(), {u"mqtt-demo-1"_s, u"TopicA"_s, "burst", true}, this));
        int ok = 0;
        int throttled = 0;
        for (Api::ApiCall *call : calls) {
            const auto result = waitForCall(call);
            if (result.ok)
                ++ok;
            else if (result.error.errorCode == "SystemOverFlow"_L1 && result.error.httpStatus == 500)
                ++throttled;
        }
        QCOMPARE(ok + throttled, 8);
        QVERIFY(throttled >= 3);
        QCOMPARE(count(), ok);
    }

    void limiterAllowsThousandPerSecond()
    {
        Emulator::Mqtt::RateLimiter limiter(1000);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.tryAcquire(i % 1000));
        QVERIFY(!limiter.tryAcquire(999));
        QVERIFY(limiter.tryAcquire(1000)); // the call at t=0 left the window
        QVERIFY(!limiter.tryAcquire(1000));
    }

    void describedErrors()
    {
        for (const char *code : {"CheckAccountInfoFailed", "InstancePermissionCheckFailed", "ParameterCheckFailed",
                                 "PermissionCheckFailed", "InvalidParameter.Payload", "ApiNotSupport", "InternalError",
                                 "SendMessageFailed", "SystemOverFlow"})
            QVERIFY2(!Mqtt::describeError(QString::fromLatin1(code)).isEmpty(), code);
        QVERIFY(Mqtt::describeError(u"Whatever"_s).isEmpty());
    }

private:
    qint64 count() { return Emulator::Mqtt::messageCount(m_emulator->server().store(), u"mqtt-demo-1"_s); }

    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
};

QTEST_GUILESS_MAIN(tst_MqttSend)
#include "tst_mqtt_send.moc"
