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

void ResourceTreeModel::mergeRefresh(Node *node)
{
    // The fresh nodes and their positions were made page by page as they arrived: what is left
    // for here is one pass of key lookups and comparisons.
    std::vector<std::unique_ptr<Node>> fresh = std::move(node->loader->pending);
    const QHash<QString, int> freshPos = std::move(node->loader->freshPos);
    const QModelIndex parentIdx = indexFor(node);
    std::vector<int> pos(node->children.size());
    for (size_t row = 0; row < pos.size(); ++row)
        pos[row] = freshPos.value(node->children[row]->key, -1);
    // 1. Drop what is gone, in contiguous runs from the end.
    for (int row = int(pos.size()) - 1; row >= 0;) {
        if (pos[size_t(row)] >= 0) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && pos[size_t(first - 1)] < 0)
            --first;
        beginRemoveRows(parentIdx, first, row);
        node->children.erase(node->children.begin() + first, node->children.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // 2. Survivors must be in the service's order; otherwise start over (rare).
    int last = -1;
    bool ordered = true;
    for (int p : pos) {
        if (p < 0)
            continue;
        ordered = ordered && p > last;
        last = p;
    }
    if (!ordered) {
        beginResetModel();
        node->children = std::move(fresh);
        endResetModel();
        return;
    }
    // 3. Insert new items in runs, update the survivors' data.
    size_t row = 0;
    for (size_t i = 0; i < fresh.size();) {
        if (row < node->children.size() && node->children[row]->key == fresh[i]->key) {
            Node *existing = node->children[row].get();
            existing->rowHint = int(row); // rows shifted by the inserts before it
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
        node->children.insert(node->children.begin() + qsizetype(row),
                              std::make_move_iterator(fresh.begin() + qsizetype(i)),
                              std::make_move_iterator(fresh.begin() + qsizetype(end)));
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
