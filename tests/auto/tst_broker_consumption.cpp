#include "api/messageid.h"
#include "brokerfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::BrokerFixture;
using namespace Emulator::Broker;

// The consumption simulation and the operations acting on its state, through the router:
// lag, traces, retries and the DLQ, dead-letter export/resend, verify consumption, offset reset.
class TestBrokerConsumption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lagDecreasesAsGroupConsumes();
    void tagFilterAdvancesWithoutDelivery();
    void retriesThenDeadLetter();
    void deadLetterExportAndResend();
    void verifyConsumptionIsTraced();
    void resetOffsetByTimestamp();
    void consumerList();
    void timerDrivesConsumption();
    void simulatedProducerSends();

private:
    QString base() const { return u"/v2/rocketmq/"_s + m_fx->projectId() + u"/instances/"_s + m_instance; }
    QString plain() const { return u"/v2/"_s + m_fx->projectId() + u"/instances/"_s + m_instance; }
    void addClient(const QString &group, const QString &topic, const QString &expression = u"*"_s, double rate = 10,
                   int failurePermille = 0);
    QString sendOne(const QString &topic, const QString &body, const QString &tags = {});
    QJsonObject groupTopic(const QString &group, const QString &topic);
    QJsonArray trace(const QString &msgId);
    std::optional<Emulator::Catalog::Instance> instance()
    {
        return m_fx->catalog().instance(m_fx->projectId(), m_instance);
    }

    std::unique_ptr<BrokerFixture> m_fx;
    QString m_instance;
    qint64 m_now = 0;
};

void TestBrokerConsumption::init()
{
    m_fx = std::make_unique<BrokerFixture>();
    m_instance = m_fx->addInstance(u"4.8.0"_s, 1);
    m_fx->addTopic(m_instance, u"orders"_s, 2);
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestBrokerConsumption::cleanup()
{
    m_fx.reset();
}

void TestBrokerConsumption::addClient(const QString &group, const QString &topic, const QString &expression,
                                      double rate, int failurePermille)
{
    if (!m_fx->catalog().group(m_instance, group))
        m_fx->addGroup(m_instance, group, 2);
    Client client;
    client.clientId = u"10.0.0.7@4242#1"_s;
    client.clientAddr = u"10.0.0.7:52001"_s;
    client.subscriptions =
        QJsonArray {QJsonObject {{u"topic"_s, topic}, {u"type"_s, u"TAG"_s}, {u"expression"_s, expression}}};
    m_fx->broker().setClients(m_instance, group, {client});
    m_fx->broker().setGroupSimulation(m_instance, group, {rate, failurePermille});
}

QString TestBrokerConsumption::sendOne(const QString &topic, const QString &body, const QString &tags)
{
    Properties properties;
    if (!tags.isEmpty())
        properties.append({u"TAGS"_s, tags});
    const auto stored =
        m_fx->broker().send(*instance(), *m_fx->catalog().topic(m_instance, topic), body.toUtf8(), properties, m_now);
    return stored ? stored->uniqKey : QString();
}

QJsonObject TestBrokerConsumption::groupTopic(const QString &group, const QString &topic)
{
    const auto reply = m_fx->call("GET", plain() + u"/groups/"_s + group + u"/topics"_s, {{u"topic"_s, topic}});
    return reply.object();
}

QJsonArray TestBrokerConsumption::trace(const QString &msgId)
{
    return m_fx->call("GET", base() + u"/trace"_s, {{u"msg_id"_s, msgId}}).object().value(u"trace"_s).toArray();
}

void TestBrokerConsumption::lagDecreasesAsGroupConsumes()
{
    addClient(u"g1"_s, u"orders"_s, u"*"_s, 10);
    QString first;
    for (int i = 0; i < 20; ++i) {
        const QString id = sendOne(u"orders"_s, u"o%1"_s.arg(i));
        if (i == 0)
            first = id;
    }
    QCOMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"lag"_s).toInteger(), 20);
    m_fx->broker().simulation().tick(m_now + 1000, 1000); // 10 msg/s x 1 s
    QJsonObject detail = groupTopic(u"g1"_s, u"orders"_s);
    QCOMPARE(detail.value(u"lag"_s).toInteger(), 10);
    QCOMPARE(detail.value(u"max_offset"_s).toInteger(), 20);
    QCOMPARE(detail.value(u"consumer_offset"_s).toInteger(), 10);
    const QJsonArray queues = detail.value(u"brokers"_s).toArray().first()[u"queues"_s].toArray();
    QCOMPARE(queues.size(), 2);
    for (const QJsonValue &q : queues) {
        QCOMPARE(q[u"lag"_s].toInteger(), q[u"broker_offset"_s].toInteger() - q[u"consumer_offset"_s].toInteger());
        QVERIFY(q[u"last_message_time"_s].toInteger() > 0);
    }
    m_fx->broker().simulation().tick(m_now + 2000, 1000);
    QCOMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"lag"_s).toInteger(), 0);

    // The group's topic list; the trace of a message: Pub, then SubBefore/SubAfter sharing a request id.
    const auto list = m_fx->call("GET", plain() + u"/groups/g1/topics"_s).object();
    QCOMPARE(list.value(u"topics"_s).toArray(), QJsonArray {u"orders"_s});
    QCOMPARE(list.value(u"total"_s).toInt(), 1);
    const QJsonArray t = trace(first);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[0][u"trace_type"_s].toString(), u"Pub"_s);
    QCOMPARE(t[0][u"group_name"_s].toString(), u"DEFAULT_PRODUCER"_s);
    QCOMPARE(t[1][u"trace_type"_s].toString(), u"SubBefore"_s);
    QCOMPARE(t[2][u"trace_type"_s].toString(), u"SubAfter"_s);
    QCOMPARE(t[1][u"request_id"_s], t[2][u"request_id"_s]);
    QCOMPARE(t[2][u"group_name"_s].toString(), u"g1"_s);
    QCOMPARE(t[2][u"success"_s].toBool(), true);
    QCOMPARE(t[2][u"consume_status"_s].toInt(), 0);
    QCOMPARE(t[2][u"client_host"_s].toString(), u"10.0.0.7:52001"_s);
    QCOMPARE(t[0][u"msg_id"_s].toString(), first);
    QCOMPARE(Api::MessageId::classify(t[0][u"offset_msg_id"_s].toString()), Api::MessageId::Kind::OffsetMsgId);
}

