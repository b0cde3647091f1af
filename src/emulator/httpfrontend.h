#pragma once

#include "httpresponse.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QtGlobal>

#include <functional>

class QTcpSocket;

namespace Emulator {

/// One HTTP request, as received: the path and query stay percent-encoded so the signature
/// can be recomputed over exactly what the client signed.
struct RawRequest
{
    QByteArray method; ///< upper case
    QByteArray path;   ///< percent-encoded path
    QByteArray query;  ///< percent-encoded query without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive
};

/// How an answer goes out: normally, late, or broken on purpose (--faults).
struct Outcome
{
    enum class Delivery { Normal, Drop, Truncate };
    HttpResponse response;
    int delayMs = 0;
    Delivery delivery = Delivery::Normal;
};

/// The socket side: a QAbstractHttpServer that hands every request to one processor and
/// writes the outcome itself (any status, any headers, late, dropped or truncated). This is
/// the only place that depends on the QHttpServer version: Qt 6.8 replaced the socket in
/// handleRequest()/missingHandler() by a responder.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)
public:
    using Processor = std::function<Outcome(const RawRequest &)>;
    explicit HttpFrontend(Processor processor, QObject *parent = nullptr);
    ~HttpFrontend() override;

    static QByteArray reasonPhrase(int status);
    /// An HTTP-date (RFC 7231 IMF-fixdate, always GMT and English): "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(const QDateTime &time);
    /// Stamps the Date header this many seconds off the real time (--faults clock=SECONDS).
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    static QByteArray dateAt(qint64 offsetSeconds);

    Processor m_processor;
    qint64 m_clockOffsetSeconds = 0;
};

} // namespace Emulator
