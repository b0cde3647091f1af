#pragma once

#include "models/resourcevalidator.h"

#include <QJsonArray>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Gui {

/// A user's special permissions on topics or on consumer groups (update_user topic_perms /
/// group_perms): one row per name with its permission, Add and Remove. The name cell is an
/// editable combo that completes from the instance's topics (groups); the permission cell
/// offers what users.md documents (topics PUB|SUB, PUB, SUB, DENY; groups SUB, DENY).
class PermissionTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionTable)
public:
    enum class Target { Topics, Groups };
    using Permission = Models::ResourceValidator::Permission;

    explicit PermissionTable(Target target, QWidget *parent = nullptr);
    ~PermissionTable() override;

    Target target() const { return m_target; }
    /// The rows from an API array of {name, perm}.
    void setPermissions(const QJsonArray &items);
    QList<Permission> permissions() const;
    /// The rows as the API takes them: [{name, perm}].
    QJsonArray toJson() const;
    /// Names the name cells offer and complete (the instance's topics or groups).
    void setKnownNames(const QStringList &names);
    QStringList knownNames() const { return m_known; }

    /// Appends a row (name empty: the user types or picks one) and focuses its name cell.
    void addRow(const QString &name = {}, const QString &perm = {});
    void removeRow(int row);
    int rowCount() const;
    QTableWidget *table() const { return m_table; }

    /// The documented values with their labels, in the order the combos list them.
    static QList<std::pair<QString, QString>> choices(Target target);
    /// "Publish only (PUB)" for "PUB"; the raw value for one the API does not document.
    static QString label(Target target, const QString &perm);
    /// Fills a combo with the choices and selects `perm` (the first choice when empty). A value
    /// the API returned but does not document is kept, so saving does not change it silently.
    static void fillCombo(QComboBox *combo, Target target, const QString &perm);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    Target m_target;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_empty;
    QStringList m_known;
};

} // namespace Gui
