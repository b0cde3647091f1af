#include "profiledialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "auth/keychainstore.h"
#include "profiles/connectiontester.h"
#include "profiles/profilestore.h"
#include "profiles/regions.h"
#include "profiles/sessionmanager.h"
#include "ui_profiledialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>

using namespace Qt::StringLiterals;
using AuthKind = Auth::Credentials::Kind;

namespace Gui {

ProfileDialog::ProfileDialog(const AppContext &context, const Profiles::Profile &profile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>()), m_ctx(context), m_profile(profile)
{
    m_ui->setupUi(this);
    const bool isNew = !m_profile.isValid();
    if (isNew) {
        m_profile.id = QUuid::createUuid();
        m_profile.region = u"cn-north-4"_s;
    }
    setWindowTitle(isNew ? tr("New connection profile") : tr("Edit profile “%1”").arg(m_profile.name));
    for (const auto &r : Profiles::Regions::all())
        m_ui->regionCombo->addItem(r.id, r.id);
    m_ui->regionCombo->addItem(tr("Custom endpoints"), QString());
    for (AuthKind k : {AuthKind::AkSk, AuthKind::TemporaryAkSk, AuthKind::IamPassword, AuthKind::AlibabaAccessKey})
        m_ui->authCombo->addItem(Profiles::Profile::authKindName(k), int(k));
    using Env = Profiles::Profile::Environment;
    for (Env e : {Env::None, Env::Dev, Env::Test, Env::Prod})
        m_ui->environmentCombo->addItem(Profiles::Profile::environmentName(e), int(e));

    m_ui->nameEdit->setText(m_profile.name);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(m_profile.region)));
    m_ui->dmsEdit->setText(m_profile.dmsEndpoint.toString());
    m_ui->iamEdit->setText(m_profile.iamEndpoint.toString());
    m_ui->projectEdit->setText(m_profile.projectId);
    m_ui->authCombo->setCurrentIndex(qMax(0, m_ui->authCombo->findData(int(m_profile.authKind))));
    m_ui->accessKeyEdit->setText(m_profile.accessKey);
    m_ui->userEdit->setText(m_profile.userName);
    m_ui->domainEdit->setText(m_profile.domainName);
    m_ui->environmentCombo->setCurrentIndex(qMax(0, m_ui->environmentCombo->findData(int(m_profile.environment))));
    m_ui->caEdit->setText(m_profile.caBundlePath);
    if (m_profile.dmsEndpoint.isEmpty())
        onRegionChanged();
    if (!isNew) {
        for (QLineEdit *e : {m_ui->secretKeyEdit, m_ui->tokenEdit, m_ui->passwordEdit})
            e->setPlaceholderText(tr("saved in the keychain; leave empty to keep"));
    }
    m_ui->keychainNote->setText(m_ctx.keychain->isAvailable()
                                    ? tr("Secrets are stored in the system keychain only, one entry per secret.")
                                    : tr("⚠ %1").arg(m_ctx.keychain->unavailableReason()));

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onRegionChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onAuthChanged);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->dmsEdit, m_ui->iamEdit, m_ui->projectEdit, m_ui->accessKeyEdit,
                         m_ui->secretKeyEdit, m_ui->tokenEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->domainEdit})
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &ProfileDialog::discoverProject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onAuthChanged();
    validate();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::onRegionChanged()
{
    const QString id = m_ui->regionCombo->currentData().toString();
    const bool custom = id.isEmpty();
    m_ui->dmsEdit->setReadOnly(false);
    if (!custom) {
        if (const auto *r = Profiles::Regions::find(id)) {
            m_ui->dmsEdit->setText(r->dms.toString());
            m_ui->iamEdit->setText(r->iam.toString());
        }
    }
    validate();
}

