#include "api/kafka.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Api::Kafka {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Kafka", text);
}

} // namespace

QString ResendRequest::problem() const
{
    if (topic.trimmed().isEmpty())
        return tr("Choose a topic.");
    if (partition < 0)
        return tr("The partition must be 0 or more.");
    if (messageOffset < 0)
        return tr("The message offset must be 0 or more.");
    return {};
}

QJsonObject ResendRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("topic"), topic},
                      {QStringLiteral("partition"), partition},
                      {QStringLiteral("message_offset"), double(messageOffset)}};
    if (!consumerKey.isEmpty())
        json.insert(QStringLiteral("consumer_key"), consumerKey);
    return json;
}

ResendResult ResendResult::fromJson(const QJsonObject &json)
{
    ResendResult r;
    r.topic = json.value(QLatin1String("topic")).toString();
    r.partition = json.value(QLatin1String("partition")).toInt();
    r.messageOffset = qint64(json.value(QLatin1String("message_offset")).toDouble());
    r.consumerKey = json.value(QLatin1String("consumer_key")).toString();
    return r;
}

Topic Topic::fromJson(const QJsonObject &json)
{
    Topic t;
    t.name = json.value(QLatin1String("name")).toString();
    t.partitions = json.value(QLatin1String("partition")).toInt();
    t.replication = json.value(QLatin1String("replication")).toInt();
    t.messages = qint64(json.value(QLatin1String("messages")).toDouble(-1));
    return t;
}

QList<Topic> topicsFromJson(const QJsonObject &listResponse)
{
    QList<Topic> topics;
    const QJsonArray array = listResponse.value(QLatin1String("topics")).toArray();
    for (const QJsonValue &v : array)
        topics.append(Topic::fromJson(v.toObject()));
    return topics;
}

ApiCall *resendMessage(ApiClient *client, const QString &instanceId, const ResendRequest &request, QObject *owner)
{
    const QString id = QStringLiteral("kafka_resend_message");
    if (const QString problem = request.problem(); !problem.isEmpty())
        return client->reject(id, problem, owner);
    return client->call(id, {{QStringLiteral("instance_id"), instanceId}}, owner,
                        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

ApiCall *listInstances(ApiClient *client, QObject *owner, int offset, int limit)
{
    return client->call(QStringLiteral("list_instances"),
                        {{QStringLiteral("engine"), QStringLiteral("kafka")},
                         {QStringLiteral("offset"), offset},
                         {QStringLiteral("limit"), limit}},
                        owner);
}

ApiCall *listTopics(ApiClient *client, const QString &instanceId, QObject *owner)
{
    return client->call(QStringLiteral("list_topics"), {{QStringLiteral("instance_id"), instanceId}}, owner);
}

} // namespace Api::Kafka
