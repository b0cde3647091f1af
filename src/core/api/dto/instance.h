#pragma once

#include "api/dto/page.h"

namespace Api {

struct Tag
{
    QString key;
    QString value;
    static Tag fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Tag &) const = default;
};

/// A RocketMQ instance (list_instances items, show_instance).
struct Instance
{
    QString instanceId;
    QString name;
    QString engine;        ///< rocketmq or reliability
    QString engineVersion; ///< 4.8.0, 5.x
    QString status;        ///< RUNNING, CREATING, ... (errors.md 7.3)
    QString description;
    QString type; ///< single, cluster, single.basic, ...
    QString specification;
    QString productId;
    QString archType;
    int chargingMode = 1;
    QString vpcId;
    QString vpcName;
    QString subnetId;
    QString securityGroupId;
    QStringList availableZones;
    qint64 createdAt = 0;         ///< epoch ms
    qint64 storageSpace = 0;      ///< GB
    qint64 usedStorageSpace = 0;  ///< GB
    qint64 totalStorageSpace = 0; ///< GB
    int brokerNum = 0;
    bool sslEnable = false;
    bool enableAcl = false;
    bool enablePublicIp = false;
    QString tlsMode;
    QString namesrvAddress;
    QString brokerAddress;
    QString publicNamesrvAddress;
    QString publicBrokerAddress;
    QString grpcAddress;
    QString maintainBegin;
    QString maintainEnd;
    QString enterpriseProjectId;
    QList<Tag> tags;
    QJsonObject extra;

    bool is5x() const { return engineVersion.startsWith(QLatin1String("5")); }
    static Instance fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Instance &) const = default;
};

/// list_instances: instances and instance_num (the service's total).
struct InstanceList
{
    QList<Instance> instances;
    qint64 instanceNum = -1;
    QJsonObject extra;
    static InstanceList fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const InstanceList &) const = default;
};

/// list_brokers items.
struct Broker
{
    QString brokerName;
    QList<qint64> ids;
    QJsonObject extra;
    static Broker fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Broker &) const = default;
};
using BrokerList = Page<Broker>; ///< key "brokers"

} // namespace Api
