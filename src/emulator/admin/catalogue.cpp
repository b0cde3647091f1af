// What the console's create and edit dialogs choose from: AZs, products (flavors), flavor
// cores, feature switches, monitoring dimensions, and the resize catalogue.
#include "catalogue.h"
#include "admin.h"
#include "adminutil.h"

#include "api/operations.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

struct Zone
{
    const char *id;
    const char *name;
    const char *code;
    bool defaultZone;
};
constexpr Zone kZones[] = {
    {"8c90c2a4e2594c0782faabb205afeca7", "AZ 1", "a", false},
    {"d539378ec1314c85b76fefa3f7071458", "AZ 2", "b", false},
    {"9f1c5806706d4c1fb0eb72f0a9b18c77", "AZ 3", "c", true},
};

QStringList productIds()
{
    const Api::Operation *op = Api::OperationTable::builtin().find(u"list_products"_s);
    const Api::OperationParam *param = op ? op->queryParam(u"product_id"_s) : nullptr;
    return param ? param->enumValues : QStringList {u"c6.4u8g.cluster"_s, u"rocketmq.b1.large.1"_s};
}

QJsonArray zoneIds()
{
    QJsonArray ids;
    for (const Zone &zone : kZones)
        ids.append(QString::fromLatin1(zone.id));
    return ids;
}

QJsonObject productJson(const QString &productId)
{
    const bool v5 = productId.startsWith("rocketmq."_L1);
    // c6.<cores>u<mem>g.cluster[.small]; rocketmq.<b|p><n>.large.<rcu>
    int cores = 4;
    if (!v5)
        cores = productId.section(u'.', 1, 1).section(u'u', 0, 0).toInt();
    else
        cores = std::max(1, productId.section(u'.', 3, 3).toInt() / 2);
    const QJsonArray zones = zoneIds();
    const QJsonArray ios {QJsonObject {{u"io_spec"_s, u"dms.physical.storage.high.v2"_s},
                                       {u"available_zones"_s, zones},
                                       {u"type"_s, u"evs"_s},
                                       {u"unavailable_zones"_s, QJsonArray()}},
                          QJsonObject {{u"io_spec"_s, u"dms.physical.storage.ultra.v2"_s},
                                       {u"available_zones"_s, zones},
                                       {u"type"_s, u"evs"_s},
                                       {u"unavailable_zones"_s, QJsonArray()}}};
    QJsonObject properties;
    if (v5) {
        const int rcu = std::max(1, productId.section(u'.', 3, 3).toInt());
        properties = QJsonObject {{u"max_topic"_s, 50 * rcu},
                                  {u"broker_num"_s, 1},
                                  {u"core"_s, cores},
                                  {u"max_consumer"_s, 500 * rcu},
                                  {u"rcu"_s, rcu},
                                  {u"max_storage"_s, 30000},
                                  {u"max_storage_per_node"_s, 90000},
                                  {u"min_storage"_s, 100},
                                  {u"product_alias"_s, productId},
                                  {u"max_tps_per_rcu"_s, 500},
                                  {u"engine_versions"_s, u"5.x"_s},
                                  {u"min_storage_per_node"_s, 300}};
    } else {
        const bool small = productId.endsWith(".small"_L1);
        properties = QJsonObject {{u"max_broker"_s, small ? u"2"_s : u"10"_s},
                                  {u"max_topic_per_broker"_s, u"2000"_s},
                                  {u"max_storage_per_node"_s, u"60000"_s},
                                  {u"max_consumer_per_broker"_s, u"2000"_s},
                                  {u"min_broker"_s, u"1"_s},
                                  {u"product_alias"_s, productId},
                                  {u"engine_versions"_s, u"4.8.0"_s},
                                  {u"min_storage_per_node"_s, u"300"_s}};
    }
    return QJsonObject {
        {u"type"_s,
         v5 ? (productId.contains(u".b"_s) ? u"single.basic"_s : u"cluster.professional"_s)
            : (productId.endsWith(".small"_L1) ? u"cluster.small"_s : u"cluster"_s)},
        {u"product_id"_s, productId},
        {u"ecs_flavor_id"_s, u"c6.%1xlarge.2"_s.arg(cores / 4 > 1 ? QString::number(cores / 4) : QString())},
        {u"billing_code"_s, v5 ? u"dms.rocketmq.basic.single.tps"_s : u"dms.platinum.c6"_s},
        {u"arch_types"_s, QJsonArray {u"X86"_s}},
        {u"charging_mode"_s, QJsonArray {u"monthly"_s, u"hourly"_s}},
        {u"ios"_s, ios},
        {u"support_features"_s, QJsonArray()},
        {u"properties"_s, properties},
        {u"available_zones"_s, zones},
        {u"unavailable_zones"_s, QJsonArray()},
        {u"qingtian_incompatible"_s, false}};
}

HttpResponse listProducts(const RequestContext &request, const QString &onlyVersion = {})
{
    const QString wanted = request.queryValue(u"product_id"_s);
    QJsonArray products;
    QStringList versions;
    for (const QString &id : productIds()) {
        const QString version = id.startsWith("rocketmq."_L1) ? u"5.x"_s : u"4.8.0"_s;
        if ((!wanted.isEmpty() && id != wanted) || (!onlyVersion.isEmpty() && version != onlyVersion))
            continue;
        products.append(productJson(id));
        if (!versions.contains(version))
            versions.append(version);
    }
    const Page slice = page(products, request.offset(), request.limit(50));
    QJsonObject json {{u"engine"_s, u"rocketmq"_s},
                      {u"versions"_s, QJsonArray::fromStringList(versions)},
                      {u"products"_s, slice.items}};
    addPaging(json, slice);
    return HttpResponse::json(json);
}

} // namespace

