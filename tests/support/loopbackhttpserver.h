#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

namespace TestSupport {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP/1.1 request as it arrived, raw (nothing decoded).
struct HttpRequest
{
    int index = 0; ///< 0-based, in arrival order
    QByteArray method;
    QByteArray target; ///< request target as sent: path?query
    QByteArray path;   ///< raw path
    QByteArray query;  ///< raw query without '?'
    HeaderPairs headers;
    QByteArray body;
    qint64 receivedMs = 0; ///< monotonic ms since the server was created

    QByteArray header(const QByteArray &name) const; ///< case-insensitive, empty if absent
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    HeaderPairs headers;
    bool drop = false; ///< close the connection without answering

    static HttpResponse json(int status, const QByteArray &body, const HeaderPairs &headers = {});
    static HttpResponse dropConnection();
};

/// A tiny HTTP/1.1 server on 127.0.0.1 (random port) for client tests: keep-alive, raw
/// access to everything received, answers now or later (held requests), connection drops,
/// and a count of requests in progress at once. Lives in the thread that creates it (or is
/// moved to, before listen()); never block that thread while the client under test runs there.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)
public:
    /// nullopt holds the request: answer it later with respond().
    using Handler = std::function<std::optional<HttpResponse>(const HttpRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url() const; ///< http://127.0.0.1:<port>

    void setHandler(Handler handler); ///< default: 200 with {}
    void respond(int index, const HttpResponse &response);
    void respondToAllHeld(const HttpResponse &response);

    const QList<HttpRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    QList<int> heldRequests() const { return m_held.keys(); }
    int inProgress() const { return m_inProgress; } ///< received, not yet answered
    int maxInProgress() const { return m_maxInProgress; }
    int peerClosedCount() const { return m_peerClosed; } ///< held requests whose client hung up

Q_SIGNALS:
    void requestReceived(int index);
    void peerClosed(int index);

private:
    struct Connection
    {
        QByteArray buffer;
        int current = -1; ///< request being handled on this connection
        bool closeAfter = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void write(QTcpSocket *socket, int index, const HttpResponse &response);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<int, QPointer<QTcpSocket>> m_held;
    int m_inProgress = 0;
    int m_maxInProgress = 0;
    int m_peerClosed = 0;
};

} // namespace TestSupport
