#include "server.h"

#include "admin/admin.h"
#include "authenticator.h"
#include "catalog.h"
#include "faults.h"
#include "iam/iamservice.h"
#include "kafka/kafkaservice.h"
#include "mqtt/mqttservice.h"
#include "queues/queueservice.h"
#include "router.h"
#include "store.h"

#if __has_include("broker/broker.h")
#include "broker/broker.h"
#define MQDESK_EMULATOR_HAS_BROKER 1
#endif

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEmulator, "mqdesk.emulator")

namespace Emulator {

namespace {

constexpr qsizetype kMaxBodyBytes = 12 * 1024 * 1024;

QByteArray newRequestId()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QList<QPair<QString, QString>> decodeQuery(const QByteArray &raw)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = raw.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

/// Accepts connections with TCP_NODELAY. QHttpServer writes an answer's head and body
/// separately; with Nagle's algorithm the body then waits for the client's delayed ACK of the
/// head, which added about 40 ms to every answer over a few KB (a 50-topic page) on loopback.
class LowDelayTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

struct Server::Private
{
    explicit Private(const Settings &s) : settings(s), catalog(store), authenticator(store, settings) { }

    Settings settings;
    Store store;
    Router router;
    Catalog catalog;
    Authenticator authenticator;
    FaultInjector faults;
    std::unique_ptr<HttpFrontend> frontend;
    std::unique_ptr<ServiceContext> context;
    QHostAddress address;
    quint16 port = 0;
};

Server::Server(const Settings &settings, QObject *parent) : QObject(parent), d(std::make_unique<Private>(settings)) { }

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!d->settings.faults.isEmpty()) {
        QString faultError;
        const auto spec = FaultSpec::parse(d->settings.faults, &faultError);
        if (!spec)
            return fail(faultError);
        d->faults = FaultInjector(*spec);
    }
    QString storeError;
    if (!d->store.open(d->settings.dataDir, &storeError))
        return fail(storeError);
    if (!d->authenticator.migrateSchema(&storeError))
        return fail(storeError);
    d->context = std::make_unique<ServiceContext>(ServiceContext {d->store, d->router, d->catalog, d->settings});
    if (!Admin::install(*d->context, &storeError))
        return fail(storeError);
    Iam::install(*d->context, d->authenticator);
#ifdef MQDESK_EMULATOR_HAS_BROKER
    if (Broker::Service *broker = Broker::install(*d->context)) {
        d->catalog.setTopicGroupsProvider([broker](const QString &instanceId, const QString &topic) {
            return broker->topicGroups(instanceId, topic);
        });
        d->catalog.setGroupOnlineProvider([broker](const QString &instanceId, const QString &group) {
            const QList<Broker::Client> clients = broker->clients(instanceId, group);
            return std::any_of(clients.cbegin(), clients.cend(), [](const Broker::Client &c) { return c.online; });
        });
    }
#endif
    // After the admin side: Kafka wraps the instance and topic lists the engines share.
    if (!Kafka::install(*d->context, &storeError) || !Queues::install(*d->context, &storeError) ||
        !Mqtt::install(*d->context, &storeError))
        return fail(storeError);
    if (d->settings.demo) {
        Kafka::seedDemo(*d->context);
        Queues::seedDemo(*d->context);
        Mqtt::seedDemo(*d->context);
        const std::optional<DemoSeed> seed = Admin::seedDemo(*d->context);
#ifdef MQDESK_EMULATOR_HAS_BROKER
        if (seed)
            Broker::seedDemo(*d->context, *seed);
#endif
    }

    d->address =
        d->settings.host == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(d->settings.host);
    if (d->address.isNull())
        return fail(u"cannot listen on \"%1\": not an IP address"_s.arg(d->settings.host));
    // Our own listening QTcpServer handed to bind(): the one way that works from Qt 6.4 (where
    // listen() exists) to 6.8+ (where bind() is the API).
    auto tcpServer = std::make_unique<LowDelayTcpServer>();
    if (!tcpServer->listen(d->address, d->settings.port)) {
        return fail(
            u"cannot listen on %1:%2: %3"_s.arg(d->settings.host).arg(d->settings.port).arg(tcpServer->errorString()));
    }
    d->port = tcpServer->serverPort();
    d->frontend = std::make_unique<HttpFrontend>([this](const RawRequest &request) { return process(request); });
    d->frontend->setClockOffset(d->faults.spec().clockOffsetSeconds);
    static_cast<void>(d->frontend->bind(tcpServer.release())); // takes ownership
    return true;
}

