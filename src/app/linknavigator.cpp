#include "linknavigator.h"

#include "mainwindow.h"
#include "models/resourcetreemodel.h"
#include "profiles/profilestore.h"
#include "support/supportactions.h"

#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Gui {

using Models::DeepLink;
using Models::ResourceTreeModel;

LinkNavigator::LinkNavigator(MainWindow *window, const AppContext &context, QObject *parent)
    : QObject(parent), m_window(window), m_ctx(context)
{
    connect(window->treeModel(), &ResourceTreeModel::containerLoaded, this, &LinkNavigator::check);
    connect(window->treeModel(), &ResourceTreeModel::containerFailed, this,
            [this](const QModelIndex &index, const Api::ApiError &error) {
                // Only a container on the link's path stops it.
                if (m_pending.isValid() &&
                    QString(m_treeLink + u'/').startsWith(ResourceTreeModel::linkFor(index) + u'/'))
                    fail(tr("Cannot open the link: %1").arg(error.toString()));
            });
    connect(window->treeView()->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinkNavigator::check);
}

LinkNavigator::~LinkNavigator() = default;

bool LinkNavigator::open(const QString &text)
{
    DeepLink link = DeepLink::parse(text);
    if (!link.isValid()) {
        fail(tr("Cannot open the link: %1").arg(link.error));
        return false;
    }
    // The profile by id (what "Copy link" writes), else by name (hand-written links).
    QUuid id(link.profile);
    if (id.isNull() || !m_ctx.profiles->contains(id))
        id = m_ctx.profiles->findByName(link.profile).id;
    if (id.isNull() || !m_ctx.profiles->contains(id)) {
        fail(tr("Cannot open the link: there is no profile “%1”.").arg(link.profile));
        return false;
    }
    link.profile = id.toString(QUuid::WithoutBraces);
    m_pending = link;
    m_treeLink = link.treeLink();
    m_window->statusBar()->showMessage(tr("Opening %1…").arg(link.toString()), 5000);
    m_window->revealLink(m_treeLink);
    check();
    return true;
}

void LinkNavigator::check()
{
    if (!m_pending.isValid())
        return;
    const QModelIndex current = m_window->currentIndex();
    if (!current.isValid() || ResourceTreeModel::linkFor(current) != m_treeLink)
        return;
    const DeepLink link = std::exchange(m_pending, DeepLink());
    m_treeLink.clear();
    if (link.kind == DeepLink::Kind::Message) {
        Api::ApiClient *client = m_window->treeModel()->clientFor(current);
        MessageViewer *viewer =
            SupportActions::openMessage(m_window, client, link.instance, link.name, link.msgId, m_ctx.prompter);
        viewer->setLinkBase(link.profile, link.project);
        TracePanel *trace = SupportActions::openTrace(m_window, client, link.instance, link.msgId);
        Q_EMIT messageOpened(viewer, trace);
    }
    Q_EMIT opened(link);
}

void LinkNavigator::fail(const QString &error)
{
    m_pending = {};
    m_treeLink.clear();
    m_window->statusBar()->showMessage(error, 15000);
    Q_EMIT failed(error);
}

} // namespace Gui
