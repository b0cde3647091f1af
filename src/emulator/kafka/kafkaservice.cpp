// DMS for Kafka (seed 004): instances, topics with partitions and offsets, message resend.
#include "kafkaservice.h"

#include "router.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Emulator::Kafka {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QList<Store::Migration> &migrations()
{
    static const QList<Store::Migration> steps {
        {1,
         {u"CREATE TABLE kafka_instances(id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL,"
          " status TEXT NOT NULL, engine_version TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
          u"CREATE TABLE kafka_topics(instance_id TEXT NOT NULL, name TEXT NOT NULL, partitions INTEGER NOT NULL,"
          " replication INTEGER NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY(instance_id, name))"_s,
          u"CREATE TABLE kafka_messages(instance_id TEXT NOT NULL, topic TEXT NOT NULL, partition INTEGER NOT NULL,"
          " offset INTEGER NOT NULL, key BLOB, value BLOB, headers TEXT NOT NULL, timestamp INTEGER NOT NULL,"
          " PRIMARY KEY(instance_id, topic, partition, offset))"_s}},
    };
    return steps;
}

std::optional<QVariantMap> findInstance(ServiceContext &context, const QString &projectId, const QString &id)
{
    return context.store.row(u"SELECT * FROM kafka_instances WHERE project_id = ? AND id = ?"_s, {projectId, id});
}

QJsonObject instanceJson(const QVariantMap &row, int topicCount)
{
    const QString id = row.value(u"id"_s).toString();
    const int host = int(qHash(id) % 200) + 20;
    return QJsonObject {
        {u"name"_s, row.value(u"name"_s).toString()},
        {u"engine"_s, u"kafka"_s},
        {u"engine_version"_s, row.value(u"engine_version"_s).toString()},
        {u"status"_s, row.value(u"status"_s).toString()},
        {u"instance_id"_s, id},
        {u"type"_s, u"cluster"_s},
        {u"specification"_s, u"100MB"_s},
        {u"partition_num"_s, u"300"_s},
        {u"topic_num"_s, topicCount},
        {u"connect_address"_s, u"192.168.1.%1"_s.arg(host)},
        {u"port"_s, 9092},
        {u"created_at"_s, QString::number(row.value(u"created_at"_s).toLongLong())},
        {u"charging_mode"_s, 1},
    };
}

HttpResponse listKafkaInstances(ServiceContext &context, const RequestContext &request)
{
    QJsonArray all;
    const auto rows = context.store.rows(
        u"SELECT * FROM kafka_instances WHERE project_id = ? ORDER BY created_at DESC, id"_s, {request.projectId});
    const QString name = request.queryValue(u"name"_s);
    const QString id = request.queryValue(u"instance_id"_s);
    for (const QVariantMap &row : rows) {
        if (!name.isEmpty() && !row.value(u"name"_s).toString().contains(name, Qt::CaseInsensitive))
            continue;
        if (!id.isEmpty() && row.value(u"id"_s).toString() != id)
            continue;
        const int topics =
            context.store.scalar(u"SELECT COUNT(*) FROM kafka_topics WHERE instance_id = ?"_s, {row.value(u"id"_s)})
                .toInt();
        all.append(instanceJson(row, topics));
    }
    const int offset = request.offset();
    const int limit = request.limit(10);
    QJsonArray slice;
    for (int i = offset; i < all.size() && slice.size() < limit; ++i)
        slice.append(all.at(i));
    return HttpResponse::json(QJsonObject {{u"instances"_s, slice}, {u"instance_num"_s, all.size()}});
}

