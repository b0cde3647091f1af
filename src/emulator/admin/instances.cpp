// Instances (5.1): create (CREATING -> RUNNING after a delay), list with filters and paging,
// show, update, delete, batch delete, brokers.
#include "admin.h"
#include "adminutil.h"
#include "catalogue.h"

#include "store.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

// Fields create_instance and update_instance accept and show_instance echoes back.
const QStringList kStoredFields {u"description"_s,
                                 u"product_id"_s,
                                 u"storage_space"_s,
                                 u"vpc_id"_s,
                                 u"subnet_id"_s,
                                 u"security_group_id"_s,
                                 u"available_zones"_s,
                                 u"storage_spec_code"_s,
                                 u"enterprise_project_id"_s,
                                 u"ssl_enable"_s,
                                 u"tls_mode"_s,
                                 u"ipv6_enable"_s,
                                 u"enable_publicip"_s,
                                 u"publicip_id"_s,
                                 u"maintain_begin"_s,
                                 u"maintain_end"_s,
                                 u"enable_acl"_s,
                                 u"retention_policy"_s,
                                 u"arch_type"_s,
                                 u"enable_log_collection"_s};

QJsonObject instanceJson(const ServiceContext &context, const QVariantMap &row)
{
    const QString id = row.value(u"id"_s).toString();
    const QString version = row.value(u"engine_version"_s).toString();
    const int brokers = row.value(u"broker_num"_s).toInt();
    const QJsonObject data = fromJsonText(row.value(u"data"_s).toString()).toObject();
    const QString productId = data.value(u"product_id"_s).toString();
    const int storage = data.value(u"storage_space"_s).toInt(600);
    // A stable private address per instance, derived from its id.
    const int host = int(qHash(id) % 200) + 20;
    const QString ip = u"192.168.0.%1"_s.arg(host);
    QJsonObject json {
        {u"name"_s, row.value(u"name"_s).toString()},
        {u"engine"_s, row.value(u"engine"_s).toString()},
        {u"status"_s, row.value(u"status"_s).toString()},
        {u"description"_s, data.value(u"description"_s).toString()},
        {u"type"_s, version.startsWith(u'5') ? u"single.basic"_s : u"cluster"_s},
        {u"specification"_s, u"%1 * %2 broker"_s.arg(productId).arg(brokers)},
        {u"engine_version"_s, version},
        {u"instance_id"_s, id},
        {u"resource_spec_code"_s, QString()},
        {u"charging_mode"_s, 1},
        {u"vpc_name"_s, u"vpc-sandbox"_s},
        {u"created_at"_s, QString::number(row.value(u"created_at"_s).toLongLong())},
        {u"security_group_name"_s, u"Sys-default"_s},
        {u"subnet_name"_s, u"subnet-sandbox"_s},
        {u"subnet_cidr"_s, u"192.168.0.0/24"_s},
        {u"user_id"_s, u"u0e1f2a3b4c5469788796a5b4c3d2e1f"_s},
        {u"user_name"_s, context.settings.iamUser},
        {u"maintain_begin"_s, u"02:00:00"_s},
        {u"maintain_end"_s, u"06:00:00"_s},
        {u"enable_log_collection"_s, false},
        {u"total_storage_space"_s, storage},
        {u"storage_space"_s, storage - storage / 10},
        {u"used_storage_space"_s, 0},
        {u"enable_publicip"_s, false},
        {u"ssl_enable"_s, false},
        {u"tls_mode"_s, u"PLAINTEXT"_s},
        {u"arch_type"_s, u"X86"_s},
        {u"storage_resource_id"_s, id},
        {u"service_type"_s, u"advanced"_s},
        {u"storage_type"_s, u"hec"_s},
        {u"enterprise_project_id"_s, u"0"_s},
        {u"extend_times"_s, 0},
        {u"ipv6_enable"_s, false},
        {u"support_features"_s, u"features.log.collection"_s},
        {u"disk_encrypted"_s, false},
        {u"ces_version"_s, u"linux,v1,v2,v3,v4"_s},
        {u"new_spec_billing_enable"_s, true},
        {u"broker_num"_s, brokers},
        {u"dns_enable"_s, false},
        {u"enable_acl"_s, false},
        {u"namesrv_address"_s, QString(ip + u":8100"_s)},
        {u"broker_address"_s, QString(ip + u":10100"_s)},
        {u"grpc_address"_s, version.startsWith(u'5') ? QString(ip + u":8080"_s) : QString()},
    };
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.key() != "storage_space"_L1)
            json.insert(it.key(), it.value());
    }
    QJsonArray zoneNames;
    const QJsonArray zones = data.value(u"available_zones"_s).toArray();
    for (const QJsonValue &zone : zones)
        zoneNames.append(availableZoneName(zone.toString()));
    json.insert(u"available_zone_names"_s, zoneNames);
    return json;
}