void ProfileDialog::onAuthChanged()
{
    const auto kind = AuthKind(m_ui->authCombo->currentData().toInt());
    // An Alibaba Cloud profile (ApsaraMQ for MQTT): AccessKey ID/secret, endpoint, no project.
    const bool aksk = kind == AuthKind::AkSk || kind == AuthKind::TemporaryAkSk || kind == AuthKind::AlibabaAccessKey;
    const bool temp = kind == AuthKind::TemporaryAkSk;
    const bool iam = kind == AuthKind::IamPassword;
    m_ui->accessKeyLabel->setVisible(aksk);
    m_ui->accessKeyEdit->setVisible(aksk);
    m_ui->secretKeyLabel->setVisible(aksk);
    m_ui->secretKeyEdit->setVisible(aksk);
    m_ui->tokenLabel->setVisible(temp);
    m_ui->tokenEdit->setVisible(temp);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->userLabel), static_cast<QWidget *>(m_ui->userEdit),
                       static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
                       static_cast<QWidget *>(m_ui->domainLabel), static_cast<QWidget *>(m_ui->domainEdit)})
        w->setVisible(iam);
    validate();
}

Profiles::Profile ProfileDialog::profile() const
{
    Profiles::Profile p = m_profile;
    p.name = m_ui->nameEdit->text().trimmed();
    p.cloud = AuthKind(m_ui->authCombo->currentData().toInt()) == AuthKind::AlibabaAccessKey
        ? Profiles::Profile::Cloud::AlibabaCloud
        : Profiles::Profile::Cloud::HuaweiCloud;
    p.region = m_ui->regionCombo->currentData().toString();
    p.dmsEndpoint = QUrl(m_ui->dmsEdit->text().trimmed());
    p.iamEndpoint = QUrl(m_ui->iamEdit->text().trimmed());
    p.projectId = m_ui->projectEdit->text().trimmed();
    p.authKind = AuthKind(m_ui->authCombo->currentData().toInt());
    p.accessKey = p.authKind == AuthKind::IamPassword ? QString() : m_ui->accessKeyEdit->text().trimmed();
    p.userName = p.authKind == AuthKind::IamPassword ? m_ui->userEdit->text().trimmed() : QString();
    p.domainName = p.authKind == AuthKind::IamPassword ? m_ui->domainEdit->text().trimmed() : QString();
    p.environment = Profiles::Profile::Environment(m_ui->environmentCombo->currentData().toInt());
    p.caBundlePath = m_ui->caEdit->text().trimmed();
    return p;
}

QHash<QString, QByteArray> ProfileDialog::secrets() const
{
    QHash<QString, QByteArray> s;
    const auto kind = AuthKind(m_ui->authCombo->currentData().toInt());
    if (kind != AuthKind::IamPassword && !m_ui->secretKeyEdit->text().isEmpty())
        s.insert(u"secret_key"_s, m_ui->secretKeyEdit->text().toUtf8());
    if (kind == AuthKind::TemporaryAkSk && !m_ui->tokenEdit->text().isEmpty())
        s.insert(u"security_token"_s, m_ui->tokenEdit->text().toUtf8());
    if (kind == AuthKind::IamPassword && !m_ui->passwordEdit->text().isEmpty())
        s.insert(u"password"_s, m_ui->passwordEdit->text().toUtf8());
    return s;
}

QString ProfileDialog::validationError() const
{
    const Profiles::Profile p = profile();
    if (p.name.isEmpty())
        return tr("Enter a name for the profile.");
    for (const auto &other : m_ctx.profiles->profiles()) {
        if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already called “%1”.").arg(p.name);
    }
    if (!p.dmsEndpoint.isValid() || p.dmsEndpoint.host().isEmpty() ||
        !(p.dmsEndpoint.scheme() == u"https" || p.dmsEndpoint.scheme() == u"http"))
        return tr("The DMS endpoint must be an http(s) URL, e.g. https://dms.cn-north-4.myhuaweicloud.com.");
    if (p.projectId.isEmpty() && !p.isAlibaba())
        return tr("Enter the project id (My Credentials ▸ API Credentials in the console).");
    const bool isNew = !m_ctx.profiles->contains(p.id);
    if (p.authKind != AuthKind::IamPassword) {
        if (p.accessKey.isEmpty())
            return tr("Enter the access key (AK).");
        if (isNew && m_ui->secretKeyEdit->text().isEmpty())
            return tr("Enter the secret key (SK).");
        if (p.authKind == AuthKind::TemporaryAkSk && isNew && m_ui->tokenEdit->text().isEmpty())
            return tr("Enter the security token of the temporary AK/SK.");
    } else {
        if (p.userName.isEmpty() || p.domainName.isEmpty())
            return tr("Enter the IAM user name and the account (domain) name.");
        if (isNew && m_ui->passwordEdit->text().isEmpty())
            return tr("Enter the IAM user's password.");
    }
    return {};
}

