#include "services/queuesenddialog.h"

#include "ui_queuesenddialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Gui {

namespace {

QJsonValue bodyValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    return text;
}

} // namespace

QueueSendDialog::QueueSendDialog(Api::ApiClient *client, const QString &queueId, const QString &queueName,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::QueueSendDialog>()), m_client(client), m_queueId(queueId)
{
    m_ui->setupUi(this);
    m_ui->queueLabel->setText(tr("Queue %1").arg(queueName.isEmpty() ? queueId : queueName));
    connect(m_ui->messagesTable, &QTableWidget::itemChanged, this, &QueueSendDialog::updateState);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addMessage(QString()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->messagesTable->currentRow();
        if (row >= 0)
            m_ui->messagesTable->removeRow(row);
        updateState();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &QueueSendDialog::send);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
}

QueueSendDialog::~QueueSendDialog() = default;

void QueueSendDialog::addMessage(const QString &body, const QString &attributesJson)
{
    const int row = m_ui->messagesTable->rowCount();
    m_ui->messagesTable->insertRow(row);
    m_ui->messagesTable->setItem(row, 0, new QTableWidgetItem(body));
    m_ui->messagesTable->setItem(row, 1, new QTableWidgetItem(attributesJson));
    m_ui->messagesTable->setCurrentCell(row, 0);
    updateState();
}

QList<Api::Queues::Message> QueueSendDialog::messages(QString *problem) const
{
    QList<Api::Queues::Message> batch;
    QString first;
    for (int row = 0; row < m_ui->messagesTable->rowCount(); ++row) {
        const QTableWidgetItem *bodyItem = m_ui->messagesTable->item(row, 0);
        const QTableWidgetItem *attributesItem = m_ui->messagesTable->item(row, 1);
        Api::Queues::Message m;
        m.body = bodyValue(bodyItem ? bodyItem->text() : QString());
        const QString attributes = attributesItem ? attributesItem->text().trimmed() : QString();
        if (!attributes.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(attributes.toUtf8());
            if (!doc.isObject() && first.isEmpty())
                first =
                    tr("Message %1: the attributes must be a JSON object, e.g. {\"name\": \"value\"}.").arg(row + 1);
            m.attributes = doc.object();
        }
        batch.append(m);
    }
    if (first.isEmpty())
        first = Api::Queues::batchProblem(batch);
    if (problem)
        *problem = first;
    return batch;
}

void QueueSendDialog::updateState()
{
    QString problem;
    const QList<Api::Queues::Message> batch = messages(&problem);
    m_ui->sizeLabel->setText(
        tr("%n message(s), %1 of 512 KB", nullptr, int(batch.size()))
            .arg(QLocale().formattedDataSize(Api::Queues::batchSize(batch), 1, QLocale::DataSizeTraditionalFormat)));
    m_ui->addButton->setEnabled(batch.size() < Api::Queues::MaxMessagesPerBatch);
    m_ui->sendButton->setEnabled(!m_call && problem.isEmpty());
    m_ui->errorLabel->setText(batch.isEmpty() ? QString() : problem);
}

void QueueSendDialog::send()
{
    QString problem;
    const QList<Api::Queues::Message> batch = messages(&problem);
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        return;
    }
    m_ui->resultsTable->setRowCount(0);
    m_call = Api::Queues::sendMessages(m_client, m_queueId, batch, m_ui->returnIdCheck->isChecked(), this);
    updateState();
    connect(m_call, &Api::ApiCall::finished, this, [this](const QJsonDocument &result) {
        m_call = nullptr;
        const QList<Api::Queues::MessageResult> results = Api::Queues::resultsFromJson(result.object());
        showResults(results);
        updateState();
        Q_EMIT sent(results);
    });
    connect(m_call, &Api::ApiCall::failed, this, [this](const Api::ApiError &error) {
        m_call = nullptr;
        updateState();
        m_ui->errorLabel->setText(tr("Nothing was sent: %1").arg(error.toString()));
    });
}

void QueueSendDialog::showResults(const QList<Api::Queues::MessageResult> &results)
{
    m_ui->resultsTable->setRowCount(int(results.size()));
    for (int i = 0; i < results.size(); ++i) {
        const Api::Queues::MessageResult &r = results.at(i);
        m_ui->resultsTable->setItem(i, 0, new QTableWidgetItem(QString::number(i + 1)));
        m_ui->resultsTable->setItem(i, 1, new QTableWidgetItem(r.ok() ? tr("Sent") : tr("Failed")));
        const QString detail = r.ok() ? r.id : tr("%1 (error code %2)").arg(r.error).arg(r.errorCode);
        m_ui->resultsTable->setItem(i, 2, new QTableWidgetItem(detail));
    }
}

} // namespace Gui
