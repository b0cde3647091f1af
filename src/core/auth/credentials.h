#pragma once

#include <QByteArray>
#include <QString>

namespace Auth {

/// What a profile authenticates with. Secrets live here only in memory; they are loaded from
/// the keychain (or the environment, for mqdesk-cli) and never written to QSettings or logs.
struct Credentials
{
    enum class Kind {
        None,
        AkSk,
        TemporaryAkSk,
        IamPassword,
        IamToken,
        AlibabaAccessKey, ///< Alibaba Cloud AccessKey ID/secret: V3 (ACS3-HMAC-SHA256) signatures
    };
    Kind kind = Kind::None;
    QByteArray accessKey;
    QByteArray secretKey;
    QByteArray securityToken;  ///< temporary AK/SK only
    QString userName;          ///< IAM password auth
    QString password;
    QString domainName;
    QString projectName;       ///< IAM token scope (optional; project id is used otherwise)
    QByteArray token;          ///< a ready IAM token (Kind::IamToken)

    bool isSigned() const { return kind == Kind::AkSk || kind == Kind::TemporaryAkSk; }
    bool isAlibaba() const { return kind == Kind::AlibabaAccessKey; }
};

} // namespace Auth