void TestBrokerConsumption::tagFilterAdvancesWithoutDelivery()
{
    addClient(u"g1"_s, u"orders"_s, u"TagA || TagC"_s, 100);
    const QString a = sendOne(u"orders"_s, u"a"_s, u"TagA"_s);
    const QString b = sendOne(u"orders"_s, u"b"_s, u"TagB"_s);
    m_fx->broker().simulation().tick(m_now + 1000, 1000);
    QCOMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"lag"_s).toInteger(), 0);
    QCOMPARE(trace(a).size(), 3);
    QCOMPARE(trace(b).size(), 1); // Pub only: filtered out, never delivered
}

void TestBrokerConsumption::retriesThenDeadLetter()
{
    addClient(u"g2"_s, u"orders"_s, u"*"_s, 100, 1000); // every attempt fails; retry max 2
    const QString uniq = sendOne(u"orders"_s, u"poison"_s);
    const QString originalId = m_fx->broker().messages().byMsgId(m_instance, uniq).first().msgId;
    auto &sim = m_fx->broker().simulation();
    qint64 t = m_now + 1000;
    sim.tick(t, 1000); // attempt 1 fails -> scheduled (level 3)
    QVERIFY(Simulation::retryDelayMs(0) > 0);
    for (int retry = 0; retry < 2; ++retry) {
        t += Simulation::retryDelayMs(retry) + 1;
        sim.tick(t, 1000); // due: the copy lands in %RETRY%g2 and is consumed (and fails) at once
    }
    const auto retries =
        m_fx->call("GET", base() + u"/messages"_s,
                   {{u"topic"_s, u"%RETRY%g2"_s}, {u"start_time"_s, u"0"_s}, {u"end_time"_s, QString::number(t + 1)}});
    QCOMPARE(retries.status, 200);
    QCOMPARE(retries.object().value(u"total"_s).toInt(), 2);

    const auto dlq =
        m_fx->call("GET", base() + u"/messages"_s,
                   {{u"topic"_s, u"%DLQ%g2"_s}, {u"start_time"_s, u"0"_s}, {u"end_time"_s, QString::number(t + 1)}});
    QCOMPARE(dlq.object().value(u"total"_s).toInt(), 1);
    const QJsonObject dead = dlq.object().value(u"messages"_s).toArray().first().toObject();
    QCOMPARE(dead[u"reconsume_times"_s].toInt(), 3); // failing copy (2) + 1
    QCOMPARE(dead[u"body"_s].toString(), u"poison"_s);
    QMap<QString, QString> props;
    for (const QJsonValue &p : dead[u"property_list"_s].toArray())
        props.insert(p[u"name"_s].toString(), p[u"value"_s].toString());
    QCOMPARE(props.value(u"RETRY_TOPIC"_s), u"orders"_s);
    QCOMPARE(props.value(u"ORIGIN_MESSAGE_ID"_s), originalId);
    QCOMPARE(props.value(u"UNIQ_KEY"_s), uniq);
    QCOMPARE(props.value(u"DELAY"_s), u"0"_s);
    QVERIFY(dead[u"msg_id"_s].toString() != originalId); // every copy gets a new offsetMsgId

    // Trace: Pub + 3 failed attempts with retry times 0, 1, 2, all under the original topic.
    const QJsonArray t2 = trace(uniq);
    QCOMPARE(t2.size(), 7);
    int attempt = 0;
    for (const QJsonValue &entry : t2) {
        if (entry[u"trace_type"_s] != u"SubAfter"_s)
            continue;
        QCOMPARE(entry[u"consume_status"_s].toInt(), 5);
        QCOMPARE(entry[u"success"_s].toBool(), false);
        QCOMPARE(entry[u"retry_times"_s].toInt(), attempt++);
        QCOMPARE(entry[u"topic"_s].toString(), u"orders"_s);
    }
    QCOMPARE(attempt, 3);
    // The group is done with the original topic; nothing is left scheduled.
    QCOMPARE(groupTopic(u"g2"_s, u"orders"_s).value(u"lag"_s).toInteger(), 0);
    QCOMPARE(m_fx->store().scalar(u"SELECT COUNT(*) FROM broker_schedule"_s).toInt(), 0);
}

