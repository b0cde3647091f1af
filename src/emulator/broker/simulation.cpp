#include "simulation.h"

#include "broker.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Emulator::Broker {

namespace {

// messageDelayLevel "1s 5s 10s 30s 1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 20m 30m 1h 2h", in seconds.
constexpr std::array<int, 18> kDelayLevels {1,   5,   10,  30,  60,  120,  180,  240,  300,
                                            360, 420, 480, 540, 600, 1200, 1800, 3600, 7200};

quint32 hash32(const QByteArray &data)
{
    const QByteArray d = QCryptographicHash::hash(data, QCryptographicHash::Md5);
    return (quint32(quint8(d[0])) << 24) | (quint32(quint8(d[1])) << 16) | (quint32(quint8(d[2])) << 8) |
        quint32(quint8(d[3]));
}

struct Subscription
{
    QString topic;
    QString expression;
};

} // namespace

Simulation::Simulation(Service &service, QObject *parent) : QObject(parent), m_service(service)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &Simulation::onTimer);
}

Simulation::~Simulation() = default;

void Simulation::setSpeed(double speed)
{
    m_speed = qMax(0.0, speed);
    if (m_speed > 0 && !m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    } else if (m_speed == 0) {
        m_timer.stop();
    }
}

void Simulation::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void Simulation::onTimer()
{
    if (!m_service.store().isOpen())
        return;
    // At most 5 s of catch-up: a stalled event loop must not turn into a burst.
    const qint64 elapsed = qMin<qint64>(m_clock.restart(), 5000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_service.store().transaction([&] { return step(now, elapsed, m_speed); });
}

void Simulation::tick(qint64 now, qint64 elapsedMs)
{
    m_service.store().transaction([&] { return step(now, elapsedMs, 1.0); });
}

bool Simulation::step(qint64 now, qint64 elapsedMs, double factor)
{
    bool ok = deliverDue(now) && produce(now, elapsedMs, factor);
    // Everything a tick needs, read once: online clients, rates, groups, topics.
    TickCache cache;
    Store &store = m_service.store();
    for (const QVariantMap &row : store.rows(u"SELECT * FROM broker_clients WHERE online = 1 ORDER BY client_id"_s)) {
        Client c;
        c.clientId = row.value(u"client_id"_s).toString();
        c.clientAddr = row.value(u"client_addr"_s).toString();
        c.subscriptions = QJsonDocument::fromJson(row.value(u"subscriptions"_s).toString().toUtf8()).array();
        cache.clients[row.value(u"instance_id"_s).toString() + u'\n' + row.value(u"group_name"_s).toString()].append(c);
    }
    for (const QVariantMap &row : store.rows(u"SELECT * FROM broker_group_sim"_s)) {
        cache.simulations.insert(row.value(u"instance_id"_s).toString() + u'\n' + row.value(u"group_name"_s).toString(),
                                 {row.value(u"rate"_s).toDouble(), row.value(u"failure_permille"_s).toInt()});
    }
    for (auto it = cache.clients.cbegin(); it != cache.clients.cend(); ++it) {
        const QString instanceId = it.key().section(u'\n', 0, 0);
        const QString group = it.key().section(u'\n', 1);
        if (!cache.groups.contains(instanceId)) {
            QHash<QString, Catalog::Group> groups;
            for (const Catalog::Group &g : m_service.catalog().groups(instanceId))
                groups.insert(g.name, g);
            cache.groups.insert(instanceId, groups);
        }
        const auto groupIt = cache.groups[instanceId].constFind(group);
        if (groupIt == cache.groups[instanceId].cend() || !groupIt->enabled)
            continue;
        ok = consumeGroup(instanceId, *groupIt, it.value(), cache.simulations.value(it.key()), cache, now, elapsedMs,
                          factor) &&
            ok;
    }
    return ok;
}

bool Simulation::produce(qint64 now, qint64 elapsedMs, double factor)
{
    const auto producers = m_service.store().rows(u"SELECT * FROM broker_producers"_s);
    for (const QVariantMap &row : producers) {
        const QString instanceId = row.value(u"instance_id"_s).toString();
        const QString topicName = row.value(u"topic"_s).toString();
        const QString carryKey = u"producer\n"_s + instanceId + u'\n' + topicName;
        const double wanted =
            m_carry.value(carryKey) + row.value(u"rate"_s).toDouble() * factor * double(elapsedMs) / 1000.0;
        const int count = int(wanted);
        m_carry.insert(carryKey, wanted - double(count));
        if (count <= 0)
            continue;
        const auto topic = m_service.catalog().topic(instanceId, topicName);
        const auto instance = m_service.catalog().instance(row.value(u"project_id"_s).toString(), instanceId);
        if (!topic || !instance || instance->status != "RUNNING"_L1)
            continue;
        for (int i = 0; i < count; ++i) {
            const quint32 h = hash32(QByteArray::number(now) + QByteArray::number(i) + topicName.toUtf8());
            const QByteArray body =
                QJsonDocument(
                    QJsonObject {{u"event"_s, topicName}, {u"amount"_s, double(h % 100000) / 100.0}, {u"ts"_s, now}})
                    .toJson(QJsonDocument::Compact);
            static const QStringList channels {u"web"_s, u"app"_s, u"api"_s};
            const Properties props {{u"KEYS"_s, u"LIVE-%1"_s.arg(h % 1000000)}, {u"TAGS"_s, channels.at(int(h % 3))}};
            if (!m_service.send(*instance, *topic, body, props, now, nullptr,
                                row.value(u"producer_group"_s).toString()))
                return false;
        }
    }
    return true;
}

std::optional<Catalog::Topic> Simulation::cachedTopic(TickCache &cache, const QString &instanceId, const QString &topic)
{
    const QString key = instanceId + u'\n' + topic;
    auto it = cache.topics.find(key);
    if (it == cache.topics.end())
        it = cache.topics.insert(key, m_service.catalog().topic(instanceId, topic));
    return *it;
}

qint64 Simulation::retryDelayMs(int reconsumeTimes)
{
    const int level = qBound(1, 3 + reconsumeTimes, int(kDelayLevels.size()));
    return qint64(kDelayLevels[level - 1]) * 1000 / kDelayCompression;
}

bool Simulation::matches(const QString &expression, const QString &tags)
{
    const QString trimmed = expression.trimmed();
    if (trimmed.isEmpty() || trimmed == "*"_L1)
        return true;
    const auto parts = QStringView(trimmed).split(u"||"_s);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&tags](QStringView part) { return part.trimmed() == QStringView(tags); });
}

