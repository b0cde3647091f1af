// Background tasks, instance configuration parameters, tags, metadata migration tasks,
// specification changes and the SSL switch (5.6 - 5.12).
#include "admin.h"
#include "adminutil.h"

#include "store.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

struct ConfigDefault
{
    const char *name;
    const char *value;
    const char *validValues;
    const char *type;
    int minimum;
    int maximum;
};
constexpr ConfigDefault kConfigs[] = {
    {"fileReservedTime", "48", "1~720", "integer", 1, 720},
    {"maxMessageSize", "4194304", "1024~4194304", "integer", 1024, 4194304},
    {"maxDelayLevel", "18", "1~18", "integer", 1, 18},
    {"autoCreateTopicEnable", "false", "true,false", "boolean", 0, 0},
    {"autoCreateSubscriptionGroup", "true", "true,false", "boolean", 0, 0},
    {"traceTopicEnable", "true", "true,false", "boolean", 0, 0},
};

QJsonObject taskJson(const QVariantMap &row)
{
    return QJsonObject {{u"id"_s, row.value(u"id"_s).toString()},
                        {u"name"_s, row.value(u"name"_s).toString()},
                        {u"user_name"_s, row.value(u"user_name"_s).toString()},
                        {u"user_id"_s, u"u0e1f2a3b4c5469788796a5b4c3d2e1f"_s},
                        {u"params"_s, row.value(u"params"_s).toString()},
                        {u"status"_s, row.value(u"status"_s).toString()},
                        {u"created_at"_s, isoTime(row.value(u"created_at"_s).toLongLong())},
                        {u"updated_at"_s, isoTime(row.value(u"updated_at"_s).toLongLong())}};
}

HttpResponse listTasks(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    // begin_time/end_time: yyyyMMddHHmmss (UTC), both optional.
    const auto parse = [](const QString &text, qint64 fallback) {
        const QDateTime time = QDateTime::fromString(text, u"yyyyMMddHHmmss"_s);
        return time.isValid() ? QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch() : fallback;
    };
    const qint64 begin = parse(request.queryValue(u"begin_time"_s), 0);
    const qint64 end = parse(request.queryValue(u"end_time"_s), std::numeric_limits<qint64>::max());
    QJsonArray all;
    const auto rows = context.store.rows(
        u"SELECT * FROM tasks WHERE instance_id = ? AND created_at >= ? AND created_at <= ? ORDER BY created_at DESC, id"_s,
        {lookup.instance->id, begin, end});
    for (const QVariantMap &row : rows)
        all.append(taskJson(row));
    const Page slice = page(all, request.offset(), request.limit(10));
    return HttpResponse::json(QJsonObject {{u"task_count"_s, QString::number(slice.total)}, {u"tasks"_s, slice.items}});
}

std::optional<QVariantMap> findTask(ServiceContext &context, const RequestContext &request, HttpResponse *error)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance) {
        *error = lookup.error;
        return std::nullopt;
    }
    const QString id = request.param(u"task_id"_s);
    auto row = context.store.row(u"SELECT * FROM tasks WHERE id = ? AND instance_id = ?"_s, {id, lookup.instance->id});
    if (!row)
        *error = Errors::taskNotFound(id);
    return row;
}

HttpResponse listConfigs(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    QMap<QString, QString> overrides;
    const auto rows =
        context.store.rows(u"SELECT name, value FROM instance_configs WHERE instance_id = ?"_s, {lookup.instance->id});
    for (const QVariantMap &row : rows)
        overrides.insert(row.value(u"name"_s).toString(), row.value(u"value"_s).toString());
    QJsonArray configs;
    for (const ConfigDefault &config : kConfigs) {
        const QString name = QString::fromLatin1(config.name);
        configs.append(QJsonObject {{u"name"_s, name},
                                    {u"value"_s, overrides.value(name, QString::fromLatin1(config.value))},
                                    {u"config_type"_s, u"dynamic"_s},
                                    {u"default_value"_s, QString::fromLatin1(config.value)},
                                    {u"valid_values"_s, QString::fromLatin1(config.validValues)},
                                    {u"value_type"_s, QString::fromLatin1(config.type)}});
    }
    QJsonObject json {{u"rocketmq_configs"_s, configs}};
    addPaging(json, page(configs, 0, int(configs.size())));
    return HttpResponse::json(json);
}

