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
