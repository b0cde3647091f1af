#include "admin.h"

#include "adminschema.h"
#include "adminutil.h"
#include "store.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace Emulator::Admin {

bool install(ServiceContext &context, QString *error)
{
    if (!migrateSchema(context.store, error))
        return false;
    installInstances(context);
    installTopics(context);
    installGroups(context);
    installUsers(context);
    installTasksAndConfigs(context);
    installCatalogue(context);
    return true;
}

namespace {

QString insertDemoInstance(ServiceContext &context, const QString &name, const QString &version, int brokers,
                           const QString &product, qint64 createdAt)
{
    const QString id = newUuid();
    const QJsonObject data {{u"description"_s, u"Demo instance of the mqdesk sandbox"_s},
                            {u"product_id"_s, product},
                            {u"storage_space"_s, 600 * brokers},
                            {u"vpc_id"_s, u"3db8490c-4d6d-4d8f-8d3f-047b0dedc5cf"_s},
                            {u"subnet_id"_s, u"0a0f1fcb-f019-458d-b9e5-301867394d50"_s},
                            {u"security_group_id"_s, u"23c5977f-ff33-4b95-a73e-08d8a0bc4ebc"_s},
                            {u"available_zones"_s, QJsonArray {u"9f1c5806706d4c1fb0eb72f0a9b18c77"_s}},
                            {u"storage_spec_code"_s, u"dms.physical.storage.ultra.v2"_s},
                            {u"enable_acl"_s, version == "4.8.0"_L1}};
    context.store.exec(
        u"INSERT INTO instances(id, project_id, name, engine, engine_version, status, broker_num,"
        " created_at, ready_at, data) VALUES(?, ?, ?, 'reliability', ?, 'RUNNING', ?, ?, ?, ?)"_s,
        {id, context.settings.projectId, name, version, brokers, createdAt, createdAt, toJsonText(data)});
    recordTask(context, id, u"createInstance"_s, QJsonObject {{u"name"_s, name}});
    for (const auto &[key, value] : {std::pair {u"env"_s, u"demo"_s}, std::pair {u"team"_s, u"payments"_s}})
        context.store.exec(u"INSERT INTO instance_tags(instance_id, key, value) VALUES(?, ?, ?)"_s, {id, key, value});
    return id;
}

void insertDemoTopic(ServiceContext &context, const QString &instanceId, const QString &name, int brokers,
                     const QString &messageType, qint64 createdAt)
{
    QJsonArray queues;
    for (int b = 0; b < brokers; ++b) {
        queues.append(QJsonObject {
            {u"broker_name"_s, u"broker-%1"_s.arg(b)}, {u"read_queue_num"_s, 4}, {u"write_queue_num"_s, 4}});
    }
    context.store.exec(u"INSERT INTO topics(instance_id, name, permission, message_type, description, brokers,"
                       " created_at) VALUES(?, ?, 'all', ?, ?, ?, ?)"_s,
                       {instanceId, name, messageType, u"Demo topic"_s, toJsonText(queues), createdAt});
}

void insertDemoGroup(ServiceContext &context, const QString &instanceId, const QString &name, bool broadcast,
                     bool orderly, int retries, qint64 createdAt)
{
    context.store.exec(u"INSERT INTO consumer_groups(instance_id, name, enabled, broadcast, consume_orderly,"
                       " retry_max_times, description, created_at) VALUES(?, ?, 1, ?, ?, ?, ?, ?)"_s,
                       {instanceId, name, broadcast, orderly, retries, u"Demo consumer group"_s, createdAt});
}

void insertDemoUser(ServiceContext &context, const QString &instanceId, const QString &name, bool admin,
                    const QString &topicPerm, const QJsonArray &topicPerms)
{
    context.store.exec(u"INSERT INTO users(instance_id, access_key, secret_key, white_remote_address, admin,"
                       " default_topic_perm, default_group_perm, topic_perms, group_perms, created_at)"
                       " VALUES(?, ?, 'Demo-Secret-1', '', ?, ?, 'SUB', ?, '[]', ?)"_s,
                       {instanceId, name, admin, topicPerm, toJsonText(topicPerms), nowMs()});
}

} // namespace

std::optional<DemoSeed> seedDemo(ServiceContext &context)
{
    const QString project = context.settings.projectId;
    if (context.store.scalar(u"SELECT COUNT(*) FROM instances WHERE project_id = ?"_s, {project}).toInt() > 0)
        return std::nullopt;
    DemoSeed seed;
    seed.projectId = project;
    const qint64 base = nowMs() - 30LL * 24 * 3600 * 1000;
    const bool ok = context.store.transaction([&] {
        const QString v4 = insertDemoInstance(context, u"demo-orders-480"_s, u"4.8.0"_s, 2, u"c6.4u8g.cluster"_s, base);
        const QString v5 =
            insertDemoInstance(context, u"demo-events-5x"_s, u"5.x"_s, 1, u"rocketmq.b2.large.4"_s, base + 60000);
        seed.instanceIds = {v4, v5};

        const QStringList domains {u"orders"_s, u"payments"_s, u"inventory"_s, u"shipping"_s, u"users"_s, u"billing"_s};
        const QStringList events {u"created"_s, u"updated"_s, u"cancelled"_s, u"audit"_s};
        int n = 0;
        for (const QString &domain : domains) {
            for (const QString &event : events)
                insertDemoTopic(context, v4, domain + u'-' + event, 2, {}, base + 1000 * ++n);
        }
        const QStringList types {u"NORMAL"_s, u"FIFO"_s, u"DELAY"_s, u"TRANSACTION"_s};
        for (int i = 0; i < 16; ++i) {
            const QString type = types.at(i % types.size());
            insertDemoTopic(context, v5, u"events-%1-%2"_s.arg(type.toLower()).arg(i / 4 + 1), 1, type,
                            base + 1000 * ++n);
        }
        for (const QString &domain : domains) {
            insertDemoGroup(context, v4, u"GID_"_s + domain + u"_service"_s, false, domain == "payments"_L1, 16,
                            base + 1000 * ++n);
            insertDemoGroup(context, v4, u"GID_"_s + domain + u"_audit"_s, domain == "users"_L1, false, 3,
                            base + 1000 * ++n);
        }
        for (int i = 1; i <= 6; ++i)
            insertDemoGroup(context, v5, u"GID_events_consumer_%1"_s.arg(i), false, i == 2, 16, base + 1000 * ++n);

        insertDemoUser(context, v4, u"orders-admin"_s, true, u"PUB|SUB"_s, {});
        insertDemoUser(context, v4, u"orders-producer"_s, false, u"DENY"_s,
                       QJsonArray {QJsonObject {{u"name"_s, u"orders-created"_s}, {u"perm"_s, u"PUB"_s}},
                                   QJsonObject {{u"name"_s, u"orders-updated"_s}, {u"perm"_s, u"PUB"_s}}});
        insertDemoUser(context, v4, u"readonly-auditor"_s, false, u"SUB"_s, {});
        insertDemoUser(context, v5, u"events-client"_s, false, u"PUB|SUB"_s, {});
        return true;
    });
    if (!ok) {
        qCWarning(lcEmulator) << "seeding the demo data failed";
        return std::nullopt;
    }
    return seed;
}

} // namespace Emulator::Admin
