#pragma once

#include "api/kafka.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Ui {
class KafkaResendDialog;
}

namespace Gui {

/// Retransmits one message of a DMS for Kafka instance by topic, partition and offset (seed
/// 004) and shows the service's answer or its error. The topic list (with partition counts) is
/// loaded from the instance unless given.
class KafkaResendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KafkaResendDialog)
public:
    KafkaResendDialog(Api::ApiClient *client, const QString &instanceId, const QString &instanceName,
                      QWidget *parent = nullptr);
    ~KafkaResendDialog() override;

    void setTopic(const QString &topic);
    /// The request as the form describes it (its problem() says what is missing).
    Api::Kafka::ResendRequest request() const;
    void resend();

Q_SIGNALS:
    void resent(const Api::Kafka::ResendResult &result);
    void topicsLoaded();

private:
    void loadTopics();
    void updateState();

    std::unique_ptr<Ui::KafkaResendDialog> m_ui;
    Api::ApiClient *m_client;
    QString m_instanceId;
    QList<Api::Kafka::Topic> m_topics;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Gui
