// Users and ACL (5.5): create, list, show, update, delete users, and the users allowed on a
// topic or consumer group.
#include "admin.h"
#include "adminutil.h"

#include "store.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

namespace {

QJsonObject userJson(const QVariantMap &row)
{
    return QJsonObject {{u"access_key"_s, row.value(u"access_key"_s).toString()},
                        {u"secret_key"_s, row.value(u"secret_key"_s).toString()},
                        {u"white_remote_address"_s, row.value(u"white_remote_address"_s).toString()},
                        {u"admin"_s, row.value(u"admin"_s).toBool()},
                        {u"default_topic_perm"_s, row.value(u"default_topic_perm"_s).toString()},
                        {u"default_group_perm"_s, row.value(u"default_group_perm"_s).toString()},
                        {u"topic_perms"_s, fromJsonText(row.value(u"topic_perms"_s).toString()).toArray()},
                        {u"group_perms"_s, fromJsonText(row.value(u"group_perms"_s).toString()).toArray()}};
}

/// 8 to 32 characters of at least three kinds (upper, lower, digit, other), else 400.
std::optional<HttpResponse> checkSecret(const QString &secret)
{
    int kinds = 0;
    kinds += secret.contains(QRegularExpression(u"[A-Z]"_s)) ? 1 : 0;
    kinds += secret.contains(QRegularExpression(u"[a-z]"_s)) ? 1 : 0;
    kinds += secret.contains(QRegularExpression(u"[0-9]"_s)) ? 1 : 0;
    kinds += secret.contains(QRegularExpression(u"[^A-Za-z0-9]"_s)) ? 1 : 0;
    if (secret.size() < 8 || secret.size() > 32 || kinds < 3)
        return errorResponse(400, u"DMS.00400019"_s, u"The password does not meet the complexity requirements."_s);
    return std::nullopt;
}

std::optional<QVariantMap> userRow(ServiceContext &context, const QString &instanceId, const QString &name)
{
    return context.store.row(u"SELECT * FROM users WHERE instance_id = ? AND access_key = ?"_s, {instanceId, name});
}

std::optional<HttpResponse> checkPerms(const QJsonObject &user)
{
    static const QStringList topicPerms {u"PUB"_s, u"SUB"_s, u"PUB|SUB"_s, u"DENY"_s};
    for (const QString &field : {u"topic_perms"_s, u"group_perms"_s}) {
        const QJsonArray perms = user.value(field).toArray();
        for (const QJsonValue &value : perms) {
            const QJsonObject perm = value.toObject();
            if (perm.value(u"name"_s).toString().isEmpty() || !topicPerms.contains(perm.value(u"perm"_s).toString()))
                return Errors::invalidParameter(
                    u"%1 entries need a name and a perm of PUB, SUB, PUB|SUB or DENY."_s.arg(field));
        }
    }
    return std::nullopt;
}

QVariantList rowValues(const QJsonObject &user)
{
    return {user.value(u"secret_key"_s).toString(),
            user.value(u"white_remote_address"_s).toString(),
            user.value(u"admin"_s).toBool(),
            user.value(u"default_topic_perm"_s).toString(u"DENY"_s),
            user.value(u"default_group_perm"_s).toString(u"DENY"_s),
            toJsonText(user.value(u"topic_perms"_s).toArray()),
            toJsonText(user.value(u"group_perms"_s).toArray())};
}

HttpResponse createUser(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QJsonObject body = request.object();
    const QString name = body.value(u"access_key"_s).toString();
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_-]{6,63}$"_s);
    if (!namePattern.match(name).hasMatch())
        return errorResponse(400, u"DMS.00400015"_s,
                             u"Invalid username. A username must start with a letter and have 7 to 64 letters, "
                             "digits, hyphens (-) or underscores (_)."_s);
    if (auto invalid = checkSecret(body.value(u"secret_key"_s).toString()))
        return *invalid;
    if (auto invalid = checkPerms(body))
        return *invalid;
    if (context.store
            .scalar(u"SELECT 1 FROM users WHERE instance_id = ? AND access_key = ?"_s, {lookup.instance->id, name})
            .isValid())
        return Errors::userExists(name);
    QVariantList values {lookup.instance->id, name};
    values += rowValues(body);
    values.append(nowMs());
    context.store.exec(u"INSERT INTO users(instance_id, access_key, secret_key, white_remote_address, admin,"
                       " default_topic_perm, default_group_perm, topic_perms, group_perms, created_at)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       values);
    const auto row = userRow(context, lookup.instance->id, name);
    return HttpResponse::json(userJson(*row));
}

HttpResponse listUsers(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const PageWindow window = pageWindow(request.offset(), request.limit(10));
    const int total =
        context.store.scalar(u"SELECT COUNT(*) FROM users WHERE instance_id = ?"_s, {lookup.instance->id}).toInt();
    QJsonArray items;
    const auto rows =
        context.store.rows(u"SELECT * FROM users WHERE instance_id = ? ORDER BY access_key LIMIT ? OFFSET ?"_s,
                           {lookup.instance->id, window.limit, window.offset});
    for (const QVariantMap &row : rows)
        items.append(userJson(row));
    const Page slice = page(total, window, items);
    QJsonObject json {{u"users"_s, slice.items}};
    addPaging(json, slice);
    return HttpResponse::json(json);
}

HttpResponse showUser(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"user_name"_s);
    const auto row = userRow(context, lookup.instance->id, name);
    if (!row)
        return Errors::userNotFound(name);
    return HttpResponse::json(userJson(*row));
}

