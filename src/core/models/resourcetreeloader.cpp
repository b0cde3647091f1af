// The loading half of ResourceTreeModel: paged, parallel fetches and the refresh merge.
#include "api/apicall.h"
#include "api/apiclient.h"
#include "models/resourcetreemodel.h"
#include "models/resourcetreenode.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTree, "mqdesk.models")

namespace Models {

namespace {

struct ListOperation
{
    QString id;
    QLatin1StringView itemsKey;
    QLatin1StringView totalKey;
};

ListOperation listOperation(ResourceTreeModel::NodeKind kind)
{
    using K = ResourceTreeModel::NodeKind;
    switch (kind) {
    case K::Project:
        return {u"list_instances"_s, "instances"_L1, "instance_num"_L1};
    case K::TopicsFolder:
        return {u"list_topics"_s, "topics"_L1, "total"_L1};
    case K::GroupsFolder:
        return {u"list_consumer_groups"_s, "groups"_L1, "total"_L1};
    case K::UsersFolder:
        return {u"list_users"_s, "users"_L1, "total"_L1};
    case K::KafkaFolder:
        return {u"list_instances"_s, "instances"_L1, "instance_num"_L1};
    case K::KafkaInstance:
        return {u"list_topics"_s, "topics"_L1, "total"_L1};
    case K::QueuesFolder:
        return {u"dms_v1_list_queues"_s, "queues"_L1, "total"_L1};
    default:
        return {};
    }
}

} // namespace

void ResourceTreeModel::startLoad(Node *node, bool refresh)
{
    if (node->loader && node->state == LoadState::Loading)
        return;
    if (node->loader && node->loader->context)
        node->loader->context.release()->deleteLater(); // we may be inside one of its calls' signals
    node->loader = std::make_unique<Loader>();
    node->loader->context = std::make_unique<QObject>();
    node->loader->refresh = refresh;
    node->state = LoadState::Loading;
    changeLoading(+1);
    // Rows change from the event loop, never inside fetchMore(): views and proxies (and
    // QAbstractItemModelTester) call fetchMore() while handling other row changes.
    QTimer::singleShot(0, node->loader->context.get(), [this, node, refresh] {
        if (!refresh)
            setPlaceholder(node, NodeKind::Loading);
        openAndRequest(node);
    });
}

void ResourceTreeModel::openAndRequest(Node *node)
{
    const Node *profile = node->ancestor(NodeKind::Profile);
    QPointer<QObject> context(node->loader->context.get());
    m_opener(profile->profile.id, context,
             [this, node, context, id = profile->profile.id](Api::ApiClient *client, const QString &error) {
                 if (!context)
                     return;
                 if (!client) {
                     Api::ApiError e;
                     e.kind = Api::ApiError::Kind::Auth;
                     e.errorMessage = error;
                     node->loader->missing = {0};
                     onPageFailed(node, -1, e);
                     return;
                 }
                 m_clients.insert(id, client);
                 node->loader->client = client;
                 node->loader->nextRequest = 1;
                 requestPage(node, 0);
             });
}

void ResourceTreeModel::requestPage(Node *node, int page)
{
    Loader *l = node->loader.get();
    const ListOperation op = listOperation(node->kind);
    QVariantMap params {{u"limit"_s, m_pageSize}, {u"offset"_s, qint64(page) * m_pageSize}};
    if (node->kind == NodeKind::KafkaFolder)
        params.insert(u"engine"_s, u"kafka"_s);
    if (node->kind == NodeKind::QueuesFolder) // the v1.0 queue list does not page
        params.clear();
    if (node->kind == NodeKind::KafkaInstance)
        params.insert(u"instance_id"_s, node->key);
    else if (node->kind != NodeKind::Project && node->kind != NodeKind::KafkaFolder &&
             node->kind != NodeKind::QueuesFolder)
        params.insert(u"instance_id"_s, node->ancestor(NodeKind::Instance)->key);
    else if (const Node *project = node->kind == NodeKind::Project ? node : nullptr)
        params.insert(u"project_id"_s, project->key);
    l->inFlight.insert(page);
    Api::ApiCall *call = l->client->call(op.id, params, l->context.get());
    connect(call, &Api::ApiCall::finished, l->context.get(),
            [this, node, page](const QJsonDocument &doc) { onPage(node, page, doc.object()); });
    connect(call, &Api::ApiCall::failed, l->context.get(),
            [this, node, page](const Api::ApiError &e) { onPageFailed(node, page, e); });
}

void ResourceTreeModel::pumpPages(Node *node)
{
    Loader *l = node->loader.get();
    if (l->failed || l->totalPages < 0)
        return;
    while (l->inFlight.size() < m_fetchAhead && l->nextRequest < l->totalPages)
        requestPage(node, l->nextRequest++);
}

void ResourceTreeModel::onPage(Node *node, int page, const QJsonObject &result)
{
    Loader *l = node->loader.get();
    l->inFlight.remove(page);
    const ListOperation op = listOperation(node->kind);
    const QJsonArray array = result.value(op.itemsKey).toArray();
    QList<QJsonObject> items;
    items.reserve(array.size());
    for (const QJsonValue &v : array)
        items.append(v.toObject());
    l->received += items.size();
    l->ready.insert(page, items);

    if (l->totalPages < 0) {
        const QJsonValue total = result.value(op.totalKey);
        if (total.isDouble()) {
            node->total = qint64(total.toDouble());
            l->totalPages = int(qMax<qint64>(1, (node->total + m_pageSize - 1) / m_pageSize));
            if (!l->refresh)
                Q_EMIT dataChanged(indexFor(node), indexFor(node));
        } else if (items.size() < m_pageSize) {
            l->totalPages = page + 1; // no total: the short page is the last
        } else if (!l->failed) {
            requestPage(node, l->nextRequest++); // no total: one page after another
        }
    }
    flushPages(node);
    pumpPages(node);
    if (l->failed) {
        if (l->inFlight.isEmpty())
            onPageFailed(node, -1, l->error);
        return;
    }
    if (l->totalPages >= 0 && l->nextFlush >= l->totalPages && l->inFlight.isEmpty())
        finishLoad(node);
}

void ResourceTreeModel::onPageFailed(Node *node, int page, const Api::ApiError &error)
{
    Loader *l = node->loader.get();
    if (page >= 0) {
        l->inFlight.remove(page);
        l->missing.append(page);
        qCInfo(lcTree) << "page" << page << "of" << node->name << "failed:" << error.toString();
    }
    if (!l->failed) {
        l->failed = true;
        l->error = error;
    }
    if (!l->inFlight.isEmpty())
        return; // the error row goes in once the pages in flight have landed
    flushPages(node);
    node->state = LoadState::Failed;
    node->error = l->error;
    changeLoading(-1);
    setPlaceholder(node, NodeKind::Error, l->error);
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, idx);
    Q_EMIT containerFailed(idx, l->error);
}

