#include "api/iamtokencache.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apilogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Api {

IamTokenCache::IamTokenCache(ApiClient *client) : QObject(client), m_client(client) { }

IamTokenCache::~IamTokenCache() = default;

QByteArray IamTokenCache::validToken() const
{
    if (m_token.isEmpty() || !m_refreshAt.isValid() || QDateTime::currentDateTimeUtc() >= m_refreshAt)
        return {};
    return m_token;
}

QByteArray IamTokenCache::requestBody(const QString &user, const QString &password, const QString &domain,
                                      const QString &projectName, const QString &projectId)
{
    const QJsonObject userObject {{QStringLiteral("name"), user},
                                  {QStringLiteral("password"), password},
                                  {QStringLiteral("domain"), QJsonObject {{QStringLiteral("name"), domain}}}};
    const QJsonObject identity {{QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                                {QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), userObject}}}};
    const QJsonObject project = projectName.isEmpty() ? QJsonObject {{QStringLiteral("id"), projectId}}
                                                      : QJsonObject {{QStringLiteral("name"), projectName}};
    const QJsonObject auth {{QStringLiteral("identity"), identity},
                            {QStringLiteral("scope"), QJsonObject {{QStringLiteral("project"), project}}}};
    return QJsonDocument(QJsonObject {{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

void IamTokenCache::ensure()
{
    if (isFetching() || !validToken().isEmpty())
        return;
    const Auth::Credentials &credentials = m_client->credentials();
    ApiRequest request;
    request.method = "POST";
    request.service = ApiRequest::Service::Iam;
    request.path = QStringLiteral("/v3/auth/tokens");
    request.query = {{QStringLiteral("nocatalog"), QStringLiteral("true")}};
    request.contentType = "application/json;charset=utf8";
    request.operationId = QStringLiteral("iam_create_token");
    request.authenticate = false;
    request.body = requestBody(credentials.userName, credentials.password, credentials.domainName,
                               credentials.projectName, m_client->endpoint().projectId);
    ++m_fetchCount;
    m_fetch = m_client->send(request, this);
    ApiCall *call = m_fetch;
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (call == m_fetch)
            m_fetch = nullptr;
        call->deleteLater();
        ApiError authError = error;
        if (authError.kind == ApiError::Kind::Client)
            authError.kind = ApiError::Kind::Auth; // 400 from IAM: wrong user, domain or project
        Q_EMIT failed(authError);
    });
}

void IamTokenCache::onFinished(ApiCall *call)
{
    if (call == m_fetch)
        m_fetch = nullptr;
    call->deleteLater();
    const QByteArray token = call->responseHeader("X-Subject-Token");
    if (token.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Auth;
        error.httpStatus = call->httpStatus();
        error.requestId = call->responseHeader("X-Request-Id");
        error.errorMessage = QCoreApplication::translate("Api::IamTokenCache", "IAM answered without a token.");
        Q_EMIT failed(error);
        return;
    }
    const QString expires = call->result()
                                .object()
                                .value(QLatin1StringView("token"))
                                .toObject()
                                .value(QLatin1StringView("expires_at"))
                                .toString();
    QDateTime expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!expiresAt.isValid()) {
        // IAM tokens live 24 h; without a readable expiry, use a conservative hour.
        qCWarning(lcApi) << "IAM token without a readable expires_at; assuming one hour";
        expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    }
    m_token = token;
    m_expiresAt = expiresAt.toUTC();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 lifetimeSecs = now.secsTo(m_expiresAt);
    const qint64 useSecs = std::max<qint64>(30, std::max(lifetimeSecs - m_marginSecs, lifetimeSecs / 2));
    m_refreshAt = now.addSecs(useSecs);
    qCInfo(lcApi).noquote() << "IAM token obtained, valid until" << m_expiresAt.toString(Qt::ISODate);
    Q_EMIT ready();
}

void IamTokenCache::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = {};
        m_refreshAt = {};
    }
}

void IamTokenCache::clear()
{
    m_token.clear();
    m_expiresAt = {};
    m_refreshAt = {};
    if (m_fetch) {
        ApiCall *call = m_fetch;
        m_fetch = nullptr;
        call->abort();
        call->deleteLater();
    }
}

} // namespace Api
