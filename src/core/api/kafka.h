#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Api {

class ApiCall;
class ApiClient;

/// DMS for Kafka (../shared/api/other-services.md, seed 004): instances share the instance
/// list with RocketMQ (engine=kafka), topics have partitions, and a message is retransmitted by
/// topic, partition and offset.
namespace Kafka {

struct ResendRequest
{
    QString topic;
    int partition = 0;
    qint64 messageOffset = 0;
    QString consumerKey; ///< optional: added to the message header

    /// Empty when the request may be sent, else a readable reason (nothing is sent then).
    QString problem() const;
    QJsonObject toJson() const;
};

struct ResendResult
{
    QString topic;
    int partition = 0;
    qint64 messageOffset = 0;
    QString consumerKey;
    static ResendResult fromJson(const QJsonObject &json);
};

/// A topic as the Kafka topic list returns it (partition = number of partitions).
struct Topic
{
    QString name;
    int partitions = 0;
    int replication = 0;
    qint64 messages = -1; ///< the emulator's count of stored messages (-1 when not reported)
    static Topic fromJson(const QJsonObject &json);
};
QList<Topic> topicsFromJson(const QJsonObject &listResponse);

/// POST .../messages/action?action_id=resend. The request is checked first: a call that fails
/// that check ends with failed(Client) without sending anything.
ApiCall *resendMessage(ApiClient *client, const QString &instanceId, const ResendRequest &request, QObject *owner);
/// GET /v2/{project_id}/instances?engine=kafka
ApiCall *listInstances(ApiClient *client, QObject *owner, int offset = 0, int limit = 50);
/// GET /v2/{project_id}/instances/{instance_id}/topics (the same path serves both engines).
ApiCall *listTopics(ApiClient *client, const QString &instanceId, QObject *owner);

} // namespace Kafka
} // namespace Api
