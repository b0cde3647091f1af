#pragma once

#include "models/resourcetreemodel.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

class QWidget;

namespace Api {
class ApiClient;
}
namespace Profiles {
class ProfileStore;
}

namespace Gui {

class Prompter;

/// What a page, tab or action knows about the tree node it serves.
struct NodeContext
{
    Models::ResourceTreeModel::NodeKind kind = Models::ResourceTreeModel::NodeKind::Profile;
    Api::ApiClient *client = nullptr;
    QUuid profileId;
    QString profileName;
    int environment = 0; ///< Profiles::Profile::Environment
    QString projectId;
    QString instanceId;
    QString instanceName;
    QString engineVersion;
    QString name;  ///< topic, group, user access key, or instance name
    QString group; ///< the group of a dead-letter topic
    QJsonObject json;
    QString link; ///< mqdesk:// address
    Prompter *prompter = nullptr;
    Models::ResourceTreeModel *model = nullptr; ///< the tree (opens clients of nodes that list nothing)
    Profiles::ProfileStore *profiles = nullptr; ///< saves what the user adds to a profile (MQTT nodes)

    bool isProduction() const { return environment == 3; }
    static NodeContext fromIndex(const QModelIndex &index, const Models::ResourceTreeModel *model);
};

/// The console's extension point: extra tabs on a node's page and extra actions in its
/// context menu and page toolbar. Support panels (messages, trace, send, dead letters,
/// verify, reset offset) register here; the main window builds pages and menus from it.
class PageHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHost)
public:
    using NodeKind = Models::ResourceTreeModel::NodeKind;
    using TabFactory = std::function<QWidget *(const NodeContext &context, QWidget *parent)>;
    using ActionHandler = std::function<void(const NodeContext &context, QWidget *parent)>;

    struct Tab
    {
        NodeKind kind;
        QString title;
        TabFactory create;
    };
    struct Action
    {
        NodeKind kind;
        QString text;
        ActionHandler trigger;
        QKeySequence shortcut;
    };

    explicit PageHost(QObject *parent = nullptr);
    ~PageHost() override;

    void addTab(NodeKind kind, const QString &title, TabFactory create);
    void addAction(NodeKind kind, const QString &text, ActionHandler trigger, const QKeySequence &shortcut = {});
    QList<Tab> tabsFor(NodeKind kind) const;
    QList<Action> actionsFor(NodeKind kind) const;

    /// Opens `page` as a closable tab in the right-hand area (message pages and the like).
    void openPage(const QString &title, QWidget *page) { Q_EMIT pageOpenRequested(title, page); }
    /// Asks the main window to reload the tree around the node at `link` (NodeContext::link):
    /// a project or folder reloads itself, a resource its folder; the open page reloads too.
    void requestRefresh(const QString &link) { Q_EMIT refreshRequested(link); }
    /// Asks the main window to select the node at `link` (ResourceTreeModel::linkFor) in the
    /// tree, expanding and loading the containers on the way.
    void reveal(const QString &link) { Q_EMIT revealRequested(link); }

Q_SIGNALS:
    void pageOpenRequested(const QString &title, QWidget *page);
    void refreshRequested(const QString &link);
    void revealRequested(const QString &link);

private:
    QList<Tab> m_tabs;
    QList<Action> m_actions;
};

/// Registers the support panels (src/app/support) with the host. Called once by the main window.
void registerSupportExtensions(PageHost &host);
/// The Kafka, DMS queue and ApsaraMQ for MQTT dialogs (services/servicesextensions.cpp).
void registerServicesExtensions(PageHost &host);
/// Add/remove of an Alibaba Cloud profile's MQTT instances and topics, and sending from them
/// (services/mqtttreeactions.cpp; called by registerServicesExtensions()).
void registerMqttTreeActions(PageHost &host);
/// Opens the MQTT send dialog for the node (instance and topic filled in from an MQTT node);
/// opens the profile's client first when the tree has not.
void openMqttSend(const NodeContext &c, QWidget *parent);
/// Create instance… on projects, Edit… on instances, topics, groups and users (editextensions.cpp).
void registerEditExtensions(PageHost &host);
/// Opens the Create instance dialog for the project node `project`; the project reloads when
/// the instance is created (editextensions.cpp).
void openCreateInstance(const NodeContext &project, PageHost &host, QWidget *parent);

} // namespace Gui
