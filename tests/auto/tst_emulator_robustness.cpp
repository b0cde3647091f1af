// The emulator survives clients that misbehave and keeps serving: a client that hangs up
// while a delayed (--faults latency) answer is pending, a half-sent request, dropped
// connections, a pipelined burst; concurrent delayed answers overlap instead of queueing;
// an in-process --demo seed starts and stops repeatedly; every answer carries an RFC 7231
// Date header; --max-topics raises the per-instance topic quota.
#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "auth/signer.h"
#include "commandline.h"
#include "httpfrontend.h"
#include "server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestEmulatorRobustness : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TestSupport::InProcessEmulator> start(const QString &faults = {})
    {
        return TestSupport::InProcessEmulator::startWithFaults(faults);
    }

    static QString instancesPath()
    {
        return u"/v2/%1/instances?engine=reliability"_s.arg(Emulator::Settings::sandboxProjectId());
    }

    static QNetworkRequest signedGet(const QUrl &base, const QString &path)
    {
        Auth::SignInput input;
        input.method = "GET";
        input.url = QUrl(base.toString() + path);
        const Auth::SignResult signature =
            Auth::Signer::sign(input, Emulator::Settings::sandboxAccessKey(), Emulator::Settings::sandboxSecretKey());
        QNetworkRequest request(signature.sendUrl);
        for (const auto &[name, value] : signature.headersToAdd)
            request.setRawHeader(name, value);
        return request;
    }

    /// The emulator still answers a normal signed request with 200.
    static bool stillServes(const QUrl &base)
    {
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(manager.get(signedGet(base, instancesPath())));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

private Q_SLOTS:
    void clientAbortsWhileDelayedAnswerPending()
    {
        // The answer waits 300 ms; the client gives up after its request has arrived. The
        // pending answer must find the connection gone and do nothing.
        auto emulator = start(u"latency=300"_s);
        QVERIFY(emulator);
        {
            QNetworkAccessManager manager;
            std::vector<std::unique_ptr<QNetworkReply>> replies;
            for (int i = 0; i < 4; ++i)
                replies.emplace_back(manager.get(signedGet(emulator->url(), instancesPath())));
            QTest::qWait(100); // let the requests reach the server; no state is synchronised on this
            for (auto &reply : replies)
                reply->abort();
        }
        QTest::qWait(400); // past the answers' due time: the timers fire on closed connections
        QVERIFY(stillServes(emulator->url()));
    }

    void serverStopsWhileDelayedAnswerPending()
    {
        auto emulator = start(u"latency=300"_s);
        QVERIFY(emulator);
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(manager.get(signedGet(emulator->url(), instancesPath())));
        QTest::qWait(100);
        emulator.reset(); // sockets and their pending answers go with the server
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->error() != QNetworkReply::NoError);
    }

    void halfSentRequestAndHangUp()
    {
        auto emulator = start();
        QVERIFY(emulator);
        for (const QByteArray &partial :
             {QByteArray("GET /v2/"), QByteArray("POST /v2/x HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\nabc"),
              QByteArray("GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")}) {
            QTcpSocket socket;
            socket.connectToHost(emulator->url().host(), quint16(emulator->url().port()));
            QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
            socket.write(partial);
            QTRY_COMPARE(socket.bytesToWrite(), qint64(0));
            socket.abort();
        }
        QVERIFY(stillServes(emulator->url()));
    }

    void droppedConnectionsKeepServing()
    {
        // drop=1 on one path aborts the socket from inside the request handler.
        auto emulator = start(u"drop=1,paths=/instances"_s);
        QVERIFY(emulator);
        QNetworkAccessManager manager;
        for (int i = 0; i < 5; ++i) {
            std::unique_ptr<QNetworkReply> reply(manager.get(signedGet(emulator->url(), instancesPath())));
            QTRY_VERIFY(reply->isFinished());
            QVERIFY(reply->error() != QNetworkReply::NoError);
        }
        std::unique_ptr<QNetworkReply> zones(manager.get(signedGet(emulator->url(), u"/v2/available-zones"_s)));
        QTRY_VERIFY(zones->isFinished());
        QCOMPARE(zones->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void delayedAnswersOverlap()
    {
        // 12 concurrent requests with 300 ms each: served side by side, not one after another.
        auto emulator = start(u"latency=300"_s);
        QVERIFY(emulator);
        QNetworkAccessManager manager;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 12; ++i)
            replies.emplace_back(manager.get(signedGet(emulator->url(), instancesPath())));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](const auto &r) { return r->isFinished(); }), 20000);
        for (const auto &reply : replies)
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        // QNAM opens 6 connections per host: two rounds of 300 ms, far below 12 x 300 ms.
        QVERIFY2(timer.elapsed() < 12 * 300, qPrintable(QString::number(timer.elapsed())));
    }

    void dateHeader()
    {
        auto emulator = start();
        QVERIFY(emulator);
        QNetworkAccessManager manager;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        for (const QString &path : {instancesPath(), u"/no/such/path"_s}) {
            std::unique_ptr<QNetworkReply> reply(manager.get(signedGet(emulator->url(), path)));
            QTRY_VERIFY(reply->isFinished());
            const QByteArray date = reply->rawHeader("Date");
            QVERIFY2(date.endsWith(" GMT"), date.constData());
            const QDateTime parsed =
                QLocale::c().toDateTime(QString::fromLatin1(date), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
            QVERIFY2(parsed.isValid(), date.constData());
            QDateTime utc = parsed;
            utc.setTimeSpec(Qt::UTC);
            QVERIFY(utc >= before);
            QVERIFY(utc <= QDateTime::currentDateTimeUtc().addSecs(2));
        }
        QDateTime fixed(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(Emulator::HttpFrontend::httpDate(fixed), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    }

    void demoSeedInProcessRepeatedly()
    {
        // The console's in-process sandbox: seed, serve, stop; twice (a new Store may reuse
        // the old one's address, and the broker registry is keyed by it).
        for (int round = 0; round < 2; ++round) {
            Emulator::Settings settings = TestSupport::InProcessEmulator::defaultSettings();
            settings.demo = true;
            TestSupport::InProcessEmulator emulator(settings);
            QString error;
            QVERIFY2(emulator.start(&error), qPrintable(error));
            Api::ApiClient client;
            client.setEndpoint(emulator.endpoint());
            client.setCredentials(emulator.credentials());
            const TestSupport::CallResult instances =
                TestSupport::callAndWait(client, u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
            QVERIFY2(instances.ok, qPrintable(instances.error.toString()));
            const QJsonArray list = instances.object().value(u"instances"_s).toArray();
            QVERIFY(list.size() >= 2);
            // Let the consumption simulation tick at least once against the seeded data.
            QTest::qWait(300);
            const TestSupport::CallResult again =
                TestSupport::callAndWait(client, u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
            QVERIFY(again.ok);
        }
    }

    void maxTopics()
    {
        Emulator::Settings settings = TestSupport::InProcessEmulator::defaultSettings();
        settings.maxTopics = 3;
        settings.instanceCreateDelayMs = 0;
        TestSupport::InProcessEmulator emulator(settings);
        QVERIFY(emulator.start());
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());
        client.setMaxRetries(0);
        const QJsonObject body = TestSupport::instanceBody(u"quota"_s, 1);
        const TestSupport::CallResult created =
            TestSupport::callAndWait(client, u"create_instance"_s, {}, QJsonDocument(body).toJson());
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        const QString id = created.object().value(u"instance_id"_s).toString();
        const auto createTopic = [&](const QString &name) {
            return TestSupport::callAndWait(
                client, u"create_or_batch_delete_topics"_s, {{u"instance_id"_s, id}},
                QJsonDocument(QJsonObject {{u"name"_s, name}, {u"permission"_s, u"all"_s}, {u"queue_num"_s, 2}})
                    .toJson());
        };
        QVERIFY(createTopic(u"t-1"_s).ok); // RUNNING at once (create delay 0)
        QVERIFY(createTopic(u"t-2"_s).ok);
        QVERIFY(createTopic(u"t-3"_s).ok);
        const TestSupport::CallResult over = createTopic(u"t-4"_s);
        QVERIFY(!over.ok);
        QCOMPARE(over.error.httpStatus, 400);
        QCOMPARE(over.error.errorCode, u"DMS.00400039"_s);
        const TestSupport::CallResult listed =
            TestSupport::callAndWait(client, u"list_topics"_s, {{u"instance_id"_s, id}});
        QVERIFY(listed.ok);
        QCOMPARE(listed.object().value(u"max"_s).toInt(), 3);
        QCOMPARE(listed.object().value(u"remaining"_s).toInt(), 0);
    }

    void maxTopicsCommandLine()
    {
        using Emulator::CommandLine;
        const CommandLine defaults = CommandLine::parse({u"mqdesk-emulator"_s}, u"/tmp/x"_s);
        QCOMPARE(defaults.settings.maxTopics, 2000);
        const CommandLine raised =
            CommandLine::parse({u"mqdesk-emulator"_s, u"--max-topics"_s, u"16000"_s}, u"/tmp/x"_s);
        QCOMPARE(int(raised.action), int(CommandLine::Action::Run));
        QCOMPARE(raised.settings.maxTopics, 16000);
        for (const QString &bad : {u"0"_s, u"-3"_s, u"many"_s, u"100001"_s}) {
            const CommandLine wrong = CommandLine::parse({u"mqdesk-emulator"_s, u"--max-topics"_s, bad}, u"/tmp/x"_s);
            QCOMPARE(int(wrong.action), int(CommandLine::Action::Error));
            QVERIFY(wrong.message.contains(u"--max-topics"_s));
        }
        const CommandLine help = CommandLine::parse({u"mqdesk-emulator"_s, u"--help"_s}, u"/tmp/x"_s);
        QVERIFY(help.message.contains(u"--max-topics"_s));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRobustness)
#include "tst_emulator_robustness.moc"
