#include "api/apicall.h"

#include "api/apilogging.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

namespace Api {

ApiCall::ApiCall(QObject *owner) : QObject(owner), m_selfOwned(owner == nullptr) { }

ApiCall::~ApiCall()
{
    // The owner went away (or the call was deleted): stop the transfer and stay silent. The
    // client sees m_aborted when the reply reports its end, and only then forgets the call.
    m_aborted = true;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiCall::abort()
{
    if (m_done || m_aborted)
        return;
    m_aborted = true;
    delete m_retryTimer;
    m_retryTimer = nullptr;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort();
    }
    if (m_selfOwned)
        deleteLater();
}

bool ApiCall::markDone()
{
    if (m_aborted)
        return false;
    // The single-emission contract: a second end is a bug in the client, not a user error.
    Q_ASSERT_X(!m_done, "ApiCall", "finished/failed emitted twice");
    if (m_done)
        return false;
    m_done = true;
    return true;
}

void ApiCall::finishEmission()
{
    if (m_selfOwned)
        deleteLater();
}

void ApiCall::complete(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_httpStatus = status;
    m_headers = headers;
    m_rawBody = body;
    if (m_request.expectJson && !body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        m_result = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            ApiError error;
            error.kind = ApiError::Kind::Parse;
            error.httpStatus = status;
            error.requestId = responseHeader("X-Request-Id");
            error.errorMessage = QCoreApplication::translate("Api::ApiCall", "The answer is not valid JSON: %1")
                                     .arg(parseError.errorString());
            fail(error, body);
            return;
        }
    }
    if (!markDone())
        return;
    const QPointer<ApiCall> self(this);
    Q_EMIT finished(m_result);
    if (self)
        finishEmission();
}

void ApiCall::fail(const ApiError &error, const QByteArray &body)
{
    if (!markDone())
        return;
    m_error = error;
    if (m_error.url.isEmpty())
        m_error.url = QUrl(m_request.path);
    if (m_error.method.isEmpty())
        m_error.method = m_request.method;
    if (m_httpStatus == 0)
        m_httpStatus = error.httpStatus;
    if (!body.isEmpty())
        m_rawBody = body;
    qCDebug(lcApi).noquote() << m_error.method << m_error.url.toDisplayString() << "failed:" << m_error.toString();
    const QPointer<ApiCall> self(this);
    Q_EMIT failed(m_error);
    if (self)
        finishEmission();
}

void ApiCall::failLater(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

} // namespace Api
