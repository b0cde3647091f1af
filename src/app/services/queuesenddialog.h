#pragma once

#include "api/queues.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Ui {
class QueueSendDialog;
}

namespace Gui {

/// Sends a batch of messages to a DMS queue (API v1.0, seed 001). The documented limits (1-10
/// messages, 512 KB together) are checked while editing and before sending, so a batch is never
/// cut; the results table shows each message's state, ID or error.
class QueueSendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueSendDialog)
public:
    QueueSendDialog(Api::ApiClient *client, const QString &queueId, const QString &queueName,
                    QWidget *parent = nullptr);
    ~QueueSendDialog() override;

    /// Appends a row (body text: JSON objects/arrays are sent as JSON, anything else as a string).
    void addMessage(const QString &body, const QString &attributesJson = {});
    /// The batch the table describes; *problem gets the first reason it cannot be sent.
    QList<Api::Queues::Message> messages(QString *problem = nullptr) const;
    void send();

Q_SIGNALS:
    void sent(const QList<Api::Queues::MessageResult> &results);

private:
    void updateState();
    void showResults(const QList<Api::Queues::MessageResult> &results);

    std::unique_ptr<Ui::QueueSendDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_queueId;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Gui
