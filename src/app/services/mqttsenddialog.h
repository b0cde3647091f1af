#pragma once

#include "api/mqtt.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Ui {
class MqttSendDialog;
}

namespace Gui {

/// ApsaraMQ for MQTT SendMessage (seed 002): instance, topic and payload (Base64 by default);
/// shows MsgId and RequestId, or the documented error as a clear sentence. The client must
/// hold Alibaba Cloud credentials (an Alibaba Cloud profile, or the sandbox's pair).
class MqttSendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MqttSendDialog)
public:
    MqttSendDialog(Api::ApiClient *client, const QString &instanceId, const QString &topic, QWidget *parent = nullptr);
    ~MqttSendDialog() override;

    Api::Mqtt::SendRequest request() const;
    /// What the last successful send went to (set before sent() is emitted).
    Api::Mqtt::SendRequest lastSent() const { return m_lastSent; }
    void send();
    /// Adds a line under the result (e.g. that the topic was added to the tree).
    void appendNote(const QString &note);

Q_SIGNALS:
    void sent(const Api::Mqtt::SendResult &result);

private:
    void updateState();

    std::unique_ptr<Ui::MqttSendDialog> m_ui;
    Api::ApiClient *m_client;
    QPointer<Api::ApiCall> m_call;
    Api::Mqtt::SendRequest m_lastSent;
};

} // namespace Gui
