#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

namespace Api {

class ApiCall;
class ApiClient;

/// DMS queue API v1.0 (../shared/api/other-services.md, seed 001): send a batch of 1-10
/// messages, at most 512 KB together, to a queue; each message gets its own state back.
namespace Queues {

constexpr int MaxMessagesPerBatch = 10;
constexpr qint64 MaxBatchBytes = 512 * 1024;

struct Message
{
    QJsonValue body; ///< a string or any JSON value
    QJsonObject attributes;
    QJsonObject toJson() const;
};

/// The size a message counts for in the 512 KB limit: its compact JSON ({"attributes","body"}).
/// The emulator measures the messages it receives with the same function.
qint64 messageSize(const QJsonObject &message);
qint64 batchSize(const QList<Message> &messages);
/// Empty when the batch may be sent, else the documented limit it breaks.
QString batchProblem(const QList<Message> &messages);

/// One entry of the response's messages array, in request order.
struct MessageResult
{
    int state = 0; ///< 0 sent, 1 failed
    QString error;
    int errorCode = 0;
    QString id; ///< when returnId was true
    bool ok() const { return state == 0; }
};
QList<MessageResult> resultsFromJson(const QJsonObject &response);

struct Queue
{
    QString id;
    QString name;
    QString description;
    QString queueMode;
    qint64 producedMessages = 0;
    static Queue fromJson(const QJsonObject &json);
};
QList<Queue> queuesFromJson(const QJsonObject &listResponse);

/// POST /v1.0/{project_id}/queues/{queue_id}/messages. A batch over the limits fails with a
/// Client error without sending anything.
ApiCall *sendMessages(ApiClient *client, const QString &queueId, const QList<Message> &messages, bool returnId,
                      QObject *owner);
/// GET /v1.0/{project_id}/queues
ApiCall *listQueues(ApiClient *client, QObject *owner);

} // namespace Queues
} // namespace Api
