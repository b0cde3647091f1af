#include "api/apiclient.h"
#include "api/apiclient_p.h"

#include "api/apilogging.h"
#include "api/iamtokencache.h"
#include "api/operations.h"
#include "api/requestlog.h"
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>

namespace Api {

using namespace ClientDetail;

namespace {

ApiError makeError(ApiError::Kind kind, const QString &message, const ApiRequest &request, const QUrl &url = {})
{
    ApiError error;
    error.kind = kind;
    error.errorMessage = message;
    error.method = request.method;
    error.url = url;
    return error;
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QNetworkAccessManager(parent), d(std::make_unique<Private>())
{
    // A redirect would be followed by QNAM without passing createRequest(), i.e. unsigned.
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->ownLog = new RequestLog(this);
    d->log = d->ownLog;
    d->tokens = new IamTokenCache(this);
    connect(d->tokens, &IamTokenCache::ready, this, &ApiClient::onTokenReady);
    connect(d->tokens, &IamTokenCache::failed, this, &ApiClient::onTokenFailed);
}

ApiClient::~ApiClient()
{
    // Replies die with the QNAM base class, after d: cut every connection into this object
    // first, so nothing of ours runs half-destroyed.
    d->tokens->disconnect(this);
    delete d->tokens;
    d->tokens = nullptr;
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    // Calls that outlive their client end with Cancelled, so no caller waits forever.
    for (QObject *object : std::as_const(d->live)) {
        auto *call = static_cast<ApiCall *>(object);
        call->disconnect(this);
        if (call->m_done || call->m_aborted)
            continue;
        delete call->m_retryTimer;
        call->m_retryTimer = nullptr;
        call->m_reply = nullptr;
        call->failLater(makeError(ApiError::Kind::Cancelled, tr("The connection was closed."), call->m_request));
    }
}

void ApiClient::setEndpoint(const Endpoint &endpoint)
{
    d->endpoint = endpoint;
}

const Endpoint &ApiClient::endpoint() const
{
    return d->endpoint;
}

void ApiClient::setCredentials(const Auth::Credentials &credentials)
{
    const bool identityChanged = credentials.kind != d->credentials.kind ||
        credentials.userName != d->credentials.userName || credentials.password != d->credentials.password ||
        credentials.domainName != d->credentials.domainName || credentials.projectName != d->credentials.projectName;
    d->credentials = credentials;
    if (identityChanged) {
        d->tokens->clear();
        if (!d->tokenWaiters.isEmpty())
            d->tokens->ensure();
    }
}

const Auth::Credentials &ApiClient::credentials() const
{
    return d->credentials;
}

void ApiClient::setTimeoutMs(int ms)
{
    d->timeoutMs = std::max(1, ms);
}

void ApiClient::setMaxParallel(int n)
{
    d->maxParallel = std::max(1, n);
    startNext();
}

void ApiClient::setMaxRetries(int n)
{
    d->retry.maxRetries = std::max(0, n);
}

void ApiClient::setRetryBaseDelayMs(int ms)
{
    d->retry.baseDelayMs = std::max(0, ms);
}

RequestLog *ApiClient::requestLog() const
{
    return d->log;
}

void ApiClient::setRequestLog(RequestLog *log)
{
    d->log = log ? log : d->ownLog;
}

IamTokenCache *ApiClient::tokenCache() const
{
    return d->tokens;
}

int ApiClient::inFlight() const
{
    return d->inFlight;
}

int ApiClient::queued() const
{
    return int(d->queue.size() + d->tokenWaiters.size());
}

ApiCall *ApiClient::call(const QString &operationId, const QVariantMap &params, QObject *owner, const QByteArray &body)
{
    ApiRequest request;
    request.operationId = operationId;
    const Api::Operation *operation = OperationTable::builtin().find(operationId);
    if (!operation) {
        auto *call = new ApiCall(owner);
        call->m_request = request;
        call->failLater(makeError(ApiError::Kind::Client, tr("Unknown operation %1.").arg(operationId), request));
        return call;
    }
    QVariantMap filled = params;
    if (!filled.contains(QStringLiteral("project_id")))
        filled.insert(QStringLiteral("project_id"), d->endpoint.projectId);
    QString error;
    if (!operation->buildRequest(filled, &request, &error)) {
        auto *call = new ApiCall(owner);
        call->m_request = request;
        call->m_request.operationId = operationId;
        call->failLater(makeError(ApiError::Kind::Client, error, call->m_request));
        return call;
    }
    request.operationId = operationId;
    if (request.method.isEmpty())
        request.method = operation->method;
    if (!body.isEmpty())
        request.body = body;
    return send(request, owner);
}

ApiCall *ApiClient::reject(const QString &operationId, const QString &message, QObject *owner)
{
    auto *call = new ApiCall(owner);
    call->m_request.operationId = operationId;
    call->failLater(makeError(ApiError::Kind::Client, message, call->m_request));
    return call;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *owner)
{
    auto *call = new ApiCall(owner);
    call->m_request = request;
    d->live.insert(call);
    connect(call, &QObject::destroyed, this, [this](QObject *object) { d->live.remove(object); });

    const QByteArray &method = request.method;
    if (method.isEmpty() || method == "RPC") {
        const QString message = tr("Operation %1 cannot be sent by this client.").arg(request.operationId);
        call->failLater(makeError(ApiError::Kind::Client, message, request));
        return call;
    }
    const QUrl url = buildUrl(request);
    if (!url.isValid() || url.host().isEmpty()) {
        call->failLater(makeError(ApiError::Kind::Client, tr("No endpoint is configured for this request."), request));
        return call;
    }
    if (request.authenticate && d->credentials.kind == Auth::Credentials::Kind::None) {
        call->failLater(makeError(ApiError::Kind::Auth, tr("No credentials are configured."), request, url));
        return call;
    }
    schedule(call, false);
    return call;
}

void ApiClient::schedule(ApiCall *call, bool front)
{
    if (d->needsIamToken(call->m_request) && d->tokens->validToken().isEmpty()) {
        d->tokenWaiters.append(call);
        d->tokens->ensure();
        return;
    }
    if (front)
        d->queue.emplace_front(call);
    else
        d->queue.emplace_back(call);
    startNext();
}

void ApiClient::startNext()
{
    while (d->inFlight < d->maxParallel && !d->queue.empty()) {
        const QPointer<ApiCall> call = d->queue.front();
        d->queue.pop_front();
        if (!call || call->m_aborted || call->m_done)
            continue;
        if (d->needsIamToken(call->m_request) && d->tokens->validToken().isEmpty()) {
            d->tokenWaiters.append(call); // the token expired while the call queued
            d->tokens->ensure();
            continue;
        }
        startAttempt(call);
    }
}

void ApiClient::startAttempt(ApiCall *call)
{
    const ApiRequest &r = call->m_request;
    ++call->m_attempt;
    QNetworkRequest request(buildUrl(r));
    request.setAttribute(AuthenticateAttribute, r.authenticate);
    request.setAttribute(OperationIdAttribute, r.operationId);
    request.setAttribute(AttemptAttribute, call->m_attempt);
    request.setRawHeader("Content-Type",
                         r.contentType.isEmpty() ? QByteArrayLiteral("application/json") : r.contentType);
    if (r.authenticate && r.service == ApiRequest::Service::Dms && !d->endpoint.projectId.isEmpty())
        request.setRawHeader("X-Project-Id", d->endpoint.projectId.toUtf8());
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (r.body.isEmpty() && r.method == "GET")
        reply = get(request);
    else if (r.body.isEmpty() && r.method == "HEAD")
        reply = head(request);
    else if (r.body.isEmpty() && r.method == "DELETE")
        reply = deleteResource(request);
    else
        reply = sendCustomRequest(request, r.method, r.body);
    call->m_reply = reply;
    ++d->inFlight;
    Q_EMIT inFlightChanged(d->inFlight);

    // Inactivity timeout per attempt, restarted by progress; the flag tells it from abort().
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(d->timeoutMs);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, timer, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::uploadProgress, timer, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::progress);
    timer->start();

    const QPointer<ApiCall> guard(call);
    if (reply->isFinished()) {
        QMetaObject::invokeMethod(
            this, [this, reply, guard] { onReplyFinished(reply, guard); }, Qt::QueuedConnection);
    } else {
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard] { onReplyFinished(reply, guard); });
    }
}

