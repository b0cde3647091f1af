// The wire side of ApiClient: the URL, the authentication of each request (signature or
// token) in createRequest(), and the request log entry of each attempt.
#include "api/apiclient.h"
#include "api/apiclient_p.h"
#include "api/apilogging.h"
#include "auth/alibabasigner.h"
#include "auth/signer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkReply>

#include <algorithm>

namespace Api {

using namespace ClientDetail;

namespace {

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

} // namespace

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
