#include "models/resourcevalidator.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Models {

ResourceValidator::ResourceValidator(Kind kind, QObject *parent) : QObject(parent), m_kind(kind)
{
    revalidate();
}

ResourceValidator::~ResourceValidator() = default;

QString ResourceValidator::checkName(Kind kind, const QString &name)
{
    switch (kind) {
    case Kind::Topic:
    case Kind::Group: {
        // topics.md / groups.md: 3 to 64 characters; letters, digits, %, |, - and _.
        const QString what = kind == Kind::Topic ? tr("A topic name") : tr("A consumer group name");
        if (name.isEmpty())
            return tr("Enter a name.");
        if (name.size() < 3 || name.size() > 64)
            return tr("%1 has 3 to 64 characters (this one has %2).").arg(what).arg(name.size());
        static const QRegularExpression re(u"^[A-Za-z0-9%|_-]+$"_s);
        if (!re.match(name).hasMatch())
            return tr("%1 may contain only letters, digits, %, |, - and _.").arg(what);
        return {};
    }
    case Kind::User: {
        // users.md: starts with a letter, 7 to 64 characters, letters, digits, - and _.
        if (name.isEmpty())
            return tr("Enter a user name.");
        if (!name.at(0).isLetter() || name.at(0).unicode() > 127)
            return tr("A user name starts with a letter.");
        if (name.size() < 7 || name.size() > 64)
            return tr("A user name has 7 to 64 characters (this one has %1).").arg(name.size());
        static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_-]*$"_s);
        if (!re.match(name).hasMatch())
            return tr("A user name may contain only letters, digits, - and _.");
        return {};
    }
    case Kind::Instance: {
        // instances.md: starts with a letter, 4 to 64 characters, letters, digits, _ and -.
        if (name.isEmpty())
            return tr("Enter an instance name.");
        if (!name.at(0).isLetter() || name.at(0).unicode() > 127)
            return tr("An instance name starts with a letter.");
        if (name.size() < 4 || name.size() > 64)
            return tr("An instance name has 4 to 64 characters (this one has %1).").arg(name.size());
        static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_-]*$"_s);
        if (!re.match(name).hasMatch())
            return tr("An instance name may contain only letters, digits, _ and -.");
        return {};
    }
    }
    return {};
}

QString ResourceValidator::checkSecret(const QString &secret, const QString &userName)
{
    if (secret.size() < 8 || secret.size() > 32)
        return tr("The secret key has 8 to 32 characters.");
    int classes = 0;
    bool upper = false, lower = false, digit = false, special = false;
    for (QChar c : secret) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            special = true;
    }
    classes = int(upper) + int(lower) + int(digit) + int(special);
    if (classes < 3)
        return tr("The secret key mixes at least three of: upper-case letters, lower-case letters, digits, "
                  "special characters.");
    QString reversed = userName;
    std::reverse(reversed.begin(), reversed.end());
    if (!userName.isEmpty() && (secret == userName || secret == reversed))
        return tr("The secret key cannot be the user name or the user name backwards.");
    return {};
}

QString ResourceValidator::checkWhitelist(const QString &addresses)
{
    const QStringList entries = addresses.split(u',');
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const bool ok = entry.contains(u'/')
            ? QHostAddress::parseSubnet(entry).first.protocol() == QAbstractSocket::IPv4Protocol
            : QHostAddress(entry).protocol() == QAbstractSocket::IPv4Protocol;
        if (!ok)
            return tr("“%1” is not an IPv4 address or range (such as 10.0.0.0/8).").arg(entry);
    }
    return {};
}

QString ResourceValidator::checkStorage(int gigabytes, int brokers, const InstanceLimits &limits)
{
    const int low = limits.minStoragePerBroker * brokers, high = limits.maxStoragePerBroker * brokers;
    if (gigabytes < low || gigabytes > high)
        return tr("With %n broker(s) the storage is %1 to %2 GB.", nullptr, brokers).arg(low).arg(high);
    return {};
}

void ResourceValidator::setInstanceLimits(const InstanceLimits &limits)
{
    m_limits = limits;
    revalidate();
}

void ResourceValidator::setBrokerCount(int n)
{
    m_brokers = n;
    revalidate();
}

void ResourceValidator::setStorage(int gigabytes)
{
    m_storage = gigabytes;
    revalidate();
}

void ResourceValidator::setZoneCount(int n)
{
    m_zones = n;
    revalidate();
}

void ResourceValidator::setNetwork(const QString &vpc, const QString &subnet, const QString &securityGroup)
{
    m_networkSet = !vpc.trimmed().isEmpty() && !subnet.trimmed().isEmpty() && !securityGroup.trimmed().isEmpty();
    revalidate();
}

