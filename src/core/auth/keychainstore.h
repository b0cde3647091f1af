#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace Auth {

/// Secrets through QtKeychain (the platform's Secret Service / Keychain / Credential Manager),
/// one entry per secret, named mqdesk:<endpoint-host>:<profile-uuid>:<secret-name>.
///
/// All calls are asynchronous (QtKeychain jobs need the event loop); callbacks run from the
/// event loop and never after their context object is gone. There is no insecure fallback:
/// when no keychain backend is usable, reads and writes report Status::Unavailable with a
/// message for the user, and the caller may keep a secret for this session only
/// (setSessionSecret), in memory.
class KeychainStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)
public:
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray data;          ///< the secret (reads only)
        QString message;          ///< for the user; empty when Ok
        bool sessionOnly = false; ///< the value came from (or went to) the session cache
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit KeychainStore(QObject *parent = nullptr);
    /// `service` is the keychain's service name (tests use their own).
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }

    static QString entryName(const QUrl &endpoint, const QUuid &profileId, const QString &secretName);
    /// True for QtKeychain's error strings that mean "there is no usable keychain here"
    /// (it reports those as OtherError, not NoBackendAvailable).
    static bool isNoBackendError(const QString &errorString);

    void read(const QString &entry, QObject *context, Callback done);
    void write(const QString &entry, const QByteArray &secret, QObject *context, Callback done);
    void remove(const QString &entry, QObject *context, Callback done);

    /// In-memory secret for this run only; read() returns it before asking the keychain.
    void setSessionSecret(const QString &entry, const QByteArray &secret);
    bool hasSessionSecret(const QString &entry) const { return m_session.contains(entry); }
    void clearSessionSecret(const QString &entry);

    /// False once a job found no usable backend; the reason is a sentence for the user.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    Result translate(int error, const QString &errorString);
    void deliver(QObject *context, Callback done, const Result &result);

    QString m_service;
    QHash<QString, QByteArray> m_session;
    bool m_available = true;
    QString m_unavailableReason;
};

} // namespace Auth
