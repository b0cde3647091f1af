#include "api/apiclient.h"

#include "api/apilogging.h"
#include "api/iamtokencache.h"
#include "api/operations.h"
#include "api/requestlog.h"
#include "api/retrypolicy.h"
#include "auth/alibabasigner.h"
#include "auth/signer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace Api {

namespace {

// Request attributes that carry the call's context into createRequest() and the log.
constexpr auto AuthenticateAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
constexpr auto OperationIdAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 2);
constexpr auto AttemptAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 3);
constexpr char TimedOutProperty[] = "_mqdesk_timed_out";

QByteArray userAgent()
{
    return QByteArrayLiteral("mqdesk/" MQDESK_VERSION " Qt/") + QByteArray(qVersion());
}

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return {};
}

/// The exact canonical query (sorted, strictly escaped, k= for empty values), so the bytes on
/// the wire are the bytes signed (signing.md 1.3).
QString canonicalQuery(const QList<QPair<QString, QString>> &query)
{
    QList<QPair<QByteArray, QByteArray>> escaped;
    escaped.reserve(query.size());
    for (const auto &[key, value] : query)
        escaped.append({Auth::Signer::escape(key.toUtf8()), Auth::Signer::escape(value.toUtf8())});
    std::sort(escaped.begin(), escaped.end());
    QByteArray out;
    for (const auto &[key, value] : escaped) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return QString::fromLatin1(out);
}

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

struct ApiClient::Private
{
    Endpoint endpoint;
    Auth::Credentials credentials;
    RetryPolicy retry;
    int timeoutMs = 30'000;
    int maxParallel = 6;
    int inFlight = 0;
    std::deque<QPointer<ApiCall>> queue;
    QList<QPointer<ApiCall>> tokenWaiters;
    QSet<QObject *> live; // calls not yet destroyed, to cancel them when the client goes
    RequestLog *ownLog = nullptr;
    QPointer<RequestLog> log;
    IamTokenCache *tokens = nullptr;

    bool needsIamToken(const ApiRequest &request) const
    {
        return request.authenticate && credentials.kind == Auth::Credentials::Kind::IamPassword;
    }
};

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

