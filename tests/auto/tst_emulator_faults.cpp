// --faults: the spec parser, and each fault as a client sees it on the wire (error statuses
// with a DMS body, 429 with Retry-After, latency, dropped connections, truncated bodies).
#include "emulatorprocess.h"

#include "auth/signer.h"
#include "faults.h"
#include "server.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray date;
    };

    static Answer get(TestSupport::InProcessEmulator &emulator, const QString &path)
    {
        QNetworkAccessManager manager;
        Auth::SignInput input;
        input.method = "GET";
        input.url = QUrl(emulator.url().toString() + path);
        const Auth::SignResult signature =
            Auth::Signer::sign(input, Emulator::Settings::sandboxAccessKey(), Emulator::Settings::sandboxSecretKey());
        QNetworkRequest request(signature.sendUrl);
        for (const auto &[name, value] : signature.headersToAdd)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        Answer answer;
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return answer;
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.date = reply->rawHeader("Date");
        return answer;
    }

    static std::unique_ptr<TestSupport::InProcessEmulator> start(const QString &faults)
    {
        return TestSupport::InProcessEmulator::startWithFaults(faults);
    }

    static QString instances()
    {
        return u"/v2/%1/instances?engine=reliability"_s.arg(Emulator::Settings::sandboxProjectId());
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("all")
            << u"latency=10-20,error=0.5:500/503,throttle=0.1:3,drop=0.1,truncate=0.1,seed=4,paths=/v2"_s << true;
        QTest::newRow("latency ms suffix") << u"latency=15ms"_s << true;
        QTest::newRow("rate above 1") << u"error=1.5"_s << false;
        QTest::newRow("status not an error") << u"error=0.5:200"_s << false;
        QTest::newRow("inverted latency") << u"latency=20-10"_s << false;
        QTest::newRow("unknown") << u"melt=1"_s << false;
        QTest::newRow("no value") << u"drop"_s << false;
        QTest::newRow("clock ahead") << u"clock=600"_s << true;
        QTest::newRow("clock behind") << u"clock=-420"_s << true;
        QTest::newRow("clock not a number") << u"clock=soon"_s << false;
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        const auto parsed = Emulator::FaultSpec::parse(spec, &error);
        QCOMPARE(parsed.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void clockOffsetShiftsTheDateHeaderOnly()
    {
        auto emulator = start(u"clock=600"_s);
        QVERIFY(emulator);
        const Answer answer = get(*emulator, instances());
        QCOMPARE(answer.status, 200); // signatures are checked against the real time
        QString date = QString::fromLatin1(answer.date);
        QVERIFY2(date.endsWith(u" GMT"_s), answer.date.constData());
        date.chop(3);
        const QDateTime stamped = QDateTime::fromString(date + u"+0000"_s, Qt::RFC2822Date);
        QVERIFY2(stamped.isValid(), answer.date.constData());
        const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(stamped);
        QVERIFY2(offset >= 595 && offset <= 601, qPrintable(QString::number(offset)));
    }

    void errorStatuses()
    {
        auto emulator = start(u"error=1:503,seed=1"_s);
        QVERIFY(emulator);
        const Answer answer = get(*emulator, instances());
        QCOMPARE(answer.status, 503);
        QVERIFY(!QJsonDocument::fromJson(answer.body).object().value(u"error_code"_s).toString().isEmpty());
    }

    void throttleWithRetryAfter()
    {
        auto emulator = start(u"throttle=1:7"_s);
        QVERIFY(emulator);
        const Answer answer = get(*emulator, instances());
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.retryAfter, QByteArray("7"));
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"error_code"_s).toString(), u"APIGW.0308"_s);
    }

    void latency()
    {
        auto emulator = start(u"latency=300"_s);
        QVERIFY(emulator);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(*emulator, instances()).status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void dropAndTruncate()
    {
        auto dropping = start(u"drop=1"_s);
        QVERIFY(dropping);
        const Answer dropped = get(*dropping, instances());
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);

        auto truncating = start(u"truncate=1"_s);
        QVERIFY(truncating);
        const Answer truncated = get(*truncating, instances());
        QVERIFY(truncated.error != QNetworkReply::NoError);
        QVERIFY(QJsonDocument::fromJson(truncated.body).isNull());
    }

    void rateAndPathFilter()
    {
        // Half the requests fail, repeatably with a seed; other paths and token requests never.
        auto emulator = start(u"error=0.5,seed=42,paths=/instances"_s);
        QVERIFY(emulator);
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += get(*emulator, instances()).status >= 500 ? 1 : 0;
        QVERIFY2(failed > 8 && failed < 32, qPrintable(QString::number(failed)));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(get(*emulator, u"/v2/available-zones"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
