// ApsaraMQ for MQTT SendMessage (seed 002) behind Alibaba's RPC-style OpenAPI.
#include "mqttservice.h"

#include "ratelimiter.h"

#include "auth/alibabasigner.h"
#include "router.h"
#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace Emulator::Mqtt {

namespace {

constexpr char kVersion[] = "2020-04-20";

const QList<Store::Migration> &migrations()
{
    static const QList<Store::Migration> steps {
        {1,
         {u"CREATE TABLE mqtt_instances(id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
          u"CREATE TABLE mqtt_messages(msg_id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, topic TEXT NOT NULL,"
          " payload TEXT NOT NULL, created_at INTEGER NOT NULL)"_s}},
    };
    return steps;
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

HttpResponse aliError(int status, const QString &code, const QString &message, const QString &requestId)
{
    return HttpResponse::json(QJsonObject {{u"RequestId"_s, requestId},
                                           {u"HostId"_s, u"onsmqtt.mqdesk-emulator"_s},
                                           {u"Code"_s, code},
                                           {u"Message"_s, message},
                                           {u"Recommend"_s, QString()}},
                              status);
}

// The documented messages of seed 002.
HttpResponse invalidParameter(const QString &name, const QString &requestId)
{
    return aliError(400, u"InvalidParameter."_s + name,
                    u"An error occurred while validating the parameter. The parameter may be missing or invalid."_s,
                    requestId);
}

struct State
{
    explicit State(ServiceContext &c) : context(c), limiter(c.settings.mqttQpsLimit) { clock.start(); }

    ServiceContext &context;
    RateLimiter limiter;
    QElapsedTimer clock;
    QHash<QByteArray, qint64> nonces; ///< nonce -> expiry (clock ms): a nonce is good once
};

HttpResponse sendMessage(State &state, const QHash<QString, QString> &params, const QString &requestId)
{
    const QString instanceId = params.value(u"InstanceId"_s);
    const QString topic = params.value(u"MqttTopic"_s);
    const QString payload = params.value(u"Payload"_s);
    if (instanceId.isEmpty())
        return invalidParameter(u"InstanceId"_s, requestId);
    if (topic.isEmpty() || topic.size() > 128 || topic.contains(u'#') || topic.contains(u'+') || topic.startsWith(u'/'))
        return invalidParameter(u"MqttTopic"_s, requestId);
    if (payload.isEmpty())
        return invalidParameter(u"Payload"_s, requestId);
    if (!state.context.store.row(u"SELECT id FROM mqtt_instances WHERE id = ?"_s, {instanceId}))
        return aliError(400, u"InstancePermissionCheckFailed"_s,
                        u"An error occurred while validating the permissions of the instance. Please verify the "
                        "account that created the instance and its permissions settings."_s,
                        requestId);
    const QString msgId = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().toUpper());
    if (!state.context.store.exec(u"INSERT INTO mqtt_messages(msg_id, instance_id, topic, payload, created_at)"
                                  " VALUES(?, ?, ?, ?, ?)"_s,
                                  {msgId, instanceId, topic, payload, QDateTime::currentMSecsSinceEpoch()}))
        return aliError(500, u"SendMessageFailed"_s,
                        u"A storage exception occurred while sending the message. Please try again."_s, requestId);
    return HttpResponse::json(QJsonObject {{u"MsgId"_s, msgId}, {u"RequestId"_s, requestId}});
}

HttpResponse handle(State &state, const RequestContext &request)
{
    const QString requestId = newRequestId();
    // The parameters: the query, plus a form body (Alibaba's RPC clients POST them that way).
    Auth::AlibabaSigner::Params query;
    for (const auto &[key, value] : request.query)
        query.append({key.toUtf8(), value.toUtf8()});
    QByteArray rawQuery;
    for (const auto &[key, value] : std::as_const(query)) {
        if (!rawQuery.isEmpty())
            rawQuery += '&';
        rawQuery += Auth::AlibabaSigner::percentEncode(key) + '=' + Auth::AlibabaSigner::percentEncode(value);
    }
    Auth::AlibabaSigner::Params all = query;
    if (request.method == "POST" && request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        all += Auth::AlibabaSigner::parseForm(request.body);
    QHash<QString, QString> params;
    for (const auto &[key, value] : std::as_const(all))
        params.insert(QString::fromUtf8(key), QString::fromUtf8(value));

    Auth::AlibabaVerifier::Request input;
    input.method = request.method;
    input.rawPath = "/";
    input.rawQuery = rawQuery;
    input.headers = request.headers;
    input.body = request.body;
    input.now = QDateTime::currentDateTimeUtc();
    const QByteArray accessKey = state.context.settings.accessKey;
    const QByteArray secret = state.context.settings.secretKey;
    const auto verified = Auth::AlibabaVerifier::verify(input, [&](const QByteArray &id) -> std::optional<QByteArray> {
        if (!accessKey.isEmpty() && id == accessKey)
            return secret;
        return std::nullopt;
    });
    using Status = Auth::AlibabaVerifier::Result::Status;
    switch (verified.status) {
    case Status::Ok:
        break;
    case Status::Missing:
    case Status::Malformed:
        return aliError(400, u"IncompleteSignature"_s, verified.message, requestId);
    case Status::UnknownAccessKey:
        return aliError(404, u"InvalidAccessKeyId.NotFound"_s, verified.message, requestId);
    case Status::Expired:
        return aliError(400, u"InvalidTimeStamp.Expired"_s, verified.message, requestId);
    case Status::SignatureMismatch:
    case Status::NonceUsed:
        return aliError(400, u"SignatureDoesNotMatch"_s, verified.message, requestId);
    }
    const qint64 now = state.clock.elapsed();
    for (auto it = state.nonces.begin(); it != state.nonces.end();)
        it = it.value() < now ? state.nonces.erase(it) : std::next(it);
    if (!verified.nonce.isEmpty()) {
        if (state.nonces.contains(verified.nonce))
            return aliError(400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s, requestId);
        state.nonces.insert(verified.nonce, now + 15 * 60 * 1000);
    }

    const QString action =
        QString::fromUtf8(verified.version == 3 ? request.header("x-acs-action") : params.value(u"Action"_s).toUtf8());
    const QString version = QString::fromUtf8(verified.version == 3 ? request.header("x-acs-version")
                                                                    : params.value(u"Version"_s).toUtf8());
    if (action != "SendMessage"_L1 || version != QLatin1StringView(kVersion))
        return aliError(404, u"ApiNotSupport"_s, u"The specified API is not supported."_s, requestId);
    if (!state.limiter.tryAcquire(now))
        return aliError(500, u"SystemOverFlow"_s,
                        u"An error occurred while processing your request. Please try again."_s, requestId);
    return sendMessage(state, params, requestId);
}

} // namespace

bool install(ServiceContext &context, QString *error)
{
    if (!context.store.migrate(u"mqtt"_s, migrations(), error))
        return false;
    auto state = std::make_shared<State>(context);
    const Handler handler = [state](const RequestContext &request) { return handle(*state, request); };
    // Unauthenticated for the DMS gateway: the endpoint checks Alibaba's signatures itself.
    context.router.handlePath("GET", u"/"_s, u"alibaba_rpc"_s, handler, false);
    context.router.handlePath("POST", u"/"_s, u"alibaba_rpc"_s, handler, false);
    return true;
}

bool createInstance(ServiceContext &context, const QString &instanceId, const QString &name)
{
    return context.store.exec(u"INSERT OR IGNORE INTO mqtt_instances(id, name, created_at) VALUES(?, ?, ?)"_s,
                              {instanceId, name, QDateTime::currentMSecsSinceEpoch()});
}

qint64 messageCount(Store &store, const QString &instanceId, const QString &topic)
{
    if (topic.isEmpty())
        return store.scalar(u"SELECT COUNT(*) FROM mqtt_messages WHERE instance_id = ?"_s, {instanceId}).toLongLong();
    return store
        .scalar(u"SELECT COUNT(*) FROM mqtt_messages WHERE instance_id = ? AND topic = ?"_s, {instanceId, topic})
        .toLongLong();
}

void seedDemo(ServiceContext &context)
{
    createInstance(context, u"mqtt-demo-1"_s, u"demo-mqtt"_s);
}

} // namespace Emulator::Mqtt