void TestBrokerConsumption::deadLetterExportAndResend()
{
    addClient(u"g2"_s, u"orders"_s, u"*"_s, 100, 1000);
    const QString uniq = sendOne(u"orders"_s, u"poison"_s);
    auto &sim = m_fx->broker().simulation();
    qint64 t = m_now + 1000;
    sim.tick(t, 1000);
    for (int retry = 0; retry < 2; ++retry) {
        t += Simulation::retryDelayMs(retry) + 1;
        sim.tick(t, 1000);
    }
    // Export by topic and by uniq key.
    auto exported = m_fx->call("POST", plain() + u"/messages/export"_s, {},
                               QJsonDocument(QJsonObject {{u"topic"_s, u"%DLQ%g2"_s}}));
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json.array().size(), 1);
    const QString deadId = exported.json.array().first()[u"msg_id"_s].toString();
    exported =
        m_fx->call("POST", plain() + u"/messages/export"_s, {},
                   QJsonDocument(QJsonObject {{u"topic"_s, u"%DLQ%g2"_s}, {u"uniq_key_list"_s, QJsonArray {uniq}}}));
    QCOMPARE(exported.json.array().size(), 1);
    QCOMPARE(exported.json.array().first()[u"msg_id"_s].toString(), deadId);
    QCOMPARE(
        m_fx->call("POST", plain() + u"/messages/export"_s, {}, QJsonDocument(QJsonObject {{u"topic"_s, u"orders"_s}}))
            .status,
        400);

    // Resend: per-message results; the copy is consumed again (now successfully).
    m_fx->broker().setGroupSimulation(m_instance, u"g2"_s, {100, 0});
    const auto resent = m_fx->call(
        "POST", base() + u"/messages/deadletter-resend"_s, {},
        QJsonDocument(QJsonObject {{u"topic"_s, u"%DLQ%g2"_s},
                                   {u"msg_id_list"_s, QJsonArray {deadId, u"C0A8149E0000277600000000000B6835"_s}}}));
    QCOMPARE(resent.status, 200);
    const QJsonArray results = resent.object().value(u"resend_results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0][u"msg_id"_s].toString(), deadId);
    QCOMPARE(results[0][u"error_code"_s].toString(), u"DMS.00000000"_s);
    QCOMPARE(results[0][u"error_message"_s].toString(), u"Success."_s);
    QVERIFY(results[1][u"error_code"_s].toString() != u"DMS.00000000"_s);
    QVERIFY(!results[1][u"error_message"_s].toString().isEmpty());
    sim.tick(t + 1000, 1000);
    const QJsonArray t2 = trace(uniq);
    QCOMPARE(t2.last()[u"trace_type"_s].toString(), u"SubAfter"_s);
    QCOMPARE(t2.last()[u"success"_s].toBool(), true);
    QCOMPARE(t2.last()[u"retry_times"_s].toInt(), 0);
}

