#include "apitext.h"

using namespace Qt::StringLiterals;

namespace Gui {

QString ApiText::instanceStatus(const QString &code)
{
    // errors.md, 7.3 Instance Statuses.
    if (code == u"CREATING")
        return tr("Creating");
    if (code == u"RUNNING")
        return tr("Running");
    if (code == u"ERROR")
        return tr("Error");
    if (code == u"RESTARTING")
        return tr("Restarting");
    if (code == u"STARTING")
        return tr("Starting");
    if (code == u"EXTENDING")
        return tr("Changing specifications");
    if (code == u"EXTENDEDFAILED")
        return tr("Specification change failed");
    if (code == u"FROZEN")
        return tr("Frozen");
    if (code == u"FREEZING")
        return tr("Freezing");
    if (code == u"UPGRADING")
        return tr("Upgrading");
    if (code == u"ROLLINGBACK")
        return tr("Rolling back");
    if (code == u"DELETING")
        return tr("Deleting");
    return code;
}

QString ApiText::instanceStatusDescription(const QString &code)
{
    if (code == u"CREATING")
        return tr("The instance is being created.");
    if (code == u"RUNNING")
        return tr("The instance is running and can provide services.");
    if (code == u"ERROR")
        return tr("The instance is not running properly.");
    if (code == u"RESTARTING")
        return tr("The instance is being restarted.");
    if (code == u"STARTING")
        return tr("The instance is being unfrozen.");
    if (code == u"EXTENDING")
        return tr("The instance specifications are being changed.");
    if (code == u"EXTENDEDFAILED")
        return tr("The instance specifications failed to be changed.");
    if (code == u"FROZEN")
        return tr("The instance is frozen because the account balance is insufficient. Top up the account to "
                  "unfreeze it.");
    if (code == u"FREEZING")
        return tr("The instance is being frozen.");
    if (code == u"UPGRADING")
        return tr("The instance is being upgraded.");
    if (code == u"ROLLINGBACK")
        return tr("The instance is being rolled back.");
    if (code == u"DELETING")
        return tr("The instance is being deleted.");
    return {};
}

QStringList ApiText::instanceStatusCodes()
{
    return {u"CREATING"_s,       u"RUNNING"_s, u"ERROR"_s,    u"RESTARTING"_s, u"STARTING"_s,    u"EXTENDING"_s,
            u"EXTENDEDFAILED"_s, u"FROZEN"_s,  u"FREEZING"_s, u"UPGRADING"_s,  u"ROLLINGBACK"_s, u"DELETING"_s};
}

QString ApiText::taskStatus(const QString &code)
{
    if (code == u"CREATED")
        return tr("Created");
    if (code == u"SUCCESS")
        return tr("Succeeded");
    if (code == u"FAILED")
        return tr("Failed");
    if (code == u"DELETED")
        return tr("Deleted");
    if (code == u"EXECUTING")
        return tr("In progress");
    if (code == u"CANCELLED")
        return tr("Cancelled");
    return code;
}

QString ApiText::engine(const QString &code)
{
    // "reliability" is the documented alias of "rocketmq": both are RocketMQ to a person.
    if (code == u"rocketmq" || code == u"reliability")
        return tr("RocketMQ");
    return code;
}

QString ApiText::instanceType(const QString &code)
{
    if (code == u"single")
        return tr("Single-node (4.8.0)");
    if (code == u"cluster")
        return tr("Cluster (4.8.0)");
    if (code == u"single.basic")
        return tr("Single-node, basic edition (5.x)");
    if (code == u"cluster.basic")
        return tr("Cluster, basic edition (5.x)");
    if (code == u"cluster.professional")
        return tr("Cluster, professional edition (5.x)");
    return code;
}

QString ApiText::storageSpec(const QString &code)
{
    if (code == u"dms.physical.storage.high.v2")
        return tr("High I/O");
    if (code == u"dms.physical.storage.ultra.v2")
        return tr("Ultra-high I/O");
    return code;
}

QString ApiText::chargingMode(const QJsonValue &value)
{
    const int mode = value.isString() ? value.toString().toInt() : value.toInt(-1);
    if (mode == 1)
        return tr("Pay-per-use");
    if (mode == 0)
        return tr("Yearly/monthly");
    return value.isString() ? value.toString() : QString::number(value.toDouble());
}

QString ApiText::topicPermission(const QString &code)
{
    const QString c = code.toLower();
    if (c == u"all")
        return tr("Publish and subscribe");
    if (c == u"pub")
        return tr("Publish");
    if (c == u"sub")
        return tr("Subscribe");
    return code;
}

QString ApiText::messageType(const QString &code)
{
    if (code == u"NORMAL")
        return tr("Normal");
    if (code == u"FIFO")
        return tr("Ordered (FIFO)");
    if (code == u"DELAY")
        return tr("Scheduled (delay)");
    if (code == u"TRANSACTION")
        return tr("Transactional");
    return code;
}

QString ApiText::accessPermission(const QString &code)
{
    if (code == u"PUB|SUB" || code == u"SUB|PUB")
        return tr("Publish and subscribe");
    if (code == u"PUB")
        return tr("Publish");
    if (code == u"SUB")
        return tr("Subscribe");
    if (code == u"DENY")
        return tr("Denied");
    return code;
}

QString ApiText::instanceFieldLabel(const QString &key)
{
    // The fields the instance page shows first and its endpoints; the rest are read from the key.
    static const std::pair<const char *, const char *> labels[] = {
        {"name", QT_TR_NOOP("Name")},
        {"instance_id", QT_TR_NOOP("Instance id")},
        {"status", QT_TR_NOOP("Status")},
        {"engine", QT_TR_NOOP("Engine")},
        {"engine_version", QT_TR_NOOP("Engine version")},
        {"type", QT_TR_NOOP("Instance type")},
        {"specification", QT_TR_NOOP("Specification")},
        {"product_id", QT_TR_NOOP("Flavor")},
        {"arch_type", QT_TR_NOOP("Architecture")},
        {"available_zone_names", QT_TR_NOOP("Availability zones")},
        {"broker_num", QT_TR_NOOP("Brokers")},
        {"storage_space", QT_TR_NOOP("Storage space")},
        {"used_storage_space", QT_TR_NOOP("Used storage space")},
        {"total_storage_space", QT_TR_NOOP("Total storage space")},
        {"storage_spec_code", QT_TR_NOOP("Storage I/O")},
        {"created_at", QT_TR_NOOP("Created")},
        {"description", QT_TR_NOOP("Description")},
        {"charging_mode", QT_TR_NOOP("Billing mode")},
        {"namesrv_address", QT_TR_NOOP("Metadata address")},
        {"namesrv_domain_name", QT_TR_NOOP("Metadata domain name")},
        {"broker_address", QT_TR_NOOP("Service data address")},
        {"public_namesrv_address", QT_TR_NOOP("Public metadata address")},
        {"public_namesrv_domain_name", QT_TR_NOOP("Public metadata domain name")},
        {"public_broker_address", QT_TR_NOOP("Public service data address")},
        {"grpc_address", QT_TR_NOOP("gRPC address")},
        {"grpc_domain_name", QT_TR_NOOP("gRPC domain name")},
        {"public_grpc_address", QT_TR_NOOP("Public gRPC address")},
        {"public_grpc_domain_name", QT_TR_NOOP("Public gRPC domain name")},
        {"publicip_address", QT_TR_NOOP("Public IP address")},
        {"quota_address", QT_TR_NOOP("Quota address")},
        // The rest of Querying an Instance's fields, in the documentation's order.
        {"vpc_id", QT_TR_NOOP("VPC ID")},
        {"vpc_name", QT_TR_NOOP("VPC name")},
        {"security_group_id", QT_TR_NOOP("Security group ID")},
        {"security_group_name", QT_TR_NOOP("Security group name")},
        {"subnet_id", QT_TR_NOOP("Subnet ID")},
        {"subnet_name", QT_TR_NOOP("Subnet name")},
        {"subnet_cidr", QT_TR_NOOP("Subnet CIDR")},
        {"available_zones", QT_TR_NOOP("Availability zone IDs")},
        {"user_id", QT_TR_NOOP("User ID")},
        {"user_name", QT_TR_NOOP("User name")},
        {"maintain_begin", QT_TR_NOOP("Maintenance window start")},
        {"maintain_end", QT_TR_NOOP("Maintenance window end")},
        {"enable_log_collection", QT_TR_NOOP("Log collection")},
        {"enable_publicip", QT_TR_NOOP("Public access")},
        {"publicip_id", QT_TR_NOOP("EIP IDs")},
        {"ssl_enable", QT_TR_NOOP("SSL")},
        {"cross_vpc_info", QT_TR_NOOP("Cross-VPC access")},
        {"storage_resource_id", QT_TR_NOOP("Storage resource ID")},
        {"service_type", QT_TR_NOOP("Service type")},
        {"storage_type", QT_TR_NOOP("Storage type")},
        {"extend_times", QT_TR_NOOP("Extension time")},
        {"ipv6_enable", QT_TR_NOOP("IPv6")},
        {"support_features", QT_TR_NOOP("Supported features")},
        {"disk_encrypted", QT_TR_NOOP("Disk encryption")},
        {"ces_version", QT_TR_NOOP("Cloud Eye version")},
        {"node_num", QT_TR_NOOP("Nodes")},
        {"new_spec_billing_enable", QT_TR_NOOP("Billing by new specifications")},
        {"enable_acl", QT_TR_NOOP("Access control (ACL)")},
        {"dns_enable", QT_TR_NOOP("Domain name access")},
        {"enterprise_project_id", QT_TR_NOOP("Enterprise project ID")},
        {"resource_spec_code", QT_TR_NOOP("Resource flavor")},
        {"produce_portion", QT_TR_NOOP("Production TPS share")},
        {"consume_portion", QT_TR_NOOP("Consumption TPS share")},
        {"dr_enable", QT_TR_NOOP("Disaster recovery")},
        {"max_msg_process_tps", QT_TR_NOOP("Maximum message TPS")},
        {"config_ssl_need_restart_process", QT_TR_NOOP("SSL change needs a restart")},
        {"tls_mode", QT_TR_NOOP("Security protocol")},
        {"auto_volume_expand_enable", QT_TR_NOOP("Automatic disk expansion")},
    };
    for (const auto &[k, label] : labels) {
        if (key == QLatin1String(k))
            return tr(label);
    }
    QString s = key;
    s.replace(u'_', u' ');
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString ApiText::instanceFieldValue(const QString &key, const QJsonValue &value)
{
    if (key == u"status")
        return instanceStatus(value.toString());
    if (key == u"engine")
        return engine(value.toString());
    if (key == u"type")
        return instanceType(value.toString());
    if (key == u"storage_spec_code")
        return storageSpec(value.toString());
    if (key == u"charging_mode")
        return chargingMode(value);
    return {};
}

} // namespace Gui
