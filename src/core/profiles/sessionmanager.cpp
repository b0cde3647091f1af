#include "profiles/sessionmanager.h"

#include "api/apiclient.h"
#include "auth/keychainstore.h"
#include "profiles/profilestore.h"
#include "profiles/sandboxlauncher.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "mqdesk.profiles")

namespace Profiles {

struct SessionManager::Pending
{
    Profile profile;
    QStringList toRead;  ///< secrets still to read from the keychain
    QStringList missing; ///< secrets to ask the user for
    QString missingReason;
    QHash<QString, QByteArray> secrets;
    QList<QPair<QPointer<QObject>, Done>> waiters;
};

SessionManager::SessionManager(ProfileStore *profiles, Auth::KeychainStore *keychain, SandboxLauncher *sandbox,
                               QObject *parent)
    : QObject(parent), m_profiles(profiles), m_keychain(keychain), m_sandbox(sandbox)
{
    connect(m_profiles, &ProfileStore::profileChanged, this, &SessionManager::close);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &SessionManager::close);
}

SessionManager::~SessionManager() = default;

QString SessionManager::secretEntry(const Profile &profile, const QString &secretName)
{
    const QUrl endpoint =
        profile.authKind == Auth::Credentials::Kind::IamPassword ? profile.iamEndpoint : profile.dmsEndpoint;
    return Auth::KeychainStore::entryName(endpoint, profile.id, secretName);
}

Api::ApiClient *SessionManager::client(const QUuid &profileId) const
{
    return m_clients.value(profileId);
}

QList<Api::ApiClient *> SessionManager::clients() const
{
    return m_clients.values();
}

void SessionManager::close(const QUuid &profileId)
{
    if (Api::ApiClient *c = m_clients.take(profileId)) {
        m_sessionOnly.remove(profileId);
        Q_EMIT clientClosed(profileId);
        c->deleteLater();
    }
}

void SessionManager::open(const QUuid &profileId, QObject *context, Done done)
{
    if (Api::ApiClient *c = m_clients.value(profileId)) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, c] {
            if (guard)
                done(c, {});
        });
        return;
    }
    if (auto it = m_pending.find(profileId); it != m_pending.end()) {
        (*it)->waiters.append({context, std::move(done)});
        return;
    }
    const Profile profile = m_profiles->profile(profileId);
    auto pending = std::make_shared<Pending>();
    pending->profile = profile;
    pending->waiters.append({context, std::move(done)});
    m_pending.insert(profileId, pending);
    if (!profile.isValid()) {
        QTimer::singleShot(0, this, [this, profileId] { failOpen(profileId, tr("The profile no longer exists.")); });
        return;
    }
    if (profile.isSandbox()) {
        startSandbox(profileId);
        return;
    }
    pending->toRead = profile.secretNames();
    readNextSecret(profileId);
}

void SessionManager::startSandbox(const QUuid &profileId)
{
    if (m_sandbox->state() == SandboxLauncher::State::Running) {
        QTimer::singleShot(0, this, [this, profileId] { finishOpen(profileId); });
        return;
    }
    auto onStarted = std::make_shared<QMetaObject::Connection>();
    auto onFailed = std::make_shared<QMetaObject::Connection>();
    *onStarted = connect(m_sandbox, &SandboxLauncher::started, this, [this, profileId, onStarted, onFailed] {
        disconnect(*onStarted);
        disconnect(*onFailed);
        finishOpen(profileId);
    });
    *onFailed = connect(m_sandbox, &SandboxLauncher::failed, this,
                        [this, profileId, onStarted, onFailed](const QString &message) {
                            disconnect(*onStarted);
                            disconnect(*onFailed);
                            failOpen(profileId, message);
                        });
    m_sandbox->start();
}

