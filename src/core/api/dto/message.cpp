#include "api/dto/message.h"

using namespace Qt::Literals::StringLiterals;

namespace Api {

MessageProperty MessageProperty::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "name"_L1), Json::string(o, "value"_L1)};
}

QJsonObject MessageProperty::toJson() const
{
    return {{"name"_L1, name}, {"value"_L1, value}};
}

QString Message::property(const QString &name) const
{
    for (const MessageProperty &p : properties)
        if (p.name == name)
            return p.value;
    return {};
}

Message Message::fromJson(const QJsonObject &o)
{
    Message m;
    m.msgId = Json::string(o, "msg_id"_L1);
    m.instanceId = Json::string(o, "instance_id"_L1);
    m.topic = Json::string(o, "topic"_L1);
    m.body = Json::string(o, "body"_L1);
    m.storeTimestamp = Json::epochMs(o, "store_timestamp"_L1);
    m.bornTimestamp = Json::epochMs(o, "born_timestamp"_L1);
    m.reconsumeTimes = Json::integer(o, "reconsume_times"_L1);
    m.bodyCrc = Json::int64(o, "body_crc"_L1);
    m.storeSize = Json::int64(o, "store_size"_L1);
    m.bornHost = Json::string(o, "born_host"_L1);
    m.storeHost = Json::string(o, "store_host"_L1);
    m.brokerName = Json::string(o, "broker_name"_L1);
    m.queueId = Json::integer(o, "queue_id"_L1);
    m.queueOffset = Json::int64(o, "queue_offset"_L1);
    m.properties = Json::list<MessageProperty>(o, "property_list"_L1);
    m.extra =
        Json::unknownFields(o,
                            {"msg_id"_L1, "instance_id"_L1, "topic"_L1, "body"_L1, "store_timestamp"_L1,
                             "born_timestamp"_L1, "reconsume_times"_L1, "body_crc"_L1, "store_size"_L1, "born_host"_L1,
                             "store_host"_L1, "broker_name"_L1, "queue_id"_L1, "queue_offset"_L1, "property_list"_L1});
    return m;
}

QJsonObject Message::toJson() const
{
    QJsonObject o {{"msg_id"_L1, msgId},     {"topic"_L1, topic},
                   {"body"_L1, body},        {"property_list"_L1, Json::toArray(properties)},
                   {"queue_id"_L1, queueId}, {"queue_offset"_L1, queueOffset}};
    if (!instanceId.isEmpty())
        o.insert("instance_id"_L1, instanceId);
    if (storeTimestamp)
        o.insert("store_timestamp"_L1, storeTimestamp);
    if (bornTimestamp)
        o.insert("born_timestamp"_L1, bornTimestamp);
    if (storeTimestamp || bornTimestamp) {
        o.insert("reconsume_times"_L1, reconsumeTimes);
        o.insert("body_crc"_L1, bodyCrc);
        o.insert("store_size"_L1, storeSize);
        o.insert("born_host"_L1, bornHost);
        o.insert("store_host"_L1, storeHost);
    }
    if (!brokerName.isEmpty())
        o.insert("broker_name"_L1, brokerName);
    Json::mergeMissing(o, extra);
    return o;
}

TraceEntry TraceEntry::fromJson(const QJsonObject &o)
{
    TraceEntry t;
    t.success = Json::boolean(o, "success"_L1);
    t.traceType = Json::string(o, "trace_type"_L1);
    t.timestamp = Json::epochMs(o, "timestamp"_L1);
    t.groupName = Json::string(o, "group_name"_L1);
    t.costTime = Json::int64(o, "cost_time"_L1);
    t.requestId = Json::string(o, "request_id"_L1);
    t.consumeStatus = Json::integer(o, "consume_status"_L1);
    t.topic = Json::string(o, "topic"_L1);
    t.msgId = Json::string(o, "msg_id"_L1);
    t.offsetMsgId = Json::string(o, "offset_msg_id"_L1);
    t.tags = Json::string(o, "tags"_L1);
    t.keys = Json::string(o, "keys"_L1);
    t.storeHost = Json::string(o, "store_host"_L1);
    t.clientHost = Json::string(o, "client_host"_L1);
    t.retryTimes = Json::integer(o, "retry_times"_L1);
    t.bodyLength = Json::int64(o, "body_length"_L1);
    t.msgType = Json::string(o, "msg_type"_L1);
    t.transactionState = Json::string(o, "transaction_state"_L1);
    t.transactionId = Json::string(o, "transaction_id"_L1);
    t.fromTransactionCheck = Json::boolean(o, "from_transaction_check"_L1);
    t.extra = Json::unknownFields(
        o, {"success"_L1,    "trace_type"_L1,        "timestamp"_L1,      "group_name"_L1,
            "cost_time"_L1,  "request_id"_L1,        "consume_status"_L1, "topic"_L1,
            "msg_id"_L1,     "offset_msg_id"_L1,     "tags"_L1,           "keys"_L1,
            "store_host"_L1, "client_host"_L1,       "retry_times"_L1,    "body_length"_L1,
            "msg_type"_L1,   "transaction_state"_L1, "transaction_id"_L1, "from_transaction_check"_L1});
    return t;
}

QJsonObject TraceEntry::toJson() const
{
    QJsonObject o {{"success"_L1, success},
                   {"trace_type"_L1, traceType},
                   {"timestamp"_L1, timestamp},
                   {"group_name"_L1, groupName},
                   {"cost_time"_L1, costTime},
                   {"request_id"_L1, requestId},
                   {"consume_status"_L1, consumeStatus},
                   {"topic"_L1, topic},
                   {"msg_id"_L1, msgId},
                   {"offset_msg_id"_L1, offsetMsgId},
                   {"tags"_L1, tags},
                   {"keys"_L1, keys},
                   {"store_host"_L1, storeHost},
                   {"client_host"_L1, clientHost},
                   {"retry_times"_L1, retryTimes},
                   {"body_length"_L1, bodyLength},
                   {"msg_type"_L1, msgType},
                   {"transaction_state"_L1, transactionState},
                   {"transaction_id"_L1, transactionId},
                   {"from_transaction_check"_L1, fromTransactionCheck}};
    Json::mergeMissing(o, extra);
    return o;
}

ResendResult ResendResult::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "msg_id"_L1), Json::string(o, "error_code"_L1), Json::string(o, "error_message"_L1)};
}

QJsonObject ResendResult::toJson() const
{
    return {{"msg_id"_L1, msgId}, {"error_code"_L1, errorCode}, {"error_message"_L1, errorMessage}};
}

QList<ResendResult> resendResultsFromJson(const QJsonObject &o)
{
    return Json::list<ResendResult>(o, "resend_results"_L1);
}

QJsonObject resendResultsToJson(const QList<ResendResult> &results)
{
    return {{"resend_results"_L1, Json::toArray(results)}};
}

} // namespace Api
