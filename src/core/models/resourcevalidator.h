#pragma once

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

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// The rule a name breaks, or an empty string.
    static QString checkName(Kind kind, const QString &name);
    static QString checkSecret(const QString &secret, const QString &userName);

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
    int m_retry = 16;
    QString m_error;
    bool m_valid = false;
};

} // namespace Models
