#include "broker.h"
#include "handlers.h"
#include "router.h"
#include "simulation.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Emulator::Broker {

namespace {
constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024; // DefaultMQProducer maxMessageSize
constexpr int kExportLimit = 2000;                   // bounds an export like the dashboard's scans

bool isDeadLetterTopic(const QString &topic)
{
    return topic.startsWith("%DLQ%"_L1);
}

// The optional topic of a dead-letter export or resend: empty or a %DLQ% topic, else 400.
std::optional<HttpResponse> invalidDeadLetterTopic(const QString &topic)
{
    if (!topic.isEmpty() && !isDeadLetterTopic(topic))
        return Errors::invalidParameter(u"%1 is not a dead letter topic (%DLQ%<group>)."_s.arg(topic));
    return std::nullopt;
}

// A topic the API may address: one of the catalog's, or a group's %RETRY%/%DLQ% topic.
bool topicExists(Service &service, const QString &instanceId, const QString &topic)
{
    if (service.catalog().topic(instanceId, topic))
        return true;
    for (const QString &prefix : {u"%RETRY%"_s, u"%DLQ%"_s}) {
        if (topic.startsWith(prefix))
            return service.catalog().group(instanceId, topic.mid(prefix.size())).has_value();
    }
    return false;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.toString().trimmed().isEmpty())
            result.append(item.toString().trimmed());
    }
    return result;
}

