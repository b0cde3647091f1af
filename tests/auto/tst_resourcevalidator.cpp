#include "models/resourcevalidator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Models::ResourceValidator;
using Kind = ResourceValidator::Kind;

class tst_ResourceValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rule"); // empty: valid
        QTest::newRow("topic ok") << int(Kind::Topic) << u"orders_v2-%|x"_s << QString();
        QTest::newRow("topic 3 chars") << int(Kind::Topic) << u"abc"_s << QString();
        QTest::newRow("topic too short") << int(Kind::Topic) << u"ab"_s << u"3 to 64"_s;
        QTest::newRow("topic 64") << int(Kind::Topic) << QString(64, u'a') << QString();
        QTest::newRow("topic 65") << int(Kind::Topic) << QString(65, u'a') << u"3 to 64"_s;
        QTest::newRow("topic space") << int(Kind::Topic) << u"my topic"_s << u"only letters"_s;
        QTest::newRow("topic dot") << int(Kind::Topic) << u"a.b.c"_s << u"only letters"_s;
        QTest::newRow("topic empty") << int(Kind::Topic) << QString() << u"Enter"_s;
        QTest::newRow("group ok") << int(Kind::Group) << u"GID_billing"_s << QString();
        QTest::newRow("group unicode") << int(Kind::Group) << u"grüppe"_s << u"only letters"_s;
        QTest::newRow("user ok") << int(Kind::User) << u"appuser1"_s << QString();
        QTest::newRow("user digit first") << int(Kind::User) << u"1appuser"_s << u"starts with a letter"_s;
        QTest::newRow("user 6") << int(Kind::User) << u"abcdef"_s << u"7 to 64"_s;
        QTest::newRow("user percent") << int(Kind::User) << u"app%user"_s << u"only letters"_s;
        QTest::newRow("instance ok") << int(Kind::Instance) << u"orders-cluster"_s << QString();
        QTest::newRow("instance 3") << int(Kind::Instance) << u"abc"_s << u"4 to 64"_s;
        QTest::newRow("instance underscore first") << int(Kind::Instance) << u"_abc"_s << u"starts with a letter"_s;
    }
    void names()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, rule);
        const QString error = ResourceValidator::checkName(Kind(kind), name);
        if (rule.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(rule), qPrintable(error));
    }

    void secrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("ok");
        QTest::newRow("three classes") << u"Abcdefg1"_s << true;
        QTest::newRow("special") << u"abcdef1!"_s << true;
        QTest::newRow("two classes") << u"abcdefg1"_s << false;
        QTest::newRow("short") << u"Ab1!"_s << false;
        QTest::newRow("33") << (u"Ab1"_s + QString(30, u'x')) << false;
        QTest::newRow("the name") << u"Appuser1"_s << false;
        QTest::newRow("name backwards") << u"1resuppA"_s << false;
    }
    void secrets()
    {
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QCOMPARE(ResourceValidator::checkSecret(secret, u"Appuser1"_s).isEmpty(), ok);
    }

    void signalsFollowTheForm()
    {
        ResourceValidator v(Kind::Topic);
        QVERIFY(!v.isValid());
        QSignalSpy valid(&v, &ResourceValidator::validChanged);
        QSignalSpy error(&v, &ResourceValidator::errorChanged);
        v.setName(u"orders"_s);
        QVERIFY(v.isValid());
        QCOMPARE(valid.count(), 1);
        QCOMPARE(valid.last().at(0).toBool(), true);
        QCOMPARE(error.last().at(0).toString(), QString());
        v.setQueueCount(51);
        QVERIFY(!v.isValid());
        QVERIFY(v.error().contains(u"1 to 50"_s));
        QCOMPARE(valid.count(), 2);
        v.setQueueCount(50);
        QVERIFY(v.isValid());

        ResourceValidator g(Kind::Group);
        g.setName(u"GID_x"_s);
        QVERIFY(g.isValid());
        g.setRetryMax(17);
        QVERIFY(g.error().contains(u"1 to 16"_s));
        g.setRetryMax(16);
        g.setDescription(QString(201, u'd'));
        QVERIFY(g.error().contains(u"200"_s));

        ResourceValidator u(Kind::User);
        u.setName(u"appuser1"_s);
        QVERIFY(!u.isValid()); // the secret is still missing
        u.setSecret(u"Str0ngSecret"_s);
        QVERIFY(u.isValid());
    }

    void editFormsKeepTheNameAndTheSecret()
    {
        // update_user: the name is the path parameter, an empty secret keeps the old one.
        ResourceValidator u(Kind::User);
        u.setEditing(true);
        QVERIFY(u.isValid());
        u.setName(u"appuser1"_s);
        u.setSecret(u"short"_s);
        QVERIFY(u.error().contains(u"8 to 32"_s));
        u.setSecret(QString());
        QVERIFY(u.isValid());
        u.setWhitelist(u"10.0.0.1, 192.168.0.0/16"_s);
        QVERIFY(u.isValid());
        u.setWhitelist(u"10.0.0.1,not-an-ip"_s);
        QVERIFY(!u.isValid());
        QVERIFY(u.error().contains(u"not-an-ip"_s));

        // update_topic: topic_desc up to 200 characters; queue totals 1-50.
        ResourceValidator t(Kind::Topic);
        t.setEditing(true);
        QVERIFY(t.isValid());
        t.setDescription(QString(201, u'd'));
        QVERIFY(t.error().contains(u"200"_s));
        t.setDescription(QString(200, u'd'));
        t.setQueueCount(0);
        QVERIFY(t.error().contains(u"1 to 50"_s));

        // update_instance: the name can change and is checked as on create.
        ResourceValidator i(Kind::Instance);
        i.setEditing(true);
        QVERIFY(!i.isValid());
        i.setName(u"ab1"_s);
        QVERIFY(i.error().contains(u"4 to 64"_s));
        i.setName(u"orders-prod"_s);
        QVERIFY(i.isValid());
        i.setDescription(QString(1025, u'x'));
        QVERIFY(i.error().contains(u"1024"_s));
    }

    void instanceCreation()
    {
        ResourceValidator v(Kind::Instance);
        v.setName(u"orders-prod"_s);
        ResourceValidator::InstanceLimits limits;
        limits.minBrokers = 1;
        limits.maxBrokers = 2;
        limits.minStoragePerBroker = 300;
        limits.maxStoragePerBroker = 3000;
        v.setInstanceLimits(limits);
        v.setBrokerCount(1);
        v.setStorage(300);
        v.setZoneCount(1);
        QVERIFY(v.error().contains(u"VPC"_s)); // the network IDs are required
        v.setNetwork(u"vpc-1"_s, u"subnet-1"_s, u" "_s);
        QVERIFY(v.error().contains(u"security group"_s));
        v.setNetwork(u"vpc-1"_s, u"subnet-1"_s, u"sg-1"_s);
        QVERIFY2(v.isValid(), qPrintable(v.error()));
        v.setBrokerCount(3);
        QVERIFY(v.error().contains(u"1 to 2 brokers"_s));
        v.setBrokerCount(2);
        QVERIFY(v.error().contains(u"600 to 6000 GB"_s)); // storage scales with the brokers
        v.setStorage(600);
        QVERIFY(v.isValid());
        v.setZoneCount(2);
        QVERIFY(v.error().contains(u"one or three"_s));
        v.setZoneCount(3);
        QVERIFY(v.isValid());
        v.setName(u"9lives"_s);
        QVERIFY(v.error().contains(u"starts with a letter"_s));
    }

    void whitelistEntries_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("one") << u"192.168.1.10"_s << true;
        QTest::newRow("cidr") << u"10.0.0.0/8"_s << true;
        QTest::newRow("spaces") << u" 10.0.0.1 , 10.0.0.2 "_s << true;
        QTest::newRow("bad octet") << u"10.0.0.256"_s << false;
        QTest::newRow("bad prefix") << u"10.0.0.0/33"_s << false;
        QTest::newRow("word") << u"localhost"_s << false;
    }
    void whitelistEntries()
    {
        QFETCH(QString, list);
        QFETCH(bool, ok);
        QCOMPARE(ResourceValidator::checkWhitelist(list).isEmpty(), ok);
    }

    void permissions_data()
    {
        using P = ResourceValidator::Permission;
        QTest::addColumn<bool>("groups");
        QTest::addColumn<QList<P>>("rows");
        QTest::addColumn<QString>("error"); // a part of the message; empty: valid
        QTest::newRow("none") << false << QList<P> {} << QString();
        QTest::newRow("topic rows") << false << QList<P> {{u"orders"_s, u"PUB|SUB"_s}, {u"audit"_s, u"DENY"_s}}
                                    << QString();
        QTest::newRow("group rows") << true << QList<P> {{u"GID_billing"_s, u"SUB"_s}} << QString();
        QTest::newRow("no name") << false << QList<P> {{u"orders"_s, u"PUB"_s}, {u" "_s, u"SUB"_s}}
                                 << u"row 2 has no topic name"_s;
        QTest::newRow("bad name") << false << QList<P> {{u"ab"_s, u"PUB"_s}} << u"row 1"_s;
        QTest::newRow("twice") << true << QList<P> {{u"g1x"_s, u"SUB"_s}, {u"g1x"_s, u"DENY"_s}} << u"listed twice"_s;
        QTest::newRow("undocumented topic perm")
            << false << QList<P> {{u"orders"_s, u"ALL"_s}} << u"not a topic permission"_s;
        // users.md documents SUB and DENY for groups (its PUB|SUB example contradicts the range).
        QTest::newRow("PUB on a group") << true << QList<P> {{u"GID_billing"_s, u"PUB|SUB"_s}}
                                        << u"not a group permission"_s;
    }
    void permissions()
    {
        QFETCH(bool, groups);
        QFETCH(QList<ResourceValidator::Permission>, rows);
        QFETCH(QString, error);
        const QString rule = ResourceValidator::checkPermissions(groups, rows);
        QVERIFY2(error.isEmpty() ? rule.isEmpty() : rule.contains(error), qPrintable(rule));
        // The validator of a user form carries the rule to its OK button.
        ResourceValidator v(ResourceValidator::Kind::User);
        v.setEditing(true);
        v.setName(u"user_name"_s);
        if (groups)
            v.setGroupPermissions(rows);
        else
            v.setTopicPermissions(rows);
        QCOMPARE(v.isValid(), error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ResourceValidator)
#include "tst_resourcevalidator.moc"
