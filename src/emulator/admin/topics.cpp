// Topics (5.3): create with queues spread over brokers, batch delete, list, show, update, delete.
#include "admin.h"
#include "adminutil.h"

#include "store.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

QJsonObject topicJson(const Catalog::Topic &topic, bool v5)
{
    QJsonArray brokers;
    for (const Catalog::BrokerQueues &broker : topic.brokers) {
        brokers.append(QJsonObject {{u"broker_name"_s, broker.brokerName},
                                    {u"read_queue_num"_s, broker.readQueueNum},
                                    {u"write_queue_num"_s, broker.writeQueueNum}});
    }
    QJsonObject json {{u"name"_s, topic.name},
                      {u"total_read_queue_num"_s, topic.totalReadQueueNum()},
                      {u"total_write_queue_num"_s, topic.totalWriteQueueNum()},
                      {u"permission"_s, topic.permission},
                      {u"brokers"_s, brokers},
                      {u"topic_desc"_s, topic.description}};
    if (v5)
        json.insert(u"message_type"_s, topic.messageType.isEmpty() ? u"NORMAL"_s : topic.messageType);
    return json;
}

QString brokersText(const QList<Catalog::BrokerQueues> &brokers)
{
    QJsonArray array;
    for (const Catalog::BrokerQueues &broker : brokers) {
        array.append(QJsonObject {{u"broker_name"_s, broker.brokerName},
                                  {u"read_queue_num"_s, broker.readQueueNum},
                                  {u"write_queue_num"_s, broker.writeQueueNum}});
    }
    return toJsonText(array);
}

/// `total` queues over `names`, the first brokers taking the remainder.
QList<Catalog::BrokerQueues> spread(const QStringList &names, int total)
{
    QList<Catalog::BrokerQueues> result;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int n = int(total / names.size() + (i < total % names.size() ? 1 : 0));
        if (n > 0)
            result.append({names.at(i), n, n});
    }
    return result;
}

std::optional<HttpResponse> queuesFromBody(const Catalog::Instance &instance, const QJsonObject &body,
                                           QList<Catalog::BrokerQueues> *out)
{
    const QStringList known = instance.brokerNames();
    if (body.contains(u"queues"_s)) {
        const QJsonArray queues = body.value(u"queues"_s).toArray();
        for (const QJsonValue &value : queues) {
            const QJsonObject queue = value.toObject();
            const QString broker = queue.value(u"broker"_s).toString();
            const int n = queue.value(u"queue_num"_s).toInt(3);
            if (!known.contains(broker))
                return Errors::invalidParameter(u"Unknown broker \"%1\"."_s.arg(broker));
            if (n < 1 || n > 50)
                return Errors::invalidParameter(u"queue_num must be between 1 and 50."_s);
            out->append({broker, n, n});
        }
        if (!out->isEmpty())
            return std::nullopt;
    }
    QStringList names = known;
    if (body.contains(u"brokers"_s)) {
        names.clear();
        const QJsonArray brokers = body.value(u"brokers"_s).toArray();
        for (const QJsonValue &value : brokers) {
            if (!known.contains(value.toString()))
                return Errors::invalidParameter(u"Unknown broker \"%1\"."_s.arg(value.toString()));
            names.append(value.toString());
        }
    }
    if (names.isEmpty())
        return Errors::invalidParameter(u"A topic needs at least one broker."_s);
    const int total = body.value(u"queue_num"_s).toInt(int(names.size()) * 3);
    if (total < int(names.size()) && !body.contains(u"queue_num"_s))
        return Errors::invalidParameter();
    *out = spread(names, std::max(1, total));
    return std::nullopt;
}

HttpResponse createTopic(ServiceContext &context, const RequestContext &request, const Catalog::Instance &instance)
{
    const QJsonObject body = request.object();
    const QString name = body.value(u"name"_s).toString();
    if (!isValidName(name))
        return errorResponse(400, u"DMS.10240007"_s,
                             u"Invalid topic name \"%1\": 3 to 64 letters, digits, %, |, - or _."_s.arg(name));
    if (name.startsWith("%RETRY%"_L1) || name.startsWith("%DLQ%"_L1))
        return Errors::invalidParameter(u"Topic names starting with %RETRY% or %DLQ% are reserved."_s);
    if (context.catalog.topic(instance.id, name))
        return Errors::topicExists(name);
    const int count =
        context.store.scalar(u"SELECT COUNT(*) FROM topics WHERE instance_id = ?"_s, {instance.id}).toInt();
    if (count >= context.settings.maxTopics)
        return errorResponse(400, u"DMS.00400039"_s, u"The quota limit has been reached."_s);
    QList<Catalog::BrokerQueues> brokers;
    if (auto invalid = queuesFromBody(instance, body, &brokers))
        return *invalid;
    const QString permission = body.value(u"permission"_s).toString(u"all"_s);
    const QString messageType = instance.is5x() ? body.value(u"message_type"_s).toString(u"NORMAL"_s) : QString();
    context.store.exec(u"INSERT INTO topics(instance_id, name, permission, message_type, description, brokers,"
                       " created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
                       {instance.id, name, permission, messageType, body.value(u"topic_desc"_s).toString(),
                        brokersText(brokers), nowMs()});
    return HttpResponse::json(QJsonObject {{u"id"_s, name}});
}

