// DMS queue API v1.0 (seed 001): list queues, send a batch of messages.
#include "queueservice.h"

#include "api/queues.h"
#include "router.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Emulator::Queues {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QList<Store::Migration> &migrations()
{
    static const QList<Store::Migration> steps {
        {1,
         {u"CREATE TABLE dms_queues(id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL,"
          " description TEXT NOT NULL, queue_mode TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
          u"CREATE TABLE dms_queue_messages(seq INTEGER PRIMARY KEY AUTOINCREMENT, queue_id TEXT NOT NULL,"
          " message_id TEXT NOT NULL, body TEXT NOT NULL, attributes TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
          u"CREATE INDEX dms_queue_messages_queue ON dms_queue_messages(queue_id, seq)"_s}},
    };
    return steps;
}

HttpResponse listQueues(ServiceContext &context, const RequestContext &request)
{
    QJsonArray queues;
    const auto rows = context.store.rows(u"SELECT * FROM dms_queues WHERE project_id = ? ORDER BY created_at, id"_s,
                                         {request.projectId});
    for (const QVariantMap &row : rows) {
        const QString id = row.value(u"id"_s).toString();
        queues.append(QJsonObject {
            {u"id"_s, id},
            {u"name"_s, row.value(u"name"_s).toString()},
            {u"description"_s, row.value(u"description"_s).toString()},
            {u"queue_mode"_s, row.value(u"queue_mode"_s).toString()},
            {u"redrive_policy"_s, u"disable"_s},
            {u"max_consume_count"_s, 3},
            {u"retention_hours"_s, 72},
            {u"reservation"_s, 4320},
            {u"max_msg_size_byte"_s, double(Api::Queues::MaxBatchBytes)},
            {u"produced_messages"_s, double(messageCount(context.store, id))},
            {u"group_count"_s, 0},
            {u"created"_s, row.value(u"created_at"_s).toLongLong()},
        });
    }
    return HttpResponse::json(QJsonObject {{u"queues"_s, queues}, {u"total"_s, queues.size()}});
}

HttpResponse sendMessages(ServiceContext &context, const RequestContext &request)
{
    const QString queueId = request.param(u"queue_id"_s);
    if (!context.store.row(u"SELECT id FROM dms_queues WHERE project_id = ? AND id = ?"_s,
                           {request.projectId, queueId}))
        return errorResponse(404, u"DMS.10240401"_s, u"The queue ID is incorrect or not found."_s);
    const QJsonObject body = request.object();
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    // Every limit is checked before anything is stored: a batch goes in whole or not at all.
    if (messages.isEmpty() || messages.size() > Api::Queues::MaxMessagesPerBatch)
        return errorResponse(400, u"DMS.10540010"_s,
                             u"The request format is incorrect: 1 to %1 messages can be sent at a time, not %2."_s
                                 .arg(Api::Queues::MaxMessagesPerBatch)
                                 .arg(messages.size()));
    qint64 size = 0;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QJsonValue messageBody = m.value(u"body"_s);
        if (!v.isObject() || messageBody.isUndefined() || messageBody.isNull() ||
            (m.contains(u"attributes"_s) && !m.value(u"attributes"_s).isObject()))
            return errorResponse(400, u"DMS.10540001"_s, u"The message body contains invalid fields."_s);
        size += Api::Queues::messageSize(m);
    }
    if (size > Api::Queues::MaxBatchBytes)
        return errorResponse(
            400, u"DMS.10540011"_s,
            u"The message size is %1, larger than the size limit %2."_s.arg(size).arg(Api::Queues::MaxBatchBytes));
    const bool returnId = body.value(u"returnId"_s).toBool() || request.queryValue(u"returnId"_s) == "true"_L1;

    QJsonArray results;
    const qint64 time = now();
    const bool stored = context.store.transaction([&] {
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonValue messageBody = m.value(u"body"_s);
            // A string body is stored as its text, any other JSON value as its compact JSON.
            QByteArray bodyText = messageBody.toString().toUtf8();
            if (!messageBody.isString()) {
                bodyText = QJsonDocument(QJsonArray {messageBody}).toJson(QJsonDocument::Compact);
                bodyText = bodyText.mid(1, bodyText.size() - 2);
            }
            if (!context.store.exec(
                    u"INSERT INTO dms_queue_messages(queue_id, message_id, body, attributes, created_at)"
                    " VALUES(?, ?, ?, ?, ?)"_s,
                    {queueId, id, QString::fromUtf8(bodyText),
                     QString::fromUtf8(
                         QJsonDocument(m.value(u"attributes"_s).toObject()).toJson(QJsonDocument::Compact)),
                     time}))
                return false;
            QJsonObject result {{u"error"_s, QJsonValue::Null}, {u"error_code"_s, QJsonValue::Null}, {u"state"_s, 0}};
            if (returnId)
                result.insert(u"id"_s, id);
            results.append(result);
        }
        return true;
    });
    if (!stored)
        return Errors::internal(u"The messages could not be stored; none was sent."_s);
    return HttpResponse::json(QJsonObject {{u"messages"_s, results}}, 201);
}

} // namespace

bool install(ServiceContext &context, QString *error)
{
    if (!context.store.migrate(u"queues"_s, migrations(), error))
        return false;
    ServiceContext *ctx = &context;
    context.router.handle(u"dms_v1_list_queues"_s,
                          [ctx](const RequestContext &request) { return listQueues(*ctx, request); });
    context.router.handle(u"dms_v1_send_queue_messages"_s,
                          [ctx](const RequestContext &request) { return sendMessages(*ctx, request); });
    return true;
}

QString createQueue(ServiceContext &context, const QString &projectId, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!context.store.exec(u"INSERT INTO dms_queues(id, project_id, name, description, queue_mode, created_at)"
                            " VALUES(?, ?, ?, '', 'NORMAL', ?)"_s,
                            {id, projectId, name, now()}))
        return {};
    return id;
}

qint64 messageCount(Store &store, const QString &queueId)
{
    return store.scalar(u"SELECT COUNT(*) FROM dms_queue_messages WHERE queue_id = ?"_s, {queueId}).toLongLong();
}

void seedDemo(ServiceContext &context)
{
    const QString project = context.settings.projectId;
    if (context.store.scalar(u"SELECT COUNT(*) FROM dms_queues WHERE project_id = ?"_s, {project}).toInt() == 0)
        createQueue(context, project, u"demo-queue"_s);
}

} // namespace Emulator::Queues