std::optional<HttpResponse> checkCreate(ServiceContext &context, const RequestContext &request)
{
    const QJsonObject body = request.object();
    const QString name = body.value(u"name"_s).toString();
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_-]{3,63}$"_s);
    if (!namePattern.match(name).hasMatch())
        return errorResponse(400, u"DMS.00400010"_s,
                             u"Invalid instance name. The name must be 4 to 64 characters long. Only letters, digits, "
                             "underscores (_), and hyphens (-) are allowed."_s);
    if (body.value(u"description"_s).toString().size() > 1024)
        return errorResponse(400, u"DMS.00400011"_s,
                             u"The instance description can contain a maximum of 1024 characters."_s);
    const QString version = body.value(u"engine_version"_s).toString();
    if (version != "4.8.0"_L1 && version != "5.x"_L1)
        return errorResponse(400, u"DMS.00400008"_s, u"Unsupported version."_s);
    const QString productId = body.value(u"product_id"_s).toString();
    if (!productMatchesVersion(productId, version))
        return errorResponse(400, u"DMS.00400022"_s, u"Engine does not match the product id."_s);
    const QJsonArray zones = body.value(u"available_zones"_s).toArray();
    if (zones.isEmpty() || zones.size() > 3)
        return errorResponse(400, u"DMS.00400067"_s, u"available_zones must hold one or three AZ IDs."_s);
    for (const QJsonValue &zone : zones) {
        if (availableZoneName(zone.toString()).isEmpty())
            return errorResponse(400, u"DMS.00400042"_s, u"The AZ does not exist."_s);
    }
    const int brokers = body.value(u"broker_num"_s).toInt();
    if (brokers < 1 || brokers > 10 || (version == "5.x"_L1 && brokers > 4))
        return Errors::invalidParameter(u"broker_num must be between 1 and 10 (1-4 for 5.x)."_s);
    if (body.value(u"storage_space"_s).toInt() < 100 * brokers)
        return errorResponse(400, u"DMS.00400500"_s, u"Invalid disk space."_s);
    if (context.store.scalar(u"SELECT 1 FROM instances WHERE project_id = ? AND name = ?"_s, {request.projectId, name})
            .isValid())
        return errorResponse(400, u"DMS.00400060"_s, u"This instance name already exists."_s);
    return std::nullopt;
}

HttpResponse createInstance(ServiceContext &context, const RequestContext &request)
{
    if (auto invalid = checkCreate(context, request))
        return *invalid;
    const QJsonObject body = request.object();
    QJsonObject data;
    for (const QString &field : kStoredFields) {
        if (body.contains(field))
            data.insert(field, body.value(field));
    }
    const QString id = newUuid();
    const qint64 now = nowMs();
    context.store.exec(u"INSERT INTO instances(id, project_id, name, engine, engine_version, status, broker_num,"
                       " created_at, ready_at, data) VALUES(?, ?, ?, 'reliability', ?, 'CREATING', ?, ?, ?, ?)"_s,
                       {id, request.projectId, body.value(u"name"_s).toString(),
                        body.value(u"engine_version"_s).toString(), body.value(u"broker_num"_s).toInt(), now,
                        now + context.settings.instanceCreateDelayMs, toJsonText(data)});
    recordTask(context, id, u"createInstance"_s, QJsonObject {{u"name"_s, body.value(u"name"_s)}});
    return HttpResponse::json(QJsonObject {{u"instance_id"_s, id}});
}

HttpResponse listInstances(ServiceContext &context, const RequestContext &request)
{
    context.catalog.instances(request.projectId); // settles CREATING -> RUNNING
    const QString name = request.queryValue(u"name"_s);
    const bool exact = request.queryValue(u"exact_match_name"_s) == "true"_L1;
    const QString id = request.queryValue(u"instance_id"_s);
    const QString status = request.queryValue(u"status"_s);
    const bool includeFailure = request.queryValue(u"include_failure"_s, u"true"_s) != "false"_L1;
    const QString enterpriseProject = request.queryValue(u"enterprise_project_id"_s);
    QJsonArray all;
    const auto rows = context.store.rows(u"SELECT * FROM instances WHERE project_id = ? ORDER BY created_at DESC, id"_s,
                                         {request.projectId});
    for (const QVariantMap &row : rows) {
        const QString rowName = row.value(u"name"_s).toString();
        const QString rowStatus = row.value(u"status"_s).toString();
        if (!name.isEmpty() && (exact ? rowName != name : !rowName.contains(name, Qt::CaseInsensitive)))
            continue;
        if ((!id.isEmpty() && row.value(u"id"_s).toString() != id) || (!status.isEmpty() && rowStatus != status))
            continue;
        if (!includeFailure && (rowStatus == "ERROR"_L1 || rowStatus == "EXTENDEDFAILED"_L1))
            continue;
        const QJsonObject json = instanceJson(context, row);
        if (!enterpriseProject.isEmpty() && json.value(u"enterprise_project_id"_s).toString() != enterpriseProject)
            continue;
        all.append(json);
    }
    const Page slice = page(all, request.offset(), request.limit(10));
    return HttpResponse::json(QJsonObject {{u"instances"_s, slice.items}, {u"instance_num"_s, slice.total}});
}

