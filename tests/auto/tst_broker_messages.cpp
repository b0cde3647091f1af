#include "api/messageid.h"
#include "brokerfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::BrokerFixture;

// The broker's message operations through the real router and handlers: send, query by id,
// key and time range with paging and totals, id structure, queue offsets.
class TestBrokerMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendAnswersUniqKeyAndQueue();
    void queryByBothIds();
    void queryByKeyAndTimeWithPaging();
    void queueFilterAndOffsets();
    void storedFieldsAreConsistent();
    void fiveXInstanceMintsV1Ids();
    void errors();
    void durableAcrossReopen();

private:
    QString base(const QString &engine = u"rocketmq"_s) const
    {
        return u"/v2/"_s + engine + u'/' + m_fx->projectId() + u"/instances/"_s + m_instance;
    }
    QString plainBase() const { return u"/v2/"_s + m_fx->projectId() + u"/instances/"_s + m_instance; }
    BrokerFixture::Reply send(const QString &topic, const QString &body, const QString &keys = {},
                              const QString &tags = {});

    std::unique_ptr<BrokerFixture> m_fx;
    QString m_instance;
};

void TestBrokerMessages::init()
{
    m_fx = std::make_unique<BrokerFixture>();
    m_instance = m_fx->addInstance(u"4.8.0"_s, 2);
    m_fx->addTopic(m_instance, u"orders"_s, 3);
    m_fx->addTopic(m_instance, u"readonly"_s, 2, u"sub"_s);
}

void TestBrokerMessages::cleanup()
{
    m_fx.reset();
}

BrokerFixture::Reply TestBrokerMessages::send(const QString &topic, const QString &body, const QString &keys,
                                              const QString &tags)
{
    QJsonArray properties;
    if (!keys.isEmpty())
        properties.append(QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, keys}});
    if (!tags.isEmpty())
        properties.append(QJsonObject {{u"name"_s, u"TAGS"_s}, {u"value"_s, tags}});
    return m_fx->call(
        "POST", base() + u"/messages"_s, {},
        QJsonDocument(QJsonObject {{u"topic"_s, topic}, {u"body"_s, body}, {u"property_list"_s, properties}}));
}

