#include "pages/profilepage.h"

#include "api/apiclient.h"
#include "auth/keychainstore.h"
#include "models/resourcetreemodel.h"
#include "profiles/connectiontester.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/sandboxlauncher.h"
#include "profiles/sessionmanager.h"

#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString secretLabel(const QString &name)
{
    if (name == u"secret_key"_s)
        return ProfilePage::tr("Secret key (SK)");
    if (name == u"security_token"_s)
        return ProfilePage::tr("Security token");
    if (name == u"password"_s)
        return ProfilePage::tr("Password");
    return name;
}

// What Qt would use to reach `url`: the application's proxy (the system's when the app uses
// the system configuration). Thread-safe; may block (a PAC script or WPAD lookup).
QString proxyText(const QUrl &url)
{
    const auto proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    QString text = ProfilePage::tr("None (direct connection)");
    for (const QNetworkProxy &p : proxies) {
        if (p.type() != QNetworkProxy::NoProxy && p.type() != QNetworkProxy::DefaultProxy) {
            text = p.hostName() + u':' + QString::number(p.port());
            break;
        }
    }
    return QNetworkProxyFactory::usesSystemConfiguration() ? ProfilePage::tr("%1, from the system settings").arg(text)
                                                           : text;
}

QString sandboxState(const Profiles::SandboxLauncher *sandbox)
{
    switch (sandbox->state()) {
    case Profiles::SandboxLauncher::State::Running:
        return ProfilePage::tr("Running");
    case Profiles::SandboxLauncher::State::Starting:
        return ProfilePage::tr("Starting…");
    case Profiles::SandboxLauncher::State::Failed:
        return ProfilePage::tr("Failed: %1").arg(sandbox->errorString());
    case Profiles::SandboxLauncher::State::Stopped:
        break;
    }
    return ProfilePage::tr("Not running (it starts when you open the sandbox)");
}

} // namespace

ProfilePage::ProfilePage(const NodeContext &context, PageHost *host, const AppContext &app, QWidget *parent)
    : DetailPage(context, host, app.settings, parent),
      m_app(app),
      m_formHost(new QWidget),
      m_form(new QFormLayout(m_formHost)),
      m_edit(new QPushButton(tr("Edit profile…"))),
      m_test(new QPushButton(tr("Test connection"))),
      m_results(new QListWidget)
{
    setObjectName(u"profilePage"_s);
    auto *scroll = new QScrollArea(tabs());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *v = new QVBoxLayout(inner);
    auto *buttons = new QHBoxLayout;
    m_edit->setObjectName(u"editProfileButton"_s);
    m_test->setObjectName(u"testConnectionButton"_s);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_formHost);
    m_results->setObjectName(u"testResults"_s);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setWordWrap(true);
    m_results->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_results->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_results->hide();
    v->addWidget(m_results);
    v->addStretch(1);
    scroll->setWidget(inner);
    tabs()->addTab(scroll, tr("Overview"));
    addExtensionTabs();

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(this->context().profileId); });
    connect(m_test, &QPushButton::clicked, this, &ProfilePage::testConnection);
    if (m_app.profiles) {
        connect(m_app.profiles, &Profiles::ProfileStore::profileChanged, this, [this](const QUuid &id) {
            if (id == this->context().profileId)
                reload();
        });
        connect(m_app.profiles, &Profiles::ProfileStore::profileRemoved, this, [this](const QUuid &id) {
            if (id == this->context().profileId)
                showProfile();
        });
    }
    if (m_app.sessions) {
        connect(m_app.sessions, &Profiles::SessionManager::sessionOnly, this, [this](const QUuid &id) {
            if (id == this->context().profileId)
                showProfile();
        });
    }
    if (m_app.keychain)
        connect(m_app.keychain, &Auth::KeychainStore::availabilityChanged, this, &ProfilePage::showProfile);
    if (m_app.sandbox && context.profileId == Profiles::Profile::sandboxId())
        connect(m_app.sandbox, &Profiles::SandboxLauncher::stateChanged, this, &ProfilePage::showProfile);
    showProfile();
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::load()
{
    showProfile();
    Q_EMIT loaded();
}

void ProfilePage::showProfile()
{
    clearForm(m_form);
    const Profiles::Profile p = m_app.profiles ? m_app.profiles->profile(context().profileId) : Profiles::Profile();
    if (!p.isValid()) {
        addField(m_form, tr("Profile"), tr("This profile was removed."));
        m_edit->setEnabled(false);
        m_test->setEnabled(false);
        return;
    }
    m_edit->setEnabled(!p.isSandbox());
    m_edit->setToolTip(p.isSandbox() ? tr("The sandbox's settings are built in.") : QString());
    addField(m_form, tr("Name"), p.name);
    addField(m_form, tr("Kind"), Profiles::Profile::cloudName(p.cloud));
    if (p.isSandbox()) {
        addSandboxFields();
        return;
    }
    addField(m_form, tr("Environment"), Profiles::Profile::environmentName(p.environment));
    addField(m_form, tr("Region"), p.region.isEmpty() ? tr("Custom endpoints") : p.region);
    addField(m_form, p.isAlibaba() ? tr("OpenAPI endpoint") : tr("DMS endpoint"), p.dmsEndpoint.toString(), true);
    if (!p.isAlibaba()) {
        addField(m_form, tr("IAM endpoint"), p.iamEndpoint.toString(), true);
        addField(m_form, tr("Project ID"), p.projectId, true);
    }
    addAuthFields(p);
    addField(m_form, tr("CA bundle"), p.caBundlePath.isEmpty() ? tr("System certificates only") : p.caBundlePath);
    // The system's proxy lookup can block for seconds (WPAD/PAC on Windows and macOS): it runs
    // off the GUI thread and fills the field when it is done.
    // A watcher owned by the label: when the form is rebuilt or the page closes first, the
    // answer is dropped (Qt 6.4's QFuture::then(context, ...) asserts once its context is gone).
    QLabel *proxy = addField(m_form, tr("Proxy"), QString());
    auto *watcher = new QFutureWatcher<QString>(proxy);
    connect(watcher, &QFutureWatcherBase::finished, proxy, [proxy, watcher] { proxy->setText(watcher->result()); });
    watcher->setFuture(QtConcurrent::run([url = p.dmsEndpoint] { return proxyText(url); }));
}

