// Profiles::ConnectionTester ("Test connection") against a real mqdesk-emulator on loopback:
// each of the four steps passes or fails for the reason it names.
#include "emulatorprocess.h"
#include "profiles/connectiontester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <map>

using namespace Qt::StringLiterals;
using Profiles::ConnectionTester;
using Step = ConnectionTester::Step;
using TestSupport::InProcessEmulator;

namespace {

struct Outcome
{
    bool ok = false;
    QString detail;
};

struct Run
{
    bool finished = false;
    bool allOk = false;
    std::map<Step, Outcome> steps;
    QList<Step> order;
};

Run runTester(const QUrl &url, const QString &project, const Auth::Credentials &credentials)
{
    ConnectionTester tester;
    Run run;
    QObject::connect(&tester, &ConnectionTester::stepFinished, &tester,
                     [&run](Step step, bool ok, const QString &detail) {
                         run.steps[step] = {ok, detail};
                         run.order.append(step);
                     });
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(url, project, credentials);
    if (finished.wait(20000)) {
        run.finished = true;
        run.allOk = finished.first().first().toBool();
    }
    return run;
}

} // namespace

class tst_ConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseHttpDate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("IMF-fixdate (GMT)") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << t;
        QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 09:49:37 +0100") << t;
        QTest::newRow("padded") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << t;
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("garbage") << QByteArray("yesterday GMT") << QDateTime();
    }
    void parseHttpDate()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ConnectionTester::parseHttpDate(header);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void allStepsPassWithCorrectCredentials()
    {
        InProcessEmulator emulator;
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));
        const Run run = runTester(emulator.url(), emulator.endpoint().projectId, InProcessEmulator::credentials());
        QVERIFY(run.finished);
        QVERIFY(run.allOk);
        QCOMPARE(run.order, (QList<Step> {Step::Reachability, Step::Tls, Step::ClockSkew, Step::Authentication}));
        for (const auto &[step, outcome] : run.steps)
            QVERIFY2(outcome.ok, qPrintable(ConnectionTester::stepName(step) + u": "_s + outcome.detail));
        QVERIFY2(run.steps.at(Step::Reachability).detail.contains(u"127.0.0.1"_s),
                 qPrintable(run.steps.at(Step::Reachability).detail));
        QVERIFY2(run.steps.at(Step::Authentication).detail.contains(u"signed in"_s),
                 qPrintable(run.steps.at(Step::Authentication).detail));
    }

    void plainHttpReportsNoTls()
    {
        InProcessEmulator emulator;
        QVERIFY(emulator.start());
        QCOMPARE(emulator.url().scheme(), u"http"_s);
        const Run run = runTester(emulator.url(), emulator.endpoint().projectId, InProcessEmulator::credentials());
        QVERIFY(run.finished);
        const Outcome &tls = run.steps.at(Step::Tls);
        QVERIFY(tls.ok); // not a failure: a loopback endpoint has no TLS to check
        QVERIFY2(tls.detail.contains(u"no TLS"_s), qPrintable(tls.detail));
    }

    void wrongSecretFailsAuthenticationOnly()
    {
        InProcessEmulator emulator;
        QVERIFY(emulator.start());
        Auth::Credentials wrong = InProcessEmulator::credentials();
        wrong.secretKey = "not-the-sandbox-secret-key";
        const Run run = runTester(emulator.url(), emulator.endpoint().projectId, wrong);
        QVERIFY(run.finished);
        QVERIFY(!run.allOk);
        QVERIFY(run.steps.at(Step::Reachability).ok);
        QVERIFY(run.steps.at(Step::ClockSkew).ok);
        const Outcome &auth = run.steps.at(Step::Authentication);
        QVERIFY(!auth.ok);
        // The service's status and message, not a bare "failed".
        QVERIFY2(auth.detail.contains(u"401"_s), qPrintable(auth.detail));
        QVERIFY2(auth.detail.contains(u"signature"_s, Qt::CaseInsensitive), qPrintable(auth.detail));
    }

    void closedPortFailsReachability()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(port);
        const Run run = runTester(url, u"project"_s, InProcessEmulator::credentials());
        QVERIFY(run.finished);
        QVERIFY(!run.allOk);
        const Outcome &reach = run.steps.at(Step::Reachability);
        QVERIFY(!reach.ok);
        QVERIFY2(reach.detail.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(reach.detail));
        // The later steps say why they did not run rather than failing on their own.
        for (Step s : {Step::Tls, Step::ClockSkew, Step::Authentication}) {
            QVERIFY(!run.steps.at(s).ok);
            QCOMPARE(run.steps.at(s).detail, u"not reached"_s);
        }
    }

    void clockSkewBeyondFiveMinutesFails_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<bool>("ok");
        QTest::newRow("server 10 min ahead") << 600 << false;
        QTest::newRow("server 7 min behind") << -420 << false;
        QTest::newRow("server 2 min ahead") << 120 << true;
    }
    void clockSkewBeyondFiveMinutesFails()
    {
        QFETCH(int, offsetSeconds);
        QFETCH(bool, ok);
        Emulator::Settings settings = InProcessEmulator::defaultSettings();
        settings.faults = u"clock=%1"_s.arg(offsetSeconds);
        InProcessEmulator emulator(settings);
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));
        const Run run = runTester(emulator.url(), emulator.endpoint().projectId, InProcessEmulator::credentials());
        QVERIFY(run.finished);
        const Outcome &skew = run.steps.at(Step::ClockSkew);
        QCOMPARE(skew.ok, ok);
        QCOMPARE(run.allOk, ok);
        // Names the offset in seconds (Date has a one-second resolution; allow the rounding).
        bool named = false;
        for (int s = offsetSeconds - 2; s <= offsetSeconds + 2; ++s)
            named = named || skew.detail.contains(QLocale().toString(double(s), 'f', 0));
        QVERIFY2(named, qPrintable(skew.detail));
        if (!ok)
            QVERIFY2(skew.detail.contains(u"clock"_s), qPrintable(skew.detail));
        // The emulator checks signatures against its real clock: authentication still passes.
        QVERIFY2(run.steps.at(Step::Authentication).ok, qPrintable(run.steps.at(Step::Authentication).detail));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
