#include "broker.h"

#include "api/messageid.h"
#include "brokerschema.h"
#include "handlers.h"
#include "router.h"
#include "services.h"
#include "simulation.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBrokerStore)

namespace Emulator::Broker {

namespace {

quint32 hash32(const QString &text)
{
    const QByteArray d = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return (quint32(quint8(d[0])) << 24) | (quint32(quint8(d[1])) << 16) | (quint32(quint8(d[2])) << 8) |
        quint32(quint8(d[3]));
}

// Services by store, so --demo seeding and tests find the one the router owns.
QMutex registryMutex;
QHash<const Store *, std::weak_ptr<Service>> &registry()
{
    static QHash<const Store *, std::weak_ptr<Service>> services;
    return services;
}

} // namespace

Service::Service(Store &store, Catalog &catalog, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_catalog(catalog),
      m_messages(store),
      m_traces(store),
      m_simulation(std::make_unique<Simulation>(*this))
{
}

Service::~Service() = default;

bool Service::initialize(QString *error)
{
    if (!migrateSchema(m_store, error))
        return false;
    m_catalog.onInstanceDeleted([this](const QString &instanceId) { m_messages.dropInstance(instanceId); });
    m_catalog.onTopicDeleted([this](const QString &instanceId, const QString &topic) {
        m_messages.dropTopic(instanceId, topic);
        m_store.exec(u"DELETE FROM broker_producers WHERE instance_id = ? AND topic = ?"_s, {instanceId, topic});
    });
    m_catalog.onGroupDeleted([this](const QString &instanceId, const QString &group) {
        m_messages.dropTopic(instanceId, u"%RETRY%"_s + group);
        m_messages.dropTopic(instanceId, u"%DLQ%"_s + group);
        m_store.transaction([&] {
            const QStringList tables {u"broker_clients"_s, u"broker_group_sim"_s, u"broker_schedule"_s,
                                      u"broker_offsets"_s};
            for (const QString &table : tables) {
                if (!m_store.exec(u"DELETE FROM "_s + table + u" WHERE instance_id = ? AND group_name = ?"_s,
                                  {instanceId, group}))
                    return false;
            }
            return true;
        });
    });
    return true;
}

QString Service::producerHost(const QString &instanceId)
{
    // The service's own producer (the console's "send message") lives in 100.64/10; the
    // example send response's id starts 644F0E2A = 100.79.14.42.
    const quint32 h = hash32(u"producer:"_s + instanceId);
    return u"100.79.%1.%2:%3"_s.arg((h >> 24) % 256).arg((h >> 16) % 254 + 1).arg(30000 + h % 30000);
}

QString Service::mintUniqKey(const Catalog::Instance &instance, qint64 now)
{
    using namespace Api::MessageId;
    const quint32 h = hash32(u"producer:"_s + instance.id);
    auto counter = m_counters.find(instance.id);
    if (counter == m_counters.end())
        counter = m_counters.insert(instance.id, quint32(now));
    const quint32 sequence = (*counter)++;
    if (instance.is5x()) {
        UniqKeyV1 id;
        id.mac = QCryptographicHash::hash(instance.id.toUtf8(), QCryptographicHash::Md5).left(6);
        id.pid = quint16(h);
        id.secondsSince2021 = quint32(qMax<qint64>(0, (now - 1609459200000) / 1000));
        id.sequence = sequence;
        return encode(id);
    }
    // Producers of the sandbox run in UTC: the time field counts from the UTC month start.
    UniqKeyV0 id;
    id.ip = ipv4FromString(producerHost(instance.id).section(u':', 0, 0));
    id.pid = quint16(h);
    id.classLoaderHash = hash32(u"classloader:"_s + instance.id);
    id.msSinceMonthStart = quint32(now - monthStartMs(now, 0));
    id.counter = quint16(sequence);
    return encode(id);
}

QList<Queue> Service::topicQueues(const QString &instanceId, const Catalog::Topic &topic, bool readableOnly)
{
    // One query for the queues that exist; only missing ones are created one by one.
    QHash<QPair<QString, int>, Queue> existing;
    for (const Queue &queue : m_messages.existingQueues(instanceId, topic.name))
        existing.insert({queue.brokerName, queue.queueId}, queue);
    QList<Queue> result;
    for (const Catalog::BrokerQueues &broker : topic.brokers) {
        const int count = readableOnly ? broker.readQueueNum : qMax(broker.readQueueNum, broker.writeQueueNum);
        for (int q = 0; q < count; ++q) {
            const auto it = existing.constFind({broker.brokerName, q});
            result.append(it != existing.cend() ? *it : m_messages.queue(instanceId, topic.name, broker.brokerName, q));
        }
    }
    return result;
}

std::optional<Message> Service::send(const Catalog::Instance &instance, const Catalog::Topic &topic,
                                     const QByteArray &body, const Properties &properties, qint64 now, QString *error,
                                     const QString &producerGroup)
{
    if (topic.permission == "sub"_L1) {
        if (error)
            *error = u"The topic %1 is not writable (permission sub)."_s.arg(topic.name);
        return std::nullopt;
    }
    QList<QPair<QString, int>> writable; // broker, queue id
    for (const Catalog::BrokerQueues &broker : topic.brokers) {
        for (int q = 0; q < broker.writeQueueNum; ++q)
            writable.append({broker.brokerName, q});
    }
    if (writable.isEmpty()) {
        if (error)
            *error = u"The topic %1 has no writable queue."_s.arg(topic.name);
        return std::nullopt;
    }
    Properties props;
    QString uniqKey;
    QString shardingKey;
    for (const auto &[name, value] : properties) {
        if (name.startsWith("__RMQ.TRANSIENT."_L1))
            continue; // never stored (MessageConst)
        if (name == "UNIQ_KEY"_L1)
            uniqKey = value;
        else if (name == "__SHARDINGKEY"_L1)
            shardingKey = value;
        props.append({name, value});
    }
    if (uniqKey.isEmpty())
        props.append({u"UNIQ_KEY"_s, mintUniqKey(instance, now)});
    props.append({u"CLUSTER"_s, u"DmsCluster"_s});
    props.append({u"WAIT"_s, u"true"_s});

    int index = 0;
    if (!shardingKey.isEmpty() || topic.messageType == "FIFO"_L1) {
        index = int(hash32(shardingKey) % quint32(writable.size())); // one message group, one queue
    } else {
        const QString rrKey = instance.id + u'\n' + topic.name;
        auto rr = m_roundRobin.find(rrKey);
        if (rr == m_roundRobin.end())
            rr = m_roundRobin.insert(rrKey, hash32(rrKey)); // ThreadLocalIndex starts at random
        index = int((*rr)++ % quint32(writable.size()));
    }
    NewMessage message;
    message.body = body;
    message.properties = props;
    message.bornTs = now;
    message.bornHost = producerHost(instance.id);

    std::optional<Message> stored;
    m_store.transaction([&] {
        const Queue queue = m_messages.queue(instance.id, topic.name, writable[index].first, writable[index].second);
        // Stored a millisecond after it was born; store times never go back within a queue.
        stored = m_messages.append(instance.id, topic.name, queue, message, now + 1);
        return stored &&
            m_traces.addPub(instance.id, *stored, producerGroup, int(stored->storeTs - now) + 1,
                            topic.messageType == "FIFO"_L1);
    });
    if (!stored && error)
        *error = u"The message could not be stored."_s;
    return stored;
}

QList<Client> Service::clients(const QString &instanceId, const QString &group)
{
    QList<Client> result;
    const auto rows = m_store.rows(u"SELECT * FROM broker_clients WHERE instance_id = ? AND group_name = ?"
                                   " ORDER BY client_id"_s,
                                   {instanceId, group});
    for (const QVariantMap &row : rows) {
        Client c;
        c.clientId = row.value(u"client_id"_s).toString();
        c.clientAddr = row.value(u"client_addr"_s).toString();
        c.language = row.value(u"language"_s).toString();
        c.version = row.value(u"version"_s).toString();
        c.subscriptions = QJsonDocument::fromJson(row.value(u"subscriptions"_s).toString().toUtf8()).array();
        c.online = row.value(u"online"_s).toInt() != 0;
        result.append(c);
    }
    return result;
}

void Service::setClients(const QString &instanceId, const QString &group, const QList<Client> &clients)
{
    m_store.transaction([&] {
        if (!m_store.exec(u"DELETE FROM broker_clients WHERE instance_id = ? AND group_name = ?"_s,
                          {instanceId, group}))
            return false;
        for (const Client &c : clients) {
            const QString subs = QString::fromUtf8(QJsonDocument(c.subscriptions).toJson(QJsonDocument::Compact));
            if (!m_store.exec(
                    u"INSERT INTO broker_clients(instance_id, group_name, client_id, client_addr, language,"
                    " version, subscriptions, online) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {instanceId, group, c.clientId, c.clientAddr, c.language, c.version, subs, c.online ? 1 : 0}))
                return false;
        }
        return true;
    });
}

GroupSimulation Service::groupSimulation(const QString &instanceId, const QString &group)
{
    const auto row = m_store.row(u"SELECT rate, failure_permille FROM broker_group_sim WHERE instance_id = ? AND"
                                 " group_name = ?"_s,
                                 {instanceId, group});
    if (!row)
        return {};
    return {row->value(u"rate"_s).toDouble(), row->value(u"failure_permille"_s).toInt()};
}

void Service::setGroupSimulation(const QString &instanceId, const QString &group, const GroupSimulation &sim)
{
    m_store.exec(u"INSERT INTO broker_group_sim(instance_id, group_name, rate, failure_permille) VALUES(?, ?, ?, ?)"
                 " ON CONFLICT(instance_id, group_name) DO UPDATE SET rate = excluded.rate,"
                 " failure_permille = excluded.failure_permille"_s,
                 {instanceId, group, sim.rate, sim.failurePermille});
}

void Service::setProducer(const Catalog::Instance &instance, const QString &topic, double rate,
                          const QString &producerGroup)
{
    if (rate <= 0) {
        m_store.exec(u"DELETE FROM broker_producers WHERE instance_id = ? AND topic = ?"_s, {instance.id, topic});
        return;
    }
    m_store.exec(u"INSERT INTO broker_producers(instance_id, project_id, topic, producer_group, rate)"
                 " VALUES(?, ?, ?, ?, ?) ON CONFLICT(instance_id, topic) DO UPDATE SET rate = excluded.rate,"
                 " producer_group = excluded.producer_group"_s,
                 {instance.id, instance.projectId, topic, producerGroup, rate});
}

QStringList Service::groupTopics(const QString &instanceId, const QString &group)
{
    QSet<QString> topics;
    for (const Client &client : clients(instanceId, group)) {
        for (const QJsonValue &sub : client.subscriptions)
            topics.insert(sub.toObject().value(u"topic"_s).toString());
    }
    const auto rows =
        m_store.rows(u"SELECT DISTINCT t.name FROM broker_offsets o JOIN broker_queues q ON q.id = o.queue_ref"
                     " JOIN broker_topics t ON t.id = q.topic_id WHERE o.instance_id = ? AND o.group_name = ?"_s,
                     {instanceId, group});
    for (const QVariantMap &row : rows)
        topics.insert(row.value(u"name"_s).toString());
    QStringList result;
    for (const QString &topic : std::as_const(topics)) {
        if (!topic.isEmpty() && !topic.startsWith("%RETRY%"_L1) && !topic.startsWith("%DLQ%"_L1))
            result.append(topic);
    }
    result.sort();
    return result;
}

QStringList Service::topicGroups(const QString &instanceId, const QString &topic)
{
    if (topic.isEmpty() || topic.startsWith("%RETRY%"_L1) || topic.startsWith("%DLQ%"_L1))
        return {}; // groupTopics() never lists these
    QSet<QString> groups;
    // The topic JSON-quoted as setClients() writes it: a cheap filter in SQL, confirmed on the
    // parsed subscriptions (the name may appear as an expression or inside a longer name).
    const QByteArray array = QJsonDocument(QJsonArray {topic}).toJson(QJsonDocument::Compact);
    const QString quoted = QString::fromUtf8(array.mid(1, array.size() - 2));
    const auto clientRows = m_store.rows(u"SELECT group_name, subscriptions FROM broker_clients"
                                         " WHERE instance_id = ? AND instr(subscriptions, ?) > 0"_s,
                                         {instanceId, quoted});
    for (const QVariantMap &row : clientRows) {
        const QString group = row.value(u"group_name"_s).toString();
        if (groups.contains(group))
            continue;
        const QJsonArray subscriptions =
            QJsonDocument::fromJson(row.value(u"subscriptions"_s).toString().toUtf8()).array();
        for (const QJsonValue &sub : subscriptions) {
            if (sub.toObject().value(u"topic"_s).toString() == topic) {
                groups.insert(group);
                break;
            }
        }
    }
    const auto offsetRows = m_store.rows(
        u"SELECT DISTINCT o.group_name FROM broker_topics t JOIN broker_queues q ON q.topic_id = t.id"
        " JOIN broker_offsets o ON o.queue_ref = q.id WHERE t.instance_id = ? AND t.name = ? AND o.instance_id = ?"_s,
        {instanceId, topic, instanceId});
    for (const QVariantMap &row : offsetRows)
        groups.insert(row.value(u"group_name"_s).toString());
    return QStringList(groups.cbegin(), groups.cend());
}

QJsonArray Service::topicStatus(const QString &instanceId, const Catalog::Topic &topic)
{
    QJsonArray brokers;
    for (const Catalog::BrokerQueues &broker : topic.brokers) {
        QJsonArray queues;
        const int count = qMax(broker.readQueueNum, broker.writeQueueNum); // topic stats: max(read, write)
        for (int q = 0; q < count; ++q) {
            const Queue queue = m_messages.queue(instanceId, topic.name, broker.brokerName, q);
            queues.append(QJsonObject {{u"id"_s, q},
                                       {u"min_offset"_s, queue.minOffset},
                                       {u"max_offset"_s, queue.maxOffset},
                                       {u"last_message_time"_s, queue.lastStoreTs}});
        }
        brokers.append(QJsonObject {{u"broker_name"_s, broker.brokerName}, {u"queues"_s, queues}});
    }
    return brokers;
}

Service *install(ServiceContext &context)
{
    auto service = std::make_shared<Service>(context.store, context.catalog);
    QString error;
    if (!service->initialize(&error)) {
        qCWarning(lcBrokerStore) << "broker tables:" << error;
        return nullptr;
    }
    registerHandlers(context.router, service);
    // MQDESK_SIM_SPEED overrides --sim-speed, so a test can freeze an emulator it did not start.
    bool ok = false;
    const double speed = qEnvironmentVariable("MQDESK_SIM_SPEED").toDouble(&ok);
    service->simulation().setSpeed(ok ? speed : context.settings.simSpeed);
    {
        QMutexLocker lock(&registryMutex);
        registry().insert(&context.store, service);
    }
    return service.get();
}

Service *serviceFor(const Store &store)
{
    QMutexLocker lock(&registryMutex);
    const auto it = registry().constFind(&store);
    if (it == registry().cend())
        return nullptr;
    return it->lock().get();
}

void seedDemo(ServiceContext &context, const DemoSeed &seed)
{
    if (Service *service = serviceFor(context.store))
        seedDemo(*service, seed);
}

} // namespace Emulator::Broker
