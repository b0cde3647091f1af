#pragma once

#include "appcontext.h"
#include "pagehost.h"
#include "pages/detailpage.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Api {
class ApiClient;
}
namespace Models {
class ResourceFilterModel;
class ResourceTreeModel;
} // namespace Models

namespace Gui {

class ActivityDock;
class DialogSecretPrompt;

/// The console: resource tree (left, filter on top), the selected node's page (right, with
/// tabs), the Activity dock (bottom) and a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::ResourceTreeModel *treeModel() const { return m_model; }
    Models::ResourceFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    QTabWidget *pageTabs() const { return m_pages; }
    DetailPage *currentPage() const { return m_page; }
    ActivityDock *activityDock() const { return m_activity; }
    PageHost *pageHost() const { return m_host; }

    /// Selects (and expands) a profile's project: --sandbox, --profile, the last profile.
    void openProfile(const QUuid &id);
    /// Shows the first-start offer of the sandbox when there are no profiles.
    void offerSandboxIfEmpty();
    /// Source-model index of the current tree node.
    QModelIndex currentIndex() const;
    void selectSourceIndex(const QModelIndex &source);
    /// Expands the tree along an mqdesk:// link as its containers load, then selects it.
    void revealLink(const QString &link);

    void refresh();
    void deleteSelected();
    void createResource(Models::ResourceTreeModel::NodeKind kind);
    /// Create instance… in the project of the current node (the project itself or anything under it).
    void createInstance();
    /// The project of a source index (itself, or its ancestor project); invalid when none.
    QModelIndex projectOf(const QModelIndex &source) const;
    void newProfile();
    void editProfile(const QUuid &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowState();
    void saveWindowState();
    void onCurrentChanged(const QModelIndex &proxyIndex);
    void showPageFor(const QModelIndex &sourceIndex);
    void showContextMenu(const QPoint &pos);
    void activate(const QModelIndex &proxyIndex);
    void updateStatus();
    void showAbout();
    void continueReveal();
    void probeClockSkew(const QUuid &profileId, Api::ApiClient *client);
    NodeContext contextFor(const QModelIndex &sourceIndex) const;

    AppContext m_ctx;
    PageHost *m_host;
    Models::ResourceTreeModel *m_model;
    Models::ResourceFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QTimer *m_filterTimer;
    QTreeView *m_tree;
    QSplitter *m_splitter;
    QTabWidget *m_pages;
    QPointer<DetailPage> m_page;
    QWidget *m_welcome;
    ActivityDock *m_activity;
    QLabel *m_inFlightLabel;
    QLabel *m_profileLabel;
    QLabel *m_keychainLabel;
    QHash<QString, QAction *> m_actions;
    QUuid m_pendingProfile;
    QString m_pendingLink;
    QLabel *m_skewLabel = nullptr;
    std::unique_ptr<DialogSecretPrompt> m_secretPrompt;
};

} // namespace Gui