void ResourceTreeModel::flushPages(Node *node)
{
    Loader *l = node->loader.get();
    while (l->ready.contains(l->nextFlush)) {
        const QList<QJsonObject> items = l->ready.take(l->nextFlush++);
        if (l->refresh)
            l->collected += items;
        else
            appendItems(node, items);
    }
    if (!l->refresh) {
        if (Node *ph = node->placeholder(); ph && ph->kind == NodeKind::Loading) {
            const QModelIndex idx = indexFor(ph);
            Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
        }
    }
}

void ResourceTreeModel::appendItems(Node *node, const QList<QJsonObject> &items)
{
    if (items.isEmpty())
        return;
    const int first = int(node->children.size()) - (node->placeholder() ? 1 : 0);
    std::vector<std::unique_ptr<Node>> fresh;
    fresh.reserve(size_t(items.size()));
    for (const QJsonObject &o : items)
        fresh.push_back(makeItem(node, o));
    beginInsertRows(indexFor(node), first, first + int(items.size()) - 1);
    node->children.insert(node->children.begin() + first, std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
    endInsertRows();
}

void ResourceTreeModel::finishLoad(Node *node)
{
    std::unique_ptr<Loader> l = std::move(node->loader);
    l->context.release()->deleteLater(); // the finishing call is still emitting
    if (l->refresh) {
        removePlaceholder(node);
        node->loader = std::move(l);
        mergeRefresh(node);
        node->loader.reset();
    } else {
        removePlaceholder(node);
    }
    node->state = LoadState::Loaded;
    node->error = {};
    if (node->total < 0)
        node->total = qint64(node->children.size());
    changeLoading(-1);
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, idx);
    Q_EMIT containerLoaded(idx);
}

void ResourceTreeModel::setPlaceholder(Node *node, NodeKind kind, const Api::ApiError &error)
{
    const QModelIndex parentIdx = indexFor(node);
    if (Node *ph = node->placeholder()) {
        ph->kind = kind;
        ph->error = error;
        const QModelIndex idx = indexFor(ph);
        Q_EMIT dataChanged(idx, idx);
        return;
    }
    auto ph = std::make_unique<Node>();
    ph->kind = kind;
    ph->parent = node;
    ph->error = error;
    ph->key = u"#placeholder"_s;
    const int row = int(node->children.size());
    beginInsertRows(parentIdx, row, row);
    node->children.push_back(std::move(ph));
    endInsertRows();
}

