#include "messagestore.h"

#include "messagesql.h"

#include "api/messageid.h"
#include "store.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBrokerStore, "mqdesk.emulator.broker")

namespace Emulator::Broker {

using Sql::run;

namespace {

constexpr QChar kNameValueSeparator = QChar(0x0001);
constexpr QChar kPropertySeparator = QChar(0x0002);

quint32 hash32(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) | (quint32(quint8(digest[2])) << 8) |
        quint32(quint8(digest[3]));
}

} // namespace

QString Host::storeHost() const
{
    return Api::MessageId::ipToString(ip) + u':' + QString::number(port);
}

QString Message::property(const QString &name) const
{
    for (const auto &[key, value] : properties) {
        if (key == name)
            return value;
    }
    return {};
}

MessageStore::MessageStore(Store &store) : m_store(store) { }

QSqlQuery &MessageStore::statement(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_store.database());
        slot->setForwardOnly(true);
        if (!slot->prepare(sql))
            qCWarning(lcBrokerStore) << "prepare failed:" << slot->lastError().text() << sql;
    }
    slot->finish();
    return *slot;
}

bool Sql::run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString binds as SQL NULL; the text columns are NOT NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        q.bindValue(i, nullText ? QVariant(u""_s) : value);
    }
    if (!q.exec()) {
        qCWarning(lcBrokerStore) << "exec failed:" << q.lastError().text() << q.lastQuery();
        return false;
    }
    return true;
}

QString Sql::messageColumns()
{
    return u"m.id, m.topic_id, m.host_id, q.queue_id, m.queue_offset, m.commit_offset, m.uniq_key, m.tags, "
           "m.properties, m.body, m.body_crc, m.store_size, m.born_ts, m.store_ts, m.born_host, m.reconsume_times"_s;
}

Host MessageStore::host(const QString &instanceId, const QString &brokerName)
{
    const QString cacheKey = instanceId + u'\n' + brokerName;
    if (const auto it = m_hostsByName.constFind(cacheKey); it != m_hostsByName.cend())
        return *it;
    const Host found = lookupHost(instanceId, brokerName);
    if (found.id > 0)
        m_hostsByName.insert(cacheKey, found);
    return found;
}

Host MessageStore::lookupHost(const QString &instanceId, const QString &brokerName)
{
    QSqlQuery &q = statement(u"SELECT id, ip, port FROM broker_hosts WHERE instance_id = ? AND broker_name = ?"_s);
    if (run(q, {instanceId, brokerName}) && q.next()) {
        Host h {q.value(0).toLongLong(), brokerName, Api::MessageId::ipv4FromString(q.value(1).toString()),
                q.value(2).toInt()};
        q.finish();
        return h;
    }
    // Each instance gets its own private /24-ish address; brokers are ports 10100, 10101, ...
    // like the hosts in the service's examples (192.168.7.201:10100, 192.168.0.91:10101).
    const quint32 h = hash32(instanceId);
    const int index = qMax(0, QStringView(brokerName).mid(brokerName.lastIndexOf(u'-') + 1).toInt());
    const QString ip = u"192.168.%1.%2"_s.arg((h >> 8) % 254 + 1).arg(h % 200 + 10 + index % 40);
    const int port = 10100 + index;
    QSqlQuery &insert = statement(u"INSERT INTO broker_hosts(instance_id, broker_name, ip, port) VALUES(?, ?, ?, ?)"_s);
    run(insert, {instanceId, brokerName, ip, port});
    return Host {insert.lastInsertId().toLongLong(), brokerName, Api::MessageId::ipv4FromString(ip), port};
}

std::optional<Host> MessageStore::hostByAddress(const QString &instanceId, const QByteArray &ip, int port)
{
    QSqlQuery &q =
        statement(u"SELECT id, broker_name FROM broker_hosts WHERE instance_id = ? AND ip = ? AND port = ?"_s);
    if (!run(q, {instanceId, Api::MessageId::ipToString(ip), port}) || !q.next())
        return std::nullopt;
    return Host {q.value(0).toLongLong(), q.value(1).toString(), ip, port};
}

