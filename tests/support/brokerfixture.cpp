#include "brokerfixture.h"

#include "admin/adminschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace TestSupport {

BrokerFixture::BrokerFixture(bool onDisk) : m_settings(Emulator::Settings::sandbox())
{
    QString error;
    if (!m_store.open(onDisk ? m_dir.path() : QString(), &error))
        qFatal("store: %s", qPrintable(error));
    if (!Emulator::Admin::migrateSchema(m_store, &error))
        qFatal("admin schema: %s", qPrintable(error));
    m_catalog = std::make_unique<Emulator::Catalog>(m_store);
    m_context = std::make_unique<Emulator::ServiceContext>(
        Emulator::ServiceContext {m_store, m_router, *m_catalog, m_settings});
    m_broker = Emulator::Broker::install(*m_context);
    if (!m_broker)
        qFatal("broker install failed");
    m_broker->simulation().setSpeed(0); // tests drive the ticks themselves
}

BrokerFixture::~BrokerFixture() = default;

QString BrokerFixture::addInstance(const QString &engineVersion, int brokers)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_store.exec(u"INSERT INTO instances(id, project_id, name, engine, engine_version, status, broker_num, created_at,"
                 " ready_at) VALUES(?, ?, ?, 'reliability', ?, 'RUNNING', ?, ?, ?)"_s,
                 {id, m_settings.projectId, u"test-%1"_s.arg(++m_instances), engineVersion, brokers, now, now});
    return id;
}

void BrokerFixture::addTopic(const QString &instanceId, const QString &name, int queues, const QString &permission)
{
    const int brokers = m_store.scalar(u"SELECT broker_num FROM instances WHERE id = ?"_s, {instanceId}).toInt();
    QJsonArray layout;
    for (int b = 0; b < brokers; ++b)
        layout.append(QJsonObject {
            {u"broker_name"_s, u"broker-%1"_s.arg(b)}, {u"read_queue_num"_s, queues}, {u"write_queue_num"_s, queues}});
    m_store.exec(u"INSERT INTO topics(instance_id, name, permission, brokers, created_at) VALUES(?, ?, ?, ?, ?)"_s,
                 {instanceId, name, permission, QString::fromUtf8(QJsonDocument(layout).toJson(QJsonDocument::Compact)),
                  QDateTime::currentMSecsSinceEpoch()});
}

void BrokerFixture::addGroup(const QString &instanceId, const QString &name, int retryMaxTimes, bool enabled)
{
    m_store.exec(u"INSERT INTO consumer_groups(instance_id, name, enabled, broadcast, consume_orderly, retry_max_times,"
                 " created_at) VALUES(?, ?, ?, 0, 0, ?, ?)"_s,
                 {instanceId, name, enabled ? 1 : 0, retryMaxTimes, QDateTime::currentMSecsSinceEpoch()});
}

BrokerFixture::Reply BrokerFixture::call(const QByteArray &method, const QString &path,
                                         const QList<QPair<QString, QString>> &query, const QJsonDocument &body)
{
    const Emulator::Router::Match match = m_router.match(method, path);
    if (match.kind != Emulator::Router::Match::Kind::Found)
        return {match.kind == Emulator::Router::Match::Kind::NotImplemented ? 501 : 404, {}};
    Emulator::RequestContext context;
    context.operation = match.operation;
    context.operationId = match.id;
    context.method = method;
    context.path = path;
    context.pathParams = match.pathParams;
    context.query = query;
    if (!body.isNull()) {
        context.body = body.toJson(QJsonDocument::Compact);
        context.json = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
    }
    context.projectId = match.pathParams.value(u"project_id"_s, m_settings.projectId);
    context.requestId = "test";
    Emulator::HttpResponse response;
    if (const auto invalid = Emulator::Router::validate(context))
        response = *invalid;
    else
        response = match.handler(context);
    return {response.status, QJsonDocument::fromJson(response.body)};
}

} // namespace TestSupport