HttpResponse listKafkaTopics(ServiceContext &context, const QString &instanceId, const RequestContext &request)
{
    QJsonArray all;
    const auto rows =
        context.store.rows(u"SELECT * FROM kafka_topics WHERE instance_id = ? ORDER BY name"_s, {instanceId});
    for (const QVariantMap &row : rows) {
        const QString name = row.value(u"name"_s).toString();
        all.append(QJsonObject {
            {u"name"_s, name},
            {u"partition"_s, row.value(u"partitions"_s).toInt()},
            {u"replication"_s, row.value(u"replication"_s).toInt()},
            {u"retention_time"_s, 72},
            {u"sync_replication"_s, false},
            {u"sync_message_flush"_s, false},
            {u"topic_type"_s, 0},
            {u"created_at"_s, row.value(u"created_at"_s).toLongLong()},
            // Not in the Kafka API: the emulator's message count, so tests and the console
            // can see what a resend stored.
            {u"messages"_s, double(messageCount(context.store, instanceId, name))},
        });
    }
    const int offset = request.offset();
    const int limit = request.limit(10);
    QJsonArray slice;
    for (int i = offset; i < all.size() && slice.size() < limit; ++i)
        slice.append(all.at(i));
    return HttpResponse::json(QJsonObject {{u"total"_s, all.size()},
                                           {u"size"_s, slice.size()},
                                           {u"remain_partitions"_s, 300},
                                           {u"max_partitions"_s, 300},
                                           {u"topics"_s, slice}});
}

HttpResponse badRequest(const QString &message)
{
    return errorResponse(400, u"DMS.00400800"_s, message);
}

HttpResponse resend(ServiceContext &context, const RequestContext &request)
{
    const QString instanceId = request.param(u"instance_id"_s);
    const auto instance = findInstance(context, request.projectId, instanceId);
    if (!instance)
        return Errors::instanceNotFound();
    if (instance->value(u"status"_s).toString() != "RUNNING"_L1)
        return Errors::instanceStatus();
    const QJsonObject body = request.object();
    const QString topic = body.value(u"topic"_s).toString();
    const QJsonValue partitionValue = body.value(u"partition"_s);
    const QJsonValue offsetValue = body.value(u"message_offset"_s);
    const double partitionNumber =
        partitionValue.isString() ? partitionValue.toString().toDouble() : partitionValue.toDouble(-1);
    const double offsetNumber = offsetValue.isString() ? offsetValue.toString().toDouble() : offsetValue.toDouble(-1);
    if (partitionNumber != std::floor(partitionNumber) || offsetNumber != std::floor(offsetNumber))
        return badRequest(u"partition and message_offset must be whole numbers."_s);
    const int partition = int(partitionNumber);
    const qint64 offset = qint64(offsetNumber);
    const auto topicRow =
        context.store.row(u"SELECT * FROM kafka_topics WHERE instance_id = ? AND name = ?"_s, {instanceId, topic});
    if (!topicRow)
        return badRequest(u"The topic %1 does not exist."_s.arg(topic));
    const int partitions = topicRow->value(u"partitions"_s).toInt();
    if (partition < 0 || partition >= partitions)
        return badRequest(u"The topic %1 has partitions 0-%2; partition %3 does not exist."_s.arg(topic)
                              .arg(partitions - 1)
                              .arg(partition));
    const auto message = context.store.row(
        u"SELECT * FROM kafka_messages WHERE instance_id = ? AND topic = ? AND partition = ? AND offset = ?"_s,
        {instanceId, topic, partition, offset});
    if (!message)
        return badRequest(
            u"Partition %1 of topic %2 has no message at offset %3."_s.arg(partition).arg(topic).arg(offset));
    // The retransmission is a copy at the end of the partition, with consumer_key in its header.
    QJsonObject headers = QJsonDocument::fromJson(message->value(u"headers"_s).toByteArray()).object();
    const QString consumerKey = body.value(u"consumer_key"_s).toString();
    if (!consumerKey.isEmpty())
        headers.insert(u"consumer_key"_s, consumerKey);
    headers.insert(u"resent_from_offset"_s, QString::number(offset));
    if (append(context, instanceId, topic, partition, message->value(u"key"_s).toByteArray(),
               message->value(u"value"_s).toByteArray(),
               QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact))) < 0)
        return Errors::internal();
    QJsonObject answer {{u"topic"_s, topic}, {u"partition"_s, partition}, {u"message_offset"_s, double(offset)}};
    if (!consumerKey.isEmpty())
        answer.insert(u"consumer_key"_s, consumerKey);
    return HttpResponse::json(answer);
}

} // namespace