qint64 MessageStore::topicId(const QString &instanceId, const QString &topic, bool create)
{
    const QString cacheKey = instanceId + u'\n' + topic;
    if (const auto it = m_topicIds.constFind(cacheKey); it != m_topicIds.cend())
        return *it;
    QSqlQuery &q = statement(u"SELECT id FROM broker_topics WHERE instance_id = ? AND name = ?"_s);
    qint64 id = 0;
    if (run(q, {instanceId, topic}) && q.next()) {
        id = q.value(0).toLongLong();
    } else if (create) {
        QSqlQuery &insert = statement(u"INSERT INTO broker_topics(instance_id, name) VALUES(?, ?)"_s);
        if (run(insert, {instanceId, topic}))
            id = insert.lastInsertId().toLongLong();
    }
    q.finish();
    if (id > 0) {
        m_topicIds.insert(cacheKey, id);
        m_topicNames.insert(id, topic);
    }
    return id;
}

QString MessageStore::topicName(qint64 topicId)
{
    if (const auto it = m_topicNames.constFind(topicId); it != m_topicNames.cend())
        return *it;
    const QString name = m_store.scalar(u"SELECT name FROM broker_topics WHERE id = ?"_s, {topicId}).toString();
    m_topicNames.insert(topicId, name);
    return name;
}

namespace {
const QString kQueueSelect =
    u"SELECT q.id, q.topic_id, q.host_id, h.broker_name, q.queue_id, q.min_offset, "
    "q.max_offset, q.last_store_ts FROM broker_queues q JOIN broker_hosts h ON h.id = q.host_id "_s;

Queue toQueue(const QSqlQuery &q)
{
    return Queue {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                  q.value(4).toInt(),      q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong()};
}
} // namespace

Queue MessageStore::queue(const QString &instanceId, const QString &topic, const QString &brokerName, int queueId)
{
    const qint64 tid = topicId(instanceId, topic, true);
    const Host h = host(instanceId, brokerName);
    QSqlQuery &q = statement(kQueueSelect + u"WHERE q.topic_id = ? AND q.host_id = ? AND q.queue_id = ?"_s);
    if (run(q, {tid, h.id, queueId}) && q.next()) {
        Queue result = toQueue(q);
        q.finish();
        if (const auto it = m_queueCursors.constFind(result.ref); it != m_queueCursors.cend()) {
            result.maxOffset = it->next;
            result.lastStoreTs = it->lastStoreTs;
        }
        return result;
    }
    QSqlQuery &insert = statement(u"INSERT INTO broker_queues(topic_id, host_id, queue_id) VALUES(?, ?, ?)"_s);
    run(insert, {tid, h.id, queueId});
    return Queue {insert.lastInsertId().toLongLong(), tid, h.id, brokerName, queueId, 0, 0, 0};
}

QList<Queue> MessageStore::existingQueues(const QString &instanceId, const QString &topic)
{
    QList<Queue> result;
    const qint64 tid = topicId(instanceId, topic, false);
    if (tid <= 0)
        return result;
    QSqlQuery &q = statement(kQueueSelect + u"WHERE q.topic_id = ? ORDER BY h.broker_name, q.queue_id"_s);
    if (run(q, {tid})) {
        while (q.next())
            result.append(toQueue(q));
    }
    for (Queue &queue : result) {
        if (const auto it = m_queueCursors.constFind(queue.ref); it != m_queueCursors.cend()) {
            queue.maxOffset = it->next;
            queue.lastStoreTs = it->lastStoreTs;
        }
    }
    return result;
}

std::optional<Queue> MessageStore::queueByRef(qint64 ref)
{
    QSqlQuery &q = statement(kQueueSelect + u"WHERE q.id = ?"_s);
    if (!run(q, {ref}) || !q.next())
        return std::nullopt;
    return toQueue(q);
}

void MessageStore::beginBatch()
{
    m_inBatch = true;
}

bool MessageStore::endBatch()
{
    bool ok = true;
    for (auto it = m_queueCursors.cbegin(); it != m_queueCursors.cend(); ++it) {
        if (it->dirty) {
            QSqlQuery &q = statement(u"UPDATE broker_queues SET max_offset = ?, last_store_ts = ? WHERE id = ?"_s);
            ok = run(q, {it->next, it->lastStoreTs, it.key()}) && ok;
        }
    }
    for (auto it = m_hostCursors.cbegin(); it != m_hostCursors.cend(); ++it) {
        if (it->dirty) {
            QSqlQuery &q = statement(u"UPDATE broker_hosts SET commit_offset = ? WHERE id = ?"_s);
            ok = run(q, {it->next, it.key()}) && ok;
        }
    }
    m_queueCursors.clear();
    m_hostCursors.clear();
    m_inBatch = false;
    return ok;
}

