#include "profiles/profilestore.h"
#include "profiles/regions.h"
#include "profiles/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Profiles;

class tst_ProfileStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(u"settings.ini"_s); }

    static Profile sample()
    {
        Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Production"_s;
        p.region = u"cn-north-4"_s;
        p.dmsEndpoint = Regions::find(p.region)->dms;
        p.iamEndpoint = Regions::find(p.region)->iam;
        p.projectId = u"0123456789abcdef"_s;
        p.authKind = Auth::Credentials::Kind::IamPassword;
        p.userName = u"ops"_s;
        p.domainName = u"acme"_s;
        p.environment = Profile::Environment::Prod;
        p.caBundlePath = u"/etc/ssl/corp.pem"_s;
        return p;
    }

private Q_SLOTS:
    void init() { QFile::remove(ini()); }

    void settingsDefaultsAndSignal()
    {
        auto s = Settings::createForFile(ini());
        QCOMPARE(s->pageSize(), 50);
        QCOMPARE(s->value(Settings::Key::ActivityVisible).toBool(), true);
        QSignalSpy spy(s.get(), &Settings::changed);
        s->setValue(Settings::Key::PageSize, 20);
        s->setValue(Settings::Key::PageSize, 20); // unchanged: no second signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::PageSize);
        s->sync();
        auto again = Settings::createForFile(ini());
        QCOMPARE(again->pageSize(), 20); // typed back from the INI string
        again->reset(Settings::Key::PageSize);
        QCOMPARE(again->pageSize(), 50);
    }

    void regionsFillEndpoints()
    {
        QVERIFY(Regions::all().size() >= 30);
        const Region *r = Regions::find(u"eu-west-101"_s);
        QVERIFY(r);
        QCOMPARE(r->dms.host(), u"dms.eu-west-101.myhuaweicloud.eu"_s);
        QCOMPARE(r->iam.host(), u"iam.eu-west-101.myhuaweicloud.eu"_s);
        // A region the IAM SDK does not list gets the documented pattern.
        QCOMPARE(Regions::find(u"cn-north-11"_s)->iam.host(), u"iam.cn-north-11.myhuaweicloud.com"_s);
        QVERIFY(!Regions::find(u"mars-1"_s));
    }

    void sandboxAlwaysThere()
    {
        auto s = Settings::createForFile(ini());
        ProfileStore store(s.get());
        QCOMPARE(store.userProfiles().size(), 0);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.profiles().first().isSandbox());
        QVERIFY(!store.remove(Profile::sandboxId()));
        Profile sb = ProfileStore::sandboxProfile();
        sb.name = u"Hijacked"_s;
        QVERIFY(!store.save(sb));
    }

    void addEditDuplicateRemovePersist()
    {
        auto s = Settings::createForFile(ini());
        const Profile p = sample();
        {
            ProfileStore store(s.get());
            QSignalSpy added(&store, &ProfileStore::profileAdded);
            QSignalSpy changed(&store, &ProfileStore::profileChanged);
            QVERIFY(store.save(p));
            QCOMPARE(added.count(), 1);
            Profile edited = p;
            edited.name = u"Prod (Beijing)"_s;
            QVERIFY(store.save(edited));
            QCOMPARE(changed.count(), 1);
            const Profile copy = store.duplicate(p.id);
            QVERIFY(copy.id != p.id);
            QCOMPARE(copy.name, u"Prod (Beijing) (copy)"_s);
            QCOMPARE(copy.projectId, p.projectId);
            s->sync();
        }
        ProfileStore reloaded(s.get());
        QCOMPARE(reloaded.userProfiles().size(), 2);
        Profile back = reloaded.profile(p.id);
        QCOMPARE(back.name, u"Prod (Beijing)"_s);
        Profile expected = p;
        expected.name = back.name;
        QCOMPARE(back, expected);
        QCOMPARE(reloaded.findByName(u"prod (beijing)"_s).id, p.id);
        QSignalSpy removed(&reloaded, &ProfileStore::profileRemoved);
        QVERIFY(reloaded.remove(p.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reloaded.userProfiles().size(), 1);
        ProfileStore third(s.get());
        QCOMPARE(third.userProfiles().size(), 1);
        QVERIFY(!third.contains(p.id));
    }

    void secretNamesPerAuthKind()
    {
        QCOMPARE(Profile::secretNamesFor(Auth::Credentials::Kind::AkSk), QStringList {u"secret_key"_s});
        QCOMPARE(Profile::secretNamesFor(Auth::Credentials::Kind::TemporaryAkSk),
                 (QStringList {u"secret_key"_s, u"security_token"_s}));
        QCOMPARE(Profile::secretNamesFor(Auth::Credentials::Kind::IamPassword), QStringList {u"password"_s});
        for (auto k : {Auth::Credentials::Kind::AkSk, Auth::Credentials::Kind::TemporaryAkSk,
                       Auth::Credentials::Kind::IamPassword})
            QCOMPARE(Profile::authKindFromId(Profile::authKindId(k)), k);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
