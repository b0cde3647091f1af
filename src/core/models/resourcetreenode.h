#pragma once

// Internal to ResourceTreeModel: the node and per-load bookkeeping.

#include "models/resourcetreemodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Api {
class Pager;
}

namespace Models {

struct ResourceTreeModel::Loader
{
    std::unique_ptr<QObject> context; ///< parent of the pager and the opener's callback
    Api::Pager *pager = nullptr;      ///< child of context; null until the client is open
    bool refresh = false;
    qint64 received = 0;                        ///< items handed out so far (the loading row's count)
    std::vector<std::unique_ptr<Node>> pending; ///< made from arrived pages, not inserted yet
    /// A refresh: the fresh list in order, each item a row that stays or a node to add.
    struct FreshItem
    {
        Node *kept = nullptr;
        std::unique_ptr<Node> added;
    };
    std::vector<FreshItem> fresh;
    QHash<QString, Node *> rows; ///< a refresh: the rows it started with, by key
    bool rowsIndexed = false;
    QTimer *insertTimer = nullptr; ///< child of context: inserts pending
    QElapsedTimer sinceInsert;     ///< invalid until the first insert
};

struct ResourceTreeModel::Node
{
    NodeKind kind = NodeKind::Profile;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString key;  ///< stable id among siblings (instance id, topic name, "topics", ...)
    QString name; ///< what the user reads
    QJsonObject json;
    LoadState state = LoadState::Loaded;
    qint64 total = -1;
    Api::ApiError error;
    Profiles::Profile profile; ///< profile nodes only
    std::unique_ptr<Loader> loader;
    mutable int rowHint = 0;
    bool kept = false; ///< its container's refresh listed it again

    bool isListContainer() const
    {
        return kind == NodeKind::Project || kind == NodeKind::TopicsFolder || kind == NodeKind::GroupsFolder ||
            kind == NodeKind::UsersFolder || kind == NodeKind::KafkaFolder || kind == NodeKind::KafkaInstance ||
            kind == NodeKind::QueuesFolder;
    }
    bool isPlaceholder() const { return kind == NodeKind::Loading || kind == NodeKind::Error; }
    Node *placeholder() const
    {
        return !children.empty() && children.back()->isPlaceholder() ? children.back().get() : nullptr;
    }
    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        if (rowHint < int(siblings.size()) && siblings[size_t(rowHint)].get() == this)
            return rowHint;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this) {
                rowHint = int(i);
                return rowHint;
            }
        }
        return 0;
    }
    const Node *ancestor(NodeKind k) const
    {
        const Node *n = this;
        while (n && n->kind != k)
            n = n->parent;
        return n;
    }
};

} // namespace Models
