// Models::DeepLink: the mqdesk:// parser and formatter (no model, no network).
#include "models/deeplink.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Models::DeepLink;
using Kind = DeepLink::Kind;

class tst_DeepLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("msgId");
        const QString base = u"mqdesk://prod/p1/i-1"_s;
        QTest::newRow("profile") << u"mqdesk://prod"_s << int(Kind::Profile) << QString() << QString();
        QTest::newRow("project") << u"mqdesk://prod/p1/"_s << int(Kind::Project) << QString() << QString();
        QTest::newRow("instance") << base << int(Kind::Instance) << QString() << QString();
        QTest::newRow("topic") << base + u"/topic/orders"_s << int(Kind::Topic) << u"orders"_s << QString();
        QTest::newRow("group") << base + u"/group/billing"_s << int(Kind::Group) << u"billing"_s << QString();
        QTest::newRow("user") << base + u"/user/ak1"_s << int(Kind::User) << u"ak1"_s << QString();
        QTest::newRow("dlq") << base + u"/dlq/billing"_s << int(Kind::DeadLetter) << u"billing"_s << QString();
        QTest::newRow("message") << base + u"/message/orders/0A0B0C"_s << int(Kind::Message) << u"orders"_s
                                 << u"0A0B0C"_s;
        QTest::newRow("folder") << base + u"/groups"_s << int(Kind::GroupsFolder) << QString() << QString();
        QTest::newRow("tree topic") << base + u"/topics/orders"_s << int(Kind::Topic) << u"orders"_s << QString();
        QTest::newRow("tree dlq") << base + u"/groups/billing/dlq"_s << int(Kind::DeadLetter) << u"billing"_s
                                  << QString();
        QTest::newRow("scheme case") << u"MQDESK://prod/p1/i-1/topic/t"_s << int(Kind::Topic) << u"t"_s << QString();
        QTest::newRow("encoded") << base + u"/group/%25DLQ%25billing"_s << int(Kind::Group) << u"%DLQ%billing"_s
                                 << QString();
        QTest::newRow("slash") << base + u"/topic/a%2Fb"_s << int(Kind::Topic) << u"a/b"_s << QString();
        QTest::newRow("utf8") << base + u"/topic/%E8%AE%A2%E5%8D%95"_s << int(Kind::Topic) << u"订单"_s << QString();
    }
    void parsesEveryKind()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, msgId);
        const DeepLink l = DeepLink::parse(text);
        QVERIFY2(l.isValid(), qPrintable(l.error));
        QCOMPARE(int(l.kind), kind);
        QCOMPARE(l.profile, u"prod"_s);
        QCOMPARE(l.name, name);
        QCOMPARE(l.msgId, msgId);
        if (kind >= int(Kind::Project))
            QCOMPARE(l.project, u"p1"_s);
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("msgId");
        QTest::newRow("topic") << int(Kind::Topic) << u"orders"_s << QString();
        QTest::newRow("dlq group name") << int(Kind::Group) << u"%DLQ%group"_s << QString();
        QTest::newRow("dlq") << int(Kind::DeadLetter) << u"g 1"_s << QString();
        QTest::newRow("reserved") << int(Kind::Topic) << u"a/b?c#d%e f+g"_s << QString();
        QTest::newRow("chinese") << int(Kind::User) << u"用户"_s << QString();
        QTest::newRow("message") << int(Kind::Message) << u"%RETRY%g"_s << u"7F000001ACB418B4AAC2"_s;
        QTest::newRow("folder") << int(Kind::UsersFolder) << QString() << QString();
        QTest::newRow("instance") << int(Kind::Instance) << QString() << QString();
    }
    void roundTrips()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, msgId);
        DeepLink l;
        l.kind = Kind(kind);
        l.profile = u"3f2e1d00-0000-4000-8000-000000000001"_s;
        l.project = u"0123abcd"_s;
        l.instance = u"i/9"_s;
        l.name = name;
        l.msgId = msgId;
        const QString text = l.toString();
        QVERIFY(text.startsWith(u"mqdesk://"_s));
        QVERIFY2(!text.mid(9).contains(u'?') && !text.contains(u' ') && !text.contains(u'#'), qPrintable(text));
        const DeepLink back = DeepLink::parse(text);
        QVERIFY2(back.isValid(), qPrintable(back.error));
        QVERIFY(back == l);
        QCOMPARE(back.toString(), text);
        // The tree's path and back (a message maps to its topic's node).
        const DeepLink fromTree = DeepLink::fromTreeLink(l.treeLink());
        QVERIFY2(fromTree.isValid(), qPrintable(fromTree.error));
        QCOMPARE(int(fromTree.kind), l.kind == Kind::Message ? int(Kind::Topic) : kind);
        QCOMPARE(fromTree.name, name);
    }
    void encodesPercent()
    {
        DeepLink l;
        l.kind = Kind::Group;
        l.profile = u"p"_s;
        l.project = u"q"_s;
        l.instance = u"i"_s;
        l.name = u"%DLQ%group"_s;
        QCOMPARE(l.toString(), u"mqdesk://p/q/i/group/%25DLQ%25group"_s);
        QCOMPARE(l.treeLink(), u"mqdesk://p/q/i/groups/%25DLQ%25group"_s);
    }

    void rejectsBadLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("http") << u"https://example.com/x"_s << u"not an mqdesk://"_s;
        QTest::newRow("no profile") << u"mqdesk://"_s << u"no profile"_s;
        QTest::newRow("double slash") << u"mqdesk://a//i"_s << u"empty part"_s;
        QTest::newRow("blank") << u"mqdesk://a/%20/i"_s << u"blank"_s;
        QTest::newRow("unknown") << u"mqdesk://a/p/i/queue/x"_s << u"Unknown part “queue”"_s;
        QTest::newRow("topic no name") << u"mqdesk://a/p/i/topic/x/y"_s << u"one name"_s;
        QTest::newRow("message no id") << u"mqdesk://a/p/i/message/t"_s << u"message id"_s;
        QTest::newRow("raw hash") << u"mqdesk://a/p/i/topic/a#b"_s << u"percent-encoded"_s;
    }
    void rejectsBadLinks()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        const DeepLink l = DeepLink::parse(text);
        QVERIFY(!l.isValid());
        QVERIFY2(l.error.contains(errorPart), qPrintable(l.error));
        QVERIFY(l.toString().isEmpty());
    }
    void treeLinksOfOtherNodesHaveNoLink()
    {
        QVERIFY(!DeepLink::fromTreeLink(u"mqdesk://p/kafka/k1"_s).isValid() ||
                DeepLink::fromTreeLink(u"mqdesk://p/kafka/k1"_s).kind == Kind::Instance);
        QVERIFY(!DeepLink::fromTreeLink(u"mqdesk://p/q/i/queues/x"_s).isValid());
        QVERIFY(!DeepLink::fromTreeLink(u"mqdesk://p/q/i/topics/t/extra"_s).isValid());
    }

    void messageLinkRoundTrips()
    {
        const QString text = DeepLink::messageLink(u"prod"_s, u"p1"_s, u"i1"_s, u"%DLQ%orders"_s, u"AC1F0001"_s);
        const DeepLink link = DeepLink::parse(text);
        QVERIFY2(link.isValid(), qPrintable(link.error));
        QCOMPARE(link.kind, DeepLink::Kind::Message);
        QCOMPARE(link.profile, u"prod"_s);
        QCOMPARE(link.project, u"p1"_s);
        QCOMPARE(link.instance, u"i1"_s);
        QCOMPARE(link.name, u"%DLQ%orders"_s);
        QCOMPARE(link.msgId, u"AC1F0001"_s);
        // A message shown before its place is known has no link rather than a broken one.
        QVERIFY(DeepLink::messageLink(u"prod"_s, u"p1"_s, QString(), u"orders"_s, u"AC1F0001"_s).isEmpty());
        QVERIFY(DeepLink::messageLink(u"prod"_s, u"p1"_s, u"i1"_s, u"orders"_s, QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeepLink)
#include "tst_deeplink.moc"
