#pragma once

#include "api/apicall.h"
#include "api/apirequest.h"
#include "auth/credentials.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace Api {

class IamTokenCache;
class RequestLog;

/// Where and as whom a client talks.
struct Endpoint
{
    QUrl dms; ///< e.g. https://dms.cn-north-4.myhuaweicloud.com
    QUrl iam; ///< e.g. https://iam.cn-north-4.myhuaweicloud.com
    QString region;
    QString projectId;
};

/// The signed REST client: one QNetworkAccessManager subclass that signs every request in
/// createRequest(), a central transfer timeout, bounded parallel requests per host, retries
/// with backoff for idempotent reads, and the request log.
class ApiClient final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const Endpoint &endpoint);
    const Endpoint &endpoint() const;
    void setCredentials(const Auth::Credentials &credentials);
    const Auth::Credentials &credentials() const;

    void setTimeoutMs(int ms);        ///< per attempt transfer timeout (default 30 s)
    void setMaxParallel(int n);       ///< in flight per client (default 6)
    void setMaxRetries(int n);        ///< for idempotent reads (default 4)
    void setRetryBaseDelayMs(int ms); ///< first backoff step (default 500 ms)

    /// Starts a request. The returned call is a child of owner (deleted with it).
    ApiCall *send(const ApiRequest &request, QObject *owner);

    /// Builds and sends the operation `operationId` from the operation table. `params` fills
    /// the path template ({project_id} defaults to the endpoint's project) and the query.
    ApiCall *call(const QString &operationId, const QVariantMap &params, QObject *owner, const QByteArray &body = {});

    /// A call that fails (Client error, from the event loop) without sending anything: for
    /// typed calls whose input fails a documented limit before it reaches the wire.
    ApiCall *reject(const QString &operationId, const QString &message, QObject *owner);

    /// The log every request of this client goes to (owned by the client unless replaced).
    RequestLog *requestLog() const;
    /// Shares one log between clients (not owned; nullptr restores the client's own log).
    void setRequestLog(RequestLog *log);
    /// The IAM token of a password profile (Credentials::Kind::IamPassword).
    IamTokenCache *tokenCache() const;
    int inFlight() const;
    /// Calls waiting for a free slot or for an IAM token.
    int queued() const;

Q_SIGNALS:
    void inFlightChanged(int count);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    void schedule(ApiCall *call, bool front);
    void startNext();
    void startAttempt(ApiCall *call);
    void onReplyFinished(QNetworkReply *reply, const QPointer<ApiCall> &call);
    void retryLater(ApiCall *call, int delayMs);
    void onTokenReady();
    void onTokenFailed(const Api::ApiError &error);
    void applyAuth(const QByteArray &method, const QByteArray &body, QNetworkRequest *request) const;
    QUrl buildUrl(const ApiRequest &request) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Api
