#include "api/dto/user.h"

using namespace Qt::Literals::StringLiterals;

namespace Api {

ResourcePermission ResourcePermission::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "name"_L1), Json::string(o, "perm"_L1)};
}

QJsonObject ResourcePermission::toJson() const
{
    return {{"name"_L1, name}, {"perm"_L1, perm}};
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.accessKey = Json::string(o, "access_key"_L1);
    u.secretKey = Json::string(o, "secret_key"_L1);
    u.whiteRemoteAddress = Json::string(o, "white_remote_address"_L1);
    u.admin = Json::boolean(o, "admin"_L1);
    u.defaultTopicPerm = Json::string(o, "default_topic_perm"_L1);
    u.defaultGroupPerm = Json::string(o, "default_group_perm"_L1);
    u.topicPerms = Json::list<ResourcePermission>(o, "topic_perms"_L1);
    u.groupPerms = Json::list<ResourcePermission>(o, "group_perms"_L1);
    u.extra =
        Json::unknownFields(o,
                            {"access_key"_L1, "secret_key"_L1, "white_remote_address"_L1, "admin"_L1,
                             "default_topic_perm"_L1, "default_group_perm"_L1, "topic_perms"_L1, "group_perms"_L1});
    return u;
}

QJsonObject User::toJson() const
{
    QJsonObject o {{"access_key"_L1, accessKey},
                   {"white_remote_address"_L1, whiteRemoteAddress},
                   {"admin"_L1, admin},
                   {"default_topic_perm"_L1, defaultTopicPerm},
                   {"default_group_perm"_L1, defaultGroupPerm},
                   {"topic_perms"_L1, Json::toArray(topicPerms)},
                   {"group_perms"_L1, Json::toArray(groupPerms)}};
    if (!secretKey.isEmpty())
        o.insert("secret_key"_L1, secretKey);
    Json::mergeMissing(o, extra);
    return o;
}

AccessPolicy AccessPolicy::fromJson(const QJsonObject &o)
{
    return {Json::string(o, "access_key"_L1), Json::string(o, "white_remote_address"_L1), Json::boolean(o, "admin"_L1),
            Json::string(o, "perm"_L1)};
}

QJsonObject AccessPolicy::toJson() const
{
    return {{"access_key"_L1, accessKey},
            {"white_remote_address"_L1, whiteRemoteAddress},
            {"admin"_L1, admin},
            {"perm"_L1, perm}};
}

} // namespace Api
