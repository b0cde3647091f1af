#pragma once

#include "api/dto/message.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QSettings;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Ui {
class SendMessageDialog;
}

namespace Gui {

/// Send message: topic, tags, keys, custom properties, body from the editor or a file
/// (Load file… or drop), repeat count; the answer (msg id, queue, offset, broker) stays in
/// the dialog with Copy id and Trace. Recent bodies are remembered per topic.
class SendMessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendMessageDialog)
public:
    /// Largest body accepted from a file (RocketMQ's default maxMessageSize is 4 MB).
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    /// history: where recent bodies are kept (nullptr: not remembered).
    SendMessageDialog(Api::ApiClient *client, const QString &instanceId, const QStringList &topics, QSettings *history,
                      QWidget *parent = nullptr);
    ~SendMessageDialog() override;

    void setTopic(const QString &topic);
    void setBody(const QString &body);
    void setTags(const QString &tags);
    void setKeys(const QString &keys);
    void setProperties(const QList<Api::MessageProperty> &properties);
    void setRepeat(int count);
    /// Reads a file into the body; false (with the reason shown) when it is too big or not text.
    bool loadFile(const QString &path);
    void send();

    const QList<Api::Message> &results() const { return m_results; }
    QString resultText() const;

Q_SIGNALS:
    void sent(const Api::Message &result);
    void finishedSending(int sent, int failed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QByteArray requestBody() const;
    void sendNext();
    void stopSending(const QString &message);
    void updateJsonState();
    void refreshHistory();

    std::unique_ptr<Ui::SendMessageDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceId;
    QSettings *m_history;
    QPointer<Api::ApiCall> m_call;
    int m_remaining = 0;
    int m_total = 0;
    QList<Api::Message> m_results;
};

} // namespace Gui