void ResourceValidator::setEditing(bool editing)
{
    m_editing = editing;
    revalidate();
}

void ResourceValidator::setWhitelist(const QString &addresses)
{
    m_whitelist = addresses;
    revalidate();
}

void ResourceValidator::setName(const QString &name)
{
    m_name = name;
    revalidate();
}

void ResourceValidator::setDescription(const QString &text)
{
    m_description = text;
    revalidate();
}

void ResourceValidator::setQueueCount(int n)
{
    m_queues = n;
    revalidate();
}

void ResourceValidator::setRetryMax(int n)
{
    m_retry = n;
    revalidate();
}

void ResourceValidator::setSecret(const QString &s)
{
    m_secret = s;
    revalidate();
}

void ResourceValidator::setTopicPermissions(const QList<Permission> &rows)
{
    m_topicPerms = rows;
    revalidate();
}

void ResourceValidator::setGroupPermissions(const QList<Permission> &rows)
{
    m_groupPerms = rows;
    revalidate();
}

QString ResourceValidator::checkPermissions(bool groups, const QList<Permission> &rows)
{
    // users.md: topic permissions are PUB, SUB, PUB|SUB or DENY; group permissions SUB or DENY.
    static const QStringList topicPerms {u"PUB|SUB"_s, u"PUB"_s, u"SUB"_s, u"DENY"_s};
    static const QStringList groupPerms {u"SUB"_s, u"DENY"_s};
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Permission &row = rows.at(i);
        const QString name = row.name.trimmed();
        if (name.isEmpty())
            return groups ? tr("Group permission row %1 has no consumer group name.").arg(i + 1)
                          : tr("Topic permission row %1 has no topic name.").arg(i + 1);
        const QString rule = checkName(groups ? Kind::Group : Kind::Topic, name);
        if (!rule.isEmpty())
            return groups ? tr("Group permission row %1: %2").arg(i + 1).arg(rule)
                          : tr("Topic permission row %1: %2").arg(i + 1).arg(rule);
        if (seen.contains(name))
            return groups ? tr("Consumer group “%1” is listed twice in the group permissions.").arg(name)
                          : tr("Topic “%1” is listed twice in the topic permissions.").arg(name);
        seen.insert(name);
        if (!(groups ? groupPerms : topicPerms).contains(row.perm))
            return groups ? tr("“%1” is not a group permission (SUB or DENY).").arg(row.perm)
                          : tr("“%1” is not a topic permission (PUB|SUB, PUB, SUB or DENY).").arg(row.perm);
    }
    return {};
}

void ResourceValidator::revalidate()
{
    const bool fixedName = m_editing && m_kind != Kind::Instance;
    QString error = fixedName ? QString() : checkName(m_kind, m_name);
    if (error.isEmpty() && m_kind == Kind::Topic && (m_queues < 1 || m_queues > 50))
        error = tr("A topic has 1 to 50 queues.");
    if (error.isEmpty() && m_kind == Kind::Group && (m_retry < 1 || m_retry > 16))
        error = tr("The maximum number of retries is 1 to 16.");
    if (error.isEmpty() && (m_kind == Kind::Group || m_kind == Kind::Topic) && m_description.size() > 200)
        error = tr("A description has at most 200 characters.");
    if (error.isEmpty() && m_kind == Kind::Instance && m_description.size() > 1024)
        error = tr("A description has at most 1024 characters.");
    if (error.isEmpty() && m_kind == Kind::Instance && !m_editing) {
        if (m_brokers < m_limits.minBrokers || m_brokers > m_limits.maxBrokers)
            error = tr("This flavor has %1 to %2 brokers.").arg(m_limits.minBrokers).arg(m_limits.maxBrokers);
        else if (m_zones != 1 && m_zones != 3)
            error = tr("Choose one or three availability zones.");
        else if (!m_networkSet)
            error = tr("Enter the VPC, subnet and security group IDs.");
        else
            error = checkStorage(m_storage, m_brokers, m_limits);
    }
    if (error.isEmpty() && m_kind == Kind::User && !(m_editing && m_secret.isEmpty()))
        error = checkSecret(m_secret, m_name);
    if (error.isEmpty() && m_kind == Kind::User)
        error = checkWhitelist(m_whitelist);
    if (error.isEmpty() && m_kind == Kind::User)
        error = checkPermissions(false, m_topicPerms);
    if (error.isEmpty() && m_kind == Kind::User)
        error = checkPermissions(true, m_groupPerms);
    const bool valid = error.isEmpty();
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged(m_error);
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validChanged(valid);
    }
}

} // namespace Models
