#include "api/queues.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Api::Queues {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Queues", text);
}

} // namespace

QJsonObject Message::toJson() const
{
    QJsonObject json {{QStringLiteral("body"), body}};
    if (!attributes.isEmpty())
        json.insert(QStringLiteral("attributes"), attributes);
    return json;
}

qint64 messageSize(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact).size();
}

qint64 batchSize(const QList<Message> &messages)
{
    qint64 total = 0;
    for (const Message &m : messages)
        total += messageSize(m.toJson());
    return total;
}

QString batchProblem(const QList<Message> &messages)
{
    if (messages.isEmpty())
        return tr("Add at least one message.");
    if (messages.size() > MaxMessagesPerBatch)
        return tr("A maximum of %1 messages can be sent at a time; this batch has %2.")
            .arg(MaxMessagesPerBatch)
            .arg(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonValue &body = messages.at(i).body;
        if (body.isUndefined() || body.isNull() || (body.isString() && body.toString().isEmpty()))
            return tr("Message %1 has no body.").arg(i + 1);
    }
    const qint64 size = batchSize(messages);
    if (size > MaxBatchBytes)
        return tr("The aggregated size of the messages cannot exceed 512 KB; this batch has %1.")
            .arg(QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat));
    return {};
}

QList<MessageResult> resultsFromJson(const QJsonObject &response)
{
    QList<MessageResult> results;
    // The table names the field "message"; the example returns "messages". Accept both.
    QJsonArray array = response.value(QLatin1String("messages")).toArray();
    if (array.isEmpty())
        array = response.value(QLatin1String("message")).toArray();
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        MessageResult r;
        r.state = o.value(QLatin1String("state")).toInt();
        r.error = o.value(QLatin1String("error")).toString();
        const QJsonValue code = o.value(QLatin1String("error_code"));
        r.errorCode = code.isString() ? code.toString().toInt() : code.toInt();
        r.id = o.value(QLatin1String("id")).toString();
        results.append(r);
    }
    return results;
}

Queue Queue::fromJson(const QJsonObject &json)
{
    Queue q;
    q.id = json.value(QLatin1String("id")).toString();
    q.name = json.value(QLatin1String("name")).toString();
    q.description = json.value(QLatin1String("description")).toString();
    q.queueMode = json.value(QLatin1String("queue_mode")).toString();
    q.producedMessages = qint64(json.value(QLatin1String("produced_messages")).toDouble());
    return q;
}

QList<Queue> queuesFromJson(const QJsonObject &listResponse)
{
    QList<Queue> queues;
    const QJsonArray array = listResponse.value(QLatin1String("queues")).toArray();
    for (const QJsonValue &v : array)
        queues.append(Queue::fromJson(v.toObject()));
    return queues;
}

ApiCall *sendMessages(ApiClient *client, const QString &queueId, const QList<Message> &messages, bool returnId,
                      QObject *owner)
{
    const QString id = QStringLiteral("dms_v1_send_queue_messages");
    if (const QString problem = batchProblem(messages); !problem.isEmpty())
        return client->reject(id, problem, owner);
    QJsonArray array;
    for (const Message &m : messages)
        array.append(m.toJson());
    QJsonObject body {{QStringLiteral("messages"), array}};
    if (returnId)
        body.insert(QStringLiteral("returnId"), true);
    return client->call(id, {{QStringLiteral("queue_id"), queueId}}, owner,
                        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *listQueues(ApiClient *client, QObject *owner)
{
    return client->call(QStringLiteral("dms_v1_list_queues"), {}, owner);
}

} // namespace Api::Queues
