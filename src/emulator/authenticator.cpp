#include "authenticator.h"

#include "auth/signer.h"
#include "services.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray randomAlnum(int length, bool upperOnly = false)
{
    static const QByteArray upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static const QByteArray mixed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray &alphabet = upperOnly ? upper : mixed;
    QByteArray result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = alphabet.at(int(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return result;
}

QString verifyMessage(const Auth::VerifyResult &result)
{
    using Status = Auth::VerifyResult::Status;
    QString reason;
    switch (result.status) {
    case Status::Ok:
        break;
    case Status::MissingAuthorization:
        reason = u"the request carries no Authorization header or token"_s;
        break;
    case Status::MalformedAuthorization:
        reason = u"the Authorization header is malformed"_s;
        break;
    case Status::UnknownAccessKey:
        reason = u"the access key does not exist"_s;
        break;
    case Status::BadDate:
        reason = u"X-Sdk-Date is missing or malformed"_s;
        break;
    case Status::ClockSkew:
        reason = u"the request time differs from the server time by more than 15 minutes"_s;
        break;
    case Status::SignatureMismatch:
        reason = u"verify aksk signature fail"_s;
        break;
    case Status::MissingSecurityToken:
        reason = u"the temporary access key needs X-Security-Token"_s;
        break;
    }
    if (!result.message.isEmpty() && result.status != Status::SignatureMismatch)
        reason += u" ("_s + result.message + u')';
    return u"Incorrect IAM authentication information: "_s + reason;
}

} // namespace

Authenticator::Authenticator(Store &store, const Settings &settings) : m_store(store), m_settings(settings) { }

bool Authenticator::migrateSchema(QString *error)
{
    return m_store.migrate(
        u"iam"_s,
        {{1,
          {u"CREATE TABLE iam_tokens (token_sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL,"
           " project_id TEXT NOT NULL, expires_at INTEGER NOT NULL)"_s,
           u"CREATE TABLE iam_temporary_keys (access_key TEXT PRIMARY KEY, secret_key TEXT NOT NULL,"
           " security_token_sha256 TEXT NOT NULL, user_name TEXT NOT NULL, expires_at INTEGER NOT NULL)"_s}}},
        error);
}

HttpResponse Authenticator::unauthorized(const QString &message, const QByteArray &requestId, const QString &code)
{
    return HttpResponse::json(QJsonObject {{u"error_code"_s, code},
                                           {u"error_msg"_s, message},
                                           {u"request_id"_s, QString::fromLatin1(requestId)}},
                              401);
}

std::optional<QByteArray> Authenticator::secretFor(const QByteArray &accessKey) const
{
    if (!m_settings.accessKey.isEmpty() && Auth::Verifier::constantTimeEquals(accessKey, m_settings.accessKey))
        return m_settings.secretKey;
    const auto row = m_store.row(u"SELECT secret_key FROM iam_temporary_keys WHERE access_key = ? AND expires_at > ?"_s,
                                 {QString::fromLatin1(accessKey), QDateTime::currentMSecsSinceEpoch()});
    if (!row)
        return std::nullopt;
    return row->value(u"secret_key"_s).toString().toLatin1();
}

Authenticator::Result Authenticator::authenticate(const RawRequest &request, const QByteArray &requestId) const
{
    Result result;
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty() && request.header("Authorization").isEmpty()) {
        const auto row =
            m_store.row(u"SELECT user_name, project_id, expires_at FROM iam_tokens WHERE token_sha256 = ?"_s,
                        {QString::fromLatin1(sha256Hex(token))});
        if (!row) {
            result.error = unauthorized(u"Incorrect IAM authentication information: the token is invalid"_s, requestId);
            return result;
        }
        if (row->value(u"expires_at"_s).toLongLong() <= QDateTime::currentMSecsSinceEpoch()) {
            result.error =
                unauthorized(u"Incorrect IAM authentication information: the token has expired"_s, requestId);
            return result;
        }
        result.identity = Identity {{}, row->value(u"user_name"_s).toString(), row->value(u"project_id"_s).toString()};
        return result;
    }

    Auth::VerifyInput input;
    input.method = request.method;
    input.rawPath = request.path;
    input.rawQuery = request.query;
    input.headers = request.headers;
    input.body = request.body;
    input.now = QDateTime::currentDateTimeUtc();
    const Auth::VerifyResult verified =
        Auth::Verifier::verify(input, [this](const QByteArray &ak) { return secretFor(ak); });
    if (!verified.ok()) {
        result.error = unauthorized(verifyMessage(verified), requestId);
        return result;
    }
    if (!Auth::Verifier::constantTimeEquals(verified.accessKey, m_settings.accessKey)) {
        // A temporary key is only valid together with the security token it was issued with.
        const QByteArray securityToken = request.header("X-Security-Token");
        const QVariant stored =
            m_store.scalar(u"SELECT security_token_sha256 FROM iam_temporary_keys WHERE access_key = ?"_s,
                           {QString::fromLatin1(verified.accessKey)});
        if (securityToken.isEmpty() ||
            !Auth::Verifier::constantTimeEquals(sha256Hex(securityToken), stored.toString().toLatin1())) {
            result.error = unauthorized(
                u"Incorrect IAM authentication information: the temporary access key needs its X-Security-Token"_s,
                requestId);
            return result;
        }
    }
    result.identity = Identity {verified.accessKey, {}, {}};
    return result;
}

Authenticator::IssuedToken Authenticator::issueToken(const QString &userName, const QString &projectId,
                                                     int validitySeconds)
{
    IssuedToken issued;
    issued.token = "MIIS" + randomAlnum(252);
    issued.issuedAt = QDateTime::currentDateTimeUtc();
    issued.expiresAt = issued.issuedAt.addSecs(validitySeconds);
    m_store.exec(u"DELETE FROM iam_tokens WHERE expires_at <= ?"_s, {QDateTime::currentMSecsSinceEpoch()});
    m_store.exec(
        u"INSERT INTO iam_tokens(token_sha256, user_name, project_id, expires_at) VALUES(?, ?, ?, ?)"_s,
        {QString::fromLatin1(sha256Hex(issued.token)), userName, projectId, issued.expiresAt.toMSecsSinceEpoch()});
    return issued;
}

Authenticator::TemporaryCredential Authenticator::issueTemporary(const QString &userName, int durationSeconds)
{
    TemporaryCredential credential;
    credential.accessKey = randomAlnum(20, true);
    credential.secretKey = randomAlnum(40);
    credential.securityToken = "gQ" + randomAlnum(200);
    credential.expiresAt = QDateTime::currentDateTimeUtc().addSecs(durationSeconds);
    m_store.exec(u"DELETE FROM iam_temporary_keys WHERE expires_at <= ?"_s, {QDateTime::currentMSecsSinceEpoch()});
    m_store.exec(u"INSERT INTO iam_temporary_keys(access_key, secret_key, security_token_sha256, user_name, expires_at)"
                 " VALUES(?, ?, ?, ?, ?)"_s,
                 {QString::fromLatin1(credential.accessKey), QString::fromLatin1(credential.secretKey),
                  QString::fromLatin1(sha256Hex(credential.securityToken)), userName,
                  credential.expiresAt.toMSecsSinceEpoch()});
    return credential;
}

} // namespace Emulator