std::optional<qint64> timeParam(const RequestContext &request, const QString &name)
{
    bool ok = false;
    const qint64 value = request.queryValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

namespace Handlers {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<Catalog::Instance> instance(Service &service, const RequestContext &request, HttpResponse *error)
{
    auto found = service.catalog().instance(request.projectId, request.param(u"instance_id"_s));
    if (!found) {
        *error = Errors::instanceNotFound();
        return std::nullopt;
    }
    if (found->status != "RUNNING"_L1) {
        *error = Errors::instanceStatus();
        return std::nullopt;
    }
    return found;
}

std::optional<Catalog::Instance> instanceWithGroup(Service &service, const RequestContext &request,
                                                   const QString &group, HttpResponse *error)
{
    auto found = instance(service, request, error);
    if (found && !service.catalog().group(found->id, group)) {
        *error = Errors::groupNotFound(group);
        return std::nullopt;
    }
    return found;
}

QJsonObject messageJson(const Message &m, const QString &instanceId)
{
    QJsonArray properties;
    for (const auto &[name, value] : m.properties)
        properties.append(QJsonObject {{u"name"_s, name}, {u"value"_s, value}});
    return QJsonObject {
        {u"msg_id"_s, m.msgId},
        {u"instance_id"_s, instanceId},
        {u"topic"_s, m.topic},
        {u"store_timestamp"_s, m.storeTs},
        {u"born_timestamp"_s, m.bornTs},
        {u"reconsume_times"_s, m.reconsumeTimes},
        {u"body"_s, QString::fromUtf8(m.body)},
        {u"body_crc"_s, qint64(m.bodyCrc)},
        {u"store_size"_s, m.storeSize},
        {u"property_list"_s, properties},
        {u"born_host"_s, m.bornHost},
        {u"store_host"_s, m.storeHost},
        {u"queue_id"_s, m.queueId},
        {u"queue_offset"_s, m.queueOffset},
    };
}

QJsonObject page(const QJsonArray &all, int offset, int limit, const QString &itemsName)
{
    QJsonArray items;
    for (int i = qMax(0, offset); i < all.size() && items.size() < limit; ++i)
        items.append(all.at(i));
    const int next = offset + limit < all.size() ? offset + limit : -1;
    const int previous = offset > 0 ? qMax(0, offset - limit) : -1;
    return QJsonObject {
        {itemsName, items}, {u"total"_s, all.size()}, {u"next_offset"_s, next}, {u"previous_offset"_s, previous}};
}

QJsonObject result(const QString &msgId, const QString &code, const QString &message)
{
    return QJsonObject {{u"msg_id"_s, msgId},
                        {u"error_code"_s, code.isEmpty() ? u"DMS.00000000"_s : code},
                        {u"error_message"_s, code.isEmpty() ? u"Success."_s : message}};
}

HttpResponse listMessages(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QString topic = request.queryValue(u"topic"_s);
    if (!topicExists(service, inst->id, topic))
        return Errors::topicNotFound(topic);
    const int offset = request.offset();
    const int limit = request.limit(10);
    QJsonArray messages;
    qint64 total = 0;
    const QString msgId = request.queryValue(u"msg_id"_s).trimmed();
    if (!msgId.isEmpty()) {
        const QList<Message> found = service.messages().byMsgId(inst->id, msgId, topic);
        total = found.size();
        for (int i = offset; i < found.size() && messages.size() < limit; ++i)
            messages.append(messageJson(found.at(i), inst->id));
    } else {
        const auto start = timeParam(request, u"start_time"_s);
        const auto end = timeParam(request, u"end_time"_s);
        if (!start || !end)
            return Errors::invalidParameter(u"start_time and end_time (epoch ms) are required without msg_id."_s);
        MessageStore::Query query;
        query.topic = topic;
        query.startTs = *start;
        query.endTs = *end;
        query.key = request.queryValue(u"key"_s).trimmed();
        query.offset = offset;
        query.limit = limit;
        if (request.hasQuery(u"queue"_s) && !request.queryValue(u"queue"_s).isEmpty()) {
            bool ok = false;
            query.queueId = request.queryValue(u"queue"_s).toInt(&ok);
            if (!ok)
                return Errors::invalidParameter(u"queue must be a queue id."_s);
        }
        for (const Message &m : service.messages().query(inst->id, query, &total))
            messages.append(messageJson(m, inst->id));
    }
    return HttpResponse::json(QJsonObject {{u"messages"_s, messages}, {u"total"_s, total}});
}

HttpResponse sendMessage(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QJsonObject body = request.object();
    const QString topicName = body.value(u"topic"_s).toString();
    if (topicName.isEmpty() || !body.value(u"body"_s).isString())
        return Errors::invalidParameter(u"topic and body are required."_s);
    const auto topic = service.catalog().topic(inst->id, topicName);
    if (!topic)
        return Errors::topicNotFound(topicName);
    const QByteArray payload = body.value(u"body"_s).toString().toUtf8();
    if (payload.isEmpty())
        return Errors::invalidParameter(u"The message body is empty."_s);
    if (payload.size() > kMaxBodyBytes)
        return errorResponse(
            400, u"DMS.10540011"_s,
            u"The message size is %1, larger than the size limit %2."_s.arg(payload.size()).arg(kMaxBodyBytes));
    Properties properties;
    QJsonArray echoed;
    for (const QJsonValue &value : body.value(u"property_list"_s).toArray()) {
        const QString name = value.toObject().value(u"name"_s).toString();
        if (name.isEmpty())
            continue;
        properties.append({name, value.toObject().value(u"value"_s).toString()});
        echoed.append(value);
    }
    // The append commits (WAL, synchronous=FULL: in the log on disk) before this handler
    // returns, so a send answered 200 survives kill -9 and power loss.
    QString reason;
    const auto stored = service.send(*inst, *topic, payload, properties, nowMs(), &reason);
    if (!stored)
        return Errors::invalidParameter(reason);
    return HttpResponse::json(QJsonObject {{u"topic"_s, topicName},
                                           {u"body"_s, body.value(u"body"_s).toString()},
                                           {u"property_list"_s, echoed},
                                           {u"msg_id"_s, stored->uniqKey},
                                           {u"queue_id"_s, stored->queueId},
                                           {u"queue_offset"_s, stored->queueOffset},
                                           {u"broker_name"_s, stored->brokerName}});
}

HttpResponse listMessageTrace(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    // Traces are keyed by UNIQ_KEY; an offsetMsgId is resolved to its message first.
    QString uniqKey = request.queryValue(u"msg_id"_s).trimmed().toUpper();
    const QList<Message> found = service.messages().byMsgId(inst->id, uniqKey);
    if (!found.isEmpty())
        uniqKey = found.first().uniqKey;
    const QJsonArray trace = service.traces().list(inst->id, uniqKey);
    return HttpResponse::json(QJsonObject {
        {u"total"_s, trace.size()}, {u"next_offset"_s, -1}, {u"previous_offset"_s, -1}, {u"trace"_s, trace}});
}

HttpResponse exportDeadLetters(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QJsonObject body = request.object();
    const QString topic = body.value(u"topic"_s).toString();
    if (auto invalid = invalidDeadLetterTopic(topic))
        return *invalid;
    if (!topic.isEmpty() && !topicExists(service, inst->id, topic))
        return Errors::topicNotFound(topic);
    QStringList ids = stringList(body.value(u"msg_id_list"_s)) + stringList(body.value(u"uniq_key_list"_s));
    QJsonArray items;
    QSet<qint64> seen;
    auto add = [&](const Message &m) {
        if (isDeadLetterTopic(m.topic) && !seen.contains(m.rowId) && items.size() < kExportLimit) {
            seen.insert(m.rowId);
            items.append(messageJson(m, inst->id));
        }
    };
    if (ids.isEmpty()) {
        if (topic.isEmpty())
            return Errors::invalidParameter(u"Give a topic, msg_id_list or uniq_key_list."_s);
        MessageStore::Query query;
        query.topic = topic;
        query.endTs = std::numeric_limits<qint64>::max();
        query.limit = kExportLimit;
        for (const Message &m : service.messages().query(inst->id, query, nullptr))
            add(m);
    } else {
        for (const QString &id : std::as_const(ids)) {
            for (const Message &m : service.messages().byMsgId(inst->id, id, topic))
                add(m);
        }
    }
    return HttpResponse::json(items);
}

HttpResponse resendDeadLetters(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QJsonObject body = request.object();
    const QString topic = body.value(u"topic"_s).toString();
    if (auto invalid = invalidDeadLetterTopic(topic))
        return *invalid;
    const QStringList ids = stringList(body.value(u"msg_id_list"_s));
    if (ids.isEmpty())
        return Errors::invalidParameter(u"msg_id_list is empty."_s);
    QJsonArray results;
    const qint64 now = nowMs();
    for (const QString &id : ids) {
        std::optional<Message> dead;
        for (const Message &m : service.messages().byMsgId(inst->id, id, topic)) {
            if (isDeadLetterTopic(m.topic))
                dead = m;
        }
        if (!dead) {
            results.append(result(id, u"DMS.00400800"_s, u"The dead letter message %1 does not exist."_s.arg(id)));
            continue;
        }
        const QString group = dead->topic.mid(5);
        const auto groupInfo = service.catalog().group(inst->id, group);
        if (!groupInfo) {
            results.append(result(id, u"DMS.10240405"_s, u"The consumer group %1 does not exist."_s.arg(group)));
            continue;
        }
        // The copy goes back to the group through its retry topic, with a fresh retry budget;
        // the DLQ keeps its copy (RocketMQ cannot delete single messages).
        const bool ok = service.simulation().redeliver(inst->id, group, *dead, now);
        results.append(ok ? result(id) : result(id, u"DMS.00500000"_s, u"The message could not be resent."_s));
    }
    return HttpResponse::json(QJsonObject {{u"resend_results"_s, results}});
}

HttpResponse verifyConsumption(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QJsonObject body = request.object();
    const QString group = body.value(u"group"_s).toString();
    const QString clientId = body.value(u"client_id"_s).toString().trimmed();
    const QString topic = body.value(u"topic"_s).toString();
    if (group.isEmpty() || clientId.isEmpty())
        return Errors::invalidParameter(u"group and client_id are required."_s);
    if (!service.catalog().group(inst->id, group))
        return Errors::groupNotFound(group);
    const QStringList ids = stringList(body.value(u"msg_id_list"_s));
    if (ids.isEmpty())
        return Errors::invalidParameter(u"msg_id_list is empty."_s);
    // The client id as listed, or just its IP (the service's example sends "192.168.0.1").
    std::optional<Client> client;
    for (const Client &c : service.clients(inst->id, group)) {
        if (c.online &&
            (c.clientId == clientId || c.clientId.section(u'@', 0, 0) == clientId ||
             c.clientAddr.section(u':', 0, 0) == clientId))
            client = c;
    }
    QJsonArray results;
    const qint64 now = nowMs();
    for (const QString &id : ids) {
        if (!client) {
            results.append(result(id, u"DMS.50050004"_s, u"The Consumer %1 %2 not online."_s.arg(group, clientId)));
            continue;
        }
        std::optional<Message> target;
        for (const Message &m : service.messages().byMsgId(inst->id, id, topic)) {
            if (!target || target->reconsumeTimes > m.reconsumeTimes)
                target = m; // the original rather than a retry or DLQ copy
        }
        if (!target) {
            results.append(result(id, u"DMS.00400800"_s, u"The message %1 does not exist."_s.arg(id)));
            continue;
        }
        const auto outcome = service.simulation().consumeDirectly(inst->id, group, *client, *target, now);
        results.append(outcome.success
                           ? result(id)
                           : result(id, u"DMS.10542204"_s, u"Failed to consume messages due to CR_LATER."_s));
    }
    return HttpResponse::json(QJsonObject {{u"resend_results"_s, results}});
}

} // namespace Handlers

void registerHandlers(Router &router, const std::shared_ptr<Service> &service)
{
    const QList<QPair<QString, HttpResponse (*)(Service &, const RequestContext &)>> table {
        {u"list_messages"_s, &Handlers::listMessages},
        {u"send_message"_s, &Handlers::sendMessage},
        {u"send_message_web"_s, &Handlers::sendMessage},
        {u"list_message_trace"_s, &Handlers::listMessageTrace},
        {u"export_dead_letter_messages"_s, &Handlers::exportDeadLetters},
        {u"resend_dead_letter_messages"_s, &Handlers::resendDeadLetters},
        {u"verify_consumption"_s, &Handlers::verifyConsumption},
        {u"reset_consumer_offset"_s, &Handlers::resetConsumerOffset},
        {u"list_consumers"_s, &Handlers::listConsumers},
        {u"list_consumer_group_topics"_s, &Handlers::listConsumerGroupTopics},
        {u"show_topic_message_count"_s, &Handlers::showTopicMessageCount},
    };
    for (const auto &[id, function] : table) {
        router.handle(id, [service, function](const RequestContext &request) { return function(*service, request); });
    }
}

} // namespace Emulator::Broker
