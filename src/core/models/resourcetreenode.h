#pragma once

// Internal to ResourceTreeModel: the node and per-load bookkeeping.

#include "models/resourcetreemodel.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

namespace Models {

struct ResourceTreeModel::Loader
{
    std::unique_ptr<QObject> context; ///< parent of the calls: deleting it aborts them
    Api::ApiClient *client = nullptr;
    bool refresh = false;
    int totalPages = -1; ///< unknown until the first page reports a total
    int nextRequest = 0;
    int nextFlush = 0;
    QSet<int> inFlight;
    QList<int> missing; ///< pages that failed, asked again on retry()
    QMap<int, QList<QJsonObject>> ready;
    QList<QJsonObject> collected; ///< refresh: every item, in order
    bool failed = false;
    Api::ApiError error;
    qint64 received = 0;
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
