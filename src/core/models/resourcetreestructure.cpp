// The static part of ResourceTreeModel: profile rows, the fixed folders under profiles and
// instances, MQTT rows from the profile's settings, and the nodes made from listed items.
#include "models/resourcetreemodel.h"
#include "models/resourcetreenode.h"
#include "profiles/sandboxlauncher.h"

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

} // namespace

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
                sync(instance, NodeKind::MqttTopic, i.topics, [](Node *) {});
        }
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

} // namespace Models
