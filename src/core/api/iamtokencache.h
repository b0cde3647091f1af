#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Api {

class ApiCall;
class ApiClient;

/// The IAM user token of a password profile (../shared/api/signing.md section 3): fetched
/// with POST {iam}/v3/auth/tokens, taken from X-Subject-Token, kept until shortly before
/// token.expires_at. One fetch at a time; callers wait for ready()/failed().
/// The token is never logged.
class IamTokenCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IamTokenCache)
public:
    explicit IamTokenCache(ApiClient *client);
    ~IamTokenCache() override;

    /// The cached token until refreshMargin before its expiry (at least half its lifetime and
    /// 30 s, so a short-lived or clock-skewed token cannot cause a fetch loop), else empty.
    QByteArray validToken() const;
    /// The cached token even if it is close to expiry (for a request already on its way).
    QByteArray currentToken() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isFetching() const { return !m_fetch.isNull(); }
    int fetchCount() const { return m_fetchCount; }

    void setRefreshMarginSecs(int secs) { m_marginSecs = secs; }
    /// Starts a fetch unless a valid token exists or one is under way; ready() or failed() follows.
    void ensure();
    /// Forgets `token` if it is the current one (the service rejected it).
    void invalidate(const QByteArray &token);
    void clear();

    /// The JSON body of the password request (exposed for tests).
    static QByteArray requestBody(const QString &user, const QString &password, const QString &domain,
                                  const QString &projectName, const QString &projectId);

Q_SIGNALS:
    void ready();
    void failed(const Api::ApiError &error);

private:
    void onFinished(ApiCall *call);

    ApiClient *m_client;
    QPointer<ApiCall> m_fetch;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    int m_marginSecs = 5 * 60;
    int m_fetchCount = 0;
};

} // namespace Api
