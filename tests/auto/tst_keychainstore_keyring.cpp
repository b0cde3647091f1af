// Runs inside a private D-Bus session with an unlocked gnome-keyring (tests/with_keyring.sh).
#include "auth/keychainstore.h"
#include "profiles/profilestore.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Auth::KeychainStore;

namespace {

struct Waiter
{
    KeychainStore::Result result;
    bool done = false;
    KeychainStore::Callback callback()
    {
        return [this](const KeychainStore::Result &r) {
            result = r;
            done = true;
        };
    }
};

QString secretToolLookup(const QString &service, const QString &key)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
    if (!p.waitForFinished(10000))
        return u"<secret-tool timed out>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_KeychainStoreKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the keyring wrapper (ctest runs it inside dbus-run-session)");
        QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(), "libsecret-tools missing");
    }

    void entryNames()
    {
        const QUuid id(u"{11111111-2222-3333-4444-555555555555}"_s);
        QCOMPARE(KeychainStore::entryName(QUrl(u"https://dms.cn-north-4.myhuaweicloud.com"_s), id, u"secret_key"_s),
                 u"mqdesk:dms.cn-north-4.myhuaweicloud.com:11111111-2222-3333-4444-555555555555:secret_key"_s);
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainStore store(u"mqdesk-test"_s);
        const QString key =
            KeychainStore::entryName(QUrl(u"https://dms.example.test"_s), QUuid::createUuid(), u"secret_key"_s);
        const QByteArray secret = "s3cr3t-\xe2\x82\xac-value";

        Waiter w;
        store.write(key, secret, this, w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QVERIFY2(w.result.ok(), qPrintable(w.result.message));
        QVERIFY(!w.result.sessionOnly);
        QVERIFY(store.isAvailable());

        // It really is in the Secret Service, under the documented name.
        QCOMPARE(secretToolLookup(u"mqdesk-test"_s, key).toUtf8(), secret);

        Waiter r;
        store.read(key, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QVERIFY(r.result.ok());
        QCOMPARE(r.result.data, secret);

        Waiter d;
        store.remove(key, this, d.callback());
        QTRY_VERIFY_WITH_TIMEOUT(d.done, 15000);
        QVERIFY(d.result.ok());
        QCOMPARE(secretToolLookup(u"mqdesk-test"_s, key), QString());

        Waiter missing;
        store.read(key, this, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.done, 15000);
        QCOMPARE(missing.result.status, KeychainStore::Status::NotFound);
    }

    void callbackNotCalledAfterContextDies()
    {
        KeychainStore store(u"mqdesk-test"_s);
        bool called = false;
        auto *context = new QObject;
        store.read(u"mqdesk:nowhere:x:secret_key"_s, context,
                   [&called](const KeychainStore::Result &) { called = true; });
        delete context;
        // A second read on a living context finishes after the first (jobs run in order).
        Waiter w;
        store.read(u"mqdesk:nowhere:y:secret_key"_s, this, w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QVERIFY(!called);
    }

    void profileSecretsNeverReachSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(u"mqdesk.ini"_s);
        auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore profiles(settings.get());
        KeychainStore keychain(u"mqdesk-test"_s);

        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Production"_s;
        p.region = u"cn-north-4"_s;
        p.dmsEndpoint = QUrl(u"https://dms.cn-north-4.myhuaweicloud.com"_s);
        p.iamEndpoint = QUrl(u"https://iam.cn-north-4.myhuaweicloud.com"_s);
        p.projectId = u"0123456789abcdef0123456789abcdef"_s;
        p.authKind = Auth::Credentials::Kind::TemporaryAkSk;
        p.accessKey = u"AKEXAMPLE0000000"_s;
        QVERIFY(profiles.save(p));

        const QByteArray sk = "SK-very-secret-0123456789";
        const QByteArray token = "security-token-abcdefghij";
        Waiter w1, w2;
        keychain.write(Profiles::SessionManager::secretEntry(p, u"secret_key"_s), sk, this, w1.callback());
        keychain.write(Profiles::SessionManager::secretEntry(p, u"security_token"_s), token, this, w2.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w1.done && w2.done, 15000);
        QVERIFY(w1.result.ok() && w2.result.ok());
        settings->sync();

        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("AKEXAMPLE0000000")); // the profile is there...
        QVERIFY(content.contains("security_token"));   // ...with the names of its secrets...
        QVERIFY(!content.contains(sk));                // ...but never their values
        QVERIFY(!content.contains(token));

        const QString entry = Profiles::SessionManager::secretEntry(p, u"secret_key"_s);
        QVERIFY(entry.startsWith(u"mqdesk:dms.cn-north-4.myhuaweicloud.com:"_s));
        QCOMPARE(secretToolLookup(u"mqdesk-test"_s, entry).toUtf8(), sk);

        Waiter d1, d2;
        keychain.remove(entry, this, d1.callback());
        keychain.remove(Profiles::SessionManager::secretEntry(p, u"security_token"_s), this, d2.callback());
        QTRY_VERIFY_WITH_TIMEOUT(d1.done && d2.done, 15000);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainStoreKeyring)
#include "tst_keychainstore_keyring.moc"