HttpResponse updateConfigs(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QJsonArray changes = request.object().value(u"rocketmq_configs"_s).toArray();
    QList<QPair<QString, QString>> values;
    for (const QJsonValue &value : changes) {
        const QString name = value.toObject().value(u"name"_s).toString();
        const QJsonValue raw = value.toObject().value(u"value"_s);
        const QString text = raw.isString() ? raw.toString()
            : raw.isBool()                  ? (raw.toBool() ? u"true"_s : u"false"_s)
                                            : QString::number(raw.toDouble(), 'g', 12);
        const auto it = std::find_if(std::begin(kConfigs), std::end(kConfigs),
                                     [&name](const ConfigDefault &c) { return name == QLatin1String(c.name); });
        if (it == std::end(kConfigs))
            return errorResponse(400, u"DMS.00400063"_s, u"Invalid configuration parameter %1"_s.arg(name));
        bool ok = true;
        if (QLatin1String(it->type) == "integer"_L1) {
            const int n = text.toInt(&ok);
            ok = ok && n >= it->minimum && n <= it->maximum;
        } else {
            ok = text == "true"_L1 || text == "false"_L1;
        }
        if (!ok)
            return errorResponse(400, u"DMS.00400066"_s, u"Invalid configuration parameter %1."_s.arg(name));
        values.append({name, text});
    }
    context.store.transaction([&] {
        for (const auto &[name, text] : std::as_const(values)) {
            context.store.exec(u"INSERT INTO instance_configs(instance_id, name, value) VALUES(?, ?, ?)"
                               " ON CONFLICT(instance_id, name) DO UPDATE SET value = excluded.value"_s,
                               {lookup.instance->id, name, text});
        }
        return true;
    });
    recordTask(context, lookup.instance->id, u"modifyConfigs"_s, QJsonObject {{u"rocketmq_configs"_s, changes}});
    return HttpResponse::noContent();
}

HttpResponse tagAction(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QJsonObject body = request.object();
    const QString action = body.value(u"action"_s).toString();
    const QJsonArray tags = body.value(u"tags"_s).toArray();
    static const QRegularExpression keyPattern(u"^[\\p{L}\\p{N}_.:=+@-]{1,128}$"_s);
    for (const QJsonValue &value : tags) {
        const QString key = value.toObject().value(u"key"_s).toString();
        if (key.isEmpty() || key.size() > 128)
            return errorResponse(400, u"DMS.10240035"_s, u"The tag key is empty or too long."_s);
        if (!keyPattern.match(key).hasMatch())
            return errorResponse(400, u"DMS.10240036"_s, u"The tag key contains invalid characters."_s);
        if (value.toObject().value(u"value"_s).toString().size() > 255)
            return errorResponse(400, u"DMS.10240038"_s, u"The tag value is too long."_s);
    }
    const bool ok = context.store.transaction([&] {
        for (const QJsonValue &value : tags) {
            const QJsonObject tag = value.toObject();
            if (action == "create"_L1) {
                context.store.exec(
                    u"INSERT INTO instance_tags(instance_id, key, value) VALUES(?, ?, ?)"
                    " ON CONFLICT(instance_id, key) DO UPDATE SET value = excluded.value"_s,
                    {lookup.instance->id, tag.value(u"key"_s).toString(), tag.value(u"value"_s).toString()});
            } else {
                context.store.exec(u"DELETE FROM instance_tags WHERE instance_id = ? AND key = ?"_s,
                                   {lookup.instance->id, tag.value(u"key"_s).toString()});
            }
        }
        return context.store
                   .scalar(u"SELECT COUNT(*) FROM instance_tags WHERE instance_id = ?"_s, {lookup.instance->id})
                   .toInt() <= 20;
    });
    if (!ok)
        return errorResponse(400, u"DMS.10240044"_s, u"A maximum of 20 tags can be added to an instance."_s);
    return HttpResponse::noContent();
}

HttpResponse listInstanceTags(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    QJsonArray tags;
    const auto rows = context.store.rows(u"SELECT key, value FROM instance_tags WHERE instance_id = ? ORDER BY key"_s,
                                         {lookup.instance->id});
    for (const QVariantMap &row : rows)
        tags.append(
            QJsonObject {{u"key"_s, row.value(u"key"_s).toString()}, {u"value"_s, row.value(u"value"_s).toString()}});
    QJsonObject json {{u"tags"_s, tags}};
    addPaging(json, page(tags, 0, int(tags.size())));
    return HttpResponse::json(json);
}