void Server::stop()
{
    if (d->frontend) {
        const QList<QTcpServer *> servers = d->frontend->servers();
        for (QTcpServer *server : servers)
            server->close();
        d->frontend.reset();
    }
    d->store.close();
}

quint16 Server::port() const
{
    return d->port;
}

QUrl Server::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

const Settings &Server::settings() const
{
    return d->settings;
}

Store &Server::store()
{
    return d->store;
}

Router &Server::router()
{
    return d->router;
}

Catalog &Server::catalog()
{
    return d->catalog;
}

Outcome Server::process(const RawRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    const QByteArray requestId = newRequestId();
    const QString path = QString::fromUtf8(request.path);

    const FaultInjector::Decision fault = d->faults.decide(path);
    outcome.delayMs = fault.delayMs;
    switch (fault.kind) {
    case FaultInjector::Decision::Kind::Drop:
        outcome.delivery = Outcome::Delivery::Drop;
        break;
    case FaultInjector::Decision::Kind::Truncate:
        outcome.delivery = Outcome::Delivery::Truncate;
        break;
    case FaultInjector::Decision::Kind::Throttle:
        outcome.response = errorResponse(429, u"APIGW.0308"_s, u"The throttling threshold has been reached."_s)
                               .withHeader("Retry-After", QByteArray::number(d->faults.spec().retryAfterSeconds));
        break;
    case FaultInjector::Decision::Kind::Error:
        outcome.response = fault.status == 500 ? Errors::internal(u"Injected fault."_s)
                                               : errorResponse(fault.status, u"DMS.00500000"_s, u"Injected fault."_s);
        break;
    case FaultInjector::Decision::Kind::None:
        break;
    }

    const auto handle = [&]() -> HttpResponse {
        if (request.body.size() > kMaxBodyBytes)
            return Errors::bodyTooLarge();
        const Router::Match match = d->router.match(request.method, path);
        Authenticator::Identity identity;
        if (match.authenticate) {
            const Authenticator::Result auth = d->authenticator.authenticate(request, requestId);
            if (!auth.identity)
                return auth.error;
            identity = *auth.identity;
        }
        switch (match.kind) {
        case Router::Match::Kind::NoPath:
            return Errors::urlNotFound();
        case Router::Match::Kind::WrongMethod:
            return Errors::methodNotAllowed();
        case Router::Match::Kind::NotImplemented:
            return errorResponse(501, u"DMS.00500000"_s, u"The emulator does not implement %1 yet."_s.arg(match.id));
        case Router::Match::Kind::Found:
            break;
        }

        RequestContext context;
        context.operation = match.operation;
        context.operationId = match.id;
        context.method = request.method;
        context.path = QUrl::fromPercentEncoding(request.path);
        context.pathParams = match.pathParams;
        context.query = decodeQuery(request.query);
        context.headers = request.headers;
        context.body = request.body;
        context.accessKey = identity.accessKey;
        context.requestId = requestId;
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error == QJsonParseError::NoError)
                context.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        context.projectId = match.pathParams.value(u"project_id"_s);
        if (context.projectId.isEmpty())
            context.projectId = QString::fromUtf8(request.header("X-Project-Id"));
        if (context.projectId.isEmpty())
            context.projectId = identity.projectId;
        if (match.pathParams.contains(u"project_id"_s)) {
            if (!identity.projectId.isEmpty() && identity.projectId != context.projectId)
                return errorResponse(401, u"DMS.10240104"_s, u"The project ID and token do not match."_s);
            if (!d->settings.knowsProject(context.projectId))
                return errorResponse(403, u"DMS.10240309"_s, u"Access denied. You cannot perform operations on DMS."_s);
        }
        if (auto invalid = Router::validate(context))
            return *invalid;
        return match.handler(context);
    };
    if (fault.kind == FaultInjector::Decision::Kind::None || fault.kind == FaultInjector::Decision::Kind::Truncate)
        outcome.response = handle();
    outcome.response.headers.append({"X-Request-Id", requestId});
    qCInfo(lcEmulator).noquote() << request.method << path << outcome.response.status << timer.elapsed() << "ms"
                                 << "request" << requestId;
    return outcome;
}

} // namespace Emulator
