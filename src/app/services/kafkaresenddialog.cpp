#include "services/kafkaresenddialog.h"

#include "ui_kafkaresenddialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Gui {

KafkaResendDialog::KafkaResendDialog(Api::ApiClient *client, const QString &instanceId, const QString &instanceName,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KafkaResendDialog>()), m_client(client), m_instanceId(instanceId)
{
    m_ui->setupUi(this);
    m_ui->instanceLabel->setText(instanceName.isEmpty() ? instanceId : tr("%1 (%2)").arg(instanceName, instanceId));
    m_ui->offsetEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,18}"_s), this));
    m_ui->offsetEdit->setPlaceholderText(tr("e.g. 4"));
    connect(m_ui->topicCombo, &QComboBox::currentTextChanged, this, &KafkaResendDialog::updateState);
    connect(m_ui->offsetEdit, &QLineEdit::textChanged, this, &KafkaResendDialog::updateState);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &KafkaResendDialog::resend);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
    loadTopics();
}

KafkaResendDialog::~KafkaResendDialog() = default;

void KafkaResendDialog::setTopic(const QString &topic)
{
    m_ui->topicCombo->setCurrentText(topic);
}

Api::Kafka::ResendRequest KafkaResendDialog::request() const
{
    Api::Kafka::ResendRequest r;
    r.topic = m_ui->topicCombo->currentText().trimmed();
    r.partition = m_ui->partitionSpin->value();
    bool ok = false;
    r.messageOffset = m_ui->offsetEdit->text().toLongLong(&ok);
    if (!ok)
        r.messageOffset = -1;
    r.consumerKey = m_ui->consumerKeyEdit->text().trimmed();
    return r;
}

void KafkaResendDialog::loadTopics()
{
    Api::ApiCall *call = Api::Kafka::listTopics(m_client, m_instanceId, this);
    connect(call, &Api::ApiCall::finished, this, [this](const QJsonDocument &result) {
        m_topics = Api::Kafka::topicsFromJson(result.object());
        const QString current = m_ui->topicCombo->currentText();
        m_ui->topicCombo->clear();
        for (const Api::Kafka::Topic &t : std::as_const(m_topics))
            m_ui->topicCombo->addItem(t.name);
        m_ui->topicCombo->setCurrentText(current.isEmpty() && !m_topics.isEmpty() ? m_topics.first().name : current);
        updateState();
        Q_EMIT topicsLoaded();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &error) {
        m_ui->errorLabel->setText(tr("Could not list the topics: %1").arg(error.toString()));
    });
}

void KafkaResendDialog::updateState()
{
    const QString topic = m_ui->topicCombo->currentText().trimmed();
    const auto it = std::find_if(m_topics.cbegin(), m_topics.cend(), [&](const auto &t) { return t.name == topic; });
    // Partitions are numbered 0..n-1 when the topic is known; otherwise any number may be tried.
    m_ui->partitionSpin->setMaximum(it != m_topics.cend() && it->partitions > 0 ? it->partitions - 1 : 9999);
    m_ui->resendButton->setEnabled(!m_call && request().problem().isEmpty());
}

void KafkaResendDialog::resend()
{
    const Api::Kafka::ResendRequest r = request();
    if (const QString problem = r.problem(); !problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        return;
    }
    m_ui->errorLabel->clear();
    m_ui->resultLabel->setText(tr("Resending…"));
    m_call = Api::Kafka::resendMessage(m_client, m_instanceId, r, this);
    updateState();
    connect(m_call, &Api::ApiCall::finished, this, [this](const QJsonDocument &result) {
        const auto echo = Api::Kafka::ResendResult::fromJson(result.object());
        m_call = nullptr;
        m_ui->resultLabel->setText(
            tr("Resent: topic %1, partition %2, offset %3%4")
                .arg(echo.topic)
                .arg(echo.partition)
                .arg(echo.messageOffset)
                .arg(echo.consumerKey.isEmpty() ? QString() : tr(", consumer key %1").arg(echo.consumerKey)));
        updateState();
        Q_EMIT resent(echo);
    });
    connect(m_call, &Api::ApiCall::failed, this, [this](const Api::ApiError &error) {
        m_call = nullptr;
        m_ui->resultLabel->clear();
        m_ui->errorLabel->setText(error.toString());
        updateState();
    });
}

} // namespace Gui
