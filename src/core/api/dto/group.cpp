#include "api/dto/group.h"

using namespace Qt::Literals::StringLiterals;

namespace Api {

ConsumerGroup ConsumerGroup::fromJson(const QJsonObject &o)
{
    ConsumerGroup g;
    g.name = Json::string(o, "name"_L1);
    g.description = Json::string(o, "group_desc"_L1);
    g.enabled = Json::boolean(o, "enabled"_L1, true);
    g.broadcast = Json::boolean(o, "broadcast"_L1);
    g.consumeOrderly = Json::boolean(o, "consume_orderly"_L1);
    g.online = Json::boolean(o, "group_online"_L1);
    g.retryMaxTime = Json::integer(o, "retry_max_time"_L1, 16);
    g.createdAt = Json::epochMs(o, "created_at"_L1);
    g.brokers = Json::strings(o, "brokers"_L1);
    g.permissions = Json::strings(o, "permissions"_L1);
    g.extra =
        Json::unknownFields(o,
                            {"name"_L1, "group_desc"_L1, "enabled"_L1, "broadcast"_L1, "consume_orderly"_L1,
                             "group_online"_L1, "retry_max_time"_L1, "created_at"_L1, "brokers"_L1, "permissions"_L1});
    return g;
}

QJsonObject ConsumerGroup::toJson() const
{
    QJsonObject o {{"name"_L1, name},
                   {"group_desc"_L1, description},
                   {"enabled"_L1, enabled},
                   {"broadcast"_L1, broadcast},
                   {"consume_orderly"_L1, consumeOrderly},
                   {"group_online"_L1, online},
                   {"retry_max_time"_L1, retryMaxTime},
                   {"created_at"_L1, createdAt},
                   {"brokers"_L1, Json::toArray(brokers)},
                   {"permissions"_L1, Json::toArray(permissions)}};
    Json::mergeMissing(o, extra);
    return o;
}

GroupQueueLag GroupQueueLag::fromJson(const QJsonObject &o)
{
    return {Json::integer(o, "id"_L1), Json::int64(o, "lag"_L1), Json::int64(o, "broker_offset"_L1),
            Json::int64(o, "consumer_offset"_L1), Json::epochMs(o, "last_message_time"_L1)};
}

QJsonObject GroupQueueLag::toJson() const
{
    return {{"id"_L1, id},
            {"lag"_L1, lag},
            {"broker_offset"_L1, brokerOffset},
            {"consumer_offset"_L1, consumerOffset},
            {"last_message_time"_L1, lastMessageTime}};
}

GroupBrokerLag GroupBrokerLag::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "broker_name"_L1), Json::list<GroupQueueLag>(o, "queues"_L1)};
}

QJsonObject GroupBrokerLag::toJson() const
{
    return {{"broker_name"_L1, brokerName}, {"queues"_L1, Json::toArray(queues)}};
}

GroupTopics GroupTopics::fromJson(const QJsonObject &o)
{
    GroupTopics t;
    t.topics = Json::strings(o, "topics"_L1);
    t.total = Json::int64(o, "total"_L1, -1);
    t.lag = Json::int64(o, "lag"_L1);
    t.maxOffset = Json::int64(o, "max_offset"_L1);
    t.consumerOffset = Json::int64(o, "consumer_offset"_L1);
    t.brokers = Json::list<GroupBrokerLag>(o, "brokers"_L1);
    t.extra = Json::unknownFields(
        o, {"topics"_L1, "total"_L1, "lag"_L1, "max_offset"_L1, "consumer_offset"_L1, "brokers"_L1});
    return t;
}

QJsonObject GroupTopics::toJson() const
{
    QJsonObject o;
    if (!brokers.isEmpty()) {
        o.insert("lag"_L1, lag);
        o.insert("max_offset"_L1, maxOffset);
        o.insert("consumer_offset"_L1, consumerOffset);
        o.insert("brokers"_L1, Json::toArray(brokers));
    }
    if (!topics.isEmpty() || brokers.isEmpty()) {
        o.insert("topics"_L1, Json::toArray(topics));
        o.insert("total"_L1, total >= 0 ? total : topics.size());
    }
    Json::mergeMissing(o, extra);
    return o;
}

Subscription Subscription::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "topic"_L1), Json::string(o, "type"_L1), Json::string(o, "expression"_L1)};
}

QJsonObject Subscription::toJson() const
{
    return {{"topic"_L1, topic}, {"type"_L1, type}, {"expression"_L1, expression}};
}

ConsumerClient ConsumerClient::fromJson(const QJsonObject &o)
{
    ConsumerClient c;
    c.clientId = Json::string(o, "client_id"_L1);
    c.clientAddr = Json::string(o, "client_addr"_L1);
    c.language = Json::string(o, "language"_L1);
    c.version = Json::string(o, "version"_L1);
    c.subscriptions = Json::list<Subscription>(o, "subscriptions"_L1);
    c.extra =
        Json::unknownFields(o, {"client_id"_L1, "client_addr"_L1, "language"_L1, "version"_L1, "subscriptions"_L1});
    return c;
}

QJsonObject ConsumerClient::toJson() const
{
    QJsonObject o {{"client_id"_L1, clientId},
                   {"client_addr"_L1, clientAddr},
                   {"language"_L1, language},
                   {"version"_L1, version},
                   {"subscriptions"_L1, Json::toArray(subscriptions)}};
    Json::mergeMissing(o, extra);
    return o;
}

ConsumerList ConsumerList::fromJson(const QJsonObject &o)
{
    ConsumerList l;
    l.groupName = Json::string(o, "group_name"_L1);
    l.online = Json::boolean(o, "online"_L1);
    l.subscriptionConsistency = Json::boolean(o, "subscription_consistency"_L1, true);
    QJsonObject rest = o;
    rest.remove("group_name"_L1);
    rest.remove("online"_L1);
    rest.remove("subscription_consistency"_L1);
    l.clients = Page<ConsumerClient>::fromJson(rest, "clients"_L1);
    return l;
}

QJsonObject ConsumerList::toJson() const
{
    QJsonObject o = clients.toJson("clients"_L1);
    o.insert("group_name"_L1, groupName);
    o.insert("online"_L1, online);
    o.insert("subscription_consistency"_L1, subscriptionConsistency);
    return o;
}

ResetQueueOffset ResetQueueOffset::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "broker_name"_L1), Json::integer(o, "queue_id"_L1), Json::int64(o, "timestamp_offset"_L1)};
}

QJsonObject ResetQueueOffset::toJson() const
{
    return {{"broker_name"_L1, brokerName}, {"queue_id"_L1, queueId}, {"timestamp_offset"_L1, timestampOffset}};
}

} // namespace Api