bool Simulation::fails(const QString &uniqKey, const QString &group, int reconsumeTimes, int failurePermille)
{
    if (failurePermille <= 0)
        return false;
    // A tenth of the failure rate are "poison" messages that fail every time (and end in the
    // DLQ); the rest fail transiently, per attempt.
    if (int(hash32((uniqKey + u'/' + group).toUtf8()) % 10000) < failurePermille)
        return true;
    const quint32 h = hash32((uniqKey + u'/' + group + u'/' + QString::number(reconsumeTimes)).toUtf8());
    return int(h % 1000) < failurePermille;
}

bool Simulation::consumeGroup(const QString &instanceId, const Catalog::Group &groupInfo, const QList<Client> &online,
                              const GroupSimulation &sim, TickCache &cache, qint64 now, qint64 elapsedMs, double factor)
{
    const QString group = groupInfo.name;
    const QString carryKey = instanceId + u'\n' + group;
    const double wanted = m_carry.value(carryKey) + sim.rate * factor * double(elapsedMs) / 1000.0;
    qint64 budget = qint64(wanted);
    m_carry.insert(carryKey, wanted - double(budget));
    if (budget <= 0 || online.isEmpty())
        return true;

    QList<Subscription> subscriptions;
    QSet<QString> seenTopics;
    for (const Client &c : online) {
        for (const QJsonValue &value : c.subscriptions) {
            const QJsonObject sub = value.toObject();
            const QString topic = sub.value(u"topic"_s).toString();
            if (!seenTopics.contains(topic)) {
                seenTopics.insert(topic);
                subscriptions.append({topic, sub.value(u"expression"_s).toString()});
            }
        }
    }

    struct Work
    {
        Queue queue;
        QString expression;
        qint64 offset;
    };
    QList<Work> work;
    for (const Subscription &sub : std::as_const(subscriptions)) {
        const auto topic = cachedTopic(cache, instanceId, sub.topic);
        if (!topic || topic->permission == "pub"_L1)
            continue;
        for (const Queue &queue : m_service.topicQueues(instanceId, *topic, true))
            work.append({queue, sub.expression, 0});
    }
    // Clustering consumers also consume %RETRY%<group> (every expression matches there).
    for (const Queue &queue : m_service.messages().existingQueues(instanceId, u"%RETRY%"_s + group))
        work.append({queue, u"*"_s, 0});

    const int retryMax = groupInfo.retryMaxTimes;
    bool ok = true;
    const QHash<qint64, qint64> committed = m_service.messages().consumerOffsets(instanceId, group);
    for (int index = 0; index < work.size() && budget > 0; ++index) {
        Work &w = work[index];
        w.offset = committed.value(w.queue.ref, -1);
        if (w.offset < 0) {
            // A new group on a young queue starts at its min offset (primer 4.3).
            w.offset = w.queue.minOffset;
            m_service.messages().setConsumerOffset(instanceId, group, w.queue.ref, w.offset);
        }
    }
    // Round robin over the lagging queues until the budget is spent.
    bool progressed = true;
    while (budget > 0 && progressed) {
        progressed = false;
        QList<int> lagging;
        for (int i = 0; i < work.size(); ++i) {
            if (work[i].offset < work[i].queue.maxOffset)
                lagging.append(i);
        }
        if (lagging.isEmpty())
            break;
        const qint64 share = qMax<qint64>(1, budget / lagging.size());
        for (const int i : std::as_const(lagging)) {
            if (budget <= 0)
                break;
            Work &w = work[i];
            const Client &client = online.at(i % online.size()); // queues shared out among the clients
            const QList<Message> batch = m_service.messages().range(w.queue, w.offset, int(qMin(share, budget)));
            for (const Message &m : batch) {
                w.offset = m.queueOffset + 1;
                if (!matches(w.expression, m.tags))
                    continue; // consumed but filtered: the offset moves, nothing is delivered
                --budget;
                const bool failed = fails(m.uniqKey, group, m.reconsumeTimes, sim.failurePermille);
                Consumption c;
                c.group = group;
                c.clientHost = client.clientAddr;
                c.requestId =
                    m.uniqKey.left(16) + QString::number(++m_requestCounter, 16).toUpper().rightJustified(16, u'0');
                c.timestamp = now;
                c.costMs = 1 + int(hash32(c.requestId.toUtf8()) % 40);
                c.status = failed ? ConsumeStatus::Failed : ConsumeStatus::Success;
                const QString originalTopic =
                    m.property(u"RETRY_TOPIC"_s).isEmpty() ? m.topic : m.property(u"RETRY_TOPIC"_s);
                ok = m_service.traces().addConsumption(instanceId, m, originalTopic, c) && ok;
                if (failed)
                    ok = handleFailure(instanceId, group, retryMax, m, now) && ok;
            }
            if (!batch.isEmpty()) {
                progressed = true;
                m_service.messages().setConsumerOffset(instanceId, group, w.queue.ref, w.offset);
            }
        }
    }
    return ok;
}

