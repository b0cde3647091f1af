#include "messagesql.h"
#include "messagestore.h"

#include "api/messageid.h"

using namespace Qt::StringLiterals;

// The read side of the message log: lookups by row, queue range, id, key and time, the
// offset-for-time search, and consumer offsets.
namespace Emulator::Broker {

using Sql::run;

std::optional<Message> MessageStore::byRowId(qint64 rowId)
{
    QSqlQuery &q = statement(u"SELECT "_s + Sql::messageColumns() +
                             u" FROM broker_messages m JOIN broker_queues q ON q.id = m.queue_ref WHERE m.id = ?"_s);
    if (!run(q, {rowId}) || !q.next())
        return std::nullopt;
    Message m = toMessage(q);
    q.finish();
    return m;
}

QList<Message> MessageStore::range(const Queue &queue, qint64 fromOffset, int limit)
{
    QList<Message> result;
    QSqlQuery &q = statement(u"SELECT "_s + Sql::messageColumns() +
                             u" FROM broker_messages m JOIN broker_queues q ON q.id = m.queue_ref"
                             " WHERE m.queue_ref = ? AND m.queue_offset >= ? ORDER BY m.queue_offset LIMIT ?"_s);
    if (run(q, {queue.ref, fromOffset, limit})) {
        while (q.next())
            result.append(toMessage(q));
    }
    return result;
}

QList<Message> MessageStore::byMsgId(const QString &instanceId, const QString &msgId, const QString &topic)
{
    QList<Message> result;
    const QString id = msgId.trimmed().toUpper();
    const qint64 tid = topic.isEmpty() ? 0 : topicId(instanceId, topic, false);
    if (!topic.isEmpty() && tid <= 0)
        return result;
    using namespace Api::MessageId;
    if (classify(id) == Kind::OffsetMsgId) {
        const auto decoded = decodeOffsetMsgId(id);
        if (const auto h = hostByAddress(instanceId, decoded->ip, decoded->port)) {
            QSqlQuery &q = statement(u"SELECT "_s + Sql::messageColumns() +
                                     u" FROM broker_messages m JOIN broker_queues q ON q.id = m.queue_ref"
                                     " WHERE m.host_id = ? AND m.commit_offset = ?"_s);
            if (run(q, {h->id, decoded->commitLogOffset}) && q.next()) {
                Message m = toMessage(q);
                q.finish();
                if (tid <= 0 || m.topic == topic)
                    result.append(m);
                return result;
            }
        }
        // Not ours as an offsetMsgId: it may still be a UNIQ_KEY (the admin tool falls back too).
    }
    // Every copy (retry, DLQ) keeps the UNIQ_KEY; the instance is checked through the topic.
    QSqlQuery &q = statement(u"SELECT "_s + Sql::messageColumns() +
                             u" FROM broker_keys k JOIN broker_messages m ON m.id = k.message_id"
                             " JOIN broker_queues q ON q.id = m.queue_ref JOIN broker_topics t ON t.id = m.topic_id"
                             " WHERE k.kind = 1 AND k.key = ? AND t.instance_id = ? AND (? = 0 OR m.topic_id = ?)"
                             " ORDER BY m.store_ts, m.id"_s);
    if (run(q, {id, instanceId, tid, tid})) {
        while (q.next())
            result.append(toMessage(q));
    }
    return result;
}

QList<Message> MessageStore::query(const QString &instanceId, const Query &query, qint64 *total)
{
    QList<Message> result;
    if (total)
        *total = 0;
    const qint64 tid = topicId(instanceId, query.topic, false);
    if (tid <= 0)
        return result;
    const int queueId = query.queueId.value_or(-1);
    QString from = u" FROM broker_messages m JOIN broker_queues q ON q.id = m.queue_ref"_s;
    QString where = u" WHERE m.topic_id = ? AND m.store_ts >= ? AND m.store_ts <= ? AND (? < 0 OR q.queue_id = ?)"_s;
    QVariantList values {tid, query.startTs, query.endTs, queueId, queueId};
    if (!query.key.isEmpty()) {
        // The key index narrows first (CROSS JOIN fixes the loop order in SQLite: the planner
        // would otherwise walk the topic's time index); topic and time are checked per hit.
        from = u" FROM broker_keys k CROSS JOIN broker_messages m ON m.id = k.message_id"
               " JOIN broker_queues q ON q.id = m.queue_ref"_s;
        where += u" AND k.kind = 0 AND k.key = ?"_s;
        values.append(query.key);
    }
    if (total) {
        QSqlQuery &count = statement(u"SELECT COUNT(*)"_s + from + where);
        if (run(count, values) && count.next())
            *total = count.value(0).toLongLong();
        count.finish();
    }
    QSqlQuery &q = statement(u"SELECT "_s + Sql::messageColumns() + from + where +
                             u" ORDER BY m.store_ts DESC, m.id DESC LIMIT ? OFFSET ?"_s);
    values << query.limit << query.offset;
    if (run(q, values)) {
        while (q.next())
            result.append(toMessage(q));
    }
    return result;
}

qint64 MessageStore::storeTimeAt(const Queue &queue, qint64 offset)
{
    QSqlQuery &q = statement(u"SELECT store_ts FROM broker_messages WHERE queue_ref = ? AND queue_offset = ?"_s);
    if (!run(q, {queue.ref, offset}) || !q.next())
        return 0;
    const qint64 ts = q.value(0).toLongLong();
    q.finish();
    return ts;
}

qint64 MessageStore::searchOffset(const Queue &queue, qint64 ts)
{
    if (ts < 0 || queue.maxOffset <= queue.minOffset)
        return queue.maxOffset;
    // Lower bound over [min, max): store times are non-decreasing along a queue.
    qint64 low = queue.minOffset;
    qint64 high = queue.maxOffset;
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (storeTimeAt(queue, mid) < ts)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

qint64 MessageStore::consumerOffset(const QString &instanceId, const QString &group, qint64 queueRef)
{
    QSqlQuery &q =
        statement(u"SELECT offset FROM broker_offsets WHERE instance_id = ? AND group_name = ? AND queue_ref = ?"_s);
    if (!run(q, {instanceId, group, queueRef}) || !q.next())
        return -1;
    const qint64 offset = q.value(0).toLongLong();
    q.finish();
    return offset;
}

void MessageStore::setConsumerOffset(const QString &instanceId, const QString &group, qint64 queueRef, qint64 offset)
{
    QSqlQuery &q =
        statement(u"INSERT INTO broker_offsets(instance_id, group_name, queue_ref, offset) VALUES(?, ?, ?, ?)"
                  " ON CONFLICT(instance_id, group_name, queue_ref) DO UPDATE SET offset = excluded.offset"_s);
    run(q, {instanceId, group, queueRef, offset});
}

QHash<qint64, qint64> MessageStore::consumerOffsets(const QString &instanceId, const QString &group)
{
    QHash<qint64, qint64> result;
    QSqlQuery &q =
        statement(u"SELECT queue_ref, offset FROM broker_offsets WHERE instance_id = ? AND group_name = ?"_s);
    if (run(q, {instanceId, group})) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return result;
}

QList<qint64> MessageStore::offsetQueues(const QString &instanceId, const QString &group)
{
    QList<qint64> result;
    QSqlQuery &q = statement(u"SELECT queue_ref FROM broker_offsets WHERE instance_id = ? AND group_name = ?"_s);
    if (run(q, {instanceId, group})) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

} // namespace Emulator::Broker
