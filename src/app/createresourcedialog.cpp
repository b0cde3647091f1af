#include "createresourcedialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "apitext.h"
#include "ui_createresourcedialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

using namespace Qt::StringLiterals;
using VKind = Models::ResourceValidator::Kind;

namespace Gui {

CreateResourceDialog::CreateResourceDialog(VKind kind, const NodeContext &instance, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::CreateResourceDialog>()),
      m_validator(new Models::ResourceValidator(kind, this)),
      m_instance(instance),
      m_is5x(instance.engineVersion.startsWith(u'5'))
{
    m_ui->setupUi(this);
    const bool topic = kind == VKind::Topic, group = kind == VKind::Group, user = kind == VKind::User;
    setWindowTitle(topic       ? tr("New topic on %1").arg(instance.instanceName)
                       : group ? tr("New consumer group on %1").arg(instance.instanceName)
                               : tr("New user on %1").arg(instance.instanceName));
    m_ui->permissionCombo->addItem(tr("Publish and subscribe"), u"all"_s);
    m_ui->permissionCombo->addItem(tr("Publish only"), u"pub"_s);
    m_ui->permissionCombo->addItem(tr("Subscribe only"), u"sub"_s);
    for (const char *t : {"NORMAL", "FIFO", "DELAY", "TRANSACTION"})
        m_ui->messageTypeCombo->addItem(ApiText::messageType(QString::fromLatin1(t)), QString::fromLatin1(t));
    auto show = [](QWidget *label, QWidget *field, bool on) {
        if (label)
            label->setVisible(on);
        field->setVisible(on);
    };
    show(m_ui->secretLabel, m_ui->secretEdit, user);
    show(m_ui->queuesLabel, m_ui->queuesSpin, topic);
    show(m_ui->permissionLabel, m_ui->permissionCombo, topic && !m_is5x);
    show(m_ui->messageTypeLabel, m_ui->messageTypeCombo, topic && m_is5x);
    show(m_ui->retryLabel, m_ui->retrySpin, group);
    show(nullptr, m_ui->broadcastCheck, group);
    show(nullptr, m_ui->adminCheck, user);
    show(m_ui->descriptionLabel, m_ui->descriptionEdit, group);
    m_ui->nameEdit->setPlaceholderText(user ? tr("7-64: letters, digits, - and _; starts with a letter")
                                            : tr("3-64: letters, digits, %, |, - and _"));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create"));
    ok->setEnabled(m_validator->isValid());
    m_ui->errorLabel->setText(m_validator->error());
    connect(m_validator, &Models::ResourceValidator::validChanged, ok, &QPushButton::setEnabled);
    connect(m_validator, &Models::ResourceValidator::errorChanged, m_ui->errorLabel, &QLabel::setText);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setName);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setSecret);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setDescription);
    connect(m_ui->queuesSpin, &QSpinBox::valueChanged, m_validator, &Models::ResourceValidator::setQueueCount);
    connect(m_ui->retrySpin, &QSpinBox::valueChanged, m_validator, &Models::ResourceValidator::setRetryMax);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateResourceDialog::accept);
    adjustSize();
}

CreateResourceDialog::~CreateResourceDialog() = default;

QByteArray CreateResourceDialog::requestBody() const
{
    QJsonObject o;
    const QString name = m_ui->nameEdit->text();
    switch (m_validator->kind()) {
    case VKind::Topic:
        o.insert("name"_L1, name);
        o.insert("queue_num"_L1, m_ui->queuesSpin->value());
        if (m_is5x)
            o.insert("message_type"_L1, m_ui->messageTypeCombo->currentData().toString());
        else
            o.insert("permission"_L1, m_ui->permissionCombo->currentData().toString());
        break;
    case VKind::Group:
        o.insert("name"_L1, name);
        o.insert("enabled"_L1, true);
        o.insert("broadcast"_L1, m_ui->broadcastCheck->isChecked());
        o.insert("retry_max_time"_L1, m_ui->retrySpin->value());
        if (!m_ui->descriptionEdit->text().isEmpty())
            o.insert("group_desc"_L1, m_ui->descriptionEdit->text());
        break;
    case VKind::User:
        o.insert("access_key"_L1, name);
        o.insert("secret_key"_L1, m_ui->secretEdit->text());
        o.insert("admin"_L1, m_ui->adminCheck->isChecked());
        break;
    case VKind::Instance:
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void CreateResourceDialog::accept()
{
    if (!m_validator->isValid() || !m_instance.client)
        return;
    const VKind kind = m_validator->kind();
    const QString op = kind == VKind::Topic ? u"create_or_batch_delete_topics"_s
        : kind == VKind::Group              ? u"create_or_batch_delete_consumer_groups"_s
                                            : u"create_user"_s;
    m_ui->buttonBox->setEnabled(false);
    m_ui->errorLabel->setText(tr("Creating…"));
    Api::ApiCall *call = m_instance.client->call(op, {{u"instance_id"_s, m_instance.instanceId}}, this, requestBody());
    const QString name = m_ui->nameEdit->text();
    connect(call, &Api::ApiCall::finished, this, [this, name] {
        Q_EMIT created(name);
        QDialog::accept();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_ui->buttonBox->setEnabled(true);
        m_ui->errorLabel->setText(tr("The service refused: %1").arg(e.toString()));
    });
}

} // namespace Gui