HttpResponse listProjectTags(ServiceContext &context, const RequestContext &request)
{
    QMap<QString, QStringList> values;
    const auto rows = context.store.rows(u"SELECT DISTINCT t.key, t.value FROM instance_tags t JOIN instances i ON"
                                         " i.id = t.instance_id WHERE i.project_id = ? ORDER BY t.key, t.value"_s,
                                         {request.projectId});
    for (const QVariantMap &row : rows)
        values[row.value(u"key"_s).toString()].append(row.value(u"value"_s).toString());
    QJsonArray tags;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        tags.append(QJsonObject {{u"key"_s, it.key()}, {u"values"_s, QJsonArray::fromStringList(it.value())}});
    QJsonObject json {{u"tags"_s, tags}};
    addPaging(json, page(tags, 0, int(tags.size())));
    return HttpResponse::json(json);
}

HttpResponse createMetadataTask(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString id = newUuid();
    context.store.exec(
        u"INSERT INTO metadata_tasks(id, instance_id, name, type, status, overwrite, content, created_at)"
        " VALUES(?, ?, ?, ?, 'finished', ?, ?, ?)"_s,
        {id, lookup.instance->id, request.queryValue(u"name"_s), request.queryValue(u"type"_s),
         request.queryValue(u"overwrite"_s) == "true"_L1, QString::fromUtf8(request.body), nowMs()});
    return HttpResponse::json(QJsonObject {{u"task_id"_s, id}});
}

HttpResponse listMetadataTasks(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    QJsonArray all;
    const auto rows = context.store.rows(
        u"SELECT * FROM metadata_tasks WHERE instance_id = ? ORDER BY created_at DESC"_s, {lookup.instance->id});
    for (const QVariantMap &row : rows) {
        if (request.hasQuery(u"id"_s) && row.value(u"id"_s).toString() != request.queryValue(u"id"_s))
            continue;
        all.append(QJsonObject {{u"id"_s, row.value(u"id"_s).toString()},
                                {u"name"_s, row.value(u"name"_s).toString()},
                                {u"start_date"_s,
                                 QDateTime::fromMSecsSinceEpoch(row.value(u"created_at"_s).toLongLong(), Qt::UTC)
                                     .toString(u"yyyy-MM-dd HH:mm:ss.zz"_s)},
                                {u"status"_s, row.value(u"status"_s).toString()},
                                {u"type"_s, row.value(u"type"_s).toString()}});
    }
    const Page slice = page(all, request.offset(), request.limit(10));
    return HttpResponse::json(QJsonObject {{u"total"_s, slice.total}, {u"task"_s, slice.items}});
}

HttpResponse deleteMetadataTasks(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    QJsonArray deleted;
    const QJsonArray ids = request.object().value(u"task_ids"_s).toArray();
    for (const QJsonValue &id : ids) {
        context.store.exec(u"DELETE FROM metadata_tasks WHERE id = ? AND instance_id = ?"_s,
                           {id.toString(), lookup.instance->id});
        if (context.store.rowsAffected() > 0)
            deleted.append(id);
    }
    return HttpResponse::json(QJsonObject {{u"success_task_list"_s, deleted}});
}

HttpResponse resizeInstance(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QJsonObject body = request.object();
    const QString type = body.value(u"oper_type"_s).toString();
    const auto row = context.store.row(u"SELECT data FROM instances WHERE id = ?"_s, {lookup.instance->id});
    QJsonObject data = fromJsonText(row->value(u"data"_s).toString()).toObject();
    int brokers = lookup.instance->brokerNum;
    if (type == "storage"_L1) {
        const int space = body.value(u"new_storage_space"_s).toInt();
        if (space <= data.value(u"storage_space"_s).toInt())
            return errorResponse(400, u"DMS.00400500"_s, u"Invalid disk space."_s);
        data.insert(u"storage_space"_s, space);
    } else {
        const QString product = body.value(u"new_product_id"_s).toString();
        if (!product.isEmpty())
            data.insert(u"product_id"_s, product);
        if (body.contains(u"new_broker_num"_s)) {
            brokers = body.value(u"new_broker_num"_s).toInt();
            if (brokers < lookup.instance->brokerNum || brokers > 10)
                return Errors::invalidParameter(u"new_broker_num must not shrink the instance (max 10)."_s);
        }
    }
    context.store.exec(u"UPDATE instances SET data = ?, broker_num = ? WHERE id = ?"_s,
                       {toJsonText(data), brokers, lookup.instance->id});
    return HttpResponse::json(
        QJsonObject {{u"job_id"_s, recordTask(context, lookup.instance->id, u"extendInstance"_s, body)}});
}

