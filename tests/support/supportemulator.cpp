#include "supportemulator.h"

#include "broker/simulation.h"
#include "catalog.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace TestSupport {

SupportEmulator::SupportEmulator(const QString &faults)
{
    Emulator::Settings settings = Emulator::Settings::sandbox();
    settings.faults = faults;
    settings.port = 0;
    settings.instanceCreateDelayMs = 0;
    m_server = std::make_unique<Emulator::Server>(settings);
    QString error;
    m_running = m_server->start(&error);
    if (!m_running) {
        qWarning("emulator did not start: %s", qPrintable(error));
        return;
    }
    broker().simulation().setSpeed(0); // tests drive the ticks
    m_client = std::make_unique<Api::ApiClient>();
    Api::Endpoint endpoint;
    endpoint.dms = m_server->url();
    endpoint.iam = m_server->url();
    endpoint.region = settings.region;
    endpoint.projectId = settings.projectId;
    m_client->setEndpoint(endpoint);
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::AkSk;
    credentials.accessKey = settings.accessKey;
    credentials.secretKey = settings.secretKey;
    m_client->setCredentials(credentials);
    m_client->setMaxRetries(0);
}

SupportEmulator::~SupportEmulator()
{
    m_client.reset();
    if (m_server)
        m_server->stop();
}

Emulator::Broker::Service &SupportEmulator::broker()
{
    return *Emulator::Broker::serviceFor(m_server->store());
}

QString SupportEmulator::addInstance(int brokers)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_server->store().exec(
        u"INSERT INTO instances(id, project_id, name, engine, engine_version, status, broker_num, created_at,"
        " ready_at) VALUES(?, ?, ?, 'reliability', '4.8.0', 'RUNNING', ?, ?, ?)"_s,
        {id, m_server->settings().projectId, u"support-%1"_s.arg(++m_instances), brokers, now, now});
    return id;
}

void SupportEmulator::addTopic(const QString &instanceId, const QString &name, int queues)
{
    const int brokers =
        m_server->store().scalar(u"SELECT broker_num FROM instances WHERE id = ?"_s, {instanceId}).toInt();
    QJsonArray layout;
    for (int b = 0; b < brokers; ++b)
        layout.append(QJsonObject {
            {u"broker_name"_s, u"broker-%1"_s.arg(b)}, {u"read_queue_num"_s, queues}, {u"write_queue_num"_s, queues}});
    m_server->store().exec(
        u"INSERT INTO topics(instance_id, name, permission, brokers, created_at) VALUES(?, ?, 'all', ?, ?)"_s,
        {instanceId, name, QString::fromUtf8(QJsonDocument(layout).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()});
}

void SupportEmulator::addGroup(const QString &instanceId, const QString &name, int retryMaxTimes)
{
    m_server->store().exec(
        u"INSERT INTO consumer_groups(instance_id, name, enabled, broadcast, consume_orderly, retry_max_times,"
        " created_at) VALUES(?, ?, 1, 0, 0, ?, ?)"_s,
        {instanceId, name, retryMaxTimes, QDateTime::currentMSecsSinceEpoch()});
}

QString SupportEmulator::send(const QString &instanceId, const QString &topic, const QByteArray &body,
                              const QString &tags, const QString &keys, qint64 storeTimeMs)
{
    auto &catalog = m_server->catalog();
    const auto instance = catalog.instance(m_server->settings().projectId, instanceId);
    const auto t = catalog.topic(instanceId, topic);
    if (!instance || !t)
        return {};
    Emulator::Broker::Properties props;
    if (!tags.isEmpty())
        props.append({u"TAGS"_s, tags});
    if (!keys.isEmpty())
        props.append({u"KEYS"_s, keys});
    const qint64 now = storeTimeMs > 0 ? storeTimeMs : QDateTime::currentMSecsSinceEpoch();
    props.append({u"UNIQ_KEY"_s, broker().mintUniqKey(*instance, now)});
    QString error;
    const auto stored = broker().send(*instance, *t, body, props, now, &error);
    if (!stored)
        qWarning("send failed: %s", qPrintable(error));
    return stored ? stored->msgId : QString();
}

void SupportEmulator::addClient(const QString &instanceId, const QString &group, const QString &topic, double rate,
                                int failurePermille)
{
    Emulator::Broker::Client c;
    c.clientId = u"10.0.0.7@4242#%1"_s.arg(group);
    c.clientAddr = u"10.0.0.7:52134"_s;
    c.subscriptions = QJsonArray {QJsonObject {{u"topic"_s, topic}, {u"type"_s, u"TAG"_s}, {u"expression"_s, u"*"_s}}};
    broker().setClients(instanceId, group, {c});
    broker().setGroupSimulation(instanceId, group, {rate, failurePermille});
}

void SupportEmulator::makeDeadLetters(const QString &instanceId, const QString &topic, const QString &group, int count)
{
    addTopic(instanceId, topic, 1);
    addGroup(instanceId, group, 1);
    addClient(instanceId, group, topic, 1000, 1000);
    qint64 now = QDateTime::currentMSecsSinceEpoch() - 30 * 60 * 1000;
    for (int i = 0; i < count; ++i)
        send(instanceId, topic, "boom " + QByteArray::number(i), {}, {}, now);
    for (int i = 0; i < 20; ++i) {
        now += 60 * 1000;
        tick(now, 1000);
    }
}

void SupportEmulator::tick(qint64 nowMs, qint64 elapsedMs)
{
    broker().simulation().tick(nowMs, elapsedMs);
}

} // namespace TestSupport