std::optional<Message> MessageStore::append(const QString &instanceId, const QString &topic, const Queue &queue,
                                            const NewMessage &message, qint64 storeTs)
{
    const bool ownBatch = !m_inBatch;
    if (ownBatch)
        beginBatch();
    auto queueIt = m_queueCursors.find(queue.ref);
    if (queueIt == m_queueCursors.end()) {
        QSqlQuery &q = statement(u"SELECT max_offset, last_store_ts FROM broker_queues WHERE id = ?"_s);
        Cursor cursor;
        if (run(q, {queue.ref}) && q.next())
            cursor = Cursor {q.value(0).toLongLong(), q.value(1).toLongLong(), false};
        queueIt = m_queueCursors.insert(queue.ref, cursor);
    }
    auto hostIt = m_hostCursors.find(queue.hostId);
    if (hostIt == m_hostCursors.end()) {
        QSqlQuery &q = statement(u"SELECT commit_offset FROM broker_hosts WHERE id = ?"_s);
        Cursor cursor;
        if (run(q, {queue.hostId}) && q.next())
            cursor.next = q.value(0).toLongLong();
        hostIt = m_hostCursors.insert(queue.hostId, cursor);
    }
    if (!m_hosts.contains(queue.hostId))
        m_hosts.insert(queue.hostId, host(instanceId, queue.brokerName));

    Message m;
    m.topic = topic;
    m.brokerName = queue.brokerName;
    m.queueId = queue.queueId;
    m.queueOffset = queueIt->next;
    m.commitOffset = hostIt->next;
    m.properties = message.properties;
    m.uniqKey = m.property(u"UNIQ_KEY"_s);
    m.tags = m.property(u"TAGS"_s);
    m.body = message.body;
    m.bodyCrc = Api::MessageId::bodyCrc(message.body);
    const QString encoded = encodeProperties(message.properties);
    m.storeSize = storeSize(int(message.body.size()), int(topic.toUtf8().size()), int(encoded.toUtf8().size()));
    m.bornTs = message.bornTs;
    m.storeTs = storeTs;
    m.bornHost = message.bornHost;
    const Host &h = m_hosts[queue.hostId];
    m.storeHost = h.storeHost();
    m.msgId = Api::MessageId::encode(Api::MessageId::OffsetMsgId {h.ip, h.port, m.commitOffset});
    m.reconsumeTimes = message.reconsumeTimes;

    QSqlQuery &insert = statement(
        u"INSERT INTO broker_messages(queue_ref, topic_id, host_id, queue_offset, commit_offset, uniq_key, tags,"
        " properties, body, body_crc, store_size, born_ts, store_ts, born_host, reconsume_times)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!run(insert,
             {queue.ref, queue.topicId, queue.hostId, m.queueOffset, m.commitOffset, m.uniqKey, m.tags, encoded, m.body,
              qint64(m.bodyCrc), m.storeSize, m.bornTs, m.storeTs, m.bornHost, m.reconsumeTimes})) {
        if (ownBatch)
            endBatch();
        return std::nullopt;
    }
    m.rowId = insert.lastInsertId().toLongLong();

    QSqlQuery &key = statement(u"INSERT OR IGNORE INTO broker_keys(kind, key, message_id) VALUES(?, ?, ?)"_s);
    bool ok = true;
    if (!m.uniqKey.isEmpty())
        ok = run(key, {1, m.uniqKey, m.rowId});
    const QStringList tokens = m.keys().split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens)
        ok = run(key, {0, token, m.rowId}) && ok;

    queueIt->next = m.queueOffset + 1;
    queueIt->lastStoreTs = storeTs;
    queueIt->dirty = true;
    hostIt->next = m.commitOffset + m.storeSize;
    hostIt->dirty = true;
    if (ownBatch)
        ok = endBatch() && ok;
    if (!ok)
        return std::nullopt;
    return m;
}