QUrl ApiClient::buildUrl(const ApiRequest &request) const
{
    QUrl url;
    if (request.service == ApiRequest::Service::Root && request.path.contains(QLatin1StringView("://"))) {
        url = QUrl(request.path, QUrl::StrictMode);
    } else {
        url = request.service == ApiRequest::Service::Iam ? d->endpoint.iam : d->endpoint.dms;
        QString base = url.path(QUrl::FullyEncoded);
        while (base.endsWith(u'/'))
            base.chop(1);
        if (request.service == ApiRequest::Service::Root)
            base.clear();
        const QString path = request.path.startsWith(u'/') ? request.path : u'/' + request.path;
        url.setPath(base + path, QUrl::TolerantMode);
    }
    if (!request.query.isEmpty())
        url.setQuery(canonicalQuery(request.query), QUrl::TolerantMode);
    return url;
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

void ApiClient::applyAuth(const QByteArray &method, const QByteArray &body, QNetworkRequest *request) const
{
    using Kind = Auth::Credentials::Kind;
    const Auth::Credentials &c = d->credentials;
    switch (c.kind) {
    case Kind::AkSk:
    case Kind::TemporaryAkSk: {
        if (c.kind == Kind::TemporaryAkSk && !c.securityToken.isEmpty())
            request->setRawHeader("X-Security-Token", c.securityToken);
        Auth::SignInput input;
        input.method = method;
        input.url = request->url();
        input.body = body;
        const QList<QByteArray> names = request->rawHeaderList();
        for (const QByteArray &name : names) {
            if (name.compare("User-Agent", Qt::CaseInsensitive) != 0)
                input.headers.append({name, request->rawHeader(name)});
        }
        const Auth::SignResult result = Auth::Signer::sign(input, c.accessKey, c.secretKey);
        for (const auto &[name, value] : result.headersToAdd)
            request->setRawHeader(name, value);
        request->setUrl(result.sendUrl);
        break;
    }
    case Kind::IamPassword:
        if (const QByteArray token = d->tokens ? d->tokens->currentToken() : QByteArray(); !token.isEmpty())
            request->setRawHeader("X-Auth-Token", token);
        break;
    case Kind::IamToken:
        request->setRawHeader("X-Auth-Token", c.token);
        break;
    case Kind::AlibabaAccessKey: {
        // Alibaba Cloud OpenAPI (ApsaraMQ for MQTT): V3 over host, content-type and x-acs-*.
        Auth::AlibabaSigner::V3Input input;
        input.method = method;
        input.url = request->url();
        input.body = body;
        const QList<QByteArray> names = request->rawHeaderList();
        for (const QByteArray &name : names)
            input.headers.append({name, request->rawHeader(name)});
        const auto result = Auth::AlibabaSigner::signV3(input, c.accessKey, c.secretKey);
        for (const auto &[name, value] : result.headersToAdd)
            request->setRawHeader(name, value);
        request->setUrl(result.sendUrl);
        break;
    }
    case Kind::None:
        break;
    }
}

QNetworkReply *ApiClient::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    const QByteArray method = verbOf(op, request);

    // The signature covers the exact body bytes: read them without consuming the device.
    QByteArray body;
    QBuffer *replacement = nullptr;
    if (auto *buffer = qobject_cast<QBuffer *>(outgoingData)) {
        body = buffer->data();
    } else if (outgoingData && !outgoingData->isSequential()) {
        const qint64 pos = outgoingData->pos();
        body = outgoingData->readAll();
        outgoingData->seek(pos);
    } else if (outgoingData) {
        body = outgoingData->readAll();
        replacement = new QBuffer;
        replacement->setData(body);
        replacement->open(QIODevice::ReadOnly);
        outgoingData = replacement;
    }

    if (!request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    if (request.attribute(AuthenticateAttribute, true).toBool())
        applyAuth(method, body, &request);
    request.setRawHeader("User-Agent", userAgent());

    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = method;
    entry.url = RequestLog::redactUrl(request.url());
    entry.operationId = request.attribute(OperationIdAttribute).toString();
    entry.attempt = request.attribute(AttemptAttribute, 1).toInt();
    entry.bytesOut = body.size();
    QList<QPair<QByteArray, QByteArray>> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    entry.requestHeaders = RequestLog::redactHeaders(headers);
    entry.requestBody = RequestLog::redactBody(body, request.rawHeader("Content-Type"), &entry.bodyTruncated);

    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    if (replacement)
        replacement->setParent(reply);
    QElapsedTimer elapsed;
    elapsed.start();
    // Connected before any caller can connect, so this runs first and sees the whole body.
    connect(reply, &QNetworkReply::finished, this, [this, reply, entry = std::move(entry), elapsed]() mutable {
        entry.durationMs = elapsed.elapsed();
        entry.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        entry.bytesIn = reply->bytesAvailable();
        entry.requestId = reply->rawHeader("X-Request-Id");
        if (reply->property(TimedOutProperty).toBool()) {
            entry.error = ApiError::kindName(ApiError::Kind::Timeout);
        } else if (entry.httpStatus >= 400 || (entry.httpStatus > 0 && entry.httpStatus < 200)) {
            entry.error =
                ApiError::fromHttp(entry.httpStatus, reply->peek(64 * 1024), entry.requestId, entry.url, entry.method)
                    .toString();
        } else if (entry.httpStatus == 0 && reply->error() != QNetworkReply::NoError) {
            entry.error = reply->error() == QNetworkReply::OperationCanceledError
                ? ApiError::kindName(ApiError::Kind::Cancelled)
                : reply->errorString();
        }
        if (entry.isError()) {
            qCInfo(lcApi).noquote() << entry.method << entry.url.toDisplayString() << "->" << entry.error << "after"
                                    << entry.durationMs << "ms";
        } else {
            qCDebug(lcApi).noquote() << entry.method << entry.url.toDisplayString() << "->" << entry.httpStatus << "in"
                                     << entry.durationMs << "ms";
        }
        if (d->log)
            d->log->add(std::move(entry));
    });
    return reply;
}

} // namespace Api