void TestBrokerMessages::sendAnswersUniqKeyAndQueue()
{
    QSet<QString> queues;
    QSet<QString> ids;
    for (int i = 0; i < 12; ++i) {
        const auto reply = send(u"orders"_s, u"hello %1"_s.arg(i), u"order-%1"_s.arg(i), u"TagA"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject o = reply.object();
        QCOMPARE(o.value(u"topic"_s).toString(), u"orders"_s);
        QCOMPARE(o.value(u"body"_s).toString(), u"hello %1"_s.arg(i));
        const QString msgId = o.value(u"msg_id"_s).toString();
        QCOMPARE(Api::MessageId::classify(msgId), Api::MessageId::Kind::UniqKeyV0);
        ids.insert(msgId);
        queues.insert(o.value(u"broker_name"_s).toString() + u'/' + QString::number(o.value(u"queue_id"_s).toInt()));
    }
    QCOMPARE(ids.size(), 12);
    QCOMPARE(queues.size(), 6); // round robin over 2 brokers x 3 write queues
    // The UNIQ_KEY's time field decodes (UTC producer) to the send time.
    const QString last = *ids.cbegin();
    const auto decoded = Api::MessageId::decodeUniqKeyV0(last);
    QVERIFY(decoded);
    const qint64 when = decoded->nearestEpochMs(0, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(qAbs(when - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestBrokerMessages::queryByBothIds()
{
    const auto sent = send(u"orders"_s, u"find me"_s, u"k1"_s);
    const QString uniq = sent.object().value(u"msg_id"_s).toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto reply = m_fx->call("GET", base() + u"/messages"_s, {{u"topic"_s, u"orders"_s}, {u"msg_id"_s, uniq}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 1);
    const QJsonObject message = reply.object().value(u"messages"_s).toArray().first().toObject();
    const QString offsetId = message.value(u"msg_id"_s).toString();
    QCOMPARE(Api::MessageId::classify(offsetId), Api::MessageId::Kind::OffsetMsgId);
    // msg_id in ListMessages is the offsetMsgId: host:port of the store host + commit-log offset.
    const auto decoded = Api::MessageId::decodeOffsetMsgId(offsetId);
    QCOMPARE(decoded->storeHost(), message.value(u"store_host"_s).toString());
    QVERIFY(message.value(u"store_timestamp"_s).toInteger() >= message.value(u"born_timestamp"_s).toInteger());
    QVERIFY(qAbs(message.value(u"born_timestamp"_s).toInteger() - now) < 60000);
    bool hasUniq = false;
    for (const QJsonValue &p : message.value(u"property_list"_s).toArray())
        hasUniq = hasUniq || (p[u"name"_s] == u"UNIQ_KEY"_s && p[u"value"_s] == uniq);
    QVERIFY(hasUniq);

    // ...and querying by the offsetMsgId finds the same message.
    reply = m_fx->call("GET", base(u"reliability"_s) + u"/messages"_s,
                       {{u"topic"_s, u"orders"_s}, {u"msg_id"_s, offsetId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"messages"_s).toArray().first()[u"msg_id"_s].toString(), offsetId);

    // A wrong topic finds nothing; an unknown id finds nothing.
    m_fx->addTopic(m_instance, u"other"_s);
    reply = m_fx->call("GET", base() + u"/messages"_s, {{u"topic"_s, u"other"_s}, {u"msg_id"_s, offsetId}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 0);
    reply = m_fx->call("GET", base() + u"/messages"_s,
                       {{u"topic"_s, u"orders"_s}, {u"msg_id"_s, u"C0A807C9000027740000000000000030"_s}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 0);
}

void TestBrokerMessages::queryByKeyAndTimeWithPaging()
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 1000;
    for (int i = 0; i < 25; ++i)
        QCOMPARE(
            send(u"orders"_s, u"m%1"_s.arg(i), i % 5 == 0 ? u"vip order-%1"_s.arg(i) : u"order-%1"_s.arg(i)).status,
            200);
    const QString end = QString::number(QDateTime::currentMSecsSinceEpoch() + 1000);
    const QString begin = QString::number(start);

    auto reply = m_fx->call("GET", base() + u"/messages"_s,
                            {{u"topic"_s, u"orders"_s},
                             {u"start_time"_s, begin},
                             {u"end_time"_s, end},
                             {u"limit"_s, u"10"_s},
                             {u"offset"_s, u"20"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 25);
    QCOMPARE(reply.object().value(u"messages"_s).toArray().size(), 5);

    // Newest first across pages, no duplicates.
    QStringList bodies;
    for (int offset = 0; offset < 25; offset += 10) {
        reply = m_fx->call("GET", base() + u"/messages"_s,
                           {{u"topic"_s, u"orders"_s},
                            {u"start_time"_s, begin},
                            {u"end_time"_s, end},
                            {u"limit"_s, u"10"_s},
                            {u"offset"_s, QString::number(offset)}});
        for (const QJsonValue &m : reply.object().value(u"messages"_s).toArray())
            bodies.append(m[u"body"_s].toString());
    }
    QCOMPARE(bodies.size(), 25);
    QCOMPARE(bodies.first(), u"m24"_s);
    QCOMPARE(bodies.last(), u"m0"_s);

    // Each KEYS token is indexed.
    reply =
        m_fx->call("GET", base() + u"/messages"_s,
                   {{u"topic"_s, u"orders"_s}, {u"key"_s, u"vip"_s}, {u"start_time"_s, begin}, {u"end_time"_s, end}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 5);
    reply = m_fx->call(
        "GET", base() + u"/messages"_s,
        {{u"topic"_s, u"orders"_s}, {u"key"_s, u"order-7"_s}, {u"start_time"_s, begin}, {u"end_time"_s, end}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 1);
    QCOMPARE(reply.object().value(u"messages"_s).toArray().first()[u"body"_s].toString(), u"m7"_s);
    // A time window before the sends finds nothing.
    reply = m_fx->call("GET", base() + u"/messages"_s,
                       {{u"topic"_s, u"orders"_s},
                        {u"key"_s, u"vip"_s},
                        {u"start_time"_s, u"0"_s},
                        {u"end_time"_s, QString::number(start - 5000)}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 0);
}

void TestBrokerMessages::queueFilterAndOffsets()
{
    for (int i = 0; i < 12; ++i)
        send(u"orders"_s, u"x%1"_s.arg(i));
    auto reply = m_fx->call("GET", plainBase() + u"/topics/orders/status"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray brokers = reply.object().value(u"brokers"_s).toArray();
    QCOMPARE(brokers.size(), 2);
    qint64 total = 0;
    for (const QJsonValue &b : brokers) {
        QCOMPARE(b[u"queues"_s].toArray().size(), 3);
        for (const QJsonValue &q : b[u"queues"_s].toArray()) {
            QCOMPARE(q[u"min_offset"_s].toInteger(), 0);
            QCOMPARE(q[u"max_offset"_s].toInteger(), 2); // 12 messages over 6 queues
            QVERIFY(q[u"last_message_time"_s].toInteger() > 0);
            total += q[u"max_offset"_s].toInteger();
        }
    }
    QCOMPARE(total, 12);
    QCOMPARE(reply.object().value(u"max_offset"_s).toInteger(), 12);

    reply = m_fx->call("GET", base() + u"/messages"_s,
                       {{u"topic"_s, u"orders"_s},
                        {u"queue"_s, u"1"_s},
                        {u"start_time"_s, u"0"_s},
                        {u"end_time"_s, QString::number(QDateTime::currentMSecsSinceEpoch() + 1000)}});
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 4); // queue 1 on both brokers
    for (const QJsonValue &m : reply.object().value(u"messages"_s).toArray())
        QCOMPARE(m[u"queue_id"_s].toInt(), 1);
}

void TestBrokerMessages::storedFieldsAreConsistent()
{
    send(u"orders"_s, u"Hello world"_s, u"a b"_s, u"TagA"_s);
    const auto reply = m_fx->call("GET", base() + u"/messages"_s,
                                  {{u"topic"_s, u"orders"_s},
                                   {u"start_time"_s, u"0"_s},
                                   {u"end_time"_s, QString::number(QDateTime::currentMSecsSinceEpoch() + 1000)}});
    const QJsonObject m = reply.object().value(u"messages"_s).toArray().first().toObject();
    QCOMPARE(m[u"body_crc"_s].toInteger(), 198614610); // CRC32("Hello world") & 0x7FFFFFFF
    QCOMPARE(m[u"instance_id"_s].toString(), m_instance);
    QCOMPARE(m[u"reconsume_times"_s].toInt(), 0);
    QCOMPARE(m[u"queue_offset"_s].toInteger(), 0);
    QVERIFY(m[u"born_host"_s].toString().contains(u':'));
    // store_size = 84 + 4 + body + 1 + topic + 2 + properties string (calMsgLength).
    QString properties;
    for (const QJsonValue &p : m[u"property_list"_s].toArray())
        properties += p[u"name"_s].toString() + QChar(1) + p[u"value"_s].toString() + QChar(2);
    QCOMPARE(m[u"store_size"_s].toInt(), 84 + 4 + 11 + 1 + 6 + 2 + int(properties.toUtf8().size()));
    // The first message of a broker sits at commit-log offset 0; the next one after it.
    const auto first = Api::MessageId::decodeOffsetMsgId(m[u"msg_id"_s].toString());
    QCOMPARE(first->commitLogOffset, 0);
}

void TestBrokerMessages::fiveXInstanceMintsV1Ids()
{
    const QString instance = m_fx->addInstance(u"5.x"_s, 1);
    m_fx->addTopic(instance, u"events"_s, 2);
    const auto reply =
        m_fx->call("POST", u"/v2/rocketmq/"_s + m_fx->projectId() + u"/instances/"_s + instance + u"/messages"_s, {},
                   QJsonDocument(QJsonObject {{u"topic"_s, u"events"_s}, {u"body"_s, u"e"_s}}));
    QCOMPARE(reply.status, 200);
    const QString id = reply.object().value(u"msg_id"_s).toString();
    QCOMPARE(Api::MessageId::classify(id), Api::MessageId::Kind::UniqKeyV1);
    QVERIFY(qAbs(Api::MessageId::decodeUniqKeyV1(id)->epochMs() - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestBrokerMessages::errors()
{
    QCOMPARE(send(u"nope"_s, u"x"_s).status, 404);
    QCOMPARE(send(u"readonly"_s, u"x"_s).status, 400);
    QCOMPARE(send(u"orders"_s, QString()).status, 400);
    // Without msg_id a time range is required.
    auto reply = m_fx->call("GET", base() + u"/messages"_s, {{u"topic"_s, u"orders"_s}});
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.object().value(u"error_code"_s).toString().isEmpty());
    reply = m_fx->call(
        "GET", u"/v2/rocketmq/"_s + m_fx->projectId() + u"/instances/00000000-0000-0000-0000-000000000000/messages"_s,
        {{u"topic"_s, u"orders"_s}, {u"msg_id"_s, u"AA"_s}});
    QCOMPARE(reply.status, 404);
}

void TestBrokerMessages::durableAcrossReopen()
{
    // Sends commit before they answer: a second store on the same file sees all of them.
    auto fx = std::make_unique<BrokerFixture>(true);
    const QString instance = fx->addInstance();
    fx->addTopic(instance, u"t"_s, 2);
    const QString path = u"/v2/rocketmq/"_s + fx->projectId() + u"/instances/"_s + instance + u"/messages"_s;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(
            fx->call("POST", path, {}, QJsonDocument(QJsonObject {{u"topic"_s, u"t"_s}, {u"body"_s, u"b"_s}})).status,
            200);
    Emulator::Store other;
    QVERIFY(other.open(QFileInfo(fx->store().fileName()).absolutePath()));
    QCOMPARE(other.scalar(u"SELECT COUNT(*) FROM broker_messages"_s).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestBrokerMessages)
#include "tst_broker_messages.moc"
