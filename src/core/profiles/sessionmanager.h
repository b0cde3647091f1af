#pragma once

#include "profiles/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

namespace Api {
class ApiClient;
class RequestLog;
} // namespace Api
namespace Auth {
class KeychainStore;
}

namespace Profiles {

class ProfileStore;
class SandboxLauncher;

/// Asks the user for secrets the keychain could not give (missing entry, no keychain).
/// The app implements it with a dialog; tests answer directly. `done` gets the secrets by
/// name, or an empty hash when the user cancelled; `remember` asks to save them.
class SecretPrompt
{
public:
    virtual ~SecretPrompt() = default;
    virtual void askSecrets(const Profile &profile, const QStringList &names, const QString &reason,
                            std::function<void(const QHash<QString, QByteArray> &secrets, bool remember)> done) = 0;
};

/// One signed client per open profile. Secrets are read from the keychain lazily, when a
/// profile is first opened; the sandbox is started on demand.
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)
public:
    using Done = std::function<void(Api::ApiClient *client, const QString &error)>;

    SessionManager(ProfileStore *profiles, Auth::KeychainStore *keychain, SandboxLauncher *sandbox,
                   QObject *parent = nullptr);
    ~SessionManager() override;

    void setSecretPrompt(SecretPrompt *prompt) { m_prompt = prompt; }
    /// One request log shared by every client (the activity dock shows it).
    void setRequestLog(Api::RequestLog *log) { m_log = log; }
    Api::RequestLog *requestLog() const { return m_log; }

    /// Opens (or returns the open) client of a profile. `done` runs from the event loop,
    /// and not at all once `context` is gone.
    void open(const QUuid &profileId, QObject *context, Done done);
    Api::ApiClient *client(const QUuid &profileId) const;
    /// Drops the client (e.g. after the profile was edited); its calls are aborted.
    void close(const QUuid &profileId);
    QList<Api::ApiClient *> clients() const;
    /// A message when the profile runs on session-only secrets, else empty.
    QString sessionOnlyReason(const QUuid &profileId) const { return m_sessionOnly.value(profileId); }

    /// The keychain entry of one secret of a profile.
    static QString secretEntry(const Profile &profile, const QString &secretName);

Q_SIGNALS:
    void clientCreated(const QUuid &profileId, Api::ApiClient *client);
    void clientClosed(const QUuid &profileId);
    void sessionOnly(const QUuid &profileId, const QString &message);

private:
    struct Pending;
    void readNextSecret(const QUuid &profileId);
    void finishOpen(const QUuid &profileId);
    void failOpen(const QUuid &profileId, const QString &error);
    void startSandbox(const QUuid &profileId);

    ProfileStore *m_profiles;
    Auth::KeychainStore *m_keychain;
    SandboxLauncher *m_sandbox;
    SecretPrompt *m_prompt = nullptr;
    Api::RequestLog *m_log = nullptr;
    QHash<QUuid, Api::ApiClient *> m_clients;
    QHash<QUuid, QString> m_sessionOnly;
    QHash<QUuid, std::shared_ptr<Pending>> m_pending;
};

} // namespace Profiles