HttpResponse modifySsl(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString mode = request.object().value(u"tls_mode"_s).toString(u"PLAINTEXT"_s);
    static const QStringList modes {u"PLAINTEXT"_s, u"SSL"_s,       u"PERMISSIVE"_s,
                                    u"ssl"_s,       u"plaintext"_s, u"permissive"_s};
    if (!modes.contains(mode))
        return Errors::invalidParameter(u"tls_mode must be PLAINTEXT, SSL or PERMISSIVE."_s);
    const auto row = context.store.row(u"SELECT data FROM instances WHERE id = ?"_s, {lookup.instance->id});
    QJsonObject data = fromJsonText(row->value(u"data"_s).toString()).toObject();
    data.insert(u"tls_mode"_s, mode.toUpper());
    data.insert(u"ssl_enable"_s, mode.toUpper() != "PLAINTEXT"_L1);
    context.store.exec(u"UPDATE instances SET data = ? WHERE id = ?"_s, {toJsonText(data), lookup.instance->id});
    const QString job =
        recordTask(context, lookup.instance->id, u"modifyInstanceSsl"_s, QJsonObject {{u"tls_mode"_s, mode}});
    return HttpResponse::json(QJsonObject {{u"job_id"_s, job}, {u"tls_mode"_s, mode}});
}

} // namespace

void installTasksAndConfigs(ServiceContext &context)
{
    Router &router = context.router;
    const auto bind = [&context](HttpResponse (*fn)(ServiceContext &, const RequestContext &)) {
        return [&context, fn](const RequestContext &request) { return fn(context, request); };
    };
    router.handle(u"list_background_tasks"_s, bind(listTasks));
    router.handle(u"show_background_task"_s, [&context](const RequestContext &request) {
        HttpResponse error;
        const auto row = findTask(context, request, &error);
        if (!row)
            return error;
        return HttpResponse::json(QJsonObject {{u"task_count"_s, u"1"_s}, {u"tasks"_s, QJsonArray {taskJson(*row)}}});
    });
    router.handle(u"delete_background_task"_s, [&context](const RequestContext &request) {
        HttpResponse error;
        const auto row = findTask(context, request, &error);
        if (!row)
            return error;
        context.store.exec(u"DELETE FROM tasks WHERE id = ?"_s, {row->value(u"id"_s)});
        return HttpResponse::noContent();
    });
    router.handle(u"show_background_task_progress"_s, [&context](const RequestContext &request) {
        HttpResponse error;
        const auto row = findTask(context, request, &error);
        if (!row)
            return error;
        const qint64 start = row->value(u"created_at"_s).toLongLong();
        const qint64 end = row->value(u"updated_at"_s).toLongLong();
        QJsonArray steps;
        for (const QString &name : {u"pre_check"_s, u"execute"_s, u"resume_operation"_s})
            steps.append(QJsonObject {
                {u"name"_s, name}, {u"statue"_s, u"COMPLETED"_s}, {u"start_time"_s, start}, {u"end_time"_s, end}});
        return HttpResponse::json(
            QJsonObject {{u"progress_percentage"_s, 100}, {u"remain_time"_s, 0}, {u"step_list"_s, steps}});
    });
    router.handle(u"list_rocketmq_configs"_s, bind(listConfigs));
    router.handle(u"update_rocketmq_configs"_s, bind(updateConfigs));
    router.handle(u"batch_create_or_delete_instance_tags"_s, bind(tagAction));
    router.handle(u"list_instance_tags"_s, bind(listInstanceTags));
    router.handle(u"list_project_tags"_s, bind(listProjectTags));
    router.handle(u"create_metadata_migration_task"_s, bind(createMetadataTask));
    router.handle(u"list_metadata_migration_tasks"_s, bind(listMetadataTasks));
    router.handle(u"batch_delete_metadata_migration_tasks"_s, bind(deleteMetadataTasks));
    router.handle(u"resize_instance"_s, bind(resizeInstance));
    router.handle(u"modify_instance_ssl"_s, bind(modifySsl));
}

} // namespace Emulator::Admin
