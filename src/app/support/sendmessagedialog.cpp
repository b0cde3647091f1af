#include "support/sendmessagedialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "models/messageformat.h"
#include "models/recentbodies.h"
#include "support/supportactions.h"
#include "ui_sendmessagedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Gui {

SendMessageDialog::SendMessageDialog(Api::ApiClient *client, const QString &instanceId, const QStringList &topics,
                                     QSettings *history, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SendMessageDialog>()),
      m_client(client),
      m_instanceId(instanceId),
      m_history(history)
{
    m_ui->setupUi(this);
    m_ui->topicCombo->addItems(topics);
    m_ui->bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->bodyEdit->viewport()->installEventFilter(this);
    m_ui->bodyEdit->setAcceptDrops(true);

    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        if (m_remaining > 0)
            stopSending(tr("Stopped after %1 of %2.").arg(m_results.size()).arg(m_total));
        else
            send();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->addPropertyButton, &QToolButton::clicked, this, [this] {
        const int row = m_ui->propertiesTable->rowCount();
        m_ui->propertiesTable->insertRow(row);
        m_ui->propertiesTable->setCurrentCell(row, 0);
        m_ui->propertiesTable->editItem(m_ui->propertiesTable->item(row, 0));
    });
    connect(m_ui->removePropertyButton, &QToolButton::clicked, this,
            [this] { m_ui->propertiesTable->removeRow(m_ui->propertiesTable->currentRow()); });
    connect(m_ui->loadFileButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Load message body"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadFile(path); });
        dialog->open();
    });
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &SendMessageDialog::updateJsonState);
    connect(m_ui->topicCombo, &QComboBox::currentTextChanged, this, &SendMessageDialog::refreshHistory);
    connect(m_ui->historyCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_ui->bodyEdit->setPlainText(m_ui->historyCombo->itemData(index).toString());
    });
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, [this] {
        if (!m_results.isEmpty())
            QApplication::clipboard()->setText(m_results.last().msgId);
    });
    connect(m_ui->traceButton, &QPushButton::clicked, this, [this] {
        if (m_results.isEmpty())
            return;
        const Api::Message &m = m_results.last();
        SupportActions::openTrace(this, m_client, m_instanceId, m.msgId);
    });
    updateJsonState();
    refreshHistory();
}

SendMessageDialog::~SendMessageDialog() = default;

void SendMessageDialog::setTopic(const QString &topic)
{
    m_ui->topicCombo->setCurrentText(topic);
}

void SendMessageDialog::setBody(const QString &body)
{
    m_ui->bodyEdit->setPlainText(body);
}

void SendMessageDialog::setTags(const QString &tags)
{
    m_ui->tagsEdit->setText(tags);
}

void SendMessageDialog::setKeys(const QString &keys)
{
    m_ui->keysEdit->setText(keys);
}

void SendMessageDialog::setRepeat(int count)
{
    m_ui->repeatSpin->setValue(count);
}

void SendMessageDialog::setProperties(const QList<Api::MessageProperty> &properties)
{
    m_ui->propertiesTable->setRowCount(int(properties.size()));
    for (int i = 0; i < properties.size(); ++i) {
        m_ui->propertiesTable->setItem(i, 0, new QTableWidgetItem(properties[i].name));
        m_ui->propertiesTable->setItem(i, 1, new QTableWidgetItem(properties[i].value));
    }
}

