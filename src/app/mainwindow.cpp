#include "mainwindow.h"

#include "activitydock.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "auth/keychainstore.h"
#include "models/deeplink.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "pages/detailpage.h"
#include "pages/grouppage.h"
#include "pages/instancepage.h"
#include "pages/profilepage.h"
#include "pages/projectpage.h"
#include "pages/topicpage.h"
#include "pages/userpage.h"
#include "profiles/profilestore.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"
#include "resourcetreedelegate.h"
#include "secretpromptdialog.h"
#include "support/prompter.h"
#include "support/supportactions.h"
#include "windowgeometry.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent),
      m_ctx(context),
      m_host(new PageHost(this)),
      m_filter(new Models::ResourceFilterModel(this)),
      m_filterEdit(new QLineEdit),
      m_filterTimer(new QTimer(this)),
      m_tree(new QTreeView),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_pages(new QTabWidget),
      m_welcome(new QLabel),
      m_inFlightLabel(new QLabel),
      m_profileLabel(new QLabel),
      m_keychainLabel(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"mqdesk"_s);
    Profiles::SessionManager *sessions = m_ctx.sessions;
    m_secretPrompt = std::make_unique<DialogSecretPrompt>(this, m_ctx.keychain);
    sessions->setSecretPrompt(m_secretPrompt.get());
    m_model = new Models::ResourceTreeModel(
        [sessions](const QUuid &id, QObject *ctx, Models::ResourceTreeModel::ClientCallback done) {
            sessions->open(id, ctx, std::move(done));
        },
        this);
    m_model->setPageSize(m_ctx.settings->pageSize());
    m_model->setFetchAhead(m_ctx.settings->fetchAhead());
    m_model->setOtherServicesShown(true);
    m_model->setProfiles(m_ctx.profiles->profiles());
    m_filter->setSourceModel(m_model);
    registerSupportExtensions(*m_host);
    registerServicesExtensions(*m_host);
    registerEditExtensions(*m_host);
    SupportActions::installTraceShortcut(this, [this] {
        const NodeContext c = contextFor(currentIndex());
        return SupportActions::TraceTarget {c.client, c.instanceId};
    });

    // Left: filter + tree.
    auto *left = new QWidget;
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_filterEdit->setObjectName(u"treeFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter… (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(m_ctx.settings->value(Profiles::Settings::Key::FilterDebounceMs).toInt());
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_filter->setFilterText(m_filterEdit->text());
        if (!m_filterEdit->text().isEmpty())
            m_tree->expandAll();
    });
    m_tree->setObjectName(u"resourceTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new ResourceTreeDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setExpandsOnDoubleClick(true);
    ll->addWidget(m_filterEdit);
    ll->addWidget(m_tree, 1);

    // Right: pages.
    m_pages->setObjectName(u"pageTabs"_s);
    m_pages->setDocumentMode(true);
    m_pages->setTabsClosable(true);
    auto *welcome = static_cast<QLabel *>(m_welcome);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    welcome->setText(tr("Select a profile, instance, topic, consumer group or user on the left.\n\n"
                        "F5 refreshes · Ctrl+F filters the tree · Del deletes (with confirmation)"));
    welcome->setEnabled(false);
    m_pages->addTab(m_welcome, tr("Overview"));
    m_pages->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_pages, &QTabWidget::tabCloseRequested, this, [this](int i) {
        if (i > 0) {
            QWidget *w = m_pages->widget(i);
            m_pages->removeTab(i);
            w->deleteLater();
        }
    });
    connect(m_host, &PageHost::pageOpenRequested, this,
            [this](const QString &title, QWidget *page) { m_pages->setCurrentIndex(m_pages->addTab(page, title)); });
    connect(m_host, &PageHost::revealRequested, this, &MainWindow::revealLink);
    connect(m_host, &PageHost::refreshRequested, this, [this](const QString &link) {
        const Models::DeepLink deep = Models::DeepLink::parse(link);
        const QModelIndex node = m_model->indexForLink(deep.isValid() ? deep.treeLink() : link);
        if (!node.isValid())
            return;
        using K = Models::ResourceTreeModel::NodeKind;
        const K kind = m_model->kind(node);
        const bool resource = kind == K::Instance || kind == K::Topic || kind == K::Group || kind == K::User;
        m_model->refresh(resource && node.parent().isValid() ? node.parent() : node);
        if (m_page)
            m_page->reload();
    });

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 860});
    setCentralWidget(m_splitter);

    m_activity = new ActivityDock(m_ctx.requestLog, m_ctx.settings, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);

    m_inFlightLabel->setObjectName(u"inFlightLabel"_s);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_keychainLabel->setObjectName(u"keychainLabel"_s);
    statusBar()->addWidget(m_inFlightLabel);
    statusBar()->addWidget(m_profileLabel);
    m_skewLabel = new QLabel;
    m_skewLabel->setObjectName(u"skewLabel"_s);
    statusBar()->addWidget(m_skewLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    m_keychainLabel->hide();

    createActions();
    createMenus();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::activate);
    connect(m_tree, &QTreeView::doubleClicked, this, &MainWindow::activate);
    connect(m_ctx.profiles, &Profiles::ProfileStore::profileAdded, this,
            [this] { m_model->setProfiles(m_ctx.profiles->profiles()); });
    connect(m_ctx.profiles, &Profiles::ProfileStore::profileChanged, this, [this](const QUuid &id) {
        // New connection settings replace the profile's row: keep the profile selected.
        const bool wasCurrent = currentIndex().data(Models::ResourceTreeModel::ProfileIdRole).toUuid() == id;
        m_model->setProfiles(m_ctx.profiles->profiles());
        if (wasCurrent && currentIndex().data(Models::ResourceTreeModel::ProfileIdRole).toUuid() != id)
            selectSourceIndex(m_model->profileIndex(id));
    });
    connect(m_ctx.profiles, &Profiles::ProfileStore::profileRemoved, this,
            [this] { m_model->setProfiles(m_ctx.profiles->profiles()); });
    connect(m_ctx.sessions, &Profiles::SessionManager::clientCreated, this,
            [this](const QUuid &id, Api::ApiClient *client) {
                connect(client, &Api::ApiClient::inFlightChanged, this, &MainWindow::updateStatus);
                updateStatus();
                probeClockSkew(id, client);
            });
    connect(m_ctx.sessions, &Profiles::SessionManager::sessionOnly, this,
            [this](const QUuid &, const QString &message) {
                m_keychainLabel->setText(tr("⚠ Session-only sign-in: secrets are not saved"));
                m_keychainLabel->setToolTip(message);
                m_keychainLabel->show();
            });
    connect(m_ctx.keychain, &Auth::KeychainStore::availabilityChanged, this, [this](bool available) {
        if (!available) {
            m_keychainLabel->setText(tr("⚠ No keychain: secrets are kept for this session only"));
            m_keychainLabel->setToolTip(m_ctx.keychain->unavailableReason());
            m_keychainLabel->show();
        }
    });
    // Selecting the pending profile once its project row exists.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingProfile.isNull() && m_model->profileIndex(m_pendingProfile).isValid())
            openProfile(std::exchange(m_pendingProfile, {}));
    });
    connect(m_model, &Models::ResourceTreeModel::containerLoaded, this, &MainWindow::continueReveal);
    restoreWindowState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_ctx.sessions->setSecretPrompt(nullptr);
    // The clients outlive the window: calls its pages abort while they are destroyed must not
    // reach updateStatus() on a half-destroyed window.
    const auto clients = m_ctx.sessions->clients();
    for (Api::ApiClient *c : clients)
        disconnect(c, nullptr, this, nullptr);
}

