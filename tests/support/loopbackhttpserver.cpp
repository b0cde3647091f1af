#include "loopbackhttpserver.h"

#include <QTcpSocket>

namespace TestSupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
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
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
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

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body, const HeaderPairs &headers)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

HttpResponse HttpResponse::dropConnection()
{
    HttpResponse response;
    response.drop = true;
    return response;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(this) // a child, so moveToThread() takes it along
    , m_handler([](const HttpRequest &) { return HttpResponse::json(200, "{}"); })
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    for (QTcpSocket *socket : m_connections.keys()) {
        socket->disconnect(this);
        socket->deleteLater();
    }
}

bool LoopbackHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl LoopbackHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LoopbackHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // One request at a time per connection (the client does not pipeline).
    while (it->current < 0) {
        const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
        HttpRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype question = request.target.indexOf('?');
        request.path = question < 0 ? request.target : request.target.left(question);
        request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        length = request.header("Content-Length").toLongLong();
        if (it->buffer.size() < headerEnd + 4 + length)
            return;
        request.body = it->buffer.mid(headerEnd + 4, length);
        it->buffer.remove(0, headerEnd + 4 + length);
        it->closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        request.index = int(m_requests.size());
        request.receivedMs = m_clock.elapsed();
        it->current = request.index;
        m_requests.append(request);
        m_maxInProgress = std::max(m_maxInProgress, ++m_inProgress);

        const std::optional<HttpResponse> response = m_handler(request);
        Q_EMIT requestReceived(request.index);
        it = m_connections.find(socket); // the handler may have run code that touched us
        if (it == m_connections.end())
            return;
        if (!response) {
            m_held.insert(request.index, socket);
            return;
        }
        write(socket, request.index, *response);
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

void LoopbackHttpServer::respond(int index, const HttpResponse &response)
{
    const QPointer<QTcpSocket> socket = m_held.take(index);
    if (!socket)
        return;
    write(socket, index, response);
    if (m_connections.contains(socket) && socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void LoopbackHttpServer::respondToAllHeld(const HttpResponse &response)
{
    const QList<int> held = m_held.keys();
    for (int index : held)
        respond(index, response);
}

void LoopbackHttpServer::write(QTcpSocket *socket, int index, const HttpResponse &response)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->current != index)
        return;
    it->current = -1;
    --m_inProgress;
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += it->closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    if (it->closeAfter)
        socket->disconnectFromHost();
}

void LoopbackHttpServer::onDisconnected(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const int current = it->current;
    m_connections.erase(it);
    if (current >= 0) {
        --m_inProgress;
        if (m_held.remove(current) > 0) {
            ++m_peerClosed;
            Q_EMIT peerClosed(current);
        }
    }
    socket->deleteLater();
}

} // namespace TestSupport
