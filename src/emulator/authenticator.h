#pragma once

#include "httpfrontend.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Emulator {

class Store;
struct Settings;

/// Who a request is, after its credentials were checked: the AK/SK signature (core's
/// Auth::Verifier), an IAM token this emulator issued (X-Auth-Token), or a temporary AK/SK
/// with its X-Security-Token. Tokens and security tokens are stored only as SHA-256 hashes.
class Authenticator
{
public:
    Authenticator(Store &store, const Settings &settings);

    struct Identity
    {
        QByteArray accessKey; ///< signing AK; empty for token auth
        QString userName;
        QString projectId; ///< the token's project scope (empty for AK/SK)
    };
    /// The identity, or a 401 response in the API gateway's style.
    struct Result
    {
        std::optional<Identity> identity;
        HttpResponse error;
    };
    Result authenticate(const RawRequest &request, const QByteArray &requestId) const;

    bool migrateSchema(QString *error);

    struct IssuedToken
    {
        QByteArray token;
        QDateTime issuedAt;
        QDateTime expiresAt;
    };
    IssuedToken issueToken(const QString &userName, const QString &projectId, int validitySeconds = 24 * 3600);

    struct TemporaryCredential
    {
        QByteArray accessKey;
        QByteArray secretKey;
        QByteArray securityToken;
        QDateTime expiresAt;
    };
    TemporaryCredential issueTemporary(const QString &userName, int durationSeconds);

    static HttpResponse unauthorized(const QString &message, const QByteArray &requestId,
                                     const QString &code = QStringLiteral("APIGW.0301"));

private:
    std::optional<QByteArray> secretFor(const QByteArray &accessKey) const;

    Store &m_store;
    const Settings &m_settings;
};

} // namespace Emulator
