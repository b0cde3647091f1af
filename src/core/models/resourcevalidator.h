#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Models {

/// Validates a create form as the API documents its fields (names, lengths, ranges), without
/// widgets: the dialog binds validChanged to its OK button and errorChanged to an inline
/// message that says which rule failed.
class ResourceValidator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceValidator)
public:
    enum class Kind { Topic, Group, User, Instance };
    Q_ENUM(Kind)

    explicit ResourceValidator(Kind kind, QObject *parent = nullptr);
    ~ResourceValidator() override;

    Kind kind() const { return m_kind; }
    void setName(const QString &name);
    void setDescription(const QString &text);
    void setQueueCount(int n);        ///< topics: 1-50
    void setRetryMax(int n);          ///< groups: 1-16
    void setSecret(const QString &s); ///< users: 8-32, three character classes, not the name
    /// Edit forms (update_*): a topic's, group's or user's name is fixed and not checked, and
    /// a user's secret may stay empty (kept as it is).
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    void setWhitelist(const QString &addresses); ///< users: IPv4 addresses or CIDR ranges, comma-separated

    /// A user's special permission on one topic or consumer group (update_user topic_perms /
    /// group_perms items).
    struct Permission
    {
        QString name;
        QString perm; ///< topics: PUB|SUB, PUB, SUB, DENY; groups: SUB, DENY
    };
    void setTopicPermissions(const QList<Permission> &rows);
    void setGroupPermissions(const QList<Permission> &rows);
    /// The rule a permission list breaks (a row without a valid name, a name listed twice, a
    /// permission the API does not document), or an empty string. `groups`: group_perms.
    static QString checkPermissions(bool groups, const QList<Permission> &rows);

    /// Instance creation (create_instance): the chosen flavor's limits from list_products.
    struct InstanceLimits
    {
        int minBrokers = 1;
        int maxBrokers = 10;
        int minStoragePerBroker = 300; ///< GB
        int maxStoragePerBroker = 60000;
    };
    void setInstanceLimits(const InstanceLimits &limits);
    void setBrokerCount(int n);
    void setStorage(int gigabytes);
    void setZoneCount(int n); ///< one or three AZs
    void setNetwork(const QString &vpc, const QString &subnet, const QString &securityGroup);
    /// The rule a storage size breaks for `brokers` brokers, or an empty string.
    static QString checkStorage(int gigabytes, int brokers, const InstanceLimits &limits);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// The rule a name breaks, or an empty string.
    static QString checkName(Kind kind, const QString &name);
    static QString checkSecret(const QString &secret, const QString &userName);
    /// The first entry of a comma-separated IP whitelist that is not an address or range.
    static QString checkWhitelist(const QString &addresses);

Q_SIGNALS:
    void validChanged(bool valid);
    void errorChanged(const QString &error);

private:
    void revalidate();

    Kind m_kind;
    QString m_name;
    QString m_description;
    QString m_secret;
    int m_queues = 3;
    QString m_whitelist;
    QList<Permission> m_topicPerms;
    QList<Permission> m_groupPerms;
    int m_retry = 16;
    bool m_editing = false;
    InstanceLimits m_limits;
    int m_brokers = 1;
    int m_storage = 300;
    int m_zones = 1;
    bool m_networkSet = false;
    QString m_error;
    bool m_valid = false;
};

} // namespace Models