void SessionManager::readNextSecret(const QUuid &profileId)
{
    auto pending = m_pending.value(profileId);
    if (!pending)
        return;
    if (pending->toRead.isEmpty()) {
        if (pending->missing.isEmpty()) {
            finishOpen(profileId);
            return;
        }
        if (!m_prompt) {
            failOpen(profileId, pending->missingReason);
            return;
        }
        QPointer<SessionManager> self(this);
        m_prompt->askSecrets(pending->profile, pending->missing, pending->missingReason,
                             [self, profileId](const QHash<QString, QByteArray> &secrets, bool remember) {
                                 if (!self)
                                     return;
                                 auto p = self->m_pending.value(profileId);
                                 if (!p)
                                     return;
                                 if (secrets.isEmpty()) {
                                     self->failOpen(profileId, tr("Sign-in cancelled."));
                                     return;
                                 }
                                 for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                                     p->secrets.insert(it.key(), it.value());
                                     const QString entry = secretEntry(p->profile, it.key());
                                     if (remember && self->m_keychain->isAvailable())
                                         self->m_keychain->write(entry, it.value(), self, {});
                                     else
                                         self->m_keychain->setSessionSecret(entry, it.value());
                                 }
                                 if (!self->m_keychain->isAvailable())
                                     self->m_sessionOnly.insert(profileId, self->m_keychain->unavailableReason());
                                 p->missing.clear();
                                 self->finishOpen(profileId);
                             });
        return;
    }
    const QString name = pending->toRead.takeFirst();
    m_keychain->read(secretEntry(pending->profile, name), this,
                     [this, profileId, name](const Auth::KeychainStore::Result &r) {
                         auto p = m_pending.value(profileId);
                         if (!p)
                             return;
                         if (r.ok()) {
                             p->secrets.insert(name, r.data);
                             if (r.sessionOnly && !m_keychain->isAvailable())
                                 m_sessionOnly.insert(profileId, m_keychain->unavailableReason());
                         } else {
                             p->missing.append(name);
                             if (p->missingReason.isEmpty() || r.status != Auth::KeychainStore::Status::NotFound)
                                 p->missingReason = r.status == Auth::KeychainStore::Status::NotFound
                                     ? tr("No saved secret for this profile.")
                                     : r.message;
                         }
                         readNextSecret(profileId);
                     });
}

void SessionManager::finishOpen(const QUuid &profileId)
{
    auto pending = m_pending.take(profileId);
    if (!pending)
        return;
    const Profile &p = pending->profile;
    Auth::Credentials creds;
    Api::Endpoint endpoint;
    if (p.isSandbox()) {
        creds.kind = Auth::Credentials::Kind::AkSk;
        creds.accessKey = SandboxLauncher::accessKey();
        creds.secretKey = SandboxLauncher::secretKey();
        endpoint.dms = m_sandbox->url();
        endpoint.iam = m_sandbox->url();
        endpoint.region = p.region;
        endpoint.projectId = SandboxLauncher::projectId();
    } else {
        creds.kind = p.authKind;
        creds.accessKey = p.accessKey.toUtf8();
        creds.secretKey = pending->secrets.value(u"secret_key"_s);
        creds.securityToken = pending->secrets.value(u"security_token"_s);
        creds.userName = p.userName;
        creds.password = QString::fromUtf8(pending->secrets.value(u"password"_s));
        creds.domainName = p.domainName;
        creds.token = pending->secrets.value(u"token"_s);
        endpoint.dms = p.dmsEndpoint;
        endpoint.iam = p.iamEndpoint;
        endpoint.region = p.region;
        endpoint.projectId = p.projectId;
        if (!p.caBundlePath.isEmpty()) {
            // Added to the default configuration every QNetworkAccessManager starts from.
            const auto certs = QSslCertificate::fromPath(p.caBundlePath, QSsl::Pem);
            if (certs.isEmpty()) {
                for (auto &w : pending->waiters) {
                    if (w.first)
                        w.second(nullptr, tr("The CA bundle %1 holds no PEM certificate.").arg(p.caBundlePath));
                }
                return;
            }
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.addCaCertificates(certs);
            QSslConfiguration::setDefaultConfiguration(conf);
        }
    }
    auto *client = new Api::ApiClient(this);
    client->setEndpoint(endpoint);
    client->setCredentials(creds);
    if (m_log)
        client->setRequestLog(m_log);
    m_clients.insert(profileId, client);
    qCInfo(lcSession) << "opened profile" << p.name << endpoint.dms;
    Q_EMIT clientCreated(profileId, client);
    if (const QString reason = m_sessionOnly.value(profileId); !reason.isEmpty())
        Q_EMIT sessionOnly(profileId, reason);
    for (auto &w : pending->waiters) {
        if (w.first)
            w.second(client, {});
    }
}

void SessionManager::failOpen(const QUuid &profileId, const QString &error)
{
    auto pending = m_pending.take(profileId);
    if (!pending)
        return;
    for (auto &w : pending->waiters) {
        if (w.first)
            w.second(nullptr, error);
    }
}

} // namespace Profiles
