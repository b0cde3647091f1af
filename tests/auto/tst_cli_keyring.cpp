// mqdesk-cli --profile with the secret key in a real keyring (private D-Bus session and
// gnome-keyring, tests/with_keyring.sh): the profile saved as the app saves it, the secret
// written as the app writes it, and the CLI's request verified with the same secret.
#include "auth/keychainstore.h"
#include "auth/signer.h"
#include "loopbackhttpserver.h"
#include "profiles/profilestore.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"
#include "signaturecheck.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::LoopbackHttpServer;

class tst_CliKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileSecretComesFromTheKeychain();
};

void tst_CliKeyring::profileSecretComesFromTheKeychain()
{
    const QByteArray ak = "KEYRINGAK00000000001";
    const QByteArray sk = "keyringSecretKey0123456789abcdefghijklmn";
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const HttpRequest &) { return HttpResponse::json(200, R"({"instances":[],"instance_num":0})"); });

    QTemporaryDir dir;
    const QString ini = dir.filePath(u"mqdesk.ini"_s);
    Profiles::Profile p;
    p.id = QUuid::createUuid();
    p.name = u"ops-keyring"_s;
    p.dmsEndpoint = server.url();
    p.iamEndpoint = server.url();
    p.projectId = u"0123456789abcdef0123456789abcdef"_s;
    p.accessKey = QString::fromLatin1(ak);
    {
        const auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore store(settings.get());
        QVERIFY(store.save(p));
    }
    Auth::KeychainStore keychain; // the app's service name, as the CLI reads it
    bool written = false;
    Auth::KeychainStore::Result result;
    keychain.write(Profiles::SessionManager::secretEntry(p, u"secret_key"_s), sk, this,
                   [&](const Auth::KeychainStore::Result &r) {
                       result = r;
                       written = true;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    QVERIFY2(result.ok(), qPrintable(result.message));

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CLOUD_SDK_AK"_s);
    env.remove(u"CLOUD_SDK_SK"_s);
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QString::fromLocal8Bit(qgetenv("MQDESK_CLI")),
              {u"--settings"_s, ini, u"--profile"_s, u"ops-keyring"_s, u"list_instances"_s});
    QVERIFY(finished.wait(60000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QCOMPARE(server.requestCount(), 1);

    // The server side check: the request verifies with exactly the keychain's secret.
    const HttpRequest &r = server.requests().first();
    const Auth::VerifyResult verified = TestSupport::verifyReceived(r, TestSupport::secretFor(ak, sk));
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    QCOMPARE(verified.accessKey, ak);
    QCOMPARE(r.path, QByteArray("/v2/0123456789abcdef0123456789abcdef/instances"));

    bool removed = false;
    keychain.remove(Profiles::SessionManager::secretEntry(p, u"secret_key"_s), this,
                    [&](const Auth::KeychainStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
}

QTEST_GUILESS_MAIN(tst_CliKeyring)
#include "tst_cli_keyring.moc"
