#include "api/dto/instance.h"

using namespace Qt::Literals::StringLiterals;

namespace Api {

Tag Tag::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "key"_L1), Json::string(o, "value"_L1)};
}

QJsonObject Tag::toJson() const
{
    return {{"key"_L1, key}, {"value"_L1, value}};
}

Instance Instance::fromJson(const QJsonObject &o)
{
    Instance i;
    i.instanceId = Json::string(o, "instance_id"_L1);
    i.name = Json::string(o, "name"_L1);
    i.engine = Json::string(o, "engine"_L1);
    i.engineVersion = Json::string(o, "engine_version"_L1);
    i.status = Json::string(o, "status"_L1);
    i.description = Json::string(o, "description"_L1);
    i.type = Json::string(o, "type"_L1);
    i.specification = Json::string(o, "specification"_L1);
    i.productId = Json::string(o, "product_id"_L1);
    i.archType = Json::string(o, "arch_type"_L1);
    i.chargingMode = Json::integer(o, "charging_mode"_L1, 1);
    i.vpcId = Json::string(o, "vpc_id"_L1);
    i.vpcName = Json::string(o, "vpc_name"_L1);
    i.subnetId = Json::string(o, "subnet_id"_L1);
    i.securityGroupId = Json::string(o, "security_group_id"_L1);
    i.availableZones = Json::strings(o, "available_zones"_L1);
    i.createdAt = Json::epochMs(o, "created_at"_L1);
    i.storageSpace = Json::int64(o, "storage_space"_L1);
    i.usedStorageSpace = Json::int64(o, "used_storage_space"_L1);
    i.totalStorageSpace = Json::int64(o, "total_storage_space"_L1);
    i.brokerNum = Json::integer(o, "broker_num"_L1);
    i.sslEnable = Json::boolean(o, "ssl_enable"_L1);
    i.enableAcl = Json::boolean(o, "enable_acl"_L1);
    i.enablePublicIp = Json::boolean(o, "enable_publicip"_L1);
    i.tlsMode = Json::string(o, "tls_mode"_L1);
    i.namesrvAddress = Json::string(o, "namesrv_address"_L1);
    i.brokerAddress = Json::string(o, "broker_address"_L1);
    i.publicNamesrvAddress = Json::string(o, "public_namesrv_address"_L1);
    i.publicBrokerAddress = Json::string(o, "public_broker_address"_L1);
    i.grpcAddress = Json::string(o, "grpc_address"_L1);
    i.maintainBegin = Json::string(o, "maintain_begin"_L1);
    i.maintainEnd = Json::string(o, "maintain_end"_L1);
    i.enterpriseProjectId = Json::string(o, "enterprise_project_id"_L1);
    i.tags = Json::list<Tag>(o, "tags"_L1);
    i.extra = Json::unknownFields(o,
                                  {"instance_id"_L1,
                                   "name"_L1,
                                   "engine"_L1,
                                   "engine_version"_L1,
                                   "status"_L1,
                                   "description"_L1,
                                   "type"_L1,
                                   "specification"_L1,
                                   "product_id"_L1,
                                   "arch_type"_L1,
                                   "charging_mode"_L1,
                                   "vpc_id"_L1,
                                   "vpc_name"_L1,
                                   "subnet_id"_L1,
                                   "security_group_id"_L1,
                                   "available_zones"_L1,
                                   "created_at"_L1,
                                   "storage_space"_L1,
                                   "used_storage_space"_L1,
                                   "total_storage_space"_L1,
                                   "broker_num"_L1,
                                   "ssl_enable"_L1,
                                   "enable_acl"_L1,
                                   "enable_publicip"_L1,
                                   "tls_mode"_L1,
                                   "namesrv_address"_L1,
                                   "broker_address"_L1,
                                   "public_namesrv_address"_L1,
                                   "public_broker_address"_L1,
                                   "grpc_address"_L1,
                                   "maintain_begin"_L1,
                                   "maintain_end"_L1,
                                   "enterprise_project_id"_L1,
                                   "tags"_L1});
    return i;
}

QJsonObject Instance::toJson() const
{
    QJsonObject o {
        {"instance_id"_L1, instanceId},
        {"name"_L1, name},
        {"engine"_L1, engine},
        {"engine_version"_L1, engineVersion},
        {"status"_L1, status},
        {"description"_L1, description},
        {"type"_L1, type},
        {"specification"_L1, specification},
        {"product_id"_L1, productId},
        {"arch_type"_L1, archType},
        {"charging_mode"_L1, chargingMode},
        {"vpc_id"_L1, vpcId},
        {"vpc_name"_L1, vpcName},
        {"subnet_id"_L1, subnetId},
        {"security_group_id"_L1, securityGroupId},
        {"available_zones"_L1, Json::toArray(availableZones)},
        // The reference types created_at as a string of epoch milliseconds.
        {"created_at"_L1, QString::number(createdAt)},
        {"storage_space"_L1, storageSpace},
        {"used_storage_space"_L1, usedStorageSpace},
        {"total_storage_space"_L1, totalStorageSpace},
        {"broker_num"_L1, brokerNum},
        {"ssl_enable"_L1, sslEnable},
        {"enable_acl"_L1, enableAcl},
        {"enable_publicip"_L1, enablePublicIp},
        {"tls_mode"_L1, tlsMode},
        {"namesrv_address"_L1, namesrvAddress},
        {"broker_address"_L1, brokerAddress},
        {"public_namesrv_address"_L1, publicNamesrvAddress},
        {"public_broker_address"_L1, publicBrokerAddress},
        {"grpc_address"_L1, grpcAddress},
        {"maintain_begin"_L1, maintainBegin},
        {"maintain_end"_L1, maintainEnd},
        {"enterprise_project_id"_L1, enterpriseProjectId},
        {"tags"_L1, Json::toArray(tags)},
    };
    Json::mergeMissing(o, extra);
    return o;
}

InstanceList InstanceList::fromJson(const QJsonObject &o)
{
    InstanceList l;
    l.instances = Json::list<Instance>(o, "instances"_L1);
    l.instanceNum = Json::int64(o, "instance_num"_L1, -1);
    l.extra = Json::unknownFields(o, {"instances"_L1, "instance_num"_L1});
    return l;
}

QJsonObject InstanceList::toJson() const
{
    QJsonObject o {{"instances"_L1, Json::toArray(instances)},
                   {"instance_num"_L1, instanceNum >= 0 ? instanceNum : instances.size()}};
    Json::mergeMissing(o, extra);
    return o;
}

Broker Broker::fromJson(const QJsonObject &o)
{
    Broker b;
    b.brokerName = Json::string(o, "broker_name"_L1);
    b.ids = Json::int64s(o, "ids"_L1);
    b.extra = Json::unknownFields(o, {"broker_name"_L1, "ids"_L1});
    return b;
}

QJsonObject Broker::toJson() const
{
    QJsonObject o {{"broker_name"_L1, brokerName}, {"ids"_L1, Json::toArray(ids)}};
    Json::mergeMissing(o, extra);
    return o;
}

} // namespace Api
