#pragma once

#include "api/apierror.h"
#include "profiles/profile.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <memory>

namespace Api {
class ApiClient;
}

namespace Models {

/// The console's resource tree: profiles -> project -> instances -> Topics / Consumer groups /
/// Users folders -> items (plus the dead-letter topic under each group).
///
/// Qt's Fetch More contract per node: containers start NotLoaded (hasChildren() true,
/// canFetchMore() true); fetchMore() shows a loading row and lists the container through an
/// Api::Pager: the first page (limit pageSize()) tells the total, the remaining pages go out in
/// parallel (up to fetchAhead() in flight) and are appended in order as they arrive. A failed
/// page replaces the loading row with an error row once the pages in flight have landed and
/// keeps what arrived; retry() asks again for the failed pages only. refresh() reloads a
/// subtree and merges by key, so expansion and selection (persistent indexes) survive.
class ResourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeModel)
public:
    enum class NodeKind {
        Profile,
        Project,
        Instance,
        TopicsFolder,
        GroupsFolder,
        UsersFolder,
        Topic,
        Group,
        DeadLetterTopic,
        User,
        Loading, ///< placeholder row while a container loads
        Error,   ///< placeholder row: the load failed (retry() on it)
        // Other services (setOtherServicesShown()): siblings of the project under a profile.
        KafkaFolder,   ///< DMS for Kafka instances (list_instances engine=kafka)
        KafkaInstance, ///< lists its topics
        KafkaTopic,
        QueuesFolder, ///< DMS v1.0 queues (dms_v1_list_queues)
        Queue,
        // Alibaba Cloud profiles: what the user added (Profile::mqttInstances; no list call).
        MqttInstance, ///< ApsaraMQ for MQTT instance (key: instance ID)
        MqttTopic,    ///< key: the topic
    };
    Q_ENUM(NodeKind)
    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< NodeKind as int
        LoadStateRole,               ///< LoadState as int (containers)
        NameRole,                    ///< the resource's name (topic, group, user, instance name)
        KeyRole,                     ///< its id in the API (instance id, topic name, access key)
        ProfileIdRole,               ///< QUuid
        ProjectIdRole,
        InstanceIdRole,
        InstanceNameRole,
        EngineVersionRole, ///< of the instance the node belongs to
        StatusRole,        ///< instance status (RUNNING, ...)
        JsonRole,          ///< QJsonObject as the list returned it
        ErrorRole,         ///< Api::ApiError (Error rows and Failed containers)
        TotalRole,         ///< qint64: children the service reports, -1 unknown
        LinkRole,          ///< mqdesk:// address of the node
        IsPlaceholderRole, ///< bool: Loading and Error rows
        EnvironmentRole,   ///< Profiles::Profile::Environment as int (profile's)
        GroupNameRole,     ///< group of a dead-letter topic
    };

    using ClientCallback = std::function<void(Api::ApiClient *client, const QString &error)>;
    /// Gives the signed client of a profile, asynchronously (reads secrets, starts the sandbox).
    using ClientOpener = std::function<void(const QUuid &profileId, QObject *context, ClientCallback done)>;

    explicit ResourceTreeModel(ClientOpener opener, QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    void setPageSize(int limit) { m_pageSize = qBound(1, limit, 50); }
    int pageSize() const { return m_pageSize; }
    void setFetchAhead(int pages) { m_fetchAhead = qMax(1, pages); }
    int fetchAhead() const { return m_fetchAhead; }

    /// Top level: replaces, updates or removes profile nodes by id (keeps loaded subtrees of
    /// unchanged profiles; an edited profile's subtree is dropped and reloads on demand). A
    /// change of Profile::mqttInstances only inserts and removes those rows.
    void setProfiles(const QList<Profiles::Profile> &profiles);
    /// Adds the "Kafka instances" and "Queues" folders next to each Huawei Cloud profile's
    /// project (off by default; call before setProfiles()).
    void setOtherServicesShown(bool shown) { m_otherServices = shown; }
    QModelIndex profileIndex(const QUuid &id) const;

    NodeKind kind(const QModelIndex &index) const;
    LoadState loadState(const QModelIndex &index) const;
    bool isContainer(const QModelIndex &index) const;
    /// The client of the node's profile, once it was opened (nullptr before).
    Api::ApiClient *clientFor(const QModelIndex &index) const;
    /// Opens the node's profile client through the opener (at once when already open), for
    /// nodes that list nothing (an Alibaba Cloud profile's MQTT nodes). `done` is not called
    /// when `context` is gone.
    void openClient(const QModelIndex &index, QObject *context, ClientCallback done);

    /// F5: reloads the node's subtree (the nearest loaded container at or above a leaf).
    void refresh(const QModelIndex &index);
    /// Retries a failed load; `index` is the Error row or its container.
    void retry(const QModelIndex &index);
    /// Finds a loaded node by its mqdesk:// link.
    QModelIndex indexForLink(const QString &link) const;
    static QString linkFor(const QModelIndex &index);

    /// Number of containers currently loading (tests, benchmarks, busy indicators).
    int loadingCount() const { return m_loading; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A container finished loading all its pages (or its refresh finished).
    void containerLoaded(const QModelIndex &index);
    /// A container's load failed (the error row is in place).
    void containerFailed(const QModelIndex &index, const Api::ApiError &error);
    void loadingCountChanged(int count);

public:
    struct Node;
    struct Loader;

private:
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    // Loading (resourcetreeloader.cpp)
    void startLoad(Node *node, bool refresh);
    void openAndRequest(Node *node);
    void startPager(Node *node, Api::ApiClient *client);
    void onPageReady(Node *node, const QJsonArray &items);
    void failLoad(Node *node, const Api::ApiError &error);
    void finishLoad(Node *node);
    void setPlaceholder(Node *node, NodeKind kind, const Api::ApiError &error = {});
    void removePlaceholder(Node *node);
    void insertPending(Node *node);
    // Refresh (resourcetreerefresh.cpp)
    void indexRows(Node *node);
    void collectRefresh(Node *node, const QJsonArray &items);
    void mergeRefresh(Node *node);
    // Static structure (resourcetreestructure.cpp)
    std::unique_ptr<Node> makeItem(Node *parent, const QJsonObject &json) const;
    void addStaticChildren(Node *node) const;
    void syncMqtt(Node *profileNode, const QList<Profiles::MqttInstance> &instances);
    void changeLoading(int delta);

    ClientOpener m_opener;
    std::unique_ptr<Node> m_root;
    QHash<QUuid, Api::ApiClient *> m_clients;
    int m_pageSize = 50;
    int m_fetchAhead = 8;
    bool m_otherServices = false;
    int m_loading = 0;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::ResourceTreeModel::NodeKind)