QModelIndex MainWindow::currentIndex() const
{
    return m_filter->mapToSource(m_tree->currentIndex());
}

void MainWindow::selectSourceIndex(const QModelIndex &source)
{
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_tree->scrollTo(proxy);
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::revealLink(const QString &link)
{
    m_pendingLink = link;
    continueReveal();
}

void MainWindow::continueReveal()
{
    if (m_pendingLink.isEmpty())
        return;
    // The deepest node of the link that is loaded now.
    QString prefix = m_pendingLink;
    QModelIndex deepest;
    while (prefix.size() > 9 && !(deepest = m_model->indexForLink(prefix)).isValid())
        prefix.truncate(prefix.lastIndexOf(u'/') > 8 ? prefix.lastIndexOf(u'/') : 9);
    if (!deepest.isValid())
        return;
    if (prefix == m_pendingLink) {
        m_pendingLink.clear();
        selectSourceIndex(deepest);
        return;
    }
    for (QModelIndex i = deepest; i.isValid(); i = i.parent())
        m_tree->expand(m_filter->mapFromSource(i));
    if (m_model->canFetchMore(deepest))
        m_model->fetchMore(deepest);
    if (m_model->loadState(deepest) == Models::ResourceTreeModel::LoadState::Loaded && m_model->isContainer(deepest))
        m_pendingLink.clear(); // loaded, and the next step is not there: it is gone
}

void MainWindow::probeClockSkew(const QUuid &profileId, Api::ApiClient *client)
{
    // The server's Date header against our clock (the gateway rejects signatures 15 min off).
    QNetworkRequest request(client->endpoint().dms);
    request.setTransferTimeout(10000);
    auto *nam = new QNetworkAccessManager(this);
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = nam->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, nam, sentAt, profileId] {
        reply->deleteLater();
        nam->deleteLater();
        const QDateTime server = QDateTime::fromString(QString::fromLatin1(reply->rawHeader("Date")), Qt::RFC2822Date);
        if (!server.isValid())
            return;
        const qint64 skewMs = server.toMSecsSinceEpoch() - (sentAt + QDateTime::currentMSecsSinceEpoch()) / 2;
        const QString text = tr("clock skew %1%2 s")
                                 .arg(skewMs >= 0 ? u"+"_s : QString())
                                 .arg(QLocale().toString(skewMs / 1000.0, 'f', 1));
        m_skewLabel->setProperty("profile", profileId);
        if (qAbs(skewMs) > 60 * 1000) {
            m_skewLabel->setText(u"⚠ "_s + text);
            m_skewLabel->setToolTip(tr("Your clock differs from the service's by more than a minute. Signed requests "
                                       "are rejected beyond 15 minutes: correct the system clock."));
        } else {
            m_skewLabel->setText(text);
            m_skewLabel->setToolTip({});
        }
    });
}

