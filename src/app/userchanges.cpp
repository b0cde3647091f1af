#include "userchanges.h"

#include "permissiontable.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QMap<QString, QString> permMap(const QJsonArray &items)
{
    QMap<QString, QString> map;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        map.insert(o.value("name"_L1).toString(), o.value("perm"_L1).toString());
    }
    return map;
}

} // namespace

QStringList UserChanges::describe(const QJsonObject &before, const QJsonObject &body)
{
    using Target = PermissionTable::Target;
    QStringList lines;
    const auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    if (body.contains("admin"_L1) && body.value("admin"_L1).toBool() != before.value("admin"_L1).toBool())
        lines << tr("Administrator: %1 → %2")
                     .arg(yesNo(before.value("admin"_L1).toBool()), yesNo(body.value("admin"_L1).toBool()));
    const auto whitelist = [](const QString &s) { return s.isEmpty() ? tr("any address") : u"“"_s + s + u"”"_s; };
    const QString oldList = before.value("white_remote_address"_L1).toString().trimmed();
    const QString newList = body.value("white_remote_address"_L1).toString(oldList).trimmed();
    if (oldList != newList)
        lines << tr("IP whitelist: %1 → %2").arg(whitelist(oldList), whitelist(newList));
    for (const auto &[key, target] :
         {std::pair {"default_topic_perm"_L1, Target::Topics}, std::pair {"default_group_perm"_L1, Target::Groups}}) {
        const QString oldPerm = before.value(key).toString();
        const QString newPerm = body.value(key).toString(oldPerm);
        if (oldPerm != newPerm) {
            const QString what =
                target == Target::Topics ? tr("Default topic permission") : tr("Default group permission");
            lines << tr("%1: %2 → %3")
                         .arg(what, PermissionTable::label(target, oldPerm), PermissionTable::label(target, newPerm));
        }
    }
    if (body.contains("secret_key"_L1))
        lines << tr("Secret key: replaced");
    for (const auto &[key, target] :
         {std::pair {"topic_perms"_L1, Target::Topics}, std::pair {"group_perms"_L1, Target::Groups}}) {
        if (!body.contains(key))
            continue;
        const QMap<QString, QString> oldPerms = permMap(before.value(key).toArray());
        const QMap<QString, QString> newPerms = permMap(body.value(key).toArray());
        const bool topics = target == Target::Topics;
        for (auto it = newPerms.cbegin(); it != newPerms.cend(); ++it) {
            const QString name = it.key();
            const QString perm = PermissionTable::label(target, it.value());
            if (!oldPerms.contains(name))
                lines << (topics ? tr("Topic “%1”: %2 (new)") : tr("Consumer group “%1”: %2 (new)")).arg(name, perm);
            else if (oldPerms.value(name) != it.value())
                lines << (topics ? tr("Topic “%1”: %2 → %3") : tr("Consumer group “%1”: %2 → %3"))
                             .arg(name, PermissionTable::label(target, oldPerms.value(name)), perm);
        }
        for (auto it = oldPerms.cbegin(); it != oldPerms.cend(); ++it) {
            if (!newPerms.contains(it.key()))
                lines << (topics ? tr("Topic “%1”: %2 removed (the default applies)")
                                 : tr("Consumer group “%1”: %2 removed (the default applies)"))
                             .arg(it.key(), PermissionTable::label(target, it.value()));
        }
    }
    return lines;
}

} // namespace Gui