void ResourceTreeModel::removePlaceholder(Node *node)
{
    if (!node->placeholder())
        return;
    const int row = int(node->children.size()) - 1;
    beginRemoveRows(indexFor(node), row, row);
    node->children.pop_back();
    endRemoveRows();
}

void ResourceTreeModel::retry(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node->kind == NodeKind::Error)
        node = node->parent;
    if (!node->isListContainer() || node->state != LoadState::Failed)
        return;
    Loader *l = node->loader.get();
    if (!l || !l->client || l->refresh) {
        startLoad(node, l && l->refresh);
        if (node->loader->refresh)
            setPlaceholder(node, NodeKind::Loading);
        return;
    }
    node->state = LoadState::Loading;
    changeLoading(+1);
    setPlaceholder(node, NodeKind::Loading);
    l->failed = false;
    const QList<int> pages = std::exchange(l->missing, {});
    for (int page : pages)
        requestPage(node, page);
}

void ResourceTreeModel::refresh(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node->isPlaceholder())
        node = node->parent;
    std::function<void(Node *)> refreshTree = [&](Node *n) {
        if (n->isListContainer()) {
            if (n->state == LoadState::Loaded || n->state == LoadState::Failed) {
                const bool hadError = n->placeholder() != nullptr;
                startLoad(n, true);
                if (hadError)
                    setPlaceholder(n, NodeKind::Loading);
            }
            return; // its loaded children refresh after the merge
        }
        for (auto &c : n->children)
            refreshTree(c.get());
    };
    if (node == m_root.get() || node->isListContainer() || node->kind == NodeKind::Profile ||
        node->kind == NodeKind::Instance || node->kind == NodeKind::Group)
        refreshTree(node);
}

void ResourceTreeModel::mergeRefresh(Node *node)
{
    const QList<QJsonObject> &items = node->loader->collected;
    const QModelIndex parentIdx = indexFor(node);
    std::vector<std::unique_ptr<Node>> fresh;
    QHash<QString, int> freshPos;
    fresh.reserve(size_t(items.size()));
    for (const QJsonObject &o : items) {
        auto n = makeItem(node, o);
        freshPos.insert(n->key, int(fresh.size()));
        fresh.push_back(std::move(n));
    }
    // 1. Drop what is gone, in contiguous runs from the end.
    for (int row = int(node->children.size()) - 1; row >= 0;) {
        if (freshPos.contains(node->children[size_t(row)]->key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshPos.contains(node->children[size_t(first - 1)]->key))
            --first;
        beginRemoveRows(parentIdx, first, row);
        node->children.erase(node->children.begin() + first, node->children.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // 2. Survivors must be in the service's order; otherwise start over (rare).
    int last = -1;
    bool ordered = true;
    for (const auto &c : node->children) {
        const int pos = freshPos.value(c->key);
        ordered = ordered && pos > last;
        last = pos;
    }
    if (!ordered) {
        beginResetModel();
        node->children.clear();
        for (auto &n : fresh)
            node->children.push_back(std::move(n));
        endResetModel();
        return;
    }
    // 3. Insert new items in runs, update the survivors' data.
    size_t row = 0;
    for (size_t i = 0; i < fresh.size();) {
        if (row < node->children.size() && node->children[row]->key == fresh[i]->key) {
            Node *existing = node->children[row].get();
            if (existing->json != fresh[i]->json) {
                existing->json = fresh[i]->json;
                existing->name = fresh[i]->name;
                const QModelIndex idx = indexFor(existing);
                Q_EMIT dataChanged(idx, idx);
            }
            ++row;
            ++i;
            continue;
        }
        size_t end = i;
        while (end < fresh.size() && !(row < node->children.size() && node->children[row]->key == fresh[end]->key))
            ++end;
        beginInsertRows(parentIdx, int(row), int(row + (end - i)) - 1);
        for (size_t k = i; k < end; ++k)
            node->children.insert(node->children.begin() + qsizetype(row + k - i), std::move(fresh[k]));
        endInsertRows();
        row += end - i;
        i = end;
    }
    node->total = items.size();
    // 4. Loaded subtrees below refresh too.
    for (auto &c : node->children) {
        std::function<void(Node *)> down = [&](Node *n) {
            for (auto &cc : n->children) {
                if (cc->isListContainer() && cc->state == LoadState::Loaded)
                    startLoad(cc.get(), true);
                else if (!cc->isListContainer())
                    down(cc.get());
            }
        };
        down(c.get());
    }
}

} // namespace Models
