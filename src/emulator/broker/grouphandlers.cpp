#include "broker.h"
#include "handlers.h"
#include "router.h"
#include "store.h"

#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Emulator::Broker::Handlers {

namespace {

std::optional<qint64> timestampOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

} // namespace

HttpResponse resetConsumerOffset(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const QString group = request.param(u"group"_s);
    const auto inst = instanceWithGroup(service, request, group, &error);
    if (!inst)
        return error;
    const QJsonObject body = request.object();
    const QString topicName = body.value(u"topic"_s).toString();
    const auto topic = service.catalog().topic(inst->id, topicName);
    if (!topic)
        return Errors::topicNotFound(topicName);
    const auto timestamp = timestampOf(body.value(u"timestamp"_s));
    if (!timestamp || *timestamp < -1)
        return errorResponse(400, u"DMS.00400142"_s, u"Timestamp is invalid."_s);
    // Server-side reset (RocketMQ 5.2+ default, primer section 5): every read queue gets the
    // first offset stored at or after the timestamp; online clients are not needed.
    QJsonArray queues;
    Store &store = service.store();
    const bool ok = store.transaction([&] {
        for (const Queue &queue : service.topicQueues(inst->id, *topic, true)) {
            const qint64 offset = service.messages().searchOffset(queue, *timestamp);
            service.messages().setConsumerOffset(inst->id, group, queue.ref, offset);
            queues.append(QJsonObject {
                {u"broker_name"_s, queue.brokerName}, {u"queue_id"_s, queue.queueId}, {u"timestamp_offset"_s, offset}});
        }
        return true;
    });
    if (!ok)
        return Errors::internal();
    return HttpResponse::json(QJsonObject {{u"queues"_s, queues}});
}

HttpResponse listConsumers(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const QString group = request.param(u"group"_s);
    const auto inst = instanceWithGroup(service, request, group, &error);
    if (!inst)
        return error;
    const bool detail = request.queryValue(u"is_detail"_s).compare("true"_L1, Qt::CaseInsensitive) == 0;
    QJsonArray all;
    bool online = false;
    bool consistent = true;
    std::optional<QJsonArray> firstSubscriptions;
    for (const Client &c : service.clients(inst->id, group)) {
        if (!c.online)
            continue;
        online = true;
        if (firstSubscriptions && *firstSubscriptions != c.subscriptions)
            consistent = false;
        firstSubscriptions = c.subscriptions;
        QJsonObject client {{u"client_id"_s, c.clientId},
                            {u"language"_s, c.language},
                            {u"version"_s, c.version},
                            {u"client_addr"_s, c.clientAddr}};
        if (detail)
            client.insert(u"subscriptions"_s, c.subscriptions);
        all.append(client);
    }
    QJsonObject answer = page(all, request.offset(), request.limit(10), u"clients"_s);
    answer.insert(u"group_name"_s, group);
    answer.insert(u"online"_s, online);
    answer.insert(u"subscription_consistency"_s, consistent);
    return HttpResponse::json(answer);
}

HttpResponse listConsumerGroupTopics(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const QString group = request.param(u"group"_s);
    const auto inst = instanceWithGroup(service, request, group, &error);
    if (!inst)
        return error;
    const QString topicName = request.queryValue(u"topic"_s);
    if (topicName.isEmpty()) {
        QJsonArray topics;
        for (const QString &topic : service.groupTopics(inst->id, group))
            topics.append(topic);
        QJsonObject answer = page(topics, request.offset(), request.limit(10), u"topics"_s);
        answer.remove(u"next_offset"_s);
        answer.remove(u"previous_offset"_s);
        return HttpResponse::json(answer);
    }
    const auto topic = service.catalog().topic(inst->id, topicName);
    if (!topic)
        return Errors::topicNotFound(topicName);
    // Consume stats iterate the read queues; lag = broker offset - consumer offset per queue
    // (a queue without a committed offset counts from its min offset).
    QMap<QString, QJsonArray> byBroker;
    qint64 lag = 0;
    qint64 maxOffset = 0;
    qint64 consumerOffset = 0;
    for (const Queue &queue : service.topicQueues(inst->id, *topic, true)) {
        qint64 committed = service.messages().consumerOffset(inst->id, group, queue.ref);
        if (committed < 0)
            committed = queue.minOffset;
        committed = qMin(committed, queue.maxOffset);
        const qint64 queueLag = queue.maxOffset - committed;
        lag += queueLag;
        maxOffset += queue.maxOffset;
        consumerOffset += committed;
        byBroker[queue.brokerName].append(
            QJsonObject {{u"id"_s, queue.queueId},
                         {u"lag"_s, queueLag},
                         {u"broker_offset"_s, queue.maxOffset},
                         {u"consumer_offset"_s, committed},
                         {u"last_message_time"_s,
                          committed > 0 ? service.messages().storeTimeAt(queue, committed - 1) : qint64(0)}});
    }
    QJsonArray brokers;
    for (auto it = byBroker.cbegin(); it != byBroker.cend(); ++it)
        brokers.append(QJsonObject {{u"broker_name"_s, it.key()}, {u"queues"_s, it.value()}});
    return HttpResponse::json(QJsonObject {{u"lag"_s, lag},
                                           {u"max_offset"_s, maxOffset},
                                           {u"consumer_offset"_s, consumerOffset},
                                           {u"brokers"_s, brokers}});
}

HttpResponse showTopicMessageCount(Service &service, const RequestContext &request)
{
    HttpResponse error;
    const auto inst = instance(service, request, &error);
    if (!inst)
        return error;
    const QString topicName = request.param(u"topic"_s);
    const auto topic = service.catalog().topic(inst->id, topicName);
    if (!topic)
        return Errors::topicNotFound(topicName);
    const QJsonArray brokers = service.topicStatus(inst->id, *topic);
    qint64 minOffset = 0;
    qint64 maxOffset = 0;
    for (const QJsonValue &broker : brokers) {
        for (const QJsonValue &queue : broker.toObject().value(u"queues"_s).toArray()) {
            minOffset += queue.toObject().value(u"min_offset"_s).toInteger();
            maxOffset += queue.toObject().value(u"max_offset"_s).toInteger();
        }
    }
    return HttpResponse::json(
        QJsonObject {{u"max_offset"_s, maxOffset}, {u"min_offset"_s, minOffset}, {u"brokers"_s, brokers}});
}

} // namespace Emulator::Broker::Handlers
