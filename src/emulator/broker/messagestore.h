#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace Emulator {
class Store;
}

namespace Emulator::Broker {

using Properties = QList<QPair<QString, QString>>;

/// One broker of an instance: its store host (what offsetMsgId encodes) and commit-log cursor.
struct Host
{
    qint64 id = 0;
    QString brokerName;
    QByteArray ip; ///< 4 bytes
    int port = 0;
    QString storeHost() const;
};

/// One consume queue: (topic, broker, queue id) with offsets [minOffset, maxOffset).
struct Queue
{
    qint64 ref = 0; ///< row id, what offsets and messages point at
    qint64 topicId = 0;
    qint64 hostId = 0;
    QString brokerName;
    int queueId = 0;
    qint64 minOffset = 0;
    qint64 maxOffset = 0; ///< next offset to be written
    qint64 lastStoreTs = 0;
};

struct NewMessage
{
    QByteArray body;
    Properties properties; ///< must include UNIQ_KEY; KEYS and TAGS are indexed
    qint64 bornTs = 0;
    QString bornHost;
    int reconsumeTimes = 0;
};

struct Message
{
    qint64 rowId = 0;
    QString topic;
    QString brokerName;
    int queueId = 0;
    qint64 queueOffset = 0;
    qint64 commitOffset = 0;
    QString msgId; ///< offsetMsgId
    QString uniqKey;
    QString tags;
    Properties properties;
    QByteArray body;
    quint32 bodyCrc = 0;
    int storeSize = 0;
    qint64 bornTs = 0;
    qint64 storeTs = 0;
    QString bornHost;
    QString storeHost;
    int reconsumeTimes = 0;

    QString property(const QString &name) const;
    QString keys() const { return property(QStringLiteral("KEYS")); }
};

/// The broker's message log in SQLite: topology (hosts, topics, queues), append, lookups by
/// id/key/time, queue offsets and consumer offsets. Callers wrap writes in Store::transaction.
class MessageStore
{
public:
    explicit MessageStore(Store &store);
    Q_DISABLE_COPY_MOVE(MessageStore)

    Store &store() { return m_store; }

    Host host(const QString &instanceId, const QString &brokerName);
    std::optional<Host> hostByAddress(const QString &instanceId, const QByteArray &ip, int port);
    qint64 topicId(const QString &instanceId, const QString &topic, bool create);
    /// The queue (created when missing).
    Queue queue(const QString &instanceId, const QString &topic, const QString &brokerName, int queueId);
    /// Queues of a topic that exist already (ordered by broker, queue id).
    QList<Queue> existingQueues(const QString &instanceId, const QString &topic);
    std::optional<Queue> queueByRef(qint64 ref);

    /// Appends to the queue: assigns queue offset and commit-log offset, stores the key index.
    /// Must run inside a transaction. Queue and commit-log cursors are read once and kept in
    /// memory until endBatch() writes them back (so a million appends cost one insert each);
    /// without beginBatch() every append is its own batch.
    void beginBatch();
    std::optional<Message> append(const QString &instanceId, const QString &topic, const Queue &queue,
                                  const NewMessage &message, qint64 storeTs);
    bool endBatch();

    std::optional<Message> byRowId(qint64 rowId);
    /// Messages in [fromOffset, ...) of one queue, ascending, at most `limit`.
    QList<Message> range(const Queue &queue, qint64 fromOffset, int limit);
    /// offsetMsgId (decoded: exact) or UNIQ_KEY (every stored copy); topic filter when not empty.
    QList<Message> byMsgId(const QString &instanceId, const QString &msgId, const QString &topic = {});

    struct Query
    {
        QString topic;
        std::optional<int> queueId;
        QString key;
        qint64 startTs = 0;
        qint64 endTs = 0;
        int offset = 0;
        int limit = 10;
    };
    /// A time-range query (optionally by key and queue), newest first, with the total count.
    QList<Message> query(const QString &instanceId, const Query &query, qint64 *total);

    /// First offset whose store time >= ts (primer section 5): max offset when all are older,
    /// min offset when all are newer; -1 means max offset. Binary search like ConsumeQueue.
    qint64 searchOffset(const Queue &queue, qint64 ts);
    /// Store time of the message at `offset` (0 when none).
    qint64 storeTimeAt(const Queue &queue, qint64 offset);

    /// Committed offset of a group on a queue, or -1 when it has none.
    qint64 consumerOffset(const QString &instanceId, const QString &group, qint64 queueRef);
    void setConsumerOffset(const QString &instanceId, const QString &group, qint64 queueRef, qint64 offset);
    /// Every committed offset of a group: queue ref -> offset.
    QHash<qint64, qint64> consumerOffsets(const QString &instanceId, const QString &group);
    /// Queue refs the group has committed offsets on.
    QList<qint64> offsetQueues(const QString &instanceId, const QString &group);

    void dropInstance(const QString &instanceId);
    void dropTopic(const QString &instanceId, const QString &topic);

    static QString encodeProperties(const Properties &properties);
    static Properties decodeProperties(const QString &encoded);
    /// RocketMQ's stored size of a message (MessageExtEncoder.calMsgLength, IPv4 hosts).
    static int storeSize(int bodyLength, int topicLength, int propertiesLength);

private:
    QSqlQuery &statement(const QString &sql);
    Message toMessage(const QSqlQuery &q);
    QString topicName(qint64 topicId);
    Host lookupHost(const QString &instanceId, const QString &brokerName);

    Store &m_store;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; ///< prepared once; stable addresses
    QHash<QString, qint64> m_topicIds;                       ///< "instance\ntopic" -> id
    QHash<qint64, QString> m_topicNames;
    QHash<qint64, Host> m_hosts;
    QHash<QString, Host> m_hostsByName; ///< "instance\nbroker" -> host

    struct Cursor
    {
        qint64 next = 0;
        qint64 lastStoreTs = 0;
        bool dirty = false;
    };
    bool m_inBatch = false;
    QHash<qint64, Cursor> m_queueCursors; ///< queue ref -> next queue offset
    QHash<qint64, Cursor> m_hostCursors;  ///< host id -> next commit-log offset
};

} // namespace Emulator::Broker
