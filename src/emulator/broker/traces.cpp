#include "traces.h"

#include "store.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcBrokerStore)

using namespace Qt::StringLiterals;

namespace Emulator::Broker {

Traces::Traces(Store &store) : m_store(store) { }

QString Traces::msgType(const Message &message, bool fifoTopic)
{
    if (message.property(u"TRAN_MSG"_s) == "true"_L1)
        return u"Trans_Msg_Half"_s;
    const QString delay = message.property(u"DELAY"_s);
    if ((!delay.isEmpty() && delay != "0"_L1 && message.reconsumeTimes == 0) ||
        !message.property(u"TIMER_DELIVER_MS"_s).isEmpty())
        return u"Delay_Msg"_s;
    if (fifoTopic || !message.property(u"__SHARDINGKEY"_s).isEmpty())
        return u"Order_Msg"_s;
    return u"Normal_Msg"_s;
}

bool Traces::insert(const QVariantList &given)
{
    QVariantList values = given;
    for (QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            value = u""_s; // a null QString binds as SQL NULL; the columns are NOT NULL
    }
    if (!m_insert) {
        // Prepared once: the simulation writes two records per consumed message.
        m_insert = std::make_unique<QSqlQuery>(m_store.database());
        m_insert->prepare(u"INSERT INTO broker_traces(instance_id, msg_id, trace_type, ts, group_name, cost_time,"
                          " request_id, success, consume_status, topic, offset_msg_id, tags, keys, store_host,"
                          " client_host, retry_times, body_length, msg_type)"
                          " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values.at(i));
    if (!m_insert->exec()) {
        qCWarning(lcBrokerStore) << "trace insert failed:" << m_insert->lastError().text();
        return false;
    }
    return true;
}

bool Traces::addPub(const QString &instanceId, const Message &message, const QString &producerGroup, int costMs,
                    bool fifoTopic)
{
    // The Pub record is stamped before the send and its request id is a fresh unique id; the
    // message's own UNIQ_KEY stands in (it is unique and minted just before the send too).
    const QString clientHost = message.bornHost.section(u':', 0, 0);
    return insert({instanceId, message.uniqKey, u"Pub"_s, message.storeTs - costMs, producerGroup, costMs,
                   message.uniqKey, 1, 0, message.topic, message.msgId, message.tags, message.keys(), message.storeHost,
                   clientHost, 0, message.body.size(), msgType(message, fifoTopic)});
}

bool Traces::addConsumption(const QString &instanceId, const Message &message, const QString &topic,
                            const Consumption &c)
{
    const bool success = c.status == ConsumeStatus::Success;
    const QString type = u"Normal_Msg"_s;
    return insert({instanceId, message.uniqKey, u"SubBefore"_s, c.timestamp, c.group, 0, c.requestId, 1, 0, topic,
                   message.msgId, message.tags, message.keys(), message.storeHost, c.clientHost, message.reconsumeTimes,
                   message.body.size(), type}) &&
        insert({instanceId, message.uniqKey, u"SubAfter"_s, c.timestamp + c.costMs, c.group, c.costMs, c.requestId,
                success ? 1 : 0, int(c.status), topic, message.msgId, message.tags, message.keys(), message.storeHost,
                c.clientHost, message.reconsumeTimes, message.body.size(), type});
}

QJsonArray Traces::list(const QString &instanceId, const QString &uniqKey)
{
    QJsonArray result;
    const auto rows =
        m_store.rows(u"SELECT * FROM broker_traces WHERE msg_id = ? AND instance_id = ?"
                     " ORDER BY ts, CASE trace_type WHEN 'Pub' THEN 0 WHEN 'SubBefore' THEN 1 ELSE 2 END, id"_s,
                     {uniqKey, instanceId});
    for (const QVariantMap &row : rows) {
        QJsonObject trace {
            {u"success"_s, row.value(u"success"_s).toInt() != 0},
            {u"trace_type"_s, row.value(u"trace_type"_s).toString()},
            {u"timestamp"_s, row.value(u"ts"_s).toLongLong()},
            {u"group_name"_s, row.value(u"group_name"_s).toString()},
            {u"cost_time"_s, row.value(u"cost_time"_s).toLongLong()},
            {u"request_id"_s, row.value(u"request_id"_s).toString()},
            {u"consume_status"_s, row.value(u"consume_status"_s).toInt()},
            {u"topic"_s, row.value(u"topic"_s).toString()},
            {u"msg_id"_s, row.value(u"msg_id"_s).toString()},
            {u"offset_msg_id"_s, row.value(u"offset_msg_id"_s).toString()},
            {u"tags"_s, row.value(u"tags"_s).toString()},
            {u"keys"_s, row.value(u"keys"_s).toString()},
            {u"store_host"_s, row.value(u"store_host"_s).toString()},
            {u"client_host"_s, row.value(u"client_host"_s).toString()},
            {u"retry_times"_s, row.value(u"retry_times"_s).toInt()},
            {u"body_length"_s, row.value(u"body_length"_s).toLongLong()},
            {u"msg_type"_s, row.value(u"msg_type"_s).toString()},
            {u"transaction_state"_s, QString()},
            {u"transaction_id"_s, QString()},
            {u"from_transaction_check"_s, false},
        };
        result.append(trace);
    }
    return result;
}

} // namespace Emulator::Broker
