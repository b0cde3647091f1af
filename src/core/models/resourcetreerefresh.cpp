// F5 for ResourceTreeModel: reload a subtree and merge the fresh list into the loaded one by
// key, so that surviving nodes (and the views' persistent indexes on them) stay.
#include "models/resourcetreemodel.h"
#include "models/resourcetreenode.h"

#include <QHash>

#include <functional>

namespace Models {

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

void ResourceTreeModel::indexRows(Node *node)
{
    Loader *l = node->loader.get();
    l->rowsIndexed = true;
    l->rows.reserve(qsizetype(node->children.size()));
    for (const auto &c : node->children) {
        c->kept = false;
        if (!c->isPlaceholder())
            l->rows.insert(c->key, c.get());
    }
}

// Matches each fresh item to the row with its key as the page arrives (updating the row when
// the service's JSON changed), so that the merge at the end is one cheap pass over the rows.
void ResourceTreeModel::collectRefresh(Node *node, const QJsonArray &items)
{
    Loader *l = node->loader.get();
    if (!l->rowsIndexed)
        indexRows(node);
    l->fresh.reserve(l->fresh.size() + size_t(items.size()));
    for (const QJsonValue &v : items) {
        std::unique_ptr<Node> n = makeItem(node, v.toObject());
        Node *row = l->rows.value(n->key);
        if (!row || row->kept) { // new (or listed twice by the service)
            l->fresh.push_back({nullptr, std::move(n)});
            continue;
        }
        row->kept = true;
        if (row->json != n->json) {
            row->json = std::move(n->json);
            row->name = std::move(n->name);
            const QModelIndex idx = indexFor(row);
            Q_EMIT dataChanged(idx, idx);
        }
        l->fresh.push_back({row, nullptr});
    }
}

void ResourceTreeModel::mergeRefresh(Node *node)
{
    if (!node->loader->rowsIndexed)
        indexRows(node);
    std::vector<Loader::FreshItem> fresh = std::move(node->loader->fresh);
    auto &children = node->children;
    const QModelIndex parentIdx = indexFor(node);
    // 1. Drop the rows the service no longer lists, in contiguous runs from the end.
    for (int row = int(children.size()) - 1; row >= 0;) {
        if (children[size_t(row)]->kept) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !children[size_t(first - 1)]->kept)
            --first;
        beginRemoveRows(parentIdx, first, row);
        children.erase(children.begin() + first, children.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // 2. The rows left must be in the service's order; otherwise start over (rare), keeping
    // the surviving nodes with their subtrees.
    size_t row = 0;
    bool ordered = true;
    for (const auto &f : fresh) {
        if (f.kept && (row >= children.size() || children[row++].get() != f.kept)) {
            ordered = false;
            break;
        }
    }
    if (!ordered) {
        QHash<const Node *, size_t> at;
        for (size_t i = 0; i < children.size(); ++i)
            at.insert(children[i].get(), i);
        std::vector<std::unique_ptr<Node>> merged;
        merged.reserve(fresh.size());
        for (auto &f : fresh)
            merged.push_back(f.kept ? std::move(children[at.value(f.kept)]) : std::move(f.added));
        beginResetModel();
        children = std::move(merged);
        endResetModel();
        node->total = qint64(children.size());
        return;
    }
    // 3. Insert the new nodes in runs.
    row = 0;
    for (size_t i = 0; i < fresh.size();) {
        if (fresh[i].kept) {
            fresh[i++].kept->rowHint = int(row++); // shifted by the runs inserted before it
            continue;
        }
        size_t end = i;
        while (end < fresh.size() && !fresh[end].kept)
            ++end;
        std::vector<std::unique_ptr<Node>> run;
        run.reserve(end - i);
        for (size_t k = i; k < end; ++k) {
            fresh[k].added->rowHint = int(row + k - i);
            run.push_back(std::move(fresh[k].added));
        }
        beginInsertRows(parentIdx, int(row), int(row + run.size()) - 1);
        children.insert(children.begin() + qsizetype(row), std::make_move_iterator(run.begin()),
                        std::make_move_iterator(run.end()));
        endInsertRows();
        row += end - i;
        i = end;
    }
    node->total = qint64(node->children.size());
    // 4. Loaded subtrees below refresh too.
    const std::function<void(Node *)> down = [&](Node *n) {
        for (auto &c : n->children) {
            if (c->isListContainer() && c->state == LoadState::Loaded)
                startLoad(c.get(), true);
            else if (!c->isListContainer() && !c->children.empty())
                down(c.get());
        }
    };
    down(node);
}

} // namespace Models
