#include "broker.h"
#include "services.h"
#include "simulation.h"
#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBrokerStore)

namespace Emulator::Broker {

namespace {

constexpr qint64 kStepMs = 30 * 60 * 1000;          // history is simulated in 30-minute steps
constexpr qint64 kHistoryMs = 3 * 24 * 3600 * 1000; // over the last three days

struct GroupPlan
{
    QString instanceId;
    QString group;
    QStringList topics;
    QString expression = u"*"_s;
    int clients = 1;
    double historicalRate = 5; ///< msg/s while history is simulated
    double liveRate = 2;       ///< msg/s from now on
    int failurePermille = 0;
    qint64 offlineSince = 0; ///< clients go offline at this time (0 = stay online)
    bool neverOnline = false;
    QString version = u"V4_9_7"_s;
};

quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QList<Client> makeClients(const GroupPlan &plan, int groupIndex, bool online)
{
    QList<Client> clients;
    QJsonArray subscriptions;
    for (const QString &topic : plan.topics)
        subscriptions.append(
            QJsonObject {{u"topic"_s, topic}, {u"type"_s, u"TAG"_s}, {u"expression"_s, plan.expression}});
    for (int c = 0; c < plan.clients; ++c) {
        const QString ip = u"10.0.%1.%2"_s.arg(groupIndex + 1).arg(c + 11);
        const quint32 h = mix(quint32(groupIndex * 31 + c));
        Client client;
        client.clientId = u"%1@%2#%3"_s.arg(ip).arg(1000 + h % 60000).arg(qint64(h) * 7919 + 1700000000000LL);
        client.clientAddr = u"%1:%2"_s.arg(ip).arg(40000 + h % 20000);
        client.version = plan.version;
        client.subscriptions = subscriptions;
        client.online = online;
        clients.append(client);
    }
    return clients;
}

QList<GroupPlan> plans(Service &service, const DemoSeed &seed, qint64 now)
{
    QList<GroupPlan> result;
    for (const QString &instanceId : seed.instanceIds) {
        const auto instance = service.catalog().instance(seed.projectId, instanceId);
        if (!instance)
            continue;
        QStringList topicNames;
        for (const Catalog::Topic &topic : service.catalog().topics(instanceId))
            topicNames.append(topic.name);
        const auto topicsStartingWith = [&topicNames](const QString &prefix) {
            QStringList out;
            for (const QString &name : topicNames) {
                if (name.startsWith(prefix) && !name.endsWith("-audit"_L1))
                    out.append(name);
            }
            return out;
        };
        int index = 0;
        for (const Catalog::Group &group : service.catalog().groups(instanceId)) {
            GroupPlan plan;
            plan.instanceId = instanceId;
            plan.group = group.name;
            ++index;
            if (instance->is5x()) {
                // GID_events_consumer_N: a couple of topics each, round the event topics.
                plan.version = u"V5_3_1"_s;
                if (!topicNames.isEmpty()) {
                    plan.topics = {topicNames.at((index - 1) % topicNames.size()),
                                   topicNames.at((index + 5) % topicNames.size())};
                }
                plan.clients = 1 + index % 3;
                plan.failurePermille = index == 3 ? 60 : 5;
                plan.offlineSince = index == 6 ? now - 5 * 3600 * 1000 : 0;
            } else {
                // GID_<domain>_service reads the domain's event topics; GID_<domain>_audit its audit topic.
                const QString domain = group.name.section(u'_', 1, 1);
                const bool audit = group.name.endsWith("_audit"_L1);
                plan.topics = audit ? QStringList {domain + u"-audit"_s} : topicsStartingWith(domain + u'-');
                plan.clients = audit ? 1 : 2;
                plan.failurePermille = audit ? 100 : (domain == "payments"_L1 ? 40 : 3);
                if (domain == "inventory"_L1 && !audit)
                    plan.expression = u"web || app"_s; // the api channel is filtered out
                if (domain == "shipping"_L1 && !audit)
                    plan.offlineSince = now - 8 * 3600 * 1000; // the service went down 8 h ago
                if (domain == "billing"_L1 && !audit) {
                    plan.historicalRate = 0.0006; // too slow: lag built up, it drains live
                    plan.liveRate = 0.5;
                }
                plan.neverOnline = group.broadcast; // broadcasting offsets live on the clients
            }
            plan.topics.removeAll(QString());
            result.append(plan);
        }
    }
    return result;
}

Properties demoProperties(const Catalog::Topic &topic, quint32 h, int sequence)
{
    static const QStringList channels {u"web"_s, u"app"_s, u"api"_s};
    const QString domain = topic.name.section(u'-', 0, 0).toUpper();
    Properties props {{u"KEYS"_s, u"%1-%2"_s.arg(domain.left(3)).arg(100000 + sequence)},
                      {u"TAGS"_s, channels.at(int(h % 3))}};
    if (topic.messageType == "FIFO"_L1)
        props.append({u"__SHARDINGKEY"_s, u"order-group-%1"_s.arg(h % 8)});
    else if (topic.messageType == "DELAY"_L1)
        props.append({u"TIMER_DELAY_SEC"_s, QString::number(10 + h % 50)});
    else if (topic.messageType == "TRANSACTION"_L1)
        props.append({u"TRAN_MSG"_s, u"true"_s});
    return props;
}

} // namespace

void seedDemo(Service &service, const DemoSeed &seed)
{
    Store &store = service.store();
    if (store.scalar(u"SELECT COUNT(*) FROM broker_messages"_s).toLongLong() > 0)
        return; // seeded on an earlier start
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<GroupPlan> groupPlans = plans(service, seed, now);

    struct TopicPlan
    {
        Catalog::Instance instance;
        Catalog::Topic topic;
        int weight;
    };
    QList<TopicPlan> topics;
    for (const QString &instanceId : seed.instanceIds) {
        const auto instance = service.catalog().instance(seed.projectId, instanceId);
        if (!instance)
            continue;
        int n = 0;
        for (const Catalog::Topic &topic : service.catalog().topics(instanceId))
            topics.append({*instance, topic, 1 + int(mix(quint32(++n)) % 3)});
    }

    for (int i = 0; i < groupPlans.size(); ++i) {
        const GroupPlan &plan = groupPlans.at(i);
        service.setGroupSimulation(plan.instanceId, plan.group, {plan.historicalRate, plan.failurePermille});
        if (!plan.neverOnline && !plan.topics.isEmpty())
            service.setClients(plan.instanceId, plan.group, makeClients(plan, i, true));
    }

    // Replay three days: producers send (more by day than by night), the groups consume with
    // the simulation's own rules (retries, DLQ, traces), clients drop out as planned.
    // One transaction: the seeding is all or nothing, and one commit instead of hundreds.
    int sequence = 0;
    store.transaction([&] {
        for (qint64 t = now - kHistoryMs; t < now; t += kStepMs) {
            service.messages().beginBatch();
            {
                const int hour = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
                const bool busy = hour >= 1 && hour <= 14; // 09:00-22:00 in UTC+8
                for (const TopicPlan &plan : std::as_const(topics)) {
                    const quint32 h = mix(quint32(t / kStepMs) ^ quint32(qHash(plan.topic.name)));
                    const int count = int(h % quint32(busy ? plan.weight + 2 : 2));
                    for (int k = 0; k < count; ++k) {
                        const quint32 hk = mix(h + quint32(k));
                        ++sequence;
                        const QByteArray body = QJsonDocument(QJsonObject {{u"id"_s, sequence},
                                                                           {u"event"_s, plan.topic.name},
                                                                           {u"amount"_s, double(hk % 100000) / 100.0},
                                                                           {u"currency"_s, u"CNY"_s},
                                                                           {u"ts"_s, t}})
                                                    .toJson(QJsonDocument::Compact);
                        service.send(plan.instance, plan.topic, body, demoProperties(plan.topic, hk, sequence),
                                     t + qint64(k + 1) * (kStepMs / (count + 1)) - qint64(hk % 1000), nullptr,
                                     u"PG_"_s + plan.topic.name.section(u'-', 0, 0));
                    }
                }
                for (int i = 0; i < groupPlans.size(); ++i) {
                    const GroupPlan &plan = groupPlans.at(i);
                    if (plan.offlineSince > 0 && t <= plan.offlineSince && plan.offlineSince < t + kStepMs)
                        service.setClients(plan.instanceId, plan.group, makeClients(plan, i, false));
                }
                service.simulation().tick(t + kStepMs - 1, kStepMs);
            }
            service.messages().endBatch();
        }
        return true;
    });
    for (const GroupPlan &plan : groupPlans)
        service.setGroupSimulation(plan.instanceId, plan.group, {plan.liveRate, plan.failurePermille});
    // Live traffic from now on: a trickle into every topic (0.05-0.3 msg/s), so lag keeps moving.
    for (const TopicPlan &plan : std::as_const(topics))
        service.setProducer(plan.instance, plan.topic.name, 0.05 * (plan.weight + 1) + 0.05 * (plan.weight == 3),
                            u"PG_"_s + plan.topic.name.section(u'-', 0, 0));
    qCInfo(lcBrokerStore) << "demo: seeded" << sequence << "messages in" << timer.elapsed() << "ms";
}

} // namespace Emulator::Broker
