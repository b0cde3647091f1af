#include "editresourcedialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/pager.h"
#include "permissiontable.h"
#include "support/prompter.h"
#include "userchanges.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

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
    // A value the API does not document stays as it is unless the user picks another one.
    if (!value.isEmpty() && combo->findData(value) < 0)
        combo->addItem(value, value);
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
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"loadingLabel"_s);
    m_status->setWordWrap(true);
    m_retryLoad = new QPushButton(tr("&Retry"), this);
    m_retryLoad->setObjectName(u"retryButton"_s);
    m_retryLoad->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retryLoad);
    layout->addLayout(statusRow);
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
        setWindowTitle(tr("Edit instance “%1”").arg(m_node.instanceName));
        break;
    case VKind::Topic:
        setWindowTitle(tr("Edit topic “%1” on %2").arg(m_node.name, m_node.instanceName));
        break;
    case VKind::Group:
        setWindowTitle(tr("Edit consumer group “%1” on %2").arg(m_node.name, m_node.instanceName));
        break;
    case VKind::User:
        setWindowTitle(tr("Edit user “%1” on %2").arg(m_node.name, m_node.instanceName));
        break;
    }
    connect(m_validator, &Models::ResourceValidator::validChanged, this, &EditResourceDialog::updateSave);
    connect(m_validator, &Models::ResourceValidator::errorChanged, m_error, &QLabel::setText);
    connect(m_retryLoad, &QPushButton::clicked, this, &EditResourceDialog::load);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditResourceDialog::accept);
    updateSave();
    resize(kind == VKind::User ? 600 : 460, sizeHint().height());
    load();
}

QVariantMap EditResourceDialog::pathParams() const
{
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
    return params;
}

void EditResourceDialog::load()
{
    m_retryLoad->hide();
    if (!m_node.client) {
        m_status->setText(tr("Not connected: open the profile first."));
        return;
    }
    m_status->setText(tr("Loading the current values from the service…"));
    static const QMap<VKind, QString> shows {{VKind::Instance, u"show_instance"_s},
                                             {VKind::Topic, u"show_topic"_s},
                                             {VKind::Group, u"show_consumer_group"_s},
                                             {VKind::User, u"show_user"_s}};
    Api::ApiCall *call = m_node.client->call(shows.value(m_validator->kind()), pathParams(), this);
    connect(call, &Api::ApiCall::finished, this, [this](const QJsonDocument &doc) { onLoaded(doc.object()); });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_status->setText(tr("Could not load the current values: %1").arg(e.toString()));
        m_retryLoad->show();
    });
}

void EditResourceDialog::onLoaded(const QJsonObject &object)
{
    // The service's answer wins over the list values the node carried.
    m_node.json = object;
    m_status->hide();
    buildForm();
    resize(width(), qMax(height(), sizeHint().height())); // room for the form that just arrived
    m_loaded = true;
    updateSave();
    m_error->setText(m_validator->error());
    Q_EMIT loaded();
}

void EditResourceDialog::buildForm()
{
    switch (m_validator->kind()) {
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
    m_validator->setName(m_validator->kind() == VKind::Instance ? m_name->text() : m_node.name);
}

void EditResourceDialog::updateSave()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && !m_saving && m_validator->isValid());
}

EditResourceDialog::~EditResourceDialog() = default;

void EditResourceDialog::buildInstance()
{
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
    // The same choices and labels as the permission tables and the confirmation.
    PermissionTable::fillCombo(m_topicPerm, PermissionTable::Target::Topics,
                               o.value("default_topic_perm"_L1).toString());
    m_form->addRow(tr("Default &topic permission:"), m_topicPerm);
    m_groupPerm = new QComboBox(this);
    m_groupPerm->setObjectName(u"groupPermCombo"_s);
    PermissionTable::fillCombo(m_groupPerm, PermissionTable::Target::Groups,
                               o.value("default_group_perm"_L1).toString());
    m_form->addRow(tr("Default &group permission:"), m_groupPerm);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Leave empty to keep the current secret key"));
    m_form->addRow(tr("New &secret key:"), m_secret);
    m_topicPerms = new PermissionTable(PermissionTable::Target::Topics, this);
    m_topicPerms->setPermissions(o.value("topic_perms"_L1).toArray());
    m_form->addRow(tr("Topic permissions:"), m_topicPerms);
    m_groupPerms = new PermissionTable(PermissionTable::Target::Groups, this);
    m_groupPerms->setPermissions(o.value("group_perms"_L1).toArray());
    m_form->addRow(tr("Group permissions:"), m_groupPerms);
    m_validator->setWhitelist(m_whitelist->text());
    updatePermissions();
    connect(m_whitelist, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setWhitelist);
    connect(m_secret, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setSecret);
    connect(m_topicPerms, &PermissionTable::changed, this, &EditResourceDialog::updatePermissions);
    connect(m_groupPerms, &PermissionTable::changed, this, &EditResourceDialog::updatePermissions);
    loadKnownNames();
}