bool SendMessageDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > maxFileBytes) {
        m_ui->resultLabel->setText(
            tr("%1 is larger than %2; it was not loaded.")
                .arg(QFileInfo(path).fileName(), Models::MessageFormat::formatSize(maxFileBytes)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->resultLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const auto enc = Models::MessageFormat::detectEncoding(data);
    if (!enc.isText()) {
        // The API carries the body as a JSON string: binary data would be changed on the way.
        m_ui->resultLabel->setText(
            tr("%1 is binary; only text bodies can be sent through this API.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_ui->bodyEdit->setPlainText(Models::MessageFormat::decodeBody(data, enc));
    m_ui->resultLabel->setText(tr("Loaded %1 (%2, %3).")
                                   .arg(QFileInfo(path).fileName(), Models::MessageFormat::encodingName(enc.kind),
                                        Models::MessageFormat::formatSize(data.size())));
    return true;
}

bool SendMessageDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->bodyEdit->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QList<QUrl> urls = drop->mimeData()->urls();
            if (!urls.isEmpty() && urls.first().isLocalFile()) {
                loadFile(urls.first().toLocalFile());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SendMessageDialog::updateJsonState()
{
    const QString text = m_ui->bodyEdit->toPlainText().trimmed();
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        const bool ok = !Models::MessageFormat::prettyJson(text.toUtf8()).isNull();
        m_ui->jsonLabel->setText(ok ? tr("✓ valid JSON") : tr("✗ not valid JSON"));
    } else {
        m_ui->jsonLabel->clear();
    }
}

void SendMessageDialog::refreshHistory()
{
    m_ui->historyCombo->clear();
    m_ui->historyCombo->addItem(tr("Recent bodies…"));
    const QStringList bodies = Models::RecentBodies(m_history).bodies(m_ui->topicCombo->currentText());
    for (const QString &body : bodies) {
        QString label = body.simplified().left(60);
        if (body.size() > 60)
            label += u'…';
        m_ui->historyCombo->addItem(label, body);
    }
    m_ui->historyCombo->setEnabled(!bodies.isEmpty());
}

QByteArray SendMessageDialog::requestBody() const
{
    QJsonArray props;
    if (!m_ui->tagsEdit->text().trimmed().isEmpty())
        props.append(QJsonObject {{u"name"_s, u"TAGS"_s}, {u"value"_s, m_ui->tagsEdit->text().trimmed()}});
    if (!m_ui->keysEdit->text().trimmed().isEmpty())
        props.append(QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, m_ui->keysEdit->text().simplified()}});
    for (int r = 0; r < m_ui->propertiesTable->rowCount(); ++r) {
        const auto *name = m_ui->propertiesTable->item(r, 0);
        const auto *value = m_ui->propertiesTable->item(r, 1);
        if (name && !name->text().trimmed().isEmpty())
            props.append(
                QJsonObject {{u"name"_s, name->text().trimmed()}, {u"value"_s, value ? value->text() : QString()}});
    }
    const QJsonObject body {{u"topic"_s, m_ui->topicCombo->currentText().trimmed()},
                            {u"body"_s, m_ui->bodyEdit->toPlainText()},
                            {u"property_list"_s, props}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void SendMessageDialog::send()
{
    if (m_ui->topicCombo->currentText().trimmed().isEmpty()) {
        m_ui->resultLabel->setText(tr("Choose a topic."));
        return;
    }
    if (m_ui->bodyEdit->toPlainText().isEmpty()) {
        m_ui->resultLabel->setText(tr("The body is empty. Type one or load a file."));
        return;
    }
    m_results.clear();
    m_total = m_ui->repeatSpin->value();
    m_remaining = m_total;
    m_ui->sendButton->setText(tr("Stop"));
    Models::RecentBodies(m_history).remember(m_ui->topicCombo->currentText().trimmed(), m_ui->bodyEdit->toPlainText());
    sendNext();
}

void SendMessageDialog::sendNext()
{
    m_ui->resultLabel->setText(tr("Sending %1 of %2…").arg(m_results.size() + 1).arg(m_total));
    const QVariantMap params {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instanceId}};
    Api::ApiCall *call = m_client->call(u"send_message"_s, params, this, requestBody());
    m_call = call;
    connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
        call->deleteLater();
        const Api::Message result = Api::Message::fromJson(doc.object());
        m_results.append(result);
        Q_EMIT sent(result);
        if (--m_remaining > 0) {
            sendNext();
            return;
        }
        m_ui->sendButton->setText(tr("&Send"));
        m_ui->resultLabel->setText(resultText());
        m_ui->copyIdButton->setEnabled(true);
        m_ui->traceButton->setEnabled(true);
        refreshHistory();
        Q_EMIT finishedSending(int(m_results.size()), 0);
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        stopSending(tr("Sending failed after %1 of %2: %3").arg(m_results.size()).arg(m_total).arg(error.toString()));
    });
}

void SendMessageDialog::stopSending(const QString &message)
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
    }
    const int failed = m_remaining > 0 ? 1 : 0;
    m_remaining = 0;
    m_ui->sendButton->setText(tr("&Send"));
    m_ui->resultLabel->setText(message + (m_results.isEmpty() ? QString() : u"\n"_s + resultText()));
    m_ui->copyIdButton->setEnabled(!m_results.isEmpty());
    m_ui->traceButton->setEnabled(!m_results.isEmpty());
    Q_EMIT finishedSending(int(m_results.size()), failed);
}

QString SendMessageDialog::resultText() const
{
    if (m_results.isEmpty())
        return {};
    const Api::Message &m = m_results.last();
    QString text = tr("Message id %1 · queue %2 · offset %3 · broker %4")
                       .arg(m.msgId, QString::number(m.queueId), QString::number(m.queueOffset), m.brokerName);
    if (m_results.size() > 1)
        text = tr("Sent %n messages; the last:", nullptr, int(m_results.size())) + u' ' + text;
    return text;
}

} // namespace Gui
