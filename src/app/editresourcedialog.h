#pragma once

#include "models/resourcevalidator.h"
#include "pagehost.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

class PermissionTable;

/// Edits an instance (update_instance), a topic (update_topic), a consumer group
/// (update_consumer_group) or a user (update_user). Starts from the object as the service has
/// it now (show_*; the tree's list values may be stale): the form fills in once that answer is
/// in, a failure shows inline with Retry, and Save stays disabled until then. Validates inline
/// with the same Models::ResourceValidator as the create dialog (in edit mode), sends only the
/// documented fields, and stays open with the service's error. A user's special permissions
/// on topics and groups are edited in two tables; saving a user first asks for confirmation
/// with the list of changes.
class EditResourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditResourceDialog)
public:
    EditResourceDialog(Models::ResourceValidator::Kind kind, const NodeContext &node, QWidget *parent = nullptr);
    ~EditResourceDialog() override;

    Models::ResourceValidator *validator() const { return m_validator; }
    /// The operation and the body the Save button sends.
    QString operation() const;
    QByteArray requestBody() const;
    /// The show_* answer arrived and the form shows it.
    bool isLoaded() const { return m_loaded; }
    /// The object as show_* returned it (empty until loaded).
    QJsonObject current() const { return m_node.json; }

Q_SIGNALS:
    void saved(const QString &name);
    void loaded();

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void onLoaded(const QJsonObject &object);
    void buildForm();
    void loadKnownNames();
    void updateSave();
    void updatePermissions();
    QVariantMap pathParams() const;
    void send();
    void buildInstance();
    void buildTopic();
    void buildGroup();
    void buildUser();

    Models::ResourceValidator *m_validator;
    NodeContext m_node;
    bool m_is5x = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retryLoad = nullptr;
    bool m_loaded = false;
    bool m_saving = false;
    PermissionTable *m_topicPerms = nullptr;
    PermissionTable *m_groupPerms = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_permission = nullptr;
    QSpinBox *m_readQueues = nullptr;
    QSpinBox *m_writeQueues = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_broadcast = nullptr;
    QSpinBox *m_retry = nullptr;
    QCheckBox *m_admin = nullptr;
    QLineEdit *m_whitelist = nullptr;
    QComboBox *m_topicPerm = nullptr;
    QComboBox *m_groupPerm = nullptr;
    QLineEdit *m_secret = nullptr;
};

} // namespace Gui