Properties Simulation::copyProperties(const Message &message, const QString &group, bool deadLetter) const
{
    static const QSet<QString> replaced {u"RETRY_TOPIC"_s, u"ORIGIN_MESSAGE_ID"_s, u"DELAY"_s,
                                         u"REAL_TOPIC"_s,  u"REAL_QID"_s,          u"WAIT"_s};
    Properties props;
    for (const auto &[name, value] : message.properties) {
        if (!replaced.contains(name))
            props.append({name, value});
    }
    const QString origin = message.property(u"ORIGIN_MESSAGE_ID"_s);
    const QString retryTopic = message.property(u"RETRY_TOPIC"_s);
    props.append({u"RETRY_TOPIC"_s, retryTopic.isEmpty() ? message.topic : retryTopic});
    props.append({u"ORIGIN_MESSAGE_ID"_s, origin.isEmpty() ? message.msgId : origin});
    props.append({u"WAIT"_s, u"false"_s});
    if (deadLetter) {
        props.append({u"DELAY"_s, u"0"_s});
    } else {
        props.append({u"DELAY"_s, QString::number(qMin(18, 3 + message.reconsumeTimes))});
        props.append({u"REAL_TOPIC"_s, u"%RETRY%"_s + group});
        props.append({u"REAL_QID"_s, u"0"_s});
    }
    return props;
}

