#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Profiles {

/// A Huawei Cloud region with its DMS and IAM endpoints (../shared/api/regions.md: the
/// official SDKs' RocketMQRegion and IamRegion; IAM endpoints the SDK does not list follow
/// the iam.<region>.myhuaweicloud.com pattern).
struct Region
{
    QString id;
    QUrl dms;
    QUrl iam;
};

class Regions
{
public:
    static const QList<Region> &all();
    /// nullptr when the id is not a known region.
    static const Region *find(const QString &id);
};

} // namespace Profiles
