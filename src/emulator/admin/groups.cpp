// Consumer groups (5.2): create, batch delete, batch update, list, show, update, delete.
// Consumption state (topics, consumers, offsets) belongs to the broker simulation.
#include "admin.h"
#include "adminutil.h"

#include "store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

constexpr int kMaxGroups = 4000;

QJsonObject groupJson(const ServiceContext &context, const Catalog::Instance &instance, const Catalog::Group &group)
{
    return QJsonObject {{u"name"_s, group.name},
                        {u"enabled"_s, group.enabled},
                        {u"broadcast"_s, group.broadcast},
                        {u"brokers"_s, QJsonArray::fromStringList(instance.brokerNames())},
                        {u"created_at"_s, group.createdAt},
                        {u"permissions"_s, QJsonArray()},
                        {u"retry_max_time"_s, group.retryMaxTimes},
                        {u"consume_orderly"_s, group.consumeOrderly},
                        {u"group_online"_s, context.catalog.groupOnline(instance.id, group.name)},
                        {u"group_desc"_s, group.description}};
}

std::optional<HttpResponse> applyChanges(const QJsonObject &body, Catalog::Group *group)
{
    if (body.contains(u"enabled"_s))
        group->enabled = body.value(u"enabled"_s).toBool();
    if (body.contains(u"broadcast"_s))
        group->broadcast = body.value(u"broadcast"_s).toBool();
    if (body.contains(u"consume_orderly"_s))
        group->consumeOrderly = body.value(u"consume_orderly"_s).toBool();
    if (body.contains(u"retry_max_time"_s)) {
        group->retryMaxTimes = body.value(u"retry_max_time"_s).toInt(-1);
        if (group->retryMaxTimes < 1 || group->retryMaxTimes > 16)
            return Errors::invalidParameter(u"retry_max_time must be between 1 and 16."_s);
    }
    if (body.contains(u"group_desc"_s))
        group->description = body.value(u"group_desc"_s).toString();
    if (group->description.size() > 200)
        return Errors::invalidParameter(u"group_desc can hold at most 200 characters."_s);
    return std::nullopt;
}

void saveGroup(ServiceContext &context, const QString &instanceId, const Catalog::Group &group)
{
    context.store.exec(u"UPDATE consumer_groups SET enabled = ?, broadcast = ?, consume_orderly = ?,"
                       " retry_max_times = ?, description = ? WHERE instance_id = ? AND name = ?"_s,
                       {group.enabled, group.broadcast, group.consumeOrderly, group.retryMaxTimes, group.description,
                        instanceId, group.name});
}

HttpResponse createGroup(ServiceContext &context, const RequestContext &request, const Catalog::Instance &instance)
{
    const QJsonObject body = request.object();
    Catalog::Group group;
    group.name = body.value(u"name"_s).toString();
    if (!isValidName(group.name))
        return errorResponse(
            400, u"DMS.10240016"_s,
            u"Invalid consumer group name \"%1\": 3 to 64 letters, digits, %, |, - or _."_s.arg(group.name));
    if (context.catalog.group(instance.id, group.name))
        return Errors::groupExists(group.name);
    if (auto invalid = applyChanges(body, &group))
        return *invalid;
    const QJsonArray brokers = body.value(u"brokers"_s).toArray();
    for (const QJsonValue &broker : brokers) {
        if (!instance.brokerNames().contains(broker.toString()))
            return Errors::invalidParameter(u"Unknown broker \"%1\"."_s.arg(broker.toString()));
    }
    const int count =
        context.store.scalar(u"SELECT COUNT(*) FROM consumer_groups WHERE instance_id = ?"_s, {instance.id}).toInt();
    if (count >= kMaxGroups)
        return errorResponse(400, u"DMS.10240019"_s, u"The number of consumer groups exceeds the upper limit."_s);
    context.store.exec(u"INSERT INTO consumer_groups(instance_id, name, enabled, broadcast, consume_orderly,"
                       " retry_max_times, description, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {instance.id, group.name, group.enabled, group.broadcast, group.consumeOrderly,
                        group.retryMaxTimes, group.description, nowMs()});
    return HttpResponse::json(QJsonObject {{u"name"_s, group.name}});
}

HttpResponse createOrDeleteGroups(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    if (request.queryValue(u"action"_s) != "delete"_L1)
        return createGroup(context, request, *lookup.instance);
    const QJsonArray names = request.object().value(u"groups"_s).toArray();
    if (names.isEmpty())
        return Errors::invalidParameter(u"groups must list the consumer groups to delete."_s);
    QStringList deleted;
    context.store.transaction([&] {
        for (const QJsonValue &value : names) {
            context.store.exec(u"DELETE FROM consumer_groups WHERE instance_id = ? AND name = ?"_s,
                               {lookup.instance->id, value.toString()});
            if (context.store.rowsAffected() > 0)
                deleted.append(value.toString());
        }
        return true;
    });
    for (const QString &name : std::as_const(deleted))
        context.catalog.notifyGroupDeleted(lookup.instance->id, name);
    const QString job = recordTask(context, lookup.instance->id, u"deleteGroups"_s,
                                   QJsonObject {{u"groups"_s, QJsonArray::fromStringList(deleted)}});
    return HttpResponse::json(QJsonObject {{u"job_id"_s, job}});
}