void EditResourceDialog::updatePermissions()
{
    m_validator->setTopicPermissions(m_topicPerms->permissions());
    m_validator->setGroupPermissions(m_groupPerms->permissions());
}

void EditResourceDialog::loadKnownNames()
{
    // The name cells complete from the instance's topics and groups; typing any name still works.
    for (PermissionTable *table : {m_topicPerms, m_groupPerms}) {
        const bool topics = table->target() == PermissionTable::Target::Topics;
        auto *pager = new Api::Pager(m_node.client, topics ? u"list_topics"_s : u"list_consumer_groups"_s,
                                     {{u"instance_id"_s, m_node.instanceId}}, this);
        pager->setMaxItems(5000);
        auto names = std::make_shared<QStringList>();
        connect(pager, &Api::Pager::pageReady, this, [names](qint64, const QJsonArray &items) {
            for (const QJsonValue &v : items)
                names->append(v.toObject().value("name"_L1).toString());
        });
        connect(pager, &Api::Pager::finished, table, [table, names, pager] {
            names->sort(Qt::CaseInsensitive);
            table->setKnownNames(*names);
            pager->deleteLater();
        });
        connect(pager, &Api::Pager::failed, pager, &QObject::deleteLater); // no completion then, nothing else lost
        pager->start();
    }
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
    if (!m_loaded)
        return {};
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
        o.insert("topic_perms"_L1, m_topicPerms->toJson());
        o.insert("group_perms"_L1, m_groupPerms->toJson());
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void EditResourceDialog::accept()
{
    if (!m_loaded || m_saving || !m_validator->isValid() || !m_node.client)
        return;
    if (m_validator->kind() != VKind::User) {
        send();
        return;
    }
    // Permissions decide who may publish and consume: say what changes before saving.
    const QStringList changes = UserChanges::describe(m_node.json, QJsonDocument::fromJson(requestBody()).object());
    if (changes.isEmpty()) {
        m_error->setText(tr("Nothing changed."));
        return;
    }
    Question q;
    q.title = tr("Save user “%1”").arg(m_node.name);
    // A long list goes to the details; the message box stays on screen.
    constexpr qsizetype shown = 12;
    q.text = tr("Change user “%1” on %2:").arg(m_node.name, m_node.instanceName) + u"\n• "_s +
        changes.mid(0, shown).join(u"\n• "_s);
    if (changes.size() > shown) {
        q.text += u'\n' + tr("…and %n more (see the details)", nullptr, int(changes.size() - shown));
        q.details = changes.join(u'\n');
    }
    q.confirmText = tr("Save");
    Prompter *prompter = m_node.prompter ? m_node.prompter : defaultPrompter();
    m_saving = true;
    updateSave();
    prompter->confirm(this, q, this, [this](bool yes) {
        m_saving = false;
        if (yes)
            send();
        else
            updateSave();
    });
}

void EditResourceDialog::send()
{
    m_saving = true;
    updateSave();
    m_buttons->setEnabled(false);
    m_error->setText(tr("Saving…"));
    Api::ApiCall *call = m_node.client->call(operation(), pathParams(), this, requestBody());
    const QString name = m_validator->kind() == VKind::Instance ? m_name->text() : m_node.name;
    connect(call, &Api::ApiCall::finished, this, [this, name] {
        Q_EMIT saved(name);
        QDialog::accept();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_saving = false;
        m_buttons->setEnabled(true);
        updateSave();
        m_error->setText(tr("The service refused: %1").arg(e.toString()));
    });
}

} // namespace Gui