Message MessageStore::toMessage(const QSqlQuery &q)
{
    Message m;
    m.rowId = q.value(0).toLongLong();
    m.topic = topicName(q.value(1).toLongLong());
    const qint64 hostId = q.value(2).toLongLong();
    if (!m_hosts.contains(hostId)) {
        const auto row = m_store.row(u"SELECT instance_id, broker_name FROM broker_hosts WHERE id = ?"_s, {hostId});
        if (row)
            m_hosts.insert(hostId,
                           host(row->value(u"instance_id"_s).toString(), row->value(u"broker_name"_s).toString()));
    }
    const Host h = m_hosts.value(hostId);
    m.brokerName = h.brokerName;
    m.storeHost = h.storeHost();
    m.queueId = q.value(3).toInt();
    m.queueOffset = q.value(4).toLongLong();
    m.commitOffset = q.value(5).toLongLong();
    m.msgId = Api::MessageId::encode(Api::MessageId::OffsetMsgId {h.ip, h.port, m.commitOffset});
    m.uniqKey = q.value(6).toString();
    m.tags = q.value(7).toString();
    m.properties = decodeProperties(q.value(8).toString());
    m.body = q.value(9).toByteArray();
    m.bodyCrc = quint32(q.value(10).toLongLong());
    m.storeSize = q.value(11).toInt();
    m.bornTs = q.value(12).toLongLong();
    m.storeTs = q.value(13).toLongLong();
    m.bornHost = q.value(14).toString();
    m.reconsumeTimes = q.value(15).toInt();
    return m;
}

void MessageStore::dropTopic(const QString &instanceId, const QString &topic)
{
    const qint64 tid = topicId(instanceId, topic, false);
    if (tid <= 0)
        return;
    m_store.transaction([&] {
        return m_store.exec(
                   u"DELETE FROM broker_keys WHERE message_id IN (SELECT id FROM broker_messages WHERE topic_id = ?)"_s,
                   {tid}) &&
            m_store.exec(u"DELETE FROM broker_messages WHERE topic_id = ?"_s, {tid}) &&
            m_store.exec(
                u"DELETE FROM broker_offsets WHERE queue_ref IN (SELECT id FROM broker_queues WHERE topic_id = ?)"_s,
                {tid}) &&
            m_store.exec(u"DELETE FROM broker_queues WHERE topic_id = ?"_s, {tid}) &&
            m_store.exec(u"DELETE FROM broker_topics WHERE id = ?"_s, {tid});
    });
    m_topicIds.remove(instanceId + u'\n' + topic);
    m_topicNames.remove(tid);
}

void MessageStore::dropInstance(const QString &instanceId)
{
    const auto topics = m_store.rows(u"SELECT name FROM broker_topics WHERE instance_id = ?"_s, {instanceId});
    for (const QVariantMap &row : topics)
        dropTopic(instanceId, row.value(u"name"_s).toString());
    m_store.transaction([&] {
        const QStringList tables {u"broker_hosts"_s,    u"broker_clients"_s, u"broker_group_sim"_s,
                                  u"broker_schedule"_s, u"broker_traces"_s,  u"broker_offsets"_s};
        for (const QString &table : tables) {
            if (!m_store.exec(u"DELETE FROM "_s + table + u" WHERE instance_id = ?"_s, {instanceId}))
                return false;
        }
        return true;
    });
    m_hosts.clear();
    m_hostsByName.clear();
}

QString MessageStore::encodeProperties(const Properties &properties)
{
    QString out;
    for (const auto &[name, value] : properties)
        out += name + kNameValueSeparator + value + kPropertySeparator;
    return out;
}

Properties MessageStore::decodeProperties(const QString &encoded)
{
    Properties result;
    const auto entries = QStringView(encoded).split(kPropertySeparator, Qt::SkipEmptyParts);
    for (const QStringView entry : entries) {
        const qsizetype at = entry.indexOf(kNameValueSeparator);
        if (at < 0)
            continue;
        result.append({entry.left(at).toString(), entry.mid(at + 1).toString()});
    }
    return result;
}

int MessageStore::storeSize(int bodyLength, int topicLength, int propertiesLength)
{
    // 84 fixed bytes (IPv4 hosts) + body length field + body + topic length byte(s) + topic
    // + properties length field + properties.
    return 84 + 4 + bodyLength + (topicLength > 127 ? 2 : 1) + topicLength + 2 + propertiesLength;
}

} // namespace Emulator::Broker