void MainWindow::openProfile(const QUuid &id)
{
    const QModelIndex profile = m_model->profileIndex(id);
    if (!profile.isValid()) {
        m_pendingProfile = id;
        return;
    }
    const QModelIndex project = m_model->index(0, 0, profile);
    m_tree->expand(m_filter->mapFromSource(profile));
    m_tree->expand(m_filter->mapFromSource(project));
    selectSourceIndex(profile);
    m_ctx.settings->setValue(Profiles::Settings::Key::LastProfile, id.toString(QUuid::WithoutBraces));
}

void MainWindow::offerSandboxIfEmpty()
{
    if (!m_ctx.profiles->userProfiles().isEmpty() ||
        m_ctx.settings->value(Profiles::Settings::Key::SandboxOffered).toBool())
        return;
    m_ctx.settings->setValue(Profiles::Settings::Key::SandboxOffered, true);
    Question q;
    q.title = tr("Welcome to mqdesk");
    q.text = tr("There are no connection profiles yet. Open the built-in sandbox, a local emulator with demo "
                "data, to look around? You can add a Huawei Cloud profile at any time (File ▸ New profile…).");
    q.confirmText = tr("Open the sandbox");
    m_ctx.prompter->confirm(this, q, this, [this](bool yes) {
        if (yes)
            openProfile(Profiles::Profile::sandboxId());
    });
}

NodeContext MainWindow::contextFor(const QModelIndex &sourceIndex) const
{
    NodeContext c = NodeContext::fromIndex(sourceIndex, m_model);
    c.prompter = m_ctx.prompter;
    c.model = m_model;
    c.profiles = m_ctx.profiles;
    return c;
}

void MainWindow::onCurrentChanged(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    m_ctx.settings->setValue(Profiles::Settings::Key::LastSelection, Models::ResourceTreeModel::linkFor(source));
    const QUuid profile = source.data(Models::ResourceTreeModel::ProfileIdRole).toUuid();
    if (!profile.isNull())
        m_ctx.settings->setValue(Profiles::Settings::Key::LastProfile, profile.toString(QUuid::WithoutBraces));
    showPageFor(source);
    updateStatus();
}

