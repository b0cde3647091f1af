#pragma once

#include "api/dto/page.h"

namespace Api {

/// A topic or group permission of a user: PUB, SUB, PUB|SUB, DENY.
struct ResourcePermission
{
    QString name;
    QString perm;
    static ResourcePermission fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ResourcePermission &) const = default;
};

/// An ACL user (list_users items, show_user, create_user body). secretKey is a secret: it is
/// kept only in memory and never logged.
struct User
{
    QString accessKey;
    QString secretKey;
    QString whiteRemoteAddress;
    bool admin = false;
    QString defaultTopicPerm;
    QString defaultGroupPerm;
    QList<ResourcePermission> topicPerms;
    QList<ResourcePermission> groupPerms;
    QJsonObject extra;
    static User fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const User &) const = default;
};
using UserList = Page<User>; ///< key "users"

/// One entry of list_topic_access_policy / list_group_access_policy.
struct AccessPolicy
{
    QString accessKey;
    QString whiteRemoteAddress;
    bool admin = false;
    QString perm;
    static AccessPolicy fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const AccessPolicy &) const = default;
};
using AccessPolicyList = Page<AccessPolicy>; ///< key "policies"; extra holds "name"

} // namespace Api