HttpResponse createOrDeleteTopics(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    if (request.queryValue(u"action"_s) != "delete"_L1)
        return createTopic(context, request, *lookup.instance);
    const QJsonArray names = request.object().value(u"topics"_s).toArray();
    if (names.isEmpty())
        return Errors::invalidParameter(u"topics must list the topics to delete."_s);
    QStringList deleted;
    context.store.transaction([&] {
        for (const QJsonValue &value : names) {
            context.store.exec(u"DELETE FROM topics WHERE instance_id = ? AND name = ?"_s,
                               {lookup.instance->id, value.toString()});
            if (context.store.rowsAffected() > 0)
                deleted.append(value.toString());
        }
        return true;
    });
    for (const QString &name : std::as_const(deleted))
        context.catalog.notifyTopicDeleted(lookup.instance->id, name);
    const QString job = recordTask(context, lookup.instance->id, u"deleteTopics"_s,
                                   QJsonObject {{u"topics"_s, QJsonArray::fromStringList(deleted)}});
    return HttpResponse::json(QJsonObject {{u"job_id"_s, job}});
}

HttpResponse listTopics(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString filter = request.queryValue(u"name"_s);
    const PageWindow window = pageWindow(request.offset(), request.limit(10));
    // Only the requested page is read and converted: a 16,000-topic instance is listed page by page.
    const Catalog::Slice<Catalog::Topic> topics =
        context.catalog.topicPage(lookup.instance->id, filter, window.offset, window.limit);
    const int count = filter.isEmpty() ? topics.total : context.catalog.topicCount(lookup.instance->id);
    const bool v5 = lookup.instance->is5x();
    QJsonArray items;
    for (const Catalog::Topic &topic : topics.items)
        items.append(topicJson(topic, v5));
    const Page slice = page(topics.total, window, items);
    QJsonObject json {{u"topics"_s, slice.items},
                      {u"max"_s, context.settings.maxTopics},
                      {u"remaining"_s, std::max(0, context.settings.maxTopics - count)}};
    addPaging(json, slice);
    return HttpResponse::json(json);
}

HttpResponse showTopic(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"topic"_s);
    const auto topic = context.catalog.topic(lookup.instance->id, name);
    if (!topic)
        return Errors::topicNotFound(name);
    return HttpResponse::json(topicJson(*topic, lookup.instance->is5x()));
}

HttpResponse updateTopic(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"topic"_s);
    auto topic = context.catalog.topic(lookup.instance->id, name);
    if (!topic)
        return Errors::topicNotFound(name);
    const QJsonObject body = request.object();
    const bool changesQueues = body.contains(u"queues"_s) || body.contains(u"read_queue_num"_s) ||
        body.contains(u"write_queue_num"_s) || body.contains(u"permission"_s);
    if (changesQueues && lookup.instance->is5x())
        return Errors::invalidParameter(u"Queues and permission can be modified only for 4.8.0 instances."_s);
    if (body.contains(u"queues"_s)) {
        QList<Catalog::BrokerQueues> brokers;
        if (auto invalid =
                queuesFromBody(*lookup.instance, QJsonObject {{u"queues"_s, body.value(u"queues"_s)}}, &brokers))
            return *invalid;
        topic->brokers = brokers;
    }
    QStringList names;
    for (const Catalog::BrokerQueues &broker : std::as_const(topic->brokers))
        names.append(broker.brokerName);
    for (const auto &[field, isRead] :
         {std::pair {u"read_queue_num"_s, true}, std::pair {u"write_queue_num"_s, false}}) {
        if (!body.contains(field))
            continue;
        const int total = body.value(field).toInt();
        if (total < 1 || total > 50 * int(names.size()))
            return Errors::invalidParameter(u"%1 is out of range."_s.arg(field));
        const QList<Catalog::BrokerQueues> spreadQueues = spread(names, total);
        for (qsizetype i = 0; i < topic->brokers.size(); ++i) {
            const int n = i < spreadQueues.size() ? spreadQueues.at(i).readQueueNum : 0;
            (isRead ? topic->brokers[i].readQueueNum : topic->brokers[i].writeQueueNum) = n;
        }
    }
    if (body.contains(u"permission"_s)) {
        topic->permission = body.value(u"permission"_s).toString();
        if (!QStringList {u"pub"_s, u"sub"_s, u"all"_s}.contains(topic->permission))
            return Errors::invalidParameter(u"permission must be pub, sub or all."_s);
    }
    if (body.contains(u"topic_desc"_s))
        topic->description = body.value(u"topic_desc"_s).toString();
    if (topic->description.size() > 200)
        return Errors::invalidParameter(u"topic_desc can hold at most 200 characters."_s);
    context.store.exec(
        u"UPDATE topics SET permission = ?, description = ?, brokers = ? WHERE instance_id = ? AND name = ?"_s,
        {topic->permission, topic->description, brokersText(topic->brokers), lookup.instance->id, name});
    return HttpResponse::noContent();
}

HttpResponse deleteTopic(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"topic"_s);
    context.store.exec(u"DELETE FROM topics WHERE instance_id = ? AND name = ?"_s, {lookup.instance->id, name});
    if (context.store.rowsAffected() == 0)
        return Errors::topicNotFound(name);
    context.catalog.notifyTopicDeleted(lookup.instance->id, name);
    return HttpResponse::noContent();
}

} // namespace

void installTopics(ServiceContext &context)
{
    const auto bind = [&context](HttpResponse (*fn)(ServiceContext &, const RequestContext &)) {
        return [&context, fn](const RequestContext &request) { return fn(context, request); };
    };
    context.router.handle(u"create_or_batch_delete_topics"_s, bind(createOrDeleteTopics));
    context.router.handle(u"list_topics"_s, bind(listTopics));
    context.router.handle(u"show_topic"_s, bind(showTopic));
    context.router.handle(u"update_topic"_s, bind(updateTopic));
    context.router.handle(u"delete_topic"_s, bind(deleteTopic));
}

} // namespace Emulator::Admin
