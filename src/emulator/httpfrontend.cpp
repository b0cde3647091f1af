#include "httpfrontend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

RawRequest toRaw(const QHttpServerRequest &request)
{
    RawRequest raw;
    raw.method = methodName(request.method());
    const QUrl url = request.url();
    raw.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (raw.path.isEmpty())
        raw.path = "/";
    raw.query = url.query(QUrl::FullyEncoded).toUtf8();
    raw.headers = request.headers();
    raw.body = request.body();
    raw.remote = request.remoteAddress();
    return raw;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
QByteArray serialiseHead(const HttpResponse &response, qsizetype contentLength, bool close, const QByteArray &date)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpFrontend::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && response.status != 204)
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Date: " + date + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

void deliver(QTcpSocket *socket, const Outcome &outcome, bool closeAfter, bool headRequest, const QByteArray &date)
{
    const HttpResponse &response = outcome.response;
    switch (outcome.delivery) {
    case Outcome::Delivery::Drop:
        socket->abort();
        return;
    case Outcome::Delivery::Truncate: {
        socket->write(serialiseHead(response, response.body.size(), true, date));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case Outcome::Delivery::Normal:
        break;
    }
    socket->write(serialiseHead(response, response.body.size(), closeAfter, date));
    if (!headRequest)
        socket->write(response.body);
    if (closeAfter)
        socket->disconnectFromHost();
}
#endif

} // namespace

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpFrontend::HttpFrontend(Processor processor, QObject *parent)
    : QAbstractHttpServer(parent), m_processor(std::move(processor))
{
}

HttpFrontend::~HttpFrontend() = default;

QByteArray HttpFrontend::httpDate(const QDateTime &time)
{
    // QLocale::c(): day and month names must be English whatever the user's locale.
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray HttpFrontend::dateAt(qint64 offsetSeconds)
{
    // Stamped when the answer leaves (after any injected latency), as a gateway does.
    return httpDate(QDateTime::currentDateTimeUtc().addSecs(offsetSeconds));
}

QByteArray HttpFrontend::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const RawRequest raw = toRaw(request);
    const Outcome outcome = m_processor(raw);
    const QByteArray connection = raw.header("Connection").toLower();
    const bool closeAfter = connection == "close";
    const bool headRequest = raw.method == "HEAD";
    if (outcome.delayMs <= 0) {
        deliver(socket, outcome, closeAfter, headRequest, dateAt(m_clockOffsetSeconds));
        return true;
    }
    // The work is done; only the answer is late. A client that hangs up cancels the timer.
    QTimer::singleShot(
        outcome.delayMs, socket,
        [socket = QPointer<QTcpSocket>(socket), outcome, closeAfter, headRequest, offset = m_clockOffsetSeconds] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                deliver(socket, outcome, closeAfter, headRequest, dateAt(offset));
        });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

#else

// Qt 6.8+ owns the socket: answers go through the responder, so delays and broken
// deliveries degrade to an immediate 502 (documented with --faults).
bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Outcome outcome = m_processor(toRaw(request));
    if (outcome.delivery != Outcome::Delivery::Normal)
        outcome.response = errorResponse(502, u"APIGW.0202"_s, u"Injected fault: broken delivery."_s);
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::Date, dateAt(m_clockOffsetSeconds));
    if (!outcome.response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, outcome.response.contentType);
    for (const auto &[name, value] : outcome.response.headers)
        headers.append(name, value);
    responder.write(outcome.response.body, headers,
                    static_cast<QHttpServerResponder::StatusCode>(outcome.response.status));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    handleRequest(request, responder);
}

#endif

} // namespace Emulator
