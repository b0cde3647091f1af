#include "editresourcedialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using VKind = Models::ResourceValidator::Kind;

namespace Gui {

namespace {

int intOf(const QJsonObject &o, QLatin1StringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt() : v.isString() ? v.toString().toInt() : fallback;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

EditResourceDialog::EditResourceDialog(VKind kind, const NodeContext &node, QWidget *parent)
    : QDialog(parent),
      m_validator(new Models::ResourceValidator(kind, this)),
      m_node(node),
      m_is5x(node.engineVersion.startsWith(u'5'))
{
    m_validator->setEditing(true);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    layout->addWidget(m_buttons);
    switch (kind) {
    case VKind::Instance:
        buildInstance();
        break;
    case VKind::Topic:
        buildTopic();
        break;
    case VKind::Group:
        buildGroup();
        break;
    case VKind::User:
        buildUser();
        break;
    }
    m_validator->setName(kind == VKind::Instance ? m_name->text() : node.name);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(m_validator->isValid());
    m_error->setText(m_validator->error());
    connect(m_validator, &Models::ResourceValidator::validChanged, save, &QPushButton::setEnabled);
    connect(m_validator, &Models::ResourceValidator::errorChanged, m_error, &QLabel::setText);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditResourceDialog::accept);
    resize(460, sizeHint().height());
}

EditResourceDialog::~EditResourceDialog() = default;

void EditResourceDialog::buildInstance()
{
    setWindowTitle(tr("Edit instance “%1”").arg(m_node.instanceName));
    m_name = new QLineEdit(m_node.json.value("name"_L1).toString(m_node.instanceName), this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("4-64: letters, digits, _ and -; starts with a letter"));
    m_form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(m_node.json.value("description"_L1).toString(), this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_form->addRow(tr("&Description:"), m_description);
    m_validator->setDescription(m_description->text());
    connect(m_name, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setName);
    connect(m_description, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setDescription);
}

void EditResourceDialog::buildTopic()
{
    setWindowTitle(tr("Edit topic “%1” on %2").arg(m_node.name, m_node.instanceName));
    const QJsonObject &o = m_node.json;
    if (!m_is5x) {
        // update_topic: queues and permission can change on 4.8.0 instances only.
        m_permission = new QComboBox(this);
        m_permission->setObjectName(u"permissionCombo"_s);
        m_permission->addItem(tr("Publish and subscribe"), u"all"_s);
        m_permission->addItem(tr("Publish only"), u"pub"_s);
        m_permission->addItem(tr("Subscribe only"), u"sub"_s);
        selectData(m_permission, o.value("permission"_L1).toString());
        m_form->addRow(tr("&Permission:"), m_permission);
        m_readQueues = new QSpinBox(this);
        m_readQueues->setObjectName(u"readQueuesSpin"_s);
        m_readQueues->setRange(0, 999);
        m_readQueues->setValue(intOf(o, "total_read_queue_num"_L1, 3));
        m_form->addRow(tr("&Read queues:"), m_readQueues);
        m_writeQueues = new QSpinBox(this);
        m_writeQueues->setObjectName(u"writeQueuesSpin"_s);
        m_writeQueues->setRange(0, 999);
        m_writeQueues->setValue(intOf(o, "total_write_queue_num"_L1, 3));
        m_form->addRow(tr("&Write queues:"), m_writeQueues);
        auto queues = [this] {
            // Both totals are 1-50: the validator hears the one out of range, if any.
            const int read = m_readQueues->value(), write = m_writeQueues->value();
            m_validator->setQueueCount(read < 1 || read > 50 ? read : write);
        };
        queues();
        connect(m_readQueues, &QSpinBox::valueChanged, this, queues);
        connect(m_writeQueues, &QSpinBox::valueChanged, this, queues);
    }
    m_description = new QLineEdit(o.value("topic_desc"_L1).toString(), this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_form->addRow(tr("&Description:"), m_description);
    m_validator->setDescription(m_description->text());
    connect(m_description, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setDescription);
}

void EditResourceDialog::buildGroup()
{
    setWindowTitle(tr("Edit consumer group “%1” on %2").arg(m_node.name, m_node.instanceName));
    const QJsonObject &o = m_node.json;
    m_enabled = new QCheckBox(tr("&Consumption enabled"), this);
    m_enabled->setObjectName(u"enabledCheck"_s);
    m_enabled->setChecked(o.value("enabled"_L1).toBool(true));
    m_form->addRow(QString(), m_enabled);
    m_broadcast = new QCheckBox(tr("&Broadcast consumption"), this);
    m_broadcast->setObjectName(u"broadcastCheck"_s);
    m_broadcast->setChecked(o.value("broadcast"_L1).toBool());
    m_form->addRow(QString(), m_broadcast);
    m_retry = new QSpinBox(this);
    m_retry->setObjectName(u"retrySpin"_s);
    m_retry->setRange(0, 99); // out-of-range values get the validator's message, not a silent clamp
    m_retry->setValue(intOf(o, "retry_max_time"_L1, 16));
    m_form->addRow(tr("Maximum &retries:"), m_retry);
    m_description = new QLineEdit(o.value("group_desc"_L1).toString(), this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_form->addRow(tr("&Description:"), m_description);
    m_validator->setRetryMax(m_retry->value());
    m_validator->setDescription(m_description->text());
    connect(m_retry, &QSpinBox::valueChanged, m_validator, &Models::ResourceValidator::setRetryMax);
    connect(m_description, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setDescription);
}

void EditResourceDialog::buildUser()
{
    setWindowTitle(tr("Edit user “%1” on %2").arg(m_node.name, m_node.instanceName));
    const QJsonObject &o = m_node.json;
    m_admin = new QCheckBox(tr("&Administrator"), this);
    m_admin->setObjectName(u"adminCheck"_s);
    m_admin->setChecked(o.value("admin"_L1).toBool());
    m_form->addRow(QString(), m_admin);
    m_whitelist = new QLineEdit(o.value("white_remote_address"_L1).toString(), this);
    m_whitelist->setObjectName(u"whitelistEdit"_s);
    m_whitelist->setPlaceholderText(tr("Any address; or IPv4 addresses and ranges, comma-separated"));
    m_form->addRow(tr("IP &whitelist:"), m_whitelist);
    m_topicPerm = new QComboBox(this);
    m_topicPerm->setObjectName(u"topicPermCombo"_s);
    m_topicPerm->addItem(tr("Publish and subscribe"), u"PUB|SUB"_s);
    m_topicPerm->addItem(tr("Publish only"), u"PUB"_s);
    m_topicPerm->addItem(tr("Subscribe only"), u"SUB"_s);
    m_topicPerm->addItem(tr("No permission"), u"DENY"_s);
    selectData(m_topicPerm, o.value("default_topic_perm"_L1).toString());
    m_form->addRow(tr("Default &topic permission:"), m_topicPerm);
    m_groupPerm = new QComboBox(this);
    m_groupPerm->setObjectName(u"groupPermCombo"_s);
    m_groupPerm->addItem(tr("Subscribe"), u"SUB"_s);
    m_groupPerm->addItem(tr("No permission"), u"DENY"_s);
    selectData(m_groupPerm, o.value("default_group_perm"_L1).toString());
    m_form->addRow(tr("Default &group permission:"), m_groupPerm);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Leave empty to keep the current secret key"));
    m_form->addRow(tr("New &secret key:"), m_secret);
    m_validator->setWhitelist(m_whitelist->text());
    connect(m_whitelist, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setWhitelist);
    connect(m_secret, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setSecret);
}

QString EditResourceDialog::operation() const
{
    switch (m_validator->kind()) {
    case VKind::Instance:
        return u"update_instance"_s;
    case VKind::Topic:
        return u"update_topic"_s;
    case VKind::Group:
        return u"update_consumer_group"_s;
    case VKind::User:
        break;
    }
    return u"update_user"_s;
}

QByteArray EditResourceDialog::requestBody() const
{
    QJsonObject o;
    switch (m_validator->kind()) {
    case VKind::Instance:
        o.insert("name"_L1, m_name->text());
        o.insert("description"_L1, m_description->text());
        break;
    case VKind::Topic:
        if (!m_is5x) {
            o.insert("permission"_L1, m_permission->currentData().toString());
            o.insert("read_queue_num"_L1, m_readQueues->value());
            o.insert("write_queue_num"_L1, m_writeQueues->value());
        }
        o.insert("topic_desc"_L1, m_description->text());
        break;
    case VKind::Group:
        o.insert("enabled"_L1, m_enabled->isChecked());
        o.insert("broadcast"_L1, m_broadcast->isChecked());
        o.insert("retry_max_time"_L1, m_retry->value());
        o.insert("group_desc"_L1, m_description->text());
        break;
    case VKind::User:
        o.insert("admin"_L1, m_admin->isChecked());
        o.insert("white_remote_address"_L1, m_whitelist->text().trimmed());
        o.insert("default_topic_perm"_L1, m_topicPerm->currentData().toString());
        o.insert("default_group_perm"_L1, m_groupPerm->currentData().toString());
        if (!m_secret->text().isEmpty())
            o.insert("secret_key"_L1, m_secret->text());
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void EditResourceDialog::accept()
{
    if (!m_validator->isValid() || !m_node.client)
        return;
    QVariantMap params {{u"instance_id"_s, m_node.instanceId}};
    switch (m_validator->kind()) {
    case VKind::Topic:
        params.insert(u"topic"_s, m_node.name);
        break;
    case VKind::Group:
        params.insert(u"group"_s, m_node.name);
        break;
    case VKind::User:
        params.insert(u"user_name"_s, m_node.name);
        break;
    case VKind::Instance:
        break;
    }
    m_buttons->setEnabled(false);
    m_error->setText(tr("Saving…"));
    Api::ApiCall *call = m_node.client->call(operation(), params, this, requestBody());
    const QString name = m_validator->kind() == VKind::Instance ? m_name->text() : m_node.name;
    connect(call, &Api::ApiCall::finished, this, [this, name] {
        Q_EMIT saved(name);
        QDialog::accept();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_buttons->setEnabled(true);
        m_error->setText(tr("The service refused: %1").arg(e.toString()));
    });
}

} // namespace Gui
