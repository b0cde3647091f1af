#include "catalog.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
    group.createdAt = row.value(u"created_at"_s).toLongLong();
    return group;
}

/// `name LIKE ?` pattern for "contains `filter`, ignoring case": %, _ and \ are escaped, and
/// the filter is case-folded code point by code point as QString::contains(Qt::CaseInsensitive)
/// folds both sides, since SQLite's LIKE ignores the case of ASCII letters only. Names are ASCII
/// (isValidName), so a filter character that folds outside ASCII matches nothing either way.
QString containsPattern(const QString &filter)
{
    QString pattern(u'%');
    const QList<uint> codePoints = filter.toUcs4();
    for (const uint c : codePoints) {
        const char32_t folded = QChar::toCaseFolded(char32_t(c));
        if (folded == U'%' || folded == U'_' || folded == U'\\')
            pattern += u'\\';
        pattern += QString::fromUcs4(&folded, 1);
    }
    return pattern + u'%';
}

/// One page of `table` (topics or consumer_groups) of an instance, and the matching count.
template<typename T>
Catalog::Slice<T> readSlice(Store &store, QLatin1String table, const QString &instanceId, const QString &nameFilter,
                            qint64 offset, qint64 limit, T (*convert)(const QVariantMap &))
{
    QString where = u" WHERE instance_id = ?"_s;
    QVariantList values {instanceId};
    if (!nameFilter.isEmpty()) {
        where += u" AND name LIKE ? ESCAPE '\\'"_s;
        values.append(containsPattern(nameFilter));
    }
    Catalog::Slice<T> slice;
    slice.total = store.scalar(u"SELECT COUNT(*) FROM "_s + table + where, values).toInt();
    // Negative LIMIT means none in SQLite; the handlers ask for at least one row.
    values.append(std::max<qint64>(0, limit));
    values.append(std::max<qint64>(0, offset));
    const auto rows = store.rows(u"SELECT * FROM "_s + table + where + u" ORDER BY name LIMIT ? OFFSET ?"_s, values);
    for (const QVariantMap &row : rows)
        slice.items.append(convert(row));
    return slice;
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

Catalog::Slice<Catalog::Topic> Catalog::topicPage(const QString &instanceId, const QString &nameFilter, qint64 offset,
                                                  qint64 limit) const
{
    return readSlice(m_store, "topics"_L1, instanceId, nameFilter, offset, limit, toTopic);
}

int Catalog::topicCount(const QString &instanceId) const
{
    return m_store.scalar(u"SELECT COUNT(*) FROM topics WHERE instance_id = ?"_s, {instanceId}).toInt();
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

Catalog::Slice<Catalog::Group> Catalog::groupPage(const QString &instanceId, const QString &nameFilter, qint64 offset,
                                                  qint64 limit) const
{
    return readSlice(m_store, "consumer_groups"_L1, instanceId, nameFilter, offset, limit, toGroup);
}

int Catalog::groupCount(const QString &instanceId) const
{
    return m_store.scalar(u"SELECT COUNT(*) FROM consumer_groups WHERE instance_id = ?"_s, {instanceId}).toInt();
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

void Catalog::setTopicGroupsProvider(TopicGroupsProvider provider)
{
    m_topicGroups = std::move(provider);
}

QStringList Catalog::topicGroups(const QString &instanceId, const QString &topic) const
{
    if (!m_topicGroups)
        return {};
    // The broker may still hold clients or offsets of a group the catalog no longer has.
    const QStringList candidates = m_topicGroups(instanceId, topic);
    constexpr qsizetype kBatch = 500; // well under SQLite's bound-parameter limit
    QStringList result;
    for (qsizetype from = 0; from < candidates.size(); from += kBatch) {
        const QStringList batch = candidates.mid(from, kBatch);
        QVariantList values {instanceId};
        for (const QString &name : batch)
            values.append(name);
        const QString marks = QStringList(batch.size(), u"?"_s).join(u", "_s);
        const auto rows = m_store.rows(
            u"SELECT name FROM consumer_groups WHERE instance_id = ? AND name IN ("_s + marks + u")"_s, values);
        for (const QVariantMap &row : rows)
            result.append(row.value(u"name"_s).toString());
    }
    // Names are ASCII (isValidName), so this is SQLite's ORDER BY name.
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
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