void ProfilePage::addAuthFields(const Profiles::Profile &p)
{
    addField(m_form, tr("Authentication"), Profiles::Profile::authKindName(p.authKind));
    if (p.authKind == Auth::Credentials::Kind::IamPassword) {
        addField(m_form, tr("IAM user"), p.userName, true);
        addField(m_form, tr("Account (domain)"), p.domainName, true);
    } else if (!p.accessKey.isEmpty()) {
        addField(m_form, tr("Access key ID"), p.accessKey, true);
    }
    // Only what the stores know already: a secret is never read (or shown) for this page.
    QStringList names;
    const QStringList secretNames = p.secretNames();
    for (const QString &n : secretNames)
        names.append(secretLabel(n));
    if (names.isEmpty())
        return;
    const QString reason = m_app.sessions ? m_app.sessions->sessionOnlyReason(p.id) : QString();
    QString where;
    if (!reason.isEmpty())
        where = tr("kept for this session only (not saved)");
    else if (m_app.keychain && !m_app.keychain->isAvailable())
        where = tr("no keychain: asked for when the profile connects, kept for this session only");
    else
        where = tr("in the system keychain");
    //: %1: the secrets (Secret key (SK), Security token), %2: where they are kept
    QLabel *secrets = addField(m_form, tr("Secrets"), tr("%1: %2").arg(names.join(u", "_s), where));
    secrets->setObjectName(u"secretsField"_s);
    secrets->setToolTip(reason.isEmpty() && m_app.keychain ? m_app.keychain->unavailableReason() : reason);
}

void ProfilePage::addSandboxFields()
{
    const Profiles::SandboxLauncher *sandbox = m_app.sandbox;
    const bool running = sandbox && sandbox->state() == Profiles::SandboxLauncher::State::Running;
    addField(m_form, tr("Emulator URL"), running ? sandbox->url().toString() : QString(), true)
        ->setObjectName(u"sandboxUrlField"_s);
    addField(m_form, tr("Emulator"), sandbox ? sandboxState(sandbox) : QString())
        ->setObjectName(u"sandboxStateField"_s);
    const QString dir = QDir::toNativeSeparators(
        sandbox && !sandbox->dataDir().isEmpty() ? sandbox->dataDir() : Profiles::SandboxLauncher::defaultDataDir());
    QLabel *dirLabel = addField(m_form, tr("Data folder"), dir, true);
    if (auto *row = qobject_cast<QHBoxLayout *>(dirLabel->parentWidget()->layout())) {
        auto *open = new QToolButton;
        open->setObjectName(u"openDataFolder"_s);
        open->setText(tr("Open folder"));
        open->setIcon(QIcon::fromTheme(u"folder-open"_s));
        open->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(open);
        connect(open, &QToolButton::clicked, this, [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    }
    addField(m_form, tr("Project ID"), Profiles::SandboxLauncher::projectId(), true);
    addField(m_form, tr("Authentication"), Profiles::Profile::authKindName(Auth::Credentials::Kind::AkSk));
    addField(m_form, tr("Access key ID"), QString::fromLatin1(Profiles::SandboxLauncher::accessKey()), true);
    addField(m_form, tr("Secrets"), tr("The emulator's documented demo key; nothing is stored"))
        ->setObjectName(u"secretsField"_s);
}

void ProfilePage::testConnection()
{
    Models::ResourceTreeModel *model = context().model;
    const QModelIndex profile = model ? model->profileIndex(context().profileId) : QModelIndex();
    if (!profile.isValid())
        return;
    delete m_tester;
    m_tester = nullptr;
    m_test->setEnabled(false);
    m_results->clear();
    m_results->show();
    m_results->addItem(tr("Opening the profile…"));
    model->openClient(profile, this, [this](Api::ApiClient *client, const QString &error) {
        if (!client) {
            m_results->clear();
            m_results->addItem(u"✗ "_s + tr("Could not open the profile: %1").arg(error));
            m_test->setEnabled(true);
            return;
        }
        runTest(client);
    });
}

void ProfilePage::runTest(Api::ApiClient *client)
{
    m_results->clear();
    m_tester = new Profiles::ConnectionTester(this);
    connect(m_tester, &Profiles::ConnectionTester::stepFinished, this,
            [this](Profiles::ConnectionTester::Step step, bool ok, const QString &detail) {
                m_results->addItem((ok ? u"✓ "_s : u"✗ "_s) + Profiles::ConnectionTester::stepName(step) + u": "_s +
                                   detail);
            });
    connect(m_tester, &Profiles::ConnectionTester::finished, this, [this] { m_test->setEnabled(true); });
    const Api::Endpoint &e = client->endpoint();
    m_tester->start(e.dms, e.projectId, client->credentials(), e.iam);
}

} // namespace Gui
