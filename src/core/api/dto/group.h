#pragma once

#include "api/dto/page.h"

namespace Api {

/// list_consumer_groups items, show_consumer_group.
struct ConsumerGroup
{
    QString name;
    QString description; ///< group_desc
    bool enabled = true;
    bool broadcast = false;
    bool consumeOrderly = false;
    bool online = false; ///< group_online (list only)
    int retryMaxTime = 16;
    qint64 createdAt = 0; ///< epoch ms
    QStringList brokers;
    QStringList permissions;
    QJsonObject extra;
    static ConsumerGroup fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ConsumerGroup &) const = default;
};
using ConsumerGroupList = Page<ConsumerGroup>; ///< key "groups"

/// One queue of a group's topic: offsets and lag (list_consumer_group_topics with topic=).
struct GroupQueueLag
{
    int id = 0;
    qint64 lag = 0;
    qint64 brokerOffset = 0;
    qint64 consumerOffset = 0;
    qint64 lastMessageTime = 0; ///< epoch ms
    static GroupQueueLag fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const GroupQueueLag &) const = default;
};

struct GroupBrokerLag
{
    QString brokerName;
    QList<GroupQueueLag> queues;
    static GroupBrokerLag fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const GroupBrokerLag &) const = default;
};

/// list_consumer_group_topics: without topic= the subscribed topic names (topics, total);
/// with topic= that topic's lag, offsets and per-queue details.
struct GroupTopics
{
    QStringList topics;
    qint64 total = -1;
    qint64 lag = 0;
    qint64 maxOffset = 0;
    qint64 consumerOffset = 0;
    QList<GroupBrokerLag> brokers;
    QJsonObject extra;
    static GroupTopics fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const GroupTopics &) const = default;
};

struct Subscription
{
    QString topic;
    QString type;       ///< TAG or SQL92
    QString expression; ///< e.g. "*" or "tagA||tagB"
    static Subscription fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Subscription &) const = default;
};

/// One consumer client of a group (list_consumers clients).
struct ConsumerClient
{
    QString clientId;
    QString clientAddr;
    QString language;
    QString version;
    QList<Subscription> subscriptions;
    QJsonObject extra;
    static ConsumerClient fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ConsumerClient &) const = default;
};

/// list_consumers: the group's state and a page of clients.
struct ConsumerList
{
    QString groupName;
    bool online = false;
    bool subscriptionConsistency = true;
    Page<ConsumerClient> clients; ///< key "clients"
    static ConsumerList fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ConsumerList &) const = default;
};

/// reset_consumer_offset: the queues moved and their new offsets.
struct ResetQueueOffset
{
    QString brokerName;
    int queueId = 0;
    qint64 timestampOffset = 0;
    static ResetQueueOffset fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ResetQueueOffset &) const = default;
};

} // namespace Api