void ApiClient::onReplyFinished(QNetworkReply *reply, const QPointer<ApiCall> &call)
{
    reply->deleteLater();
    if (auto *timer = reply->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        timer->stop();
    --d->inFlight;
    Q_EMIT inFlightChanged(d->inFlight);
    const auto next = qScopeGuard([this] { startNext(); });

    if (!call || call->m_aborted || call->m_done)
        return; // owner gone or user cancel: silence, as promised
    call->m_reply = nullptr;

    const ApiRequest &r = call->m_request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    const QUrl url = reply->request().url();

    if (reply->property(TimedOutProperty).toBool()) {
        ApiError error = makeError(ApiError::Kind::Timeout,
                                   tr("No answer within %1 s.").arg(d->timeoutMs / 1000.0, 0, 'g', 3), r, url);
        call->fail(error);
        return;
    }
    if (status == 0) {
        // Note: Qt < 6.5 itself re-sends any request once when the connection closes before
        // an answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF); later Qt only does
        // that for idempotent methods. Our own retries below are for reads only.
        const QNetworkReply::NetworkError code = reply->error();
        if (r.isIdempotent() && RetryPolicy::isRetryableNetworkError(code)) {
            if (const auto delay =
                    d->retry.delayMs(call->m_attempt, std::nullopt, QRandomGenerator::global()->generateDouble())) {
                retryLater(call, *delay);
                return;
            }
        }
        const bool cancelled = code == QNetworkReply::OperationCanceledError;
        call->fail(
            makeError(cancelled ? ApiError::Kind::Cancelled : ApiError::Kind::Network, reply->errorString(), r, url));
        return;
    }
    if (status >= 200 && status < 300) {
        call->complete(status, body, reply->rawHeaderPairs());
        return;
    }
    if (status == 401 && d->needsIamToken(r) && !call->m_tokenReplayed) {
        // The token may have been revoked early (password change...): fetch a new one, replay once.
        call->m_tokenReplayed = true;
        d->tokens->invalidate(reply->request().rawHeader("X-Auth-Token"));
        schedule(call, true);
        return;
    }
    if (r.isIdempotent() && RetryPolicy::isRetryableStatus(status)) {
        const auto retryAfter =
            RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (const auto delay =
                d->retry.delayMs(call->m_attempt, retryAfter, QRandomGenerator::global()->generateDouble())) {
            retryLater(call, *delay);
            return;
        }
    }
    call->m_headers = reply->rawHeaderPairs();
    call->m_httpStatus = status;
    call->fail(ApiError::fromHttp(status, body, requestId, url, r.method), body);
}

void ApiClient::retryLater(ApiCall *call, int delayMs)
{
    qCDebug(lcApi).noquote() << call->m_request.method << call->m_request.path << "retry" << call->m_attempt << "in"
                             << delayMs << "ms";
    delete call->m_retryTimer;
    call->m_retryTimer = new QTimer(call);
    call->m_retryTimer->setSingleShot(true);
    call->m_retryTimer->setTimerType(Qt::PreciseTimer); // Retry-After is a lower bound
    connect(call->m_retryTimer, &QTimer::timeout, this, [this, call] {
        call->m_retryTimer->deleteLater();
        call->m_retryTimer = nullptr;
        schedule(call, true);
    });
    call->m_retryTimer->start(delayMs);
}

void ApiClient::onTokenReady()
{
    const QList<QPointer<ApiCall>> waiters = std::exchange(d->tokenWaiters, {});
    for (const QPointer<ApiCall> &call : waiters) {
        if (call && !call->m_aborted && !call->m_done)
            d->queue.emplace_back(call);
    }
    startNext();
}

void ApiClient::onTokenFailed(const ApiError &error)
{
    const QList<QPointer<ApiCall>> waiters = std::exchange(d->tokenWaiters, {});
    for (const QPointer<ApiCall> &call : waiters) {
        if (!call || call->m_aborted || call->m_done)
            continue;
        ApiError copy = error;
        copy.errorMessage = tr("Could not obtain an IAM token: %1").arg(error.errorMessage);
        call->fail(copy);
    }
}

} // namespace Api
