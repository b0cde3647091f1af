#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Emulator {

class Store;

/// Read access to the admin resources (instances, topics, groups) for the other resource
/// families, so the broker simulation never reads the admin tables directly, plus
/// notifications when a resource goes away so dependent state can be dropped.
class Catalog
{
public:
    explicit Catalog(Store &store);

    struct Instance
    {
        QString id;
        QString projectId;
        QString name;
        QString engine;        ///< "reliability"
        QString engineVersion; ///< "4.8.0" or "5.x"
        QString status;        ///< CREATING, RUNNING, ... (CREATING turns RUNNING when its time is up)
        int brokerNum = 1;
        bool is5x() const { return engineVersion.startsWith(u'5'); }
        QStringList brokerNames() const; ///< broker-0 .. broker-(n-1)
    };
    struct BrokerQueues
    {
        QString brokerName;
        int readQueueNum = 0;
        int writeQueueNum = 0;
    };
    struct Topic
    {
        QString name;
        QString permission;  ///< sub, pub, all
        QString messageType; ///< NORMAL, FIFO, DELAY, TRANSACTION (5.x); empty on 4.8
        QString description;
        QList<BrokerQueues> brokers;
        int totalReadQueueNum() const;
        int totalWriteQueueNum() const;
    };
    struct Group
    {
        QString name;
        bool enabled = true;
        bool broadcast = false;
        bool consumeOrderly = false;
        int retryMaxTimes = 16;
        QString description;
        qint64 createdAt = 0; ///< epoch ms
    };
    /// One page of a list, read and counted in SQL.
    template<typename T> struct Slice
    {
        QList<T> items; ///< at most `limit`, sorted by name
        int total = 0;  ///< every row matching the filter
    };

    std::optional<Instance> instance(const QString &projectId, const QString &instanceId) const;
    QList<Instance> instances(const QString &projectId) const;
    std::optional<Topic> topic(const QString &instanceId, const QString &name) const;
    QList<Topic> topics(const QString &instanceId) const;
    /// `limit` topics from `offset` in name order whose name contains `nameFilter` ignoring case
    /// (as QString::contains with Qt::CaseInsensitive; empty = all), and how many match. Reads
    /// only the page: listing N topics page by page costs O(N) rows, not O(N^2).
    Slice<Topic> topicPage(const QString &instanceId, const QString &nameFilter, qint64 offset, qint64 limit) const;
    int topicCount(const QString &instanceId) const;
    std::optional<Group> group(const QString &instanceId, const QString &name) const;
    QList<Group> groups(const QString &instanceId) const;
    /// The same for consumer groups.
    Slice<Group> groupPage(const QString &instanceId, const QString &nameFilter, qint64 offset, qint64 limit) const;
    int groupCount(const QString &instanceId) const;

    /// Called after the resource was deleted (inside no transaction).
    using InstanceListener = std::function<void(const QString &instanceId)>;
    using ChildListener = std::function<void(const QString &instanceId, const QString &name)>;
    void onInstanceDeleted(InstanceListener listener);
    void onTopicDeleted(ChildListener listener);
    void onGroupDeleted(ChildListener listener);

    /// Whether a group has online consumers (group_online in the group list); the broker
    /// simulation provides the answer, false without one.
    using GroupOnlineProvider = std::function<bool(const QString &instanceId, const QString &group)>;
    void setGroupOnlineProvider(GroupOnlineProvider provider);
    bool groupOnline(const QString &instanceId, const QString &group) const;

    /// Groups that consume a topic (list_topic_consumer_groups); the broker simulation provides
    /// the candidates (any order), none without one.
    using TopicGroupsProvider = std::function<QStringList(const QString &instanceId, const QString &topic)>;
    void setTopicGroupsProvider(TopicGroupsProvider provider);
    /// The provider's groups that exist in the instance, sorted by name. Costs one lookup per
    /// candidate (in batches), not one per group of the instance.
    QStringList topicGroups(const QString &instanceId, const QString &topic) const;

    // Used by the admin handlers.
    void notifyInstanceDeleted(const QString &instanceId) const;
    void notifyTopicDeleted(const QString &instanceId, const QString &name) const;
    void notifyGroupDeleted(const QString &instanceId, const QString &name) const;

private:
    void settleInstances() const;

    Store &m_store;
    QList<InstanceListener> m_instanceListeners;
    QList<ChildListener> m_topicListeners;
    QList<ChildListener> m_groupListeners;
    GroupOnlineProvider m_groupOnline;
    TopicGroupsProvider m_topicGroups;
};

} // namespace Emulator
