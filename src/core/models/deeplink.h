#pragma once

#include <QString>
#include <QStringList>

namespace Models {

/// An mqdesk:// address of a place in the console, parsed and formatted without any model:
///
///     mqdesk://<profile>[/<project>[/<instance>[/<what>]]]
///     <what> = topic/<name> | group/<name> | user/<access key> | dlq/<group>
///            | message/<topic>/<msg_id> | topics | groups | users (the folders)
///
/// Every segment is percent-encoded (names like `%DLQ%group` or `a/b` survive). `<profile>`
/// is the profile's id (what "Copy link" writes) or its name. The resource tree's own paths
/// (`.../topics/<name>`, ResourceTreeModel::linkFor) are accepted too and convert both ways.
struct DeepLink
{
    enum class Kind {
        Invalid,
        Profile,
        Project,
        Instance,
        TopicsFolder, ///< .../<instance>/topics
        GroupsFolder,
        UsersFolder,
        Topic,
        Group,
        DeadLetter, ///< the %DLQ% topic of group `name`
        User,
        Message,
    };

    Kind kind = Kind::Invalid;
    QString profile;
    QString project;
    QString instance;
    QString name;  ///< topic, group (also of Kind::DeadLetter), user access key; message: its topic
    QString msgId; ///< Kind::Message
    QString error; ///< why parse() rejected the text (Kind::Invalid)

    bool isValid() const { return kind != Kind::Invalid; }

    /// Parses a link; on failure kind is Invalid and error says why (translated).
    static DeepLink parse(const QString &text);
    /// The canonical link (empty for an invalid one).
    QString toString() const;

    /// The resource tree's path of the node the link points at (a message: its topic, or for
    /// a dead letter, the %DLQ% node under its group).
    QString treeLink() const;
    /// Converts a ResourceTreeModel::linkFor() path into a link (Invalid for other nodes).
    static DeepLink fromTreeLink(const QString &treeLink);
    /// The link of one message; empty when a part is missing.
    static QString messageLink(const QString &profile, const QString &project, const QString &instance,
                               const QString &topic, const QString &msgId);

    static QString scheme() { return QStringLiteral("mqdesk"); }

    friend bool operator==(const DeepLink &a, const DeepLink &b)
    {
        return a.kind == b.kind && a.profile == b.profile && a.project == b.project && a.instance == b.instance &&
            a.name == b.name && a.msgId == b.msgId;
    }
};

} // namespace Models