bool install(ServiceContext &context, QString *error)
{
    if (!context.store.migrate(u"kafka"_s, migrations(), error))
        return false;
    ServiceContext *ctx = &context;
    // The instance and topic lists are the same paths for both engines: Kafka answers for
    // engine=kafka and for its own instance ids, RocketMQ (admin/) for the rest.
    const Handler instances = context.router.handler(u"list_instances"_s);
    context.router.handle(u"list_instances"_s, [ctx, instances](const RequestContext &request) {
        if (request.queryValue(u"engine"_s) == "kafka"_L1 || !instances)
            return listKafkaInstances(*ctx, request);
        return instances(request);
    });
    const Handler topics = context.router.handler(u"list_topics"_s);
    context.router.handle(u"list_topics"_s, [ctx, topics](const RequestContext &request) {
        const QString id = request.param(u"instance_id"_s);
        if (findInstance(*ctx, request.projectId, id))
            return listKafkaTopics(*ctx, id, request);
        return topics ? topics(request) : Errors::instanceNotFound();
    });
    context.router.handle(u"kafka_resend_message"_s,
                          [ctx](const RequestContext &request) { return resend(*ctx, request); });
    return true;
}

QString createInstance(ServiceContext &context, const QString &projectId, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!context.store.exec(u"INSERT INTO kafka_instances(id, project_id, name, status, engine_version, created_at)"
                            " VALUES(?, ?, ?, 'RUNNING', '2.7', ?)"_s,
                            {id, projectId, name, now()}))
        return {};
    return id;
}

bool createTopic(ServiceContext &context, const QString &instanceId, const QString &topic, int partitions)
{
    return context.store.exec(
        u"INSERT INTO kafka_topics(instance_id, name, partitions, replication, created_at) VALUES(?, ?, ?, 3, ?)"_s,
        {instanceId, topic, partitions, now()});
}

qint64 append(ServiceContext &context, const QString &instanceId, const QString &topic, int partition,
              const QByteArray &key, const QByteArray &value, const QString &headersJson)
{
    qint64 offset = -1;
    const bool ok = context.store.transaction([&] {
        offset = context.store
                     .scalar(u"SELECT COALESCE(MAX(offset) + 1, 0) FROM kafka_messages"
                             " WHERE instance_id = ? AND topic = ? AND partition = ?"_s,
                             {instanceId, topic, partition})
                     .toLongLong();
        return context.store.exec(
            u"INSERT INTO kafka_messages(instance_id, topic, partition, offset, key, value,"
            " headers, timestamp) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {instanceId, topic, partition, offset, key, value, headersJson.isEmpty() ? u"{}"_s : headersJson, now()});
    });
    return ok ? offset : -1;
}

qint64 messageCount(Store &store, const QString &instanceId, const QString &topic, int partition)
{
    if (partition < 0)
        return store
            .scalar(u"SELECT COUNT(*) FROM kafka_messages WHERE instance_id = ? AND topic = ?"_s, {instanceId, topic})
            .toLongLong();
    return store
        .scalar(u"SELECT COUNT(*) FROM kafka_messages WHERE instance_id = ? AND topic = ? AND partition = ?"_s,
                {instanceId, topic, partition})
        .toLongLong();
}

void seedDemo(ServiceContext &context)
{
    const QString project = context.settings.projectId;
    if (context.store.scalar(u"SELECT COUNT(*) FROM kafka_instances WHERE project_id = ?"_s, {project}).toInt() > 0)
        return;
    context.store.transaction([&] {
        const QString id = createInstance(context, project, u"demo-kafka"_s);
        if (id.isEmpty() || !createTopic(context, id, u"topic-test"_s, 3) ||
            !createTopic(context, id, u"orders-stream"_s, 6))
            return false;
        for (int partition = 0; partition < 3; ++partition) {
            for (int i = 0; i < 10; ++i) {
                const QByteArray value =
                    QJsonDocument(QJsonObject {{u"order"_s, partition * 100 + i}, {u"status"_s, u"created"_s}})
                        .toJson(QJsonDocument::Compact);
                if (append(context, id, u"topic-test"_s, partition, "order-" + QByteArray::number(i), value) < 0)
                    return false;
            }
        }
        return true;
    });
}

} // namespace Emulator::Kafka
