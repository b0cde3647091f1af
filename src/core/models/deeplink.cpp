#include "models/deeplink.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

DeepLink invalid(const QString &error)
{
    DeepLink l;
    l.error = error;
    return l;
}

// Splits "mqdesk://a/b/c" into decoded segments; an error text on failure.
QString split(const QString &text, QStringList *segments)
{
    const QString prefix = DeepLink::scheme() + u"://"_s;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Models::DeepLink", "The link is empty.");
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return QCoreApplication::translate("Models::DeepLink", "“%1” is not an mqdesk:// link.").arg(trimmed);
    QString rest = trimmed.mid(prefix.size());
    if (rest.endsWith(u'/'))
        rest.chop(1);
    if (rest.contains(u'?') || rest.contains(u'#'))
        return QCoreApplication::translate("Models::DeepLink",
                                           "The link contains “?” or “#”: names must be percent-encoded (%3F, %23).");
    if (rest.isEmpty())
        return QCoreApplication::translate("Models::DeepLink", "The link names no profile.");
    const QStringList raw = rest.split(u'/');
    for (const QString &part : raw) {
        if (part.isEmpty())
            return QCoreApplication::translate("Models::DeepLink", "The link has an empty part (“//”).");
        const QString decoded = QUrl::fromPercentEncoding(part.toUtf8());
        if (decoded.trimmed().isEmpty())
            return QCoreApplication::translate("Models::DeepLink", "The link has a blank part.");
        segments->append(decoded);
    }
    return {};
}

} // namespace

QString DeepLink::messageLink(const QString &profile, const QString &project, const QString &instance,
                              const QString &topic, const QString &msgId)
{
    if (profile.isEmpty() || project.isEmpty() || instance.isEmpty() || topic.isEmpty() || msgId.isEmpty())
        return {};
    DeepLink link;
    link.kind = Kind::Message;
    link.profile = profile;
    link.project = project;
    link.instance = instance;
    link.name = topic;
    link.msgId = msgId;
    return link.toString();
}

DeepLink DeepLink::parse(const QString &text)
{
    QStringList s;
    if (const QString error = split(text, &s); !error.isEmpty())
        return invalid(error);
    DeepLink l;
    l.profile = s.value(0);
    if (s.size() >= 2)
        l.project = s.at(1);
    if (s.size() >= 3)
        l.instance = s.at(2);
    switch (s.size()) {
    case 1:
        l.kind = Kind::Profile;
        return l;
    case 2:
        l.kind = Kind::Project;
        return l;
    case 3:
        l.kind = Kind::Instance;
        return l;
    default:
        break;
    }
    const QString what = s.at(3);
    const int extra = int(s.size()) - 4;
    auto expect = [&](int n, Kind kind) {
        if (extra != n) {
            return invalid(
                n == 1
                    ? QCoreApplication::translate("Models::DeepLink", "“%1” takes one name after it.").arg(what)
                    : QCoreApplication::translate("Models::DeepLink", "“%1” takes a topic and a message id after it.")
                          .arg(what));
        }
        l.kind = kind;
        l.name = s.value(4);
        l.msgId = s.value(5);
        return l;
    };
    if (what == "topic"_L1 || what == "topics"_L1)
        return extra == 0 ? (l.kind = Kind::TopicsFolder, l) : expect(1, Kind::Topic);
    if (what == "group"_L1 || what == "groups"_L1) {
        if (extra == 2 && s.at(5) == "dlq"_L1) // the tree's path of a dead-letter topic
            return (l.kind = Kind::DeadLetter, l.name = s.at(4), l);
        return extra == 0 ? (l.kind = Kind::GroupsFolder, l) : expect(1, Kind::Group);
    }
    if (what == "user"_L1 || what == "users"_L1)
        return extra == 0 ? (l.kind = Kind::UsersFolder, l) : expect(1, Kind::User);
    if (what == "dlq"_L1)
        return expect(1, Kind::DeadLetter);
    if (what == "message"_L1)
        return expect(2, Kind::Message);
    return invalid(QCoreApplication::translate("Models::DeepLink",
                                               "Unknown part “%1”: expected topic, group, user, dlq or message.")
                       .arg(what));
}

// The part both spellings share: profile, project, instance and the folder, if the link is one.
static QStringList commonParts(const DeepLink &link)
{
    using Kind = DeepLink::Kind;
    QStringList parts {encode(link.profile)};
    if (link.kind != Kind::Profile)
        parts << encode(link.project);
    if (link.kind != Kind::Profile && link.kind != Kind::Project)
        parts << encode(link.instance);
    if (link.kind == Kind::TopicsFolder)
        parts << u"topics"_s;
    else if (link.kind == Kind::GroupsFolder)
        parts << u"groups"_s;
    else if (link.kind == Kind::UsersFolder)
        parts << u"users"_s;
    return parts;
}

QString DeepLink::toString() const
{
    if (!isValid())
        return {};
    QStringList parts = commonParts(*this);
    switch (kind) {
    case Kind::Topic:
        parts << u"topic"_s << encode(name);
        break;
    case Kind::Group:
        parts << u"group"_s << encode(name);
        break;
    case Kind::User:
        parts << u"user"_s << encode(name);
        break;
    case Kind::DeadLetter:
        parts << u"dlq"_s << encode(name);
        break;
    case Kind::Message:
        parts << u"message"_s << encode(name) << encode(msgId);
        break;
    default:
        break;
    }
    return scheme() + u"://"_s + parts.join(u'/');
}

QString DeepLink::treeLink() const
{
    if (!isValid())
        return {};
    QStringList parts = commonParts(*this);
    switch (kind) {
    case Kind::Message:
        // A dead letter's topic is the %DLQ% node under its group, not a topic of the list.
        if (name.startsWith(u"%DLQ%"_s) && name.size() > 5) {
            parts << u"groups"_s << encode(name.mid(5)) << u"dlq"_s;
            break;
        }
        parts << u"topics"_s << encode(name);
        break;
    case Kind::Topic:
        parts << u"topics"_s << encode(name);
        break;
    case Kind::Group:
        parts << u"groups"_s << encode(name);
        break;
    case Kind::DeadLetter:
        parts << u"groups"_s << encode(name) << u"dlq"_s;
        break;
    case Kind::User:
        parts << u"users"_s << encode(name);
        break;
    default:
        break;
    }
    return scheme() + u"://"_s + parts.join(u'/');
}

DeepLink DeepLink::fromTreeLink(const QString &treeLink)
{
    QStringList s;
    if (const QString error = split(treeLink, &s); !error.isEmpty())
        return invalid(error);
    if (s.size() >= 4 && s.at(3) != "topics"_L1 && s.at(3) != "groups"_L1 && s.at(3) != "users"_L1)
        return invalid(QCoreApplication::translate("Models::DeepLink", "This node has no link."));
    if (s.size() == 6 && (s.at(3) != "groups"_L1 || s.at(5) != "dlq"_L1))
        return invalid(QCoreApplication::translate("Models::DeepLink", "This node has no link."));
    if (s.size() > 6)
        return invalid(QCoreApplication::translate("Models::DeepLink", "This node has no link."));
    return parse(treeLink);
}

} // namespace Models