HttpResponse updateUser(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"user_name"_s);
    const auto row = userRow(context, lookup.instance->id, name);
    if (!row)
        return Errors::userNotFound(name);
    QJsonObject user = userJson(*row);
    const QJsonObject body = request.object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != "access_key"_L1 && user.contains(it.key()))
            user.insert(it.key(), it.value());
    }
    if (auto invalid = checkSecret(user.value(u"secret_key"_s).toString()))
        return *invalid;
    if (auto invalid = checkPerms(user))
        return *invalid;
    QVariantList values = rowValues(user);
    values += QVariantList {lookup.instance->id, name};
    context.store.exec(
        u"UPDATE users SET secret_key = ?, white_remote_address = ?, admin = ?, default_topic_perm = ?,"
        " default_group_perm = ?, topic_perms = ?, group_perms = ? WHERE instance_id = ? AND access_key = ?"_s,
        values);
    return HttpResponse::json(user);
}

HttpResponse deleteUser(ServiceContext &context, const RequestContext &request)
{
    const InstanceLookup lookup = lookupInstance(context, request, true);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(u"user_name"_s);
    context.store.exec(u"DELETE FROM users WHERE instance_id = ? AND access_key = ?"_s, {lookup.instance->id, name});
    if (context.store.rowsAffected() == 0)
        return Errors::userNotFound(name);
    return HttpResponse::json(QJsonObject {{u"message"_s, u"delete user success."_s}});
}

HttpResponse accessPolicy(ServiceContext &context, const RequestContext &request, bool forTopic)
{
    const InstanceLookup lookup = lookupInstance(context, request);
    if (!lookup.instance)
        return lookup.error;
    const QString name = request.param(forTopic ? u"topic"_s : u"group"_s);
    if (forTopic && !context.catalog.topic(lookup.instance->id, name))
        return Errors::topicNotFound(name);
    if (!forTopic && !context.catalog.group(lookup.instance->id, name))
        return Errors::groupNotFound(name);
    QJsonArray all;
    const auto rows =
        context.store.rows(u"SELECT * FROM users WHERE instance_id = ? ORDER BY access_key"_s, {lookup.instance->id});
    for (const QVariantMap &row : rows) {
        const QJsonObject user = userJson(row);
        QString perm = user.value(forTopic ? u"default_topic_perm"_s : u"default_group_perm"_s).toString();
        const QJsonArray special = user.value(forTopic ? u"topic_perms"_s : u"group_perms"_s).toArray();
        for (const QJsonValue &value : special) {
            if (value.toObject().value(u"name"_s).toString() == name)
                perm = value.toObject().value(u"perm"_s).toString();
        }
        const bool admin = user.value(u"admin"_s).toBool();
        if (admin)
            perm = forTopic ? u"PUB|SUB"_s : u"SUB"_s;
        if (perm == "DENY"_L1)
            continue;
        all.append(QJsonObject {{u"access_key"_s, user.value(u"access_key"_s)},
                                {u"white_remote_address"_s, user.value(u"white_remote_address"_s)},
                                {u"admin"_s, admin},
                                {u"perm"_s, perm}});
    }
    const Page slice = page(all, request.offset(), request.limit(10));
    return HttpResponse::json(QJsonObject {{u"policies"_s, slice.items}, {u"total"_s, slice.total}, {u"name"_s, name}});
}

} // namespace

void installUsers(ServiceContext &context)
{
    const auto bind = [&context](HttpResponse (*fn)(ServiceContext &, const RequestContext &)) {
        return [&context, fn](const RequestContext &request) { return fn(context, request); };
    };
    context.router.handle(u"create_user"_s, bind(createUser));
    context.router.handle(u"list_users"_s, bind(listUsers));
    context.router.handle(u"show_user"_s, bind(showUser));
    context.router.handle(u"update_user"_s, bind(updateUser));
    context.router.handle(u"delete_user"_s, bind(deleteUser));
    context.router.handle(u"list_topic_access_policy"_s,
                          [&context](const RequestContext &request) { return accessPolicy(context, request, true); });
    context.router.handle(u"list_group_access_policy"_s,
                          [&context](const RequestContext &request) { return accessPolicy(context, request, false); });
}

} // namespace Emulator::Admin
