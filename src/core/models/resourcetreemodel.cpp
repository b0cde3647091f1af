#include "models/resourcetreemodel.h"

#include "api/apiclient.h"
#include "models/resourcetreenode.h"
#include "profiles/sandboxlauncher.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString folderKey(ResourceTreeModel::NodeKind kind)
{
    switch (kind) {
    case ResourceTreeModel::NodeKind::TopicsFolder:
        return u"topics"_s;
    case ResourceTreeModel::NodeKind::GroupsFolder:
        return u"groups"_s;
    case ResourceTreeModel::NodeKind::UsersFolder:
        return u"users"_s;
    case ResourceTreeModel::NodeKind::KafkaFolder:
        return u"kafka"_s;
    case ResourceTreeModel::NodeKind::QueuesFolder:
        return u"queues"_s;
    default:
        return {};
    }
}

QString statusText(const QString &status)
{
    if (status.isEmpty())
        return {};
    QString s = status.toLower();
    s[0] = s[0].toUpper();
    return s;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(ClientOpener opener, QObject *parent)
    : QAbstractItemModel(parent), m_opener(std::move(opener)), m_root(std::make_unique<Node>())
{
    qRegisterMetaType<Api::ApiError>();
}

ResourceTreeModel::~ResourceTreeModel() = default;

ResourceTreeModel::Node *ResourceTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ResourceTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

void ResourceTreeModel::setProfiles(const QList<Profiles::Profile> &profiles)
{
    // Remove profiles that are gone or whose connection settings changed.
    for (int row = int(m_root->children.size()) - 1; row >= 0; --row) {
        const Node *n = m_root->children[size_t(row)].get();
        bool keep = false;
        for (const auto &p : profiles) {
            if (p.id == n->profile.id && p.sameConnection(n->profile))
                keep = true;
        }
        if (!keep) {
            beginRemoveRows({}, row, row);
            m_clients.remove(n->profile.id);
            m_root->children.erase(m_root->children.begin() + row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < profiles.size(); ++i) {
        const auto &p = profiles.at(i);
        int existing = -1;
        for (size_t r = 0; r < m_root->children.size(); ++r) {
            if (m_root->children[r]->profile.id == p.id)
                existing = int(r);
        }
        if (existing >= 0) {
            Node *n = m_root->children[size_t(existing)].get();
            if (n->profile.mqttInstances != p.mqttInstances) {
                n->profile = p;
                syncMqtt(n, p.mqttInstances);
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Profile;
        node->parent = m_root.get();
        node->profile = p;
        node->key = p.id.toString(QUuid::WithoutBraces);
        node->name = p.name;
        addStaticChildren(node.get());
        const int row = qMin(i, int(m_root->children.size()));
        beginInsertRows({}, row, row);
        m_root->children.insert(m_root->children.begin() + row, std::move(node));
        endInsertRows();
    }
}

QModelIndex ResourceTreeModel::profileIndex(const QUuid &id) const
{
    for (const auto &n : m_root->children) {
        if (n->profile.id == id)
            return indexFor(n.get());
    }
    return {};
}

void ResourceTreeModel::addStaticChildren(Node *node) const
{
    auto add = [node](NodeKind kind, const QString &key, const QString &name, LoadState state) {
        auto child = std::make_unique<Node>();
        child->kind = kind;
        child->parent = node;
        child->key = key;
        child->name = name;
        child->state = state;
        node->children.push_back(std::move(child));
    };
    switch (node->kind) {
    case NodeKind::Profile: {
        const QString project =
            node->profile.isSandbox() ? Profiles::SandboxLauncher::projectId() : node->profile.projectId;
        const QString label = node->profile.isSandbox()
            ? tr("Local project")
            : tr("%1 (project)").arg(node->profile.region.isEmpty() ? project : node->profile.region);
        if (node->profile.isAlibaba()) { // ApsaraMQ for MQTT has no list call: what the user added
            for (const Profiles::MqttInstance &i : std::as_const(node->profile.mqttInstances)) {
                add(NodeKind::MqttInstance, i.id, i.id, LoadState::Loaded);
                addStaticChildren(node->children.back().get());
            }
            break;
        }
        add(NodeKind::Project, project, label, LoadState::NotLoaded);
        if (m_otherServices) {
            add(NodeKind::KafkaFolder, folderKey(NodeKind::KafkaFolder), tr("Kafka instances"), LoadState::NotLoaded);
            add(NodeKind::QueuesFolder, folderKey(NodeKind::QueuesFolder), tr("Queues (DMS v1.0)"),
                LoadState::NotLoaded);
        }
        break;
    }
    case NodeKind::Instance:
        add(NodeKind::TopicsFolder, folderKey(NodeKind::TopicsFolder), tr("Topics"), LoadState::NotLoaded);
        add(NodeKind::GroupsFolder, folderKey(NodeKind::GroupsFolder), tr("Consumer groups"), LoadState::NotLoaded);
        add(NodeKind::UsersFolder, folderKey(NodeKind::UsersFolder), tr("Users"), LoadState::NotLoaded);
        break;
    case NodeKind::MqttInstance: {
        const Node *profile = node->ancestor(NodeKind::Profile);
        for (const Profiles::MqttInstance &i : std::as_const(profile->profile.mqttInstances)) {
            if (i.id != node->key)
                continue;
            for (const QString &topic : i.topics)
                add(NodeKind::MqttTopic, topic, topic, LoadState::Loaded);
            break;
        }
        break;
    }
    case NodeKind::Group:
        add(NodeKind::DeadLetterTopic, u"dlq"_s, u"%DLQ%"_s + node->key, LoadState::Loaded);
        break;
    default:
        break;
    }
}

void ResourceTreeModel::syncMqtt(Node *profileNode, const QList<Profiles::MqttInstance> &instances)
{
    // Removes the rows whose key is not in `keys`, then inserts the missing ones where `keys`
    // has them (the user only appends and removes, so existing rows keep their order).
    auto sync = [this](Node *parent, NodeKind kind, const QStringList &keys, const auto &onKept) {
        const QModelIndex parentIdx = indexFor(parent);
        for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
            const Node *c = parent->children[size_t(row)].get();
            if (c->kind == kind && !keys.contains(c->key)) {
                beginRemoveRows(parentIdx, row, row);
                parent->children.erase(parent->children.begin() + row);
                endRemoveRows();
            }
        }
        for (int i = 0; i < keys.size(); ++i) {
            Node *found = nullptr;
            for (const auto &c : parent->children) {
                if (c->kind == kind && c->key == keys.at(i))
                    found = c.get();
            }
            if (found) {
                onKept(found);
                continue;
            }
            auto child = std::make_unique<Node>();
            child->kind = kind;
            child->parent = parent;
            child->key = child->name = keys.at(i);
            addStaticChildren(child.get());
            const int row = qMin(i, int(parent->children.size()));
            beginInsertRows(parentIdx, row, row);
            parent->children.insert(parent->children.begin() + row, std::move(child));
            endInsertRows();
        }
    };
    QStringList ids;
    for (const Profiles::MqttInstance &i : instances)
        ids.append(i.id);
    sync(profileNode, NodeKind::MqttInstance, ids, [&](Node *instance) {
        for (const Profiles::MqttInstance &i : instances) {
            if (i.id == instance->key)
                sync(instance, NodeKind::MqttTopic, i.topics, [](Node *) { });
        }
    });
}

void ResourceTreeModel::openClient(const QModelIndex &index, QObject *context, ClientCallback done)
{
    const Node *profile = nodeFor(index)->ancestor(NodeKind::Profile);
    if (!profile) {
        done(nullptr, tr("No profile"));
        return;
    }
    if (Api::ApiClient *client = m_clients.value(profile->profile.id)) {
        done(client, {});
        return;
    }
    QPointer<QObject> guard(context);
    QPointer<ResourceTreeModel> self(this);
    m_opener(profile->profile.id, context,
             [self, guard, id = profile->profile.id, done = std::move(done)](Api::ApiClient *client,
                                                                             const QString &error) {
                 if (!guard || !self)
                     return;
                 if (client)
                     self->m_clients.insert(id, client);
                 done(client, error);
             });
}

std::unique_ptr<ResourceTreeModel::Node> ResourceTreeModel::makeItem(Node *parent, const QJsonObject &json) const
{
    auto n = std::make_unique<Node>();
    n->parent = parent;
    n->json = json;
    switch (parent->kind) {
    case NodeKind::Project:
        n->kind = NodeKind::Instance;
        n->key = json.value("instance_id"_L1).toString();
        n->name = json.value("name"_L1).toString();
        break;
    case NodeKind::TopicsFolder:
        n->kind = NodeKind::Topic;
        n->key = n->name = json.value("name"_L1).toString();
        break;
    case NodeKind::GroupsFolder:
        n->kind = NodeKind::Group;
        n->key = n->name = json.value("name"_L1).toString();
        break;
    case NodeKind::UsersFolder:
        n->kind = NodeKind::User;
        n->key = n->name = json.value("access_key"_L1).toString();
        break;
    case NodeKind::KafkaFolder:
        n->kind = NodeKind::KafkaInstance;
        n->key = json.value("instance_id"_L1).toString();
        n->name = json.value("name"_L1).toString();
        n->state = LoadState::NotLoaded;
        break;
    case NodeKind::KafkaInstance:
        n->kind = NodeKind::KafkaTopic;
        n->key = n->name = json.value("name"_L1).toString();
        break;
    case NodeKind::QueuesFolder:
        n->kind = NodeKind::Queue;
        n->key = json.value("id"_L1).toString();
        n->name = json.value("name"_L1).toString();
        break;
    default:
        break;
    }
    addStaticChildren(n.get());
    return n;
}

ResourceTreeModel::NodeKind ResourceTreeModel::kind(const QModelIndex &index) const
{
    return nodeFor(index)->kind;
}

ResourceTreeModel::LoadState ResourceTreeModel::loadState(const QModelIndex &index) const
{
    return nodeFor(index)->state;
}

bool ResourceTreeModel::isContainer(const QModelIndex &index) const
{
    return nodeFor(index)->isListContainer();
}

Api::ApiClient *ResourceTreeModel::clientFor(const QModelIndex &index) const
{
    const Node *p = nodeFor(index)->ancestor(NodeKind::Profile);
    return p ? m_clients.value(p->profile.id) : nullptr;
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return {};
    Node *child = p->children[size_t(row)].get();
    child->rowHint = row;
    return createIndex(row, 0, child);
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ResourceTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    if (n->isListContainer() && (n->state == LoadState::NotLoaded || n->state == LoadState::Loading))
        return true;
    return !n->children.empty();
}

bool ResourceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeFor(parent);
    return n->isListContainer() && n->state == LoadState::NotLoaded;
}

void ResourceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startLoad(nodeFor(parent), false);
}

QString ResourceTreeModel::linkFor(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    const auto *n = static_cast<const Node *>(index.internalPointer());
    QStringList parts;
    for (; n && n->parent; n = n->parent) {
        if (n->isPlaceholder())
            continue;
        parts.prepend(QString::fromLatin1(QUrl::toPercentEncoding(n->key)));
    }
    return u"mqdesk://"_s + parts.join(u'/');
}

QModelIndex ResourceTreeModel::indexForLink(const QString &link) const
{
    if (!link.startsWith(u"mqdesk://"_s))
        return {};
    const QStringList parts = link.mid(9).split(u'/', Qt::SkipEmptyParts);
    const Node *n = m_root.get();
    for (const QString &part : parts) {
        const QString key = QUrl::fromPercentEncoding(part.toLatin1());
        const Node *next = nullptr;
        for (const auto &c : n->children) {
            if (!c->isPlaceholder() && c->key == key) {
                next = c.get();
                break;
            }
        }
        if (!next)
            return {};
        n = next;
    }
    return indexFor(n);
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeFor(index)->kind == NodeKind::Loading)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (nodeFor(index)->kind == NodeKind::Error)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Resources");
    return {};
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const Node *instance = n->ancestor(NodeKind::Instance);
    if (!instance)
        instance = n->ancestor(NodeKind::KafkaInstance);
    if (!instance)
        instance = n->ancestor(NodeKind::MqttInstance);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (n->kind) {
        case NodeKind::Instance: {
            const QString version = n->json.value("engine_version"_L1).toString();
            const QString status = statusText(n->json.value("status"_L1).toString());
            return QStringList {n->name, version, status}.join(u"  ·  "_s).replace(u"  ·    ·  "_s, u"  ·  "_s);
        }
        case NodeKind::TopicsFolder:
        case NodeKind::GroupsFolder:
        case NodeKind::UsersFolder:
        case NodeKind::KafkaFolder:
        case NodeKind::QueuesFolder:
            return n->total >= 0 ? tr("%1 (%2)").arg(n->name, locale.toString(n->total)) : n->name;
        case NodeKind::Loading: {
            const Node *c = n->parent;
            if (c->loader && c->total > 0)
                return tr("Loading… %1 of %2").arg(locale.toString(c->loader->received), locale.toString(c->total));
            return tr("Loading…");
        }
        case NodeKind::Error:
            return tr("Could not load: %1 — double-click to retry").arg(n->error.toString());
        case NodeKind::DeadLetterTopic:
            return tr("Dead letters (%1)").arg(n->name);
        default:
            return n->name;
        }
    case Qt::ToolTipRole:
        switch (n->kind) {
        case NodeKind::Profile:
            return u"%1 — %2"_s.arg(Profiles::Profile::cloudName(n->profile.cloud),
                                    n->profile.dmsEndpoint.isEmpty() ? n->profile.region
                                                                     : n->profile.dmsEndpoint.toString());
        case NodeKind::Project:
            return tr("Project %1").arg(n->key);
        case NodeKind::Instance:
            return tr("Instance %1").arg(n->key);
        case NodeKind::MqttInstance:
            return tr("ApsaraMQ for MQTT instance %1").arg(n->key);
        case NodeKind::MqttTopic:
            return tr("MQTT topic %1 on %2").arg(n->key, n->parent->key);
        case NodeKind::Error:
            return n->error.toString();
        default:
            return {};
        }
    case KindRole:
        return int(n->kind);
    case LoadStateRole:
        return int(n->state);
    case NameRole:
        return n->name;
    case KeyRole:
        return n->key;
    case ProfileIdRole:
        if (const Node *p = n->ancestor(NodeKind::Profile))
            return p->profile.id;
        return {};
    case ProjectIdRole:
        if (const Node *p = n->ancestor(NodeKind::Project))
            return p->key;
        return {};
    case InstanceIdRole:
        return instance ? QVariant(instance->key) : QVariant();
    case InstanceNameRole:
        return instance ? QVariant(instance->name) : QVariant();
    case EngineVersionRole:
        return instance ? QVariant(instance->json.value("engine_version"_L1).toString()) : QVariant();
    case StatusRole:
        return n->kind == NodeKind::Instance || n->kind == NodeKind::KafkaInstance
            ? QVariant(n->json.value("status"_L1).toString())
            : QVariant();
    case JsonRole:
        return n->json;
    case ErrorRole:
        if (n->kind == NodeKind::Error || n->state == LoadState::Failed)
            return QVariant::fromValue(n->error);
        return {};
    case TotalRole:
        return n->total;
    case LinkRole:
        return linkFor(index);
    case IsPlaceholderRole:
        return n->isPlaceholder();
    case EnvironmentRole:
        if (const Node *p = n->ancestor(NodeKind::Profile))
            return int(p->profile.environment);
        return {};
    case GroupNameRole:
        return n->kind == NodeKind::DeadLetterTopic ? QVariant(n->parent->key) : QVariant();
    default:
        return {};
    }
}

void ResourceTreeModel::changeLoading(int delta)
{
    m_loading += delta;
    Q_EMIT loadingCountChanged(m_loading);
}

} // namespace Models
