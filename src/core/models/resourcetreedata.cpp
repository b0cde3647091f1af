// What ResourceTreeModel shows: display text, tooltips, flags and the public roles.
#include "models/resourcetreemodel.h"
#include "models/resourcetreenode.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString statusText(const QString &status)
{
    if (status.isEmpty())
        return {};
    QString s = status.toLower();
    s[0] = s[0].toUpper();
    return s;
}

} // namespace

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // ItemNeverHasChildren on leaves spares the view a lookup per row when it lays out a
    // folder of thousands of topics (once per page while they load) and when it paints them.
    switch (nodeFor(index)->kind) {
    case NodeKind::Loading:
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    case NodeKind::Error:
    case NodeKind::Topic:
    case NodeKind::DeadLetterTopic:
    case NodeKind::User:
    case NodeKind::KafkaTopic:
    case NodeKind::Queue:
    case NodeKind::MqttTopic:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    default:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
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
    // Views ask for many roles of every visible row: walk up only for the roles that need it.
    const auto instanceOf = [n] {
        for (const Node *a = n; a; a = a->parent) {
            if (a->kind == NodeKind::Instance || a->kind == NodeKind::KafkaInstance ||
                a->kind == NodeKind::MqttInstance)
                return a;
        }
        return static_cast<const Node *>(nullptr);
    };
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
            return n->total >= 0 ? tr("%1 (%2)").arg(n->name, QLocale().toString(n->total)) : n->name;
        case NodeKind::Loading: {
            const Node *c = n->parent;
            if (c->loader && c->total > 0) {
                const QLocale locale;
                return tr("Loading… %1 of %2").arg(locale.toString(c->loader->received), locale.toString(c->total));
            }
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
        if (const Node *instance = instanceOf())
            return instance->key;
        return {};
    case InstanceNameRole:
        if (const Node *instance = instanceOf())
            return instance->name;
        return {};
    case EngineVersionRole:
        if (const Node *instance = instanceOf())
            return instance->json.value("engine_version"_L1).toString();
        return {};
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

} // namespace Models
