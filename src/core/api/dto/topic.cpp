#include "api/dto/topic.h"

using namespace Qt::Literals::StringLiterals;

namespace Api {

TopicBroker TopicBroker::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "broker_name"_L1), Json::integer(o, "read_queue_num"_L1),
            Json::integer(o, "write_queue_num"_L1)};
}

QJsonObject TopicBroker::toJson() const
{
    return {{"broker_name"_L1, brokerName}, {"read_queue_num"_L1, readQueueNum}, {"write_queue_num"_L1, writeQueueNum}};
}

Topic Topic::fromJson(const QJsonObject &o)
{
    Topic t;
    t.name = Json::string(o, "name"_L1);
    t.totalReadQueueNum = Json::integer(o, "total_read_queue_num"_L1);
    t.totalWriteQueueNum = Json::integer(o, "total_write_queue_num"_L1);
    t.permission = Json::string(o, "permission"_L1);
    t.messageType = Json::string(o, "message_type"_L1);
    t.description = Json::string(o, "topic_desc"_L1);
    t.brokers = Json::list<TopicBroker>(o, "brokers"_L1);
    t.extra = Json::unknownFields(o,
                                  {"name"_L1, "total_read_queue_num"_L1, "total_write_queue_num"_L1, "permission"_L1,
                                   "message_type"_L1, "topic_desc"_L1, "brokers"_L1});
    return t;
}

QJsonObject Topic::toJson() const
{
    QJsonObject o {{"name"_L1, name},
                   {"total_read_queue_num"_L1, totalReadQueueNum},
                   {"total_write_queue_num"_L1, totalWriteQueueNum},
                   {"permission"_L1, permission},
                   {"brokers"_L1, Json::toArray(brokers)}};
    if (!messageType.isEmpty())
        o.insert("message_type"_L1, messageType);
    if (!description.isEmpty())
        o.insert("topic_desc"_L1, description);
    Json::mergeMissing(o, extra);
    return o;
}

QueueOffsets QueueOffsets::fromJson(const QJsonObject &o)
{
    return {Json::integer(o, "id"_L1), Json::int64(o, "min_offset"_L1), Json::int64(o, "max_offset"_L1),
            Json::epochMs(o, "last_message_time"_L1)};
}

QJsonObject QueueOffsets::toJson() const
{
    return {{"id"_L1, id},
            {"min_offset"_L1, minOffset},
            {"max_offset"_L1, maxOffset},
            {"last_message_time"_L1, lastMessageTime}};
}

BrokerQueues BrokerQueues::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "broker_name"_L1), Json::list<QueueOffsets>(o, "queues"_L1)};
}

QJsonObject BrokerQueues::toJson() const
{
    return {{"broker_name"_L1, brokerName}, {"queues"_L1, Json::toArray(queues)}};
}

qint64 TopicStatus::messageCount() const
{
    qint64 n = 0;
    for (const BrokerQueues &b : brokers)
        for (const QueueOffsets &q : b.queues)
            n += q.messageCount();
    return n;
}

TopicStatus TopicStatus::fromJson(const QJsonObject &o)
{
    TopicStatus s;
    s.minOffset = Json::int64(o, "min_offset"_L1);
    s.maxOffset = Json::int64(o, "max_offset"_L1);
    s.brokers = Json::list<BrokerQueues>(o, "brokers"_L1);
    s.extra = Json::unknownFields(o, {"min_offset"_L1, "max_offset"_L1, "brokers"_L1});
    return s;
}

QJsonObject TopicStatus::toJson() const
{
    QJsonObject o {{"min_offset"_L1, minOffset}, {"max_offset"_L1, maxOffset}, {"brokers"_L1, Json::toArray(brokers)}};
    Json::mergeMissing(o, extra);
    return o;
}

} // namespace Api
