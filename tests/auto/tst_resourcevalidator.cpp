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
};

QTEST_GUILESS_MAIN(tst_ResourceValidator)
#include "tst_resourcevalidator.moc"
