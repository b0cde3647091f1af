#pragma once

#include "api/dto/page.h"

namespace Api {

/// A topic's queues on one broker.
struct TopicBroker
{
    QString brokerName;
    int readQueueNum = 0;
    int writeQueueNum = 0;
    static TopicBroker fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const TopicBroker &) const = default;
};

/// list_topics items, show_topic.
struct Topic
{
    QString name;
    int totalReadQueueNum = 0;
    int totalWriteQueueNum = 0;
    QString permission;  ///< pub, sub, all
    QString messageType; ///< NORMAL, FIFO, DELAY, TRANSACTION (5.x only)
    QString description; ///< topic_desc
    QList<TopicBroker> brokers;
    QJsonObject extra;
    static Topic fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Topic &) const = default;
};
using TopicList = Page<Topic>; ///< key "topics"; total, max, remaining

/// Offsets of one queue (show_topic_message_count).
struct QueueOffsets
{
    int id = 0;
    qint64 minOffset = 0;
    qint64 maxOffset = 0;
    qint64 lastMessageTime = 0; ///< epoch ms
    static QueueOffsets fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    qint64 messageCount() const { return maxOffset - minOffset; }
    bool operator==(const QueueOffsets &) const = default;
};

struct BrokerQueues
{
    QString brokerName;
    QList<QueueOffsets> queues;
    static BrokerQueues fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const BrokerQueues &) const = default;
};

/// show_topic_message_count. The reference's example sends brokers as a single object; both
/// shapes are read.
struct TopicStatus
{
    qint64 minOffset = 0;
    qint64 maxOffset = 0;
    QList<BrokerQueues> brokers;
    QJsonObject extra;
    /// Messages held over all queues (sum of max - min).
    qint64 messageCount() const;
    static TopicStatus fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const TopicStatus &) const = default;
};

} // namespace Api