bool Simulation::handleFailure(const QString &instanceId, const QString &group, int retryMax, const Message &message,
                               qint64 now)
{
    if (message.reconsumeTimes >= retryMax) {
        // consumerSendMsgBack: retries used up -> %DLQ%<group> (1 queue), reconsume times + 1.
        NewMessage copy {message.body, copyProperties(message, group, true), message.bornTs, message.bornHost,
                         message.reconsumeTimes + 1};
        const Queue dlq = m_service.messages().queue(instanceId, u"%DLQ%"_s + group, message.brokerName, 0);
        return m_service.messages().append(instanceId, u"%DLQ%"_s + group, dlq, copy, now).has_value();
    }
    return m_service.store().exec(u"INSERT INTO broker_schedule(instance_id, group_name, message_id, due_ts)"
                                  " VALUES(?, ?, ?, ?)"_s,
                                  {instanceId, group, message.rowId, now + retryDelayMs(message.reconsumeTimes)});
}

bool Simulation::deliverDue(qint64 now)
{
    Store &store = m_service.store();
    const auto due = store.rows(u"SELECT id, instance_id, group_name, message_id FROM broker_schedule"
                                " WHERE due_ts <= ? ORDER BY due_ts, id LIMIT 5000"_s,
                                {now});
    bool ok = true;
    for (const QVariantMap &row : due) {
        const QString instanceId = row.value(u"instance_id"_s).toString();
        const QString group = row.value(u"group_name"_s).toString();
        if (const auto failed = m_service.messages().byRowId(row.value(u"message_id"_s).toLongLong())) {
            NewMessage copy {failed->body, copyProperties(*failed, group, false), failed->bornTs, failed->bornHost,
                             failed->reconsumeTimes + 1};
            const QString retryTopic = u"%RETRY%"_s + group;
            const Queue queue = m_service.messages().queue(instanceId, retryTopic, failed->brokerName, 0);
            ok = m_service.messages().append(instanceId, retryTopic, queue, copy, now).has_value() && ok;
        }
        ok = store.exec(u"DELETE FROM broker_schedule WHERE id = ?"_s, {row.value(u"id"_s)}) && ok;
    }
    return ok;
}

bool Simulation::redeliver(const QString &instanceId, const QString &group, const Message &deadLetter, qint64 now)
{
    return m_service.store().transaction([&] {
        Properties props;
        for (const auto &[name, value] : deadLetter.properties) {
            if (name != "DELAY"_L1)
                props.append({name, value});
        }
        NewMessage copy {deadLetter.body, props, deadLetter.bornTs, deadLetter.bornHost, 0};
        const QString retryTopic = u"%RETRY%"_s + group;
        const Queue queue = m_service.messages().queue(instanceId, retryTopic, deadLetter.brokerName, 0);
        return m_service.messages().append(instanceId, retryTopic, queue, copy, now).has_value();
    });
}

Simulation::DirectResult Simulation::consumeDirectly(const QString &instanceId, const QString &group,
                                                     const Client &client, const Message &message, qint64 now)
{
    const GroupSimulation sim = m_service.groupSimulation(instanceId, group);
    Consumption c;
    c.group = group;
    c.clientHost = client.clientAddr;
    c.requestId = message.uniqKey.left(16) + QString::number(++m_requestCounter, 16).toUpper().rightJustified(16, u'0');
    c.timestamp = now;
    c.costMs = 1 + int(hash32(c.requestId.toUtf8()) % 40);
    // A direct delivery is one more attempt: it fails like the group's consumption would.
    const bool failed = fails(message.uniqKey, group, 1000 + int(m_requestCounter % 1000), sim.failurePermille);
    c.status = failed ? ConsumeStatus::Failed : ConsumeStatus::Success;
    const QString topic =
        message.property(u"RETRY_TOPIC"_s).isEmpty() ? message.topic : message.property(u"RETRY_TOPIC"_s);
    m_service.store().transaction([&] { return m_service.traces().addConsumption(instanceId, message, topic, c); });
    return {!failed, c.costMs};
}

} // namespace Emulator::Broker