void MainWindow::showPageFor(const QModelIndex &source)
{
    const Kind kind = source.isValid() ? m_model->kind(source) : Kind::Profile;
    DetailPage *page = nullptr;
    const NodeContext ctx = contextFor(source);
    if (kind == Kind::Profile && source.isValid()) {
        // Shown before the profile is opened: it reads only what the profile store knows.
        auto *profilePage = new ProfilePage(ctx, m_host, m_ctx);
        connect(profilePage, &ProfilePage::editRequested, this, &MainWindow::editProfile);
        page = profilePage;
    } else if (kind == Kind::Project && !ctx.client) {
        // A project row exists before its profile is opened (a restored selection, say): open
        // the profile, then show the page if the project is still selected.
        const QPersistentModelIndex wanted(source);
        m_model->openClient(source, this, [this, wanted](Api::ApiClient *client, const QString &) {
            if (client && wanted.isValid() && currentIndex() == wanted)
                showPageFor(wanted);
        });
    } else if (ctx.client) {
        switch (kind) {
        case Kind::Project:
            page = new ProjectPage(ctx, m_host, m_ctx.settings);
            break;
        case Kind::Instance:
            page = new InstancePage(ctx, m_host, m_ctx.settings);
            break;
        case Kind::Topic:
        case Kind::DeadLetterTopic:
            page = new TopicPage(ctx, m_host, m_ctx.settings);
            break;
        case Kind::Group:
            page = new GroupPage(ctx, m_host, m_ctx.settings);
            break;
        case Kind::User:
            page = new UserPage(ctx, m_host, m_ctx.settings);
            break;
        default:
            break;
        }
    }
    QWidget *old = m_pages->widget(0);
    const QString title = page ? ctx.name : tr("Overview");
    m_pages->removeTab(0);
    m_pages->insertTab(0, page ? static_cast<QWidget *>(page) : m_welcome, title);
    m_pages->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_pages->setCurrentIndex(0);
    if (old != m_welcome)
        old->deleteLater();
    m_page = page;
}

void MainWindow::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (m_model->kind(source) == Kind::Error)
        m_model->retry(source);
}

void MainWindow::refresh()
{
    const QModelIndex source = currentIndex();
    m_model->refresh(source.isValid() ? source : QModelIndex());
    if (m_page)
        m_page->reload();
}

void MainWindow::updateStatus()
{
    int inFlight = 0;
    const auto clients = m_ctx.sessions->clients();
    for (const Api::ApiClient *c : clients)
        inFlight += c->inFlight();
    m_inFlightLabel->setText(inFlight > 0 ? tr("%n request(s) in flight", nullptr, inFlight) : tr("Idle"));
    const QModelIndex source = currentIndex();
    const QUuid id = source.data(Models::ResourceTreeModel::ProfileIdRole).toUuid();
    const Profiles::Profile p = m_ctx.profiles->profile(id);
    if (!p.isValid()) {
        m_profileLabel->setText(tr("No profile selected"));
        setWindowTitle(u"mqdesk"_s);
        return;
    }
    QString text = p.name;
    if (!p.accessKey.isEmpty())
        text += u" · AK …"_s + p.accessKey.right(4);
    m_profileLabel->setText(text);
    setWindowTitle(tr("mqdesk — %1 (%2)").arg(p.name, p.isSandbox() ? tr("local") : p.region));
}

void MainWindow::restoreWindowState()
{
    using K = Profiles::Settings::Key;
    // Per screen configuration (docked, undocked, ...), never off-screen.
    if (!WindowGeometry::restore(this, m_ctx.settings))
        resize(1200, 800);
    restoreState(m_ctx.settings->value(K::WindowState).toByteArray());
    const QByteArray split = m_ctx.settings->value(K::MainSplitter).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    m_activity->setVisible(m_ctx.settings->value(K::ActivityVisible).toBool());
}

void MainWindow::saveWindowState()
{
    using K = Profiles::Settings::Key;
    WindowGeometry::save(this, m_ctx.settings);
    m_ctx.settings->setValue(K::WindowState, saveState());
    m_ctx.settings->setValue(K::MainSplitter, m_splitter->saveState());
    m_ctx.settings->setValue(K::ActivityVisible, m_activity->isVisible());
    m_ctx.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace Gui