void ProfileDialog::validate()
{
    const QString error = validationError();
    m_ui->errorLabel->setText(error);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty() && m_pendingWrites == 0);
}

void ProfileDialog::testConnection()
{
    m_ui->testResults->clear();
    delete m_tester;
    m_tester = new Profiles::ConnectionTester(this);
    const Profiles::Profile p = profile();
    const Auth::Credentials c = credentials();
    connect(m_tester, &Profiles::ConnectionTester::stepFinished, this,
            [this](Profiles::ConnectionTester::Step step, bool ok, const QString &detail) {
                m_ui->testResults->addItem((ok ? u"✓ "_s : u"✗ "_s) + Profiles::ConnectionTester::stepName(step) +
                                           u": "_s + detail);
            });
    // One test at a time: a second click would interleave two runs' rows.
    m_ui->testButton->setEnabled(false);
    connect(m_tester, &Profiles::ConnectionTester::finished, m_ui->testButton,
            [this] { m_ui->testButton->setEnabled(true); });
    m_tester->start(p.dmsEndpoint, p.projectId, c, p.iamEndpoint);
}

Auth::Credentials ProfileDialog::credentials() const
{
    const Profiles::Profile p = profile();
    Auth::Credentials c;
    c.kind = p.authKind;
    c.accessKey = p.accessKey.toUtf8();
    const auto s = secrets();
    c.secretKey = s.value(u"secret_key"_s);
    c.securityToken = s.value(u"security_token"_s);
    c.userName = p.userName;
    c.password = QString::fromUtf8(s.value(u"password"_s));
    c.domainName = p.domainName;
    return c;
}

void ProfileDialog::discoverProject()
{
    // IAM "Querying Projects" (GET /v3/projects?name=<region>), signed with the form's credentials.
    const Profiles::Profile p = profile();
    delete m_discovery;
    m_discovery = new Api::ApiClient(this);
    m_discovery->setEndpoint({p.dmsEndpoint, p.iamEndpoint.isEmpty() ? p.dmsEndpoint : p.iamEndpoint, p.region, {}});
    m_discovery->setCredentials(credentials());
    Api::ApiRequest request;
    request.path = u"/v3/projects"_s;
    request.service = Api::ApiRequest::Service::Iam;
    request.operationId = u"iam_list_projects"_s;
    if (!p.region.isEmpty())
        request.query.append({u"name"_s, p.region});
    m_ui->discoverButton->setEnabled(false);
    m_ui->errorLabel->setText(tr("Asking IAM for the project…"));
    Api::ApiCall *call = m_discovery->send(request, m_discovery);
    connect(call, &Api::ApiCall::finished, this, [this](const QJsonDocument &doc) {
        m_ui->discoverButton->setEnabled(true);
        const QJsonArray projects = doc.object().value("projects"_L1).toArray();
        if (projects.isEmpty()) {
            m_ui->errorLabel->setText(tr("IAM knows no project for this region; type the project id."));
            return;
        }
        m_ui->projectEdit->setText(projects.first()["id"_L1].toString());
        validate();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_ui->discoverButton->setEnabled(true);
        m_ui->errorLabel->setText(tr("Could not discover the project: %1").arg(e.toString()));
    });
}

void ProfileDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    const Profiles::Profile p = profile();
    const auto s = secrets();
    m_pendingWrites = int(s.size());
    validate();
    auto finish = [this, p] {
        m_ctx.profiles->save(p);
        Q_EMIT saved(p.id);
        QDialog::accept();
    };
    if (s.isEmpty()) {
        finish();
        return;
    }
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        m_ctx.keychain->write(Profiles::SessionManager::secretEntry(p, it.key()), it.value(), this,
                              [this, finish](const Auth::KeychainStore::Result &r) {
                                  if (!r.ok() && !r.sessionOnly) {
                                      m_pendingWrites = 0;
                                      m_ui->errorLabel->setText(r.message);
                                      validate();
                                      return;
                                  }
                                  if (r.sessionOnly)
                                      m_ui->keychainNote->setText(tr("⚠ %1").arg(r.message));
                                  if (--m_pendingWrites == 0)
                                      finish();
                              });
    }
}

} // namespace Gui
