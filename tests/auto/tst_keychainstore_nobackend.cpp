// The keychain store without any keychain: no session bus (and no display to autolaunch
// one). Every call must fail with a clear "unavailable" message, nothing may be stored
// insecurely, and session-only secrets must still work.
#include "auth/keychainstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Auth::KeychainStore;

class tst_KeychainStoreNoBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Before QtDBus opens its session connection for the first time.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void noBackendMarkers_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("noBackend");
        QTest::newRow("no bus") << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << true;
        QTest::newRow("locked") << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
                                << true;
        QTest::newRow("no libsecret") << u"Unknown error"_s << true;
        QTest::newRow("other") << u"Password is too long"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void noBackendMarkers()
    {
        QFETCH(QString, error);
        QFETCH(bool, noBackend);
        QCOMPARE(KeychainStore::isNoBackendError(error), noBackend);
    }

    void writeFailsClearlyAndKeepsSessionSecret()
    {
        KeychainStore store(u"mqdesk-test"_s);
        QSignalSpy availability(&store, &KeychainStore::availabilityChanged);
        const QString key = u"mqdesk:dms.example.test:abc:secret_key"_s;

        KeychainStore::Result result;
        bool done = false;
        store.write(key, "secret", this, [&](const KeychainStore::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(result.status, KeychainStore::Status::Unavailable);
        QVERIFY(result.sessionOnly);
        QVERIFY(result.message.contains(u"session only"_s));
        QVERIFY(!store.isAvailable());
        QCOMPARE(availability.count(), 1);
        QVERIFY(!store.unavailableReason().isEmpty());

        // The secret is usable for this run, from memory.
        done = false;
        store.read(key, this, [&](const KeychainStore::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(result.ok());
        QVERIFY(result.sessionOnly);
        QCOMPARE(result.data, QByteArray("secret"));

        // A fresh store (a new run) has nothing: no insecure fallback stored it anywhere.
        KeychainStore nextRun(u"mqdesk-test"_s);
        done = false;
        nextRun.read(key, this, [&](const KeychainStore::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(result.status, KeychainStore::Status::Unavailable);
        QVERIFY(result.data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainStoreNoBackend)
#include "tst_keychainstore_nobackend.moc"