void TestBrokerConsumption::verifyConsumptionIsTraced()
{
    addClient(u"g1"_s, u"orders"_s, u"*"_s, 0); // online, but not consuming
    const QString uniq = sendOne(u"orders"_s, u"verify me"_s);
    const QString offsetId = m_fx->broker().messages().byMsgId(m_instance, uniq).first().msgId;
    const auto reply = m_fx->call("POST", base() + u"/messages/resend"_s, {},
                                  QJsonDocument(QJsonObject {{u"group"_s, u"g1"_s},
                                                             {u"client_id"_s, u"10.0.0.7@4242#1"_s},
                                                             {u"msg_id_list"_s, QJsonArray {offsetId}}}));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.object().value(u"resend_results"_s).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0][u"error_code"_s].toString(), u"DMS.00000000"_s);
    const QJsonArray t = trace(uniq);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t[2][u"group_name"_s].toString(), u"g1"_s);
    QCOMPARE(t[2][u"client_host"_s].toString(), u"10.0.0.7:52001"_s);
    // A duplicate delivery: the group's offsets did not move.
    QCOMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"lag"_s).toInteger(), 1);

    // By the client's IP (the service's example) works; an unknown client gets a per-message error.
    auto other =
        m_fx->call("POST", base() + u"/messages/resend"_s, {},
                   QJsonDocument(QJsonObject {
                       {u"group"_s, u"g1"_s}, {u"client_id"_s, u"10.0.0.7"_s}, {u"msg_id_list"_s, QJsonArray {uniq}}}));
    QCOMPARE(other.object().value(u"resend_results"_s).toArray()[0][u"error_code"_s].toString(), u"DMS.00000000"_s);
    other = m_fx->call("POST", base() + u"/messages/resend"_s, {},
                       QJsonDocument(QJsonObject {{u"group"_s, u"g1"_s},
                                                  {u"client_id"_s, u"10.9.9.9@1#1"_s},
                                                  {u"msg_id_list"_s, QJsonArray {uniq}}}));
    QCOMPARE(other.object().value(u"resend_results"_s).toArray()[0][u"error_code"_s].toString(), u"DMS.50050004"_s);
    other =
        m_fx->call("POST", base() + u"/messages/resend"_s, {},
                   QJsonDocument(QJsonObject {
                       {u"group"_s, u"nogroup"_s}, {u"client_id"_s, u"x"_s}, {u"msg_id_list"_s, QJsonArray {uniq}}}));
    QCOMPARE(other.status, 404);
}

void TestBrokerConsumption::resetOffsetByTimestamp()
{
    m_fx->addTopic(m_instance, u"hist"_s, 2);
    const auto topic = m_fx->catalog().topic(m_instance, u"hist"_s);
    const qint64 base0 = m_now - 100000;
    // 10 messages one second apart, all on queue 0 (FIFO-style routing keeps them together).
    for (int i = 0; i < 10; ++i) {
        const auto stored =
            m_fx->broker().send(*instance(), *topic, "h", {{u"__SHARDINGKEY"_s, u"one"_s}}, base0 + i * 1000);
        QVERIFY(stored);
    }
    addClient(u"g3"_s, u"hist"_s, u"*"_s, 1000);
    m_fx->broker().simulation().tick(m_now, 1000);
    QCOMPARE(groupTopic(u"g3"_s, u"hist"_s).value(u"lag"_s).toInteger(), 0);
    const auto reset = [&](const QJsonValue &timestamp) {
        return m_fx->call("POST", base() + u"/groups/g3/reset-message-offset"_s, {},
                          QJsonDocument(QJsonObject {{u"topic"_s, u"hist"_s}, {u"timestamp"_s, timestamp}}));
    };
    const auto offsetOfBusyQueue = [](const BrokerFixture::Reply &reply) {
        qint64 best = 0;
        for (const QJsonValue &q : reply.object().value(u"queues"_s).toArray())
            best = qMax(best, q[u"timestamp_offset"_s].toInteger());
        return best;
    };
    // Store time of message i is base0 + i*1000 + 1: the first at or after base0 + 4500 is #5.
    auto reply = reset(double(base0 + 4500));
    QCOMPARE(reply.status, 200);
    const QJsonArray queues = reply.object().value(u"queues"_s).toArray();
    QCOMPARE(queues.size(), 2);
    QCOMPARE(queues[0][u"broker_name"_s].toString(), u"broker-0"_s);
    QCOMPARE(offsetOfBusyQueue(reply), 5);
    QCOMPARE(groupTopic(u"g3"_s, u"hist"_s).value(u"lag"_s).toInteger(), 5);
    // An exact store time is included (lower bound); a string timestamp is accepted.
    reply = reset(QString::number(base0 + 3001));
    QCOMPARE(offsetOfBusyQueue(reply), 3);
    // Older than everything -> min offset; newer than everything -> max offset.
    QCOMPARE(offsetOfBusyQueue(reset(double(base0 - 50000))), 0);
    QCOMPARE(groupTopic(u"g3"_s, u"hist"_s).value(u"lag"_s).toInteger(), 10);
    QCOMPARE(offsetOfBusyQueue(reset(double(m_now + 100000))), 10);
    QCOMPARE(groupTopic(u"g3"_s, u"hist"_s).value(u"lag"_s).toInteger(), 0);
    QCOMPARE(reset(u"yesterday"_s).status, 400);
    QCOMPARE(m_fx->call("POST", base() + u"/groups/nogroup/reset-message-offset"_s, {},
                        QJsonDocument(QJsonObject {{u"topic"_s, u"hist"_s}, {u"timestamp"_s, 0}}))
                 .status,
             404);
}

