// The loading half of ResourceTreeModel: each container lists its children through an
// Api::Pager (paged, parallel, in order); a failed page pauses the pager, retry() resumes it.
#include "api/apiclient.h"
#include "api/pager.h"
#include "models/resourcetreemodel.h"
#include "models/resourcetreenode.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTree, "mqdesk.models")

namespace Models {

namespace {

// Every insert under an expanded folder makes QTreeView lay out all the folder's rows again
// (O(rows), ~5-10 ms for 16,000 topics). Pages arriving faster than this go in together, so
// the view does that at most once per interval, whatever the fetch-ahead.
constexpr int InsertIntervalMs = 50;

struct ListOperation
{
    QString id;
    QString itemsKey;
    QVariantMap params; ///< besides offset/limit, which the pager adds
};

ListOperation listOperation(const ResourceTreeModel::Node *node)
{
    using K = ResourceTreeModel::NodeKind;
    const auto instanceId = [node] { return node->ancestor(K::Instance)->key; };
    switch (node->kind) {
    case K::Project:
        return {u"list_instances"_s, u"instances"_s, {{u"project_id"_s, node->key}}};
    case K::TopicsFolder:
        return {u"list_topics"_s, u"topics"_s, {{u"instance_id"_s, instanceId()}}};
    case K::GroupsFolder:
        return {u"list_consumer_groups"_s, u"groups"_s, {{u"instance_id"_s, instanceId()}}};
    case K::UsersFolder:
        return {u"list_users"_s, u"users"_s, {{u"instance_id"_s, instanceId()}}};
    case K::KafkaFolder:
        return {u"list_instances"_s, u"instances"_s, {{u"engine"_s, u"kafka"_s}}};
    case K::KafkaInstance:
        return {u"list_topics"_s, u"topics"_s, {{u"instance_id"_s, node->key}}};
    case K::QueuesFolder: // the v1.0 queue list does not page: the pager asks once
        return {u"dms_v1_list_queues"_s, u"queues"_s, {}};
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
        node->loader->context.release()->deleteLater(); // we may be inside one of its pager's signals
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
                     failLoad(node, e); // no pager: retry() opens the client again
                     return;
                 }
                 m_clients.insert(id, client);
                 startPager(node, client);
             });
}

void ResourceTreeModel::startPager(Node *node, Api::ApiClient *client)
{
    Loader *l = node->loader.get();
    const ListOperation op = listOperation(node);
    l->pager = new Api::Pager(client, op.id, op.params, l->context.get());
    l->pager->setItemsKey(op.itemsKey);
    l->pager->setPageSize(m_pageSize);
    l->pager->setMaxInFlight(m_fetchAhead);
    l->pager->setFailureMode(Api::Pager::FailureMode::Pause);
    connect(l->pager, &Api::Pager::totalKnown, this, [this, node](qint64 total) {
        node->total = total;
        if (!node->loader->refresh) {
            const QModelIndex idx = indexFor(node);
            Q_EMIT dataChanged(idx, idx);
        }
    });
    connect(l->pager, &Api::Pager::pageReady, this,
            [this, node](qint64, const QJsonArray &items) { onPageReady(node, items); });
    connect(l->pager, &Api::Pager::finished, this, [this, node] { finishLoad(node); });
    connect(l->pager, &Api::Pager::failed, this, [this, node](const Api::ApiError &e) {
        qCInfo(lcTree) << "pages at" << node->loader->pager->failedOffsets() << "of" << node->name
                       << "failed:" << e.toString();
        failLoad(node, e);
    });
    l->pager->start();
}

void ResourceTreeModel::onPageReady(Node *node, const QJsonArray &items)
{
    Loader *l = node->loader.get();
    l->received += items.size();
    if (l->refresh) {
        collectRefresh(node, items); // merged into the rows once every page is in
        return;
    }
    l->pending.reserve(l->pending.size() + size_t(items.size()));
    for (const QJsonValue &v : items)
        l->pending.push_back(makeItem(node, v.toObject()));
    // The first page goes in at once; later ones at most once per interval.
    const qint64 since = l->sinceInsert.isValid() ? l->sinceInsert.elapsed() : InsertIntervalMs;
    if (since >= InsertIntervalMs) {
        insertPending(node);
        return;
    }
    if (!l->insertTimer) {
        l->insertTimer = new QTimer(l->context.get());
        l->insertTimer->setSingleShot(true);
        connect(l->insertTimer, &QTimer::timeout, this, [this, node] { insertPending(node); });
    }
    if (!l->insertTimer->isActive())
        l->insertTimer->start(int(InsertIntervalMs - since));
}

void ResourceTreeModel::insertPending(Node *node)
{
    Loader *l = node->loader.get();
    if (l->insertTimer)
        l->insertTimer->stop();
    if (l->pending.empty())
        return;
    const int first = int(node->children.size()) - (node->placeholder() ? 1 : 0);
    const int count = int(l->pending.size());
    beginInsertRows(indexFor(node), first, first + count - 1);
    node->children.insert(node->children.begin() + first, std::make_move_iterator(l->pending.begin()),
                          std::make_move_iterator(l->pending.end()));
    l->pending.clear();
    for (int row = first; row < int(node->children.size()); ++row)
        node->children[size_t(row)]->rowHint = row; // the new rows and the placeholder behind them
    endInsertRows();
    l->sinceInsert.start();
    if (Node *ph = node->placeholder(); ph && ph->kind == NodeKind::Loading) {
        const QModelIndex idx = indexFor(ph);
        Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
    }
}

void ResourceTreeModel::failLoad(Node *node, const Api::ApiError &error)
{
    insertPending(node); // what arrived before the failed page
    node->state = LoadState::Failed;
    node->error = error;
    changeLoading(-1);
    setPlaceholder(node, NodeKind::Error, error);
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, idx);
    Q_EMIT containerFailed(idx, error);
}

void ResourceTreeModel::finishLoad(Node *node)
{
    insertPending(node);
    std::unique_ptr<Loader> l = std::move(node->loader);
    l->context.release()->deleteLater(); // the pager is still emitting
    removePlaceholder(node);
    if (l->refresh) {
        node->loader = std::move(l);
        mergeRefresh(node);
        node->loader.reset();
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
    ph->rowHint = row;
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
    if (l && l->pager && l->pager->canResume()) {
        // Keep what arrived (and the pages held behind the gap): ask for the failed pages only.
        node->state = LoadState::Loading;
        changeLoading(+1);
        setPlaceholder(node, NodeKind::Loading);
        l->pager->resume();
        return;
    }
    const bool refresh = l && l->refresh;
    startLoad(node, refresh);
    if (refresh) // a refresh shows no loading row of its own: turn the error row into one
        setPlaceholder(node, NodeKind::Loading);
}

} // namespace Models
