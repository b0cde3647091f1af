#include "catalog.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

Catalog::Instance toInstance(const QVariantMap &row)
{
    Catalog::Instance instance;
    instance.id = row.value(u"id"_s).toString();
    instance.projectId = row.value(u"project_id"_s).toString();
    instance.name = row.value(u"name"_s).toString();
    instance.engine = row.value(u"engine"_s).toString();
    instance.engineVersion = row.value(u"engine_version"_s).toString();
    instance.status = row.value(u"status"_s).toString();
    instance.brokerNum = row.value(u"broker_num"_s).toInt();
    return instance;
}

Catalog::Topic toTopic(const QVariantMap &row)
{
    Catalog::Topic topic;
    topic.name = row.value(u"name"_s).toString();
    topic.permission = row.value(u"permission"_s).toString();
    topic.messageType = row.value(u"message_type"_s).toString();
    topic.description = row.value(u"description"_s).toString();
    const QJsonArray brokers = QJsonDocument::fromJson(row.value(u"brokers"_s).toString().toUtf8()).array();
    for (const QJsonValue &value : brokers) {
        const QJsonObject broker = value.toObject();
        topic.brokers.append({broker.value(u"broker_name"_s).toString(), broker.value(u"read_queue_num"_s).toInt(),
                              broker.value(u"write_queue_num"_s).toInt()});
    }
    return topic;
}

Catalog::Group toGroup(const QVariantMap &row)
{
    Catalog::Group group;
    group.name = row.value(u"name"_s).toString();
    group.enabled = row.value(u"enabled"_s).toBool();
    group.broadcast = row.value(u"broadcast"_s).toBool();
    group.consumeOrderly = row.value(u"consume_orderly"_s).toBool();
    group.retryMaxTimes = row.value(u"retry_max_times"_s).toInt();
    group.description = row.value(u"description"_s).toString();
    return group;
}

} // namespace

QStringList Catalog::Instance::brokerNames() const
{
    QStringList names;
    for (int i = 0; i < brokerNum; ++i)
        names.append(u"broker-%1"_s.arg(i));
    return names;
}

int Catalog::Topic::totalReadQueueNum() const
{
    int total = 0;
    for (const BrokerQueues &broker : brokers)
        total += broker.readQueueNum;
    return total;
}

int Catalog::Topic::totalWriteQueueNum() const
{
    int total = 0;
    for (const BrokerQueues &broker : brokers)
        total += broker.writeQueueNum;
    return total;
}

Catalog::Catalog(Store &store) : m_store(store) { }

void Catalog::settleInstances() const
{
    // Creation finishes lazily: whoever looks after ready_at sees RUNNING, also after a restart.
    m_store.exec(u"UPDATE instances SET status = 'RUNNING' WHERE status = 'CREATING' AND ready_at <= ?"_s,
                 {QDateTime::currentMSecsSinceEpoch()});
}

std::optional<Catalog::Instance> Catalog::instance(const QString &projectId, const QString &instanceId) const
{
    settleInstances();
    const auto row = m_store.row(u"SELECT * FROM instances WHERE id = ? AND project_id = ?"_s, {instanceId, projectId});
    if (!row)
        return std::nullopt;
    return toInstance(*row);
}

QList<Catalog::Instance> Catalog::instances(const QString &projectId) const
{
    settleInstances();
    QList<Instance> result;
    const auto rows =
        m_store.rows(u"SELECT * FROM instances WHERE project_id = ? ORDER BY created_at, id"_s, {projectId});
    for (const QVariantMap &row : rows)
        result.append(toInstance(row));
    return result;
}

std::optional<Catalog::Topic> Catalog::topic(const QString &instanceId, const QString &name) const
{
    const auto row = m_store.row(u"SELECT * FROM topics WHERE instance_id = ? AND name = ?"_s, {instanceId, name});
    if (!row)
        return std::nullopt;
    return toTopic(*row);
}

QList<Catalog::Topic> Catalog::topics(const QString &instanceId) const
{
    QList<Topic> result;
    const auto rows = m_store.rows(u"SELECT * FROM topics WHERE instance_id = ? ORDER BY name"_s, {instanceId});
    for (const QVariantMap &row : rows)
        result.append(toTopic(row));
    return result;
}

std::optional<Catalog::Group> Catalog::group(const QString &instanceId, const QString &name) const
{
    const auto row =
        m_store.row(u"SELECT * FROM consumer_groups WHERE instance_id = ? AND name = ?"_s, {instanceId, name});
    if (!row)
        return std::nullopt;
    return toGroup(*row);
}

QList<Catalog::Group> Catalog::groups(const QString &instanceId) const
{
    QList<Group> result;
    const auto rows =
        m_store.rows(u"SELECT * FROM consumer_groups WHERE instance_id = ? ORDER BY name"_s, {instanceId});
    for (const QVariantMap &row : rows)
        result.append(toGroup(row));
    return result;
}

void Catalog::onInstanceDeleted(InstanceListener listener)
{
    m_instanceListeners.append(std::move(listener));
}

void Catalog::onTopicDeleted(ChildListener listener)
{
    m_topicListeners.append(std::move(listener));
}

void Catalog::onGroupDeleted(ChildListener listener)
{
    m_groupListeners.append(std::move(listener));
}

void Catalog::setGroupOnlineProvider(GroupOnlineProvider provider)
{
    m_groupOnline = std::move(provider);
}

bool Catalog::groupOnline(const QString &instanceId, const QString &group) const
{
    return m_groupOnline && m_groupOnline(instanceId, group);
}

void Catalog::setGroupTopicsProvider(GroupTopicsProvider provider)
{
    m_groupTopics = std::move(provider);
}

QStringList Catalog::groupTopics(const QString &instanceId, const QString &group) const
{
    return m_groupTopics ? m_groupTopics(instanceId, group) : QStringList();
}

void Catalog::notifyInstanceDeleted(const QString &instanceId) const
{
    for (const auto &listener : m_instanceListeners)
        listener(instanceId);
}

void Catalog::notifyTopicDeleted(const QString &instanceId, const QString &name) const
{
    for (const auto &listener : m_topicListeners)
        listener(instanceId, name);
}

void Catalog::notifyGroupDeleted(const QString &instanceId, const QString &name) const
{
    for (const auto &listener : m_groupListeners)
        listener(instanceId, name);
}

} // namespace Emulator