HttpResponse batchUpdateGroups(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QJsonArray groups = request.object().value(u"groups"_s).toArray();
    if (groups.isEmpty())
        return Errors::invalidParameter(u"groups must list the consumer groups to modify."_s);
    QList<Catalog::Group> changed;
    for (const QJsonValue &value : groups) {
        const QJsonObject body = value.toObject();
        const QString name = body.value(u"name"_s).toString();
        auto group = context.catalog.group(lookup.instance->id, name);
        if (!group)
            return Errors::groupNotFound(name);
        if (auto invalid = applyChanges(body, &*group))
            return *invalid;
        changed.append(*group);
    }
    context.store.transaction([&] {
        for (const Catalog::Group &group : std::as_const(changed))
            saveGroup(context, lookup.instance->id, group);
        return true;
    });
    const QString job =
        recordTask(context, lookup.instance->id, u"updateGroups"_s, QJsonObject {{u"groups"_s, groups}});
    return HttpResponse::json(QJsonObject {{u"job_id"_s, job}});
}

HttpResponse listGroups(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString filter = request.queryValue(u"group"_s);
    const PageWindow window = pageWindow(request.offset(), request.limit(10));
    const Catalog::Slice<Catalog::Group> groups =
        context.catalog.groupPage(lookup.instance->id, filter, window.offset, window.limit);
    const int count = filter.isEmpty() ? groups.total : context.catalog.groupCount(lookup.instance->id);
    QJsonArray items;
    for (const Catalog::Group &group : groups.items)
        items.append(groupJson(context, *lookup.instance, group));
    const Page slice = page(groups.total, window, items);
    QJsonObject json {{u"groups"_s, slice.items}, {u"max"_s, kMaxGroups}, {u"remaining"_s, kMaxGroups - count}};
    addPaging(json, slice);
    return HttpResponse::json(json);
}

HttpResponse showGroup(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"group"_s);
    const auto group = context.catalog.group(lookup.instance->id, name);
    if (!group)
        return Errors::groupNotFound(name);
    return HttpResponse::json(groupJson(context, *lookup.instance, *group));
}

HttpResponse updateGroup(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"group"_s);
    auto group = context.catalog.group(lookup.instance->id, name);
    if (!group)
        return Errors::groupNotFound(name);
    if (auto invalid = applyChanges(request.object(), &*group))
        return *invalid;
    saveGroup(context, lookup.instance->id, *group);
    return HttpResponse::noContent();
}

HttpResponse deleteGroup(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"group"_s);
    context.store.exec(u"DELETE FROM consumer_groups WHERE instance_id = ? AND name = ?"_s,
                       {lookup.instance->id, name});
    if (context.store.rowsAffected() == 0)
        return Errors::groupNotFound(name);
    context.catalog.notifyGroupDeleted(lookup.instance->id, name);
    return HttpResponse::noContent();
}

HttpResponse listTopicGroups(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString topic = request.param(u"topic"_s);
    if (!context.catalog.topic(lookup.instance->id, topic))
        return Errors::topicNotFound(topic);
    const QStringList groups = context.catalog.topicGroups(lookup.instance->id, topic);
    const Page slice = page(int(groups.size()), request.offset(), request.limit(10),
                            [&groups](int i) { return QJsonValue(groups.at(i)); });
    QJsonObject json {{u"groups"_s, slice.items}};
    addPaging(json, slice);
    return HttpResponse::json(json);
}

} // namespace

void installGroups(ServiceContext &context)
{
    const auto bind = [&context](HttpResponse (*fn)(ServiceContext &, const RequestContext &)) {
        return [&context, fn](const RequestContext &request) { return fn(context, request); };
    };
    context.router.handle(u"create_or_batch_delete_consumer_groups"_s, bind(createOrDeleteGroups));
    context.router.handle(u"batch_update_consumer_groups"_s, bind(batchUpdateGroups));
    context.router.handle(u"list_consumer_groups"_s, bind(listGroups));
    context.router.handle(u"show_consumer_group"_s, bind(showGroup));
    context.router.handle(u"update_consumer_group"_s, bind(updateGroup));
    context.router.handle(u"delete_consumer_group"_s, bind(deleteGroup));
    context.router.handle(u"list_topic_consumer_groups"_s, bind(listTopicGroups));
}

} // namespace Emulator::Admin
