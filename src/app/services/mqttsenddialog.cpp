#include "services/mqttsenddialog.h"

#include "ui_mqttsenddialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"

namespace Gui {

MqttSendDialog::MqttSendDialog(Api::ApiClient *client, const QString &instanceId, const QString &topic, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MqttSendDialog>()), m_client(client)
{
    m_ui->setupUi(this);
    m_ui->instanceEdit->setText(instanceId);
    m_ui->topicEdit->setText(topic);
    connect(m_ui->instanceEdit, &QLineEdit::textChanged, this, &MqttSendDialog::updateState);
    connect(m_ui->topicEdit, &QLineEdit::textChanged, this, &MqttSendDialog::updateState);
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &MqttSendDialog::updateState);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MqttSendDialog::send);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
}

MqttSendDialog::~MqttSendDialog() = default;

void MqttSendDialog::appendNote(const QString &note)
{
    m_ui->resultLabel->setText(m_ui->resultLabel->text() + u'\n' + note);
}

Api::Mqtt::SendRequest MqttSendDialog::request() const
{
    return {m_ui->instanceEdit->text().trimmed(), m_ui->topicEdit->text().trimmed(),
            m_ui->payloadEdit->toPlainText().toUtf8(), m_ui->base64Check->isChecked()};
}

void MqttSendDialog::updateState()
{
    const QString problem = request().problem();
    m_ui->sendButton->setEnabled(!m_call && problem.isEmpty());
    m_ui->sendButton->setToolTip(problem);
}

void MqttSendDialog::send()
{
    const Api::Mqtt::SendRequest r = request();
    if (const QString problem = r.problem(); !problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        return;
    }
    m_ui->errorLabel->clear();
    m_ui->resultLabel->setText(tr("Sending…"));
    m_call = Api::Mqtt::sendMessage(m_client, r, this);
    updateState();
    connect(m_call, &Api::ApiCall::finished, this, [this, r](const QJsonDocument &result) {
        m_call = nullptr;
        m_lastSent = r;
        const auto answer = Api::Mqtt::SendResult::fromJson(result.object());
        m_ui->resultLabel->setText(tr("Sent. MsgId %1, RequestId %2").arg(answer.msgId, answer.requestId));
        updateState();
        Q_EMIT sent(answer);
    });
    connect(m_call, &Api::ApiCall::failed, this, [this](const Api::ApiError &error) {
        m_call = nullptr;
        m_ui->resultLabel->clear();
        // The documented code in clear words, then the raw answer for support.
        m_ui->errorLabel->setText(tr("%1\n%2").arg(Api::Mqtt::errorText(error), error.toString()));
        updateState();
    });
}

} // namespace Gui