HttpResponse showInstance(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const auto row = context.store.row(u"SELECT * FROM instances WHERE id = ?"_s, {lookup.instance->id});
    return HttpResponse::json(instanceJson(context, *row));
}

HttpResponse updateInstance(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QJsonObject body = request.object();
    const auto row = context.store.row(u"SELECT * FROM instances WHERE id = ?"_s, {lookup.instance->id});
    QJsonObject data = fromJsonText(row->value(u"data"_s).toString()).toObject();
    QString name = lookup.instance->name;
    if (body.contains(u"name"_s)) {
        name = body.value(u"name"_s).toString();
        static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_-]{3,63}$"_s);
        if (!namePattern.match(name).hasMatch())
            return errorResponse(400, u"DMS.00400010"_s, u"Invalid instance name."_s);
        if (name != lookup.instance->name &&
            context.store
                .scalar(u"SELECT 1 FROM instances WHERE project_id = ? AND name = ?"_s, {request.projectId, name})
                .isValid())
            return errorResponse(400, u"DMS.00400060"_s, u"This instance name already exists."_s);
    }
    if (body.value(u"description"_s).toString().size() > 1024)
        return errorResponse(400, u"DMS.00400011"_s,
                             u"The instance description can contain a maximum of 1024 characters."_s);
    for (const QString &field : kStoredFields) {
        if (body.contains(field) && field != "product_id"_L1 && field != "available_zones"_L1)
            data.insert(field, body.value(field));
    }
    context.store.exec(u"UPDATE instances SET name = ?, data = ? WHERE id = ?"_s,
                       {name, toJsonText(data), lookup.instance->id});
    return HttpResponse::noContent();
}

bool deleteOne(ServiceContext &context, const Catalog::Instance &instance)
{
    if (instance.status == "CREATING"_L1)
        return false;
    const bool ok = context.store.exec(u"DELETE FROM instances WHERE id = ?"_s, {instance.id});
    if (ok)
        context.catalog.notifyInstanceDeleted(instance.id);
    return ok;
}

HttpResponse deleteInstance(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    if (!deleteOne(context, *lookup.instance))
        return errorResponse(400, u"DMS.00400099"_s,
                             u"The following instances in the Creating, Starting, Stopping, or Restarting state "
                             "cannot be deleted: %1."_s.arg(lookup.instance->id));
    return HttpResponse::noContent();
}

HttpResponse batchInstances(ServiceContext &context, const RequestContext &request)
{
    const QJsonObject body = request.object();
    const QString action = body.value(u"action"_s).toString();
    const QJsonArray ids = body.value(u"instances"_s).toArray();
    if (action != "delete"_L1 && action != "restart"_L1)
        return errorResponse(400, u"DMS.00400064"_s,
                             u"The action parameter in the request must be delete or restart."_s);
    if (ids.isEmpty() && body.value(u"all_failure"_s).toString().isEmpty())
        return errorResponse(400, u"DMS.00400065"_s, u"The instances parameter in the request is empty."_s);
    if (ids.size() > 50)
        return errorResponse(400, u"DMS.00400100"_s,
                             u"The instances array can contain a maximum of 50 instance IDs."_s);
    QJsonArray results;
    for (const QJsonValue &value : ids) {
        const auto instance = context.catalog.instance(request.projectId, value.toString());
        bool ok = instance.has_value();
        if (ok && action == "delete"_L1)
            ok = deleteOne(context, *instance);
        else if (ok)
            recordTask(context, instance->id, u"restartInstance"_s, {});
        results.append(QJsonObject {{u"result"_s, ok ? u"success"_s : u"failed"_s}, {u"instance"_s, value.toString()}});
    }
    return HttpResponse::json(QJsonObject {{u"results"_s, results}});
}

HttpResponse listBrokers(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    QJsonArray brokers;
    for (const QString &name : lookup.instance->brokerNames())
        brokers.append(QJsonObject {{u"broker_name"_s, name}, {u"ids"_s, QJsonArray {0, 1, 2}}});
    QJsonObject json {{u"brokers"_s, brokers}};
    addPaging(json, page(brokers, 0, int(brokers.size())));
    return HttpResponse::json(json);
}

} // namespace

void installInstances(ServiceContext &context)
{
    Router &router = context.router;
    const auto bind = [&context](HttpResponse (*fn)(ServiceContext &, const RequestContext &)) {
        return [&context, fn](const RequestContext &request) { return fn(context, request); };
    };
    router.handle(u"create_instance"_s, bind(createInstance));
    // POST /v2/{engine}/{project_id}/instances: the SDKs' CreateInstanceByEngine spelling.
    router.handlePath("POST", u"/v2/{engine}/{project_id}/instances"_s, u"create_instance"_s, bind(createInstance));
    router.handle(u"list_instances"_s, bind(listInstances));
    router.handle(u"show_instance"_s, bind(showInstance));
    router.handle(u"update_instance"_s, bind(updateInstance));
    router.handle(u"delete_instance"_s, bind(deleteInstance));
    router.handle(u"batch_delete_instances"_s, bind(batchInstances));
    router.handle(u"list_brokers"_s, bind(listBrokers));
}

} // namespace Emulator::Admin