void TestBrokerConsumption::consumerList()
{
    addClient(u"g1"_s, u"orders"_s, u"TagA"_s);
    auto reply = m_fx->call(
        "GET", u"/v2/rocketmq/"_s + m_fx->projectId() + u"/instances/"_s + m_instance + u"/groups/g1/clients"_s,
        {{u"is_detail"_s, u"true"_s}});
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.object();
    QCOMPARE(o.value(u"group_name"_s).toString(), u"g1"_s);
    QCOMPARE(o.value(u"online"_s).toBool(), true);
    QCOMPARE(o.value(u"subscription_consistency"_s).toBool(), true);
    QCOMPARE(o.value(u"total"_s).toInt(), 1);
    const QJsonObject client = o.value(u"clients"_s).toArray().first().toObject();
    QCOMPARE(client[u"client_id"_s].toString(), u"10.0.0.7@4242#1"_s);
    QCOMPARE(client[u"language"_s].toString(), u"JAVA"_s);
    QCOMPARE(client[u"subscriptions"_s].toArray().first()[u"expression"_s].toString(), u"TagA"_s);
    m_fx->addGroup(m_instance, u"idle"_s);
    reply = m_fx->call(
        "GET", u"/v2/rocketmq/"_s + m_fx->projectId() + u"/instances/"_s + m_instance + u"/groups/idle/clients"_s);
    QCOMPARE(reply.object().value(u"online"_s).toBool(), false);
    QCOMPARE(reply.object().value(u"total"_s).toInt(), 0);
}

void TestBrokerConsumption::timerDrivesConsumption()
{
    // The wall-clock timer consumes without explicit ticks (fast rate, short interval).
    addClient(u"g1"_s, u"orders"_s, u"*"_s, 1000);
    for (int i = 0; i < 5; ++i)
        sendOne(u"orders"_s, u"t%1"_s.arg(i));
    m_fx->broker().simulation().setInterval(20);
    m_fx->broker().simulation().setSpeed(1);
    QTRY_COMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"lag"_s).toInteger(), 0);
    m_fx->broker().simulation().setSpeed(0);
}

void TestBrokerConsumption::simulatedProducerSends()
{
    m_fx->broker().setProducer(*instance(), u"orders"_s, 4, u"PG_orders"_s);
    addClient(u"g1"_s, u"orders"_s, u"*"_s, 1);
    m_fx->broker().simulation().tick(m_now, 2500); // 4 msg/s x 2.5 s = 10 sent, 1 msg/s x 2.5 s = 2 consumed
    const QJsonObject detail = groupTopic(u"g1"_s, u"orders"_s);
    QCOMPARE(detail.value(u"max_offset"_s).toInteger(), 10);
    QCOMPARE(detail.value(u"lag"_s).toInteger(), 8);
    m_fx->broker().setProducer(*instance(), u"orders"_s, 0);
    m_fx->broker().simulation().tick(m_now + 2500, 2500);
    QCOMPARE(groupTopic(u"g1"_s, u"orders"_s).value(u"max_offset"_s).toInteger(), 10);
}

QTEST_GUILESS_MAIN(TestBrokerConsumption)
#include "tst_broker_consumption.moc"