QString availableZoneName(const QString &id)
{
    for (const Zone &zone : kZones) {
        if (id == QLatin1String(zone.id))
            return QString::fromLatin1(zone.name);
    }
    return {};
}

bool productMatchesVersion(const QString &productId, const QString &engineVersion)
{
    if (!productIds().contains(productId))
        return false;
    return productId.startsWith("rocketmq."_L1) == (engineVersion == "5.x"_L1);
}

void installCatalogue(ServiceContext &context)
{
    Router &router = context.router;
    router.handle(u"list_available_zones"_s, [&context](const RequestContext &) {
        QJsonArray zones;
        for (const Zone &zone : kZones) {
            zones.append(QJsonObject {{u"soldOut"_s, false},
                                      {u"id"_s, QString::fromLatin1(zone.id)},
                                      {u"code"_s, QString(context.settings.region + QLatin1String(zone.code))},
                                      {u"name"_s, QString::fromLatin1(zone.name)},
                                      {u"port"_s, u"443"_s},
                                      {u"resource_availability"_s, u"true"_s},
                                      {u"default_az"_s, zone.defaultZone},
                                      {u"remain_time"_s, 9223372036854775807.0},
                                      {u"ipv6_enable"_s, false}});
        }
        return HttpResponse::json(
            QJsonObject {{u"region_id"_s, context.settings.region}, {u"available_zones"_s, zones}});
    });
    router.handle(u"list_products"_s, [](const RequestContext &request) { return listProducts(request); });
    router.handle(u"list_extend_products"_s, [&context](const RequestContext &request) {
        const InstanceLookup lookup = lookupInstance(context, request);
        if (!lookup.instance)
            return lookup.error;
        return listProducts(request, lookup.instance->engineVersion);
    });
    router.handle(u"show_flavor_cores"_s, [](const RequestContext &request) {
        const QString productId = request.queryValue(u"product_id"_s);
        const int brokers = request.queryValue(u"broker_num"_s).toInt();
        if (brokers < 1)
            return Errors::invalidParameter(u"broker_num must be a positive integer."_s);
        const int cores =
            productId.startsWith("c6."_L1) ? productId.section(u'.', 1, 1).section(u'u', 0, 0).toInt() : 2;
        return HttpResponse::json(
            QJsonObject {{u"core_num"_s, cores * brokers * 3}, {u"total_extend_storage_space"_s, 300 * brokers}});
    });
    router.handle(u"list_config_features"_s, [](const RequestContext &) {
        const QJsonArray features {
            QJsonObject {{u"featureId"_s, u"rocketmq_cross_vpc"_s},
                         {u"status"_s, 1},
                         {u"description"_s, u"rocketmq cross vpc switch"_s}},
            QJsonObject {{u"featureId"_s, u"pdp5_auth_enable"_s},
                         {u"status"_s, 1},
                         {u"description"_s, u"pdp5 check permission enable"_s}},
            QJsonObject {{u"featureId"_s, u"rocketmq_acl"_s}, {u"status"_s, 1}, {u"description"_s, u"ACL switch"_s}},
            QJsonObject {{u"featureId"_s, u"rocketmq_message_trace"_s},
                         {u"status"_s, 1},
                         {u"description"_s, u"message trace switch"_s}}};
        return HttpResponse::json(QJsonObject {{u"features"_s, features}});
    });
    router.handle(u"show_ces_hierarchy"_s, [&context](const RequestContext &request) {
        const InstanceLookup lookup = lookupInstance(context, request);
        if (!lookup.instance)
            return lookup.error;
        const Api::Operation *op = Api::OperationTable::builtin().find(u"show_ces_hierarchy"_s);
        QJsonObject json = op->exampleResponse().toObject();
        QJsonArray topics;
        for (const Catalog::Topic &topic : context.catalog.topics(lookup.instance->id))
            topics.append(QJsonObject {{u"name"_s, topic.name}});
        QJsonArray groups;
        for (const Catalog::Group &group : context.catalog.groups(lookup.instance->id))
            groups.append(QJsonObject {{u"name"_s, group.name}});
        QJsonArray nodes;
        for (const QString &broker : lookup.instance->brokerNames())
            nodes.append(QJsonObject {{u"name"_s, broker}});
        json.insert(u"instance_ids"_s, QJsonArray {QJsonObject {{u"name"_s, lookup.instance->id}}});
        json.insert(u"nodes"_s, nodes);
        json.insert(u"topics"_s, topics);
        json.insert(u"groups"_s, groups);
        return HttpResponse::json(json);
    });
    router.handle(u"show_extend_precheck"_s, [&context](const RequestContext &request) {
        const InstanceLookup lookup = lookupInstance(context, request);
        if (!lookup.instance)
            return lookup.error;
        return HttpResponse::json(
            QJsonObject {{u"name"_s, u"CPU"_s}, {u"success"_s, true}, {u"reason"_s, QString()}, {u"risk"_s, u"low"_s}});
    });
}

} // namespace Emulator::Admin
