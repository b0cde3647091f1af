// mqdesk-emulator's command line, run as the real executable: --help, --version, bad
// arguments, the single "listening on" line, port 0 and fixed ports, SIGTERM.
#include "emulatorprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEmulatorCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(TestSupport::EmulatorProcess::executable(), arguments);
        Run result;
        if (!process.waitForFinished(20000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(TestSupport::EmulatorProcess::executable()).isExecutable(), "MQDESK_EMULATOR not set");
    }

    void help()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const char *text : {"--listen", "--data-dir", "--access-key", "--secret-key", "--project-id", "--demo",
                                 "--faults", "--version", "latency=", "throttle=", "truncate=", "drop="}) {
            QVERIFY2(result.out.contains(text), text);
        }
        // The documented sandbox identity is in the help.
        QVERIFY(result.out.contains(Emulator::Settings::sandboxAccessKey()));
        QVERIFY(result.out.contains(Emulator::Settings::sandboxProjectId().toLatin1()));
    }

    void version()
    {
        const Run result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QByteArray("mqdesk-emulator " MQDESK_VERSION));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option") << QStringList {u"--no-such-option"_s} << QByteArray("no-such-option");
        QTest::newRow("bad listen") << QStringList {u"--listen"_s, u"nowhere:99999"_s} << QByteArray("--listen");
        QTest::newRow("bad faults") << QStringList {u"--faults"_s, u"error=2"_s} << QByteArray("--faults");
        QTest::newRow("unknown fault") << QStringList {u"--faults"_s, u"explode=1"_s} << QByteArray("explode");
        QTest::newRow("ak without sk") << QStringList {u"--access-key"_s, u"AK"_s} << QByteArray("--secret-key");
        QTest::newRow("positional") << QStringList {u"extra"_s} << QByteArray("extra");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void listeningLineAndAnyFreePort()
    {
        TestSupport::EmulatorProcess first;
        TestSupport::EmulatorProcess second;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QCOMPARE(first.url().host(), u"127.0.0.1"_s);
        QVERIFY(first.port() > 0);
        QVERIFY(second.port() > 0);
        QVERIFY(first.port() != second.port());

        // It answers there, with the gateway's 401 for an unsigned request and a request id.
        QNetworkAccessManager manager;
        QNetworkRequest request(first.url().resolved(QUrl(u"/v2/%1/instances"_s.arg(first.projectId()))));
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(reply->rawHeader("X-Request-Id").size(), 32);

        // Still exactly one line on stdout, logs on stderr, and SIGTERM ends it with 0.
        QVERIFY(first.stop());
        QTRY_VERIFY(first.standardError().contains("/instances"));
    }

    void fixedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        QCOMPARE(emulator.port(), port);

        // A second emulator on the same port fails cleanly with exit code 1.
        const Run clash = run(
            {u"--data-dir"_s, QDir::tempPath() + u"/mqdesk-cli-clash"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY(clash.err.contains("cannot listen"));
        QVERIFY(clash.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulator_cli.moc"
