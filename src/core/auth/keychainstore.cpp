#include "auth/keychainstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "mqdesk.keychain")

namespace Auth {

KeychainStore::KeychainStore(QObject *parent) : KeychainStore(u"mqdesk"_s, parent) { }

KeychainStore::KeychainStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

KeychainStore::~KeychainStore()
{
    for (QByteArray &secret : m_session)
        secret.fill('\0');
}

QString KeychainStore::entryName(const QUrl &endpoint, const QUuid &profileId, const QString &secretName)
{
    QString host = endpoint.host();
    if (host.isEmpty())
        host = u"local"_s;
    return u"mqdesk:"_s + host + u':' + profileId.toString(QUuid::WithoutBraces) + u':' + secretName;
}

bool KeychainStore::isNoBackendError(const QString &errorString)
{
    static const QLatin1StringView markers[] = {
        "Cannot autolaunch D-Bus"_L1,       // no session bus
        "Object does not exist at path"_L1, // bus, but no (unlocked) collection
        "Unknown error"_L1,                 // libsecret missing
        "No keychain service available"_L1,
        "org.freedesktop.secrets"_L1, // no Secret Service provider on the bus
        "ServiceUnknown"_L1,
        "Could not open wallet"_L1,
    };
    for (QLatin1StringView m : markers) {
        if (errorString.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

KeychainStore::Result KeychainStore::translate(int error, const QString &errorString)
{
    Result r;
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = Status::NotFound;
        r.message = tr("The keychain holds no such secret.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = Status::Denied;
        r.message = tr("Access to the keychain was denied: %1").arg(errorString);
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        r.status = isNoBackendError(errorString) ? Status::Unavailable : Status::Failed;
        break;
    }
    if (r.status == Status::Unavailable) {
        r.message = tr("No keychain is available (%1). Secrets can be used for this session only and "
                       "will not be saved; install and unlock a Secret Service provider such as GNOME "
                       "Keyring or KWallet to keep them.")
                        .arg(errorString);
        if (m_available) {
            m_available = false;
            m_unavailableReason = r.message;
            qCWarning(lcKeychain) << "keychain unavailable:" << errorString;
            Q_EMIT availabilityChanged(false);
        }
    } else {
        r.message = tr("The keychain reported an error: %1").arg(errorString);
    }
    return r;
}

void KeychainStore::deliver(QObject *context, Callback done, const Result &result)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    // Always from the event loop, so callers never see a callback inside their own call.
    QTimer::singleShot(0, this, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}

void KeychainStore::read(const QString &entry, QObject *context, Callback done)
{
    if (auto it = m_session.constFind(entry); it != m_session.constEnd()) {
        Result r;
        r.data = *it;
        r.sessionOnly = true;
        deliver(context, std::move(done), r);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done = std::move(done)](QKeychain::Job *) {
        Result r = translate(job->error(), job->errorString());
        if (r.ok())
            r.data = job->textData().toUtf8();
        if (guard && done)
            done(r);
    });
    job->start();
}

void KeychainStore::write(const QString &entry, const QByteArray &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(QString::fromUtf8(secret)); // text: other tools (secret-tool) read it as is
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, guard, entry, secret, done = std::move(done)](QKeychain::Job *) {
                Result r = translate(job->error(), job->errorString());
                if (r.ok()) {
                    clearSessionSecret(entry);
                } else if (r.status == Status::Unavailable) {
                    // Keep it in memory so the user can still connect in this session.
                    m_session.insert(entry, secret);
                    r.sessionOnly = true;
                }
                if (guard && done)
                    done(r);
            });
    job->start();
}

void KeychainStore::remove(const QString &entry, QObject *context, Callback done)
{
    clearSessionSecret(entry);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done = std::move(done)](QKeychain::Job *) {
        Result r = translate(job->error(), job->errorString());
        if (r.status == Status::NotFound)
            r = Result {}; // already gone is fine
        if (guard && done)
            done(r);
    });
    job->start();
}

void KeychainStore::setSessionSecret(const QString &entry, const QByteArray &secret)
{
    m_session.insert(entry, secret);
}

void KeychainStore::clearSessionSecret(const QString &entry)
{
    auto it = m_session.find(entry);
    if (it != m_session.end()) {
        it->fill('\0');
        m_session.erase(it);
    }
}

} // namespace Auth
