#include "models/resourcetreemodel.h"

#include "api/apiclient.h"
#include "models/resourcetreenode.h"

#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Models {

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
    m_opener(
        profile->profile.id, context,
        [self, guard, id = profile->profile.id, done = std::move(done)](Api::ApiClient *client, const QString &error) {
            if (!guard || !self)
                return;
            if (client)
                self->m_clients.insert(id, client);
            done(client, error);
        });
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

void ResourceTreeModel::changeLoading(int delta)
{
    m_loading += delta;
    Q_EMIT loadingCountChanged(m_loading);
}

} // namespace Models
