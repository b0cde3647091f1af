#pragma once

#include "catalog.h"
#include "messagestore.h"
#include "traces.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Emulator {
class Router;
class Store;
struct DemoSeed;
struct ServiceContext;
struct Settings;
} // namespace Emulator

namespace Emulator::Broker {

class Simulation;

/// A simulated consumer client of a group (what `.../groups/{group}/clients` lists).
struct Client
{
    QString clientId;   ///< "10.0.1.5@12345#1679398537088"
    QString clientAddr; ///< "10.0.1.5:52134"
    QString language = QStringLiteral("JAVA");
    QString version = QStringLiteral("V4_9_4");
    QJsonArray subscriptions; ///< [{"topic","type":"TAG","expression"}]
    bool online = true;
};

/// How fast a group's online clients consume (messages per second, all clients together) and
/// how often a consumption fails (per mille, deterministic per message and attempt).
struct GroupSimulation
{
    double rate = 0;
    int failurePermille = 0;
};

/// The messaging side of the emulator: the message log, traces, consumer offsets, simulated
/// clients and the consumption simulation, and the handlers of the message/offset operations.
class Service final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)
public:
    Service(Store &store, Catalog &catalog, QObject *parent = nullptr);
    ~Service() override;

    bool initialize(QString *error = nullptr); ///< migrates the tables, subscribes to the catalog
    void registerRoutes(Router &router);

    Store &store() { return m_store; }
    Catalog &catalog() { return m_catalog; }
    MessageStore &messages() { return m_messages; }
    Traces &traces() { return m_traces; }
    Simulation &simulation() { return *m_simulation; }

    /// Appends a message to a topic as a producer would (queue chosen round robin over the
    /// writable queues, or by message group on FIFO topics), with its Pub trace. Runs in its
    /// own transaction unless called inside one. Fails with a reason when the topic is not writable.
    std::optional<Message> send(const Catalog::Instance &instance, const Catalog::Topic &topic, const QByteArray &body,
                                const Properties &properties, qint64 now, QString *error = nullptr,
                                const QString &producerGroup = QStringLiteral("DEFAULT_PRODUCER"));

    /// A fresh UNIQ_KEY as the instance's producers mint it: v0 (IPv4, UTC month) on 4.x,
    /// v1 (gRPC SDK) on 5.x instances.
    QString mintUniqKey(const Catalog::Instance &instance, qint64 now);
    /// The host:port the instance's producers send from.
    QString producerHost(const QString &instanceId);

    QList<Client> clients(const QString &instanceId, const QString &group);
    void setClients(const QString &instanceId, const QString &group, const QList<Client> &clients);
    GroupSimulation groupSimulation(const QString &instanceId, const QString &group);
    void setGroupSimulation(const QString &instanceId, const QString &group, const GroupSimulation &simulation);

    /// A simulated producer sending to a topic at `rate` messages/s (0 removes it).
    void setProducer(const Catalog::Instance &instance, const QString &topic, double rate,
                     const QString &producerGroup = QStringLiteral("DEFAULT_PRODUCER"));

    /// Topics a group consumes: its clients' subscriptions, plus topics it has offsets on
    /// (without %RETRY%/%DLQ%), sorted.
    QStringList groupTopics(const QString &instanceId, const QString &group);
    /// The converse: groups that consume `topic` (groupTopics(group) contains it), unsorted.
    /// Reads only the clients whose subscriptions mention the topic and the topic's offsets.
    QStringList topicGroups(const QString &instanceId, const QString &topic);
    /// The queues of a topic as the catalog lays them out (read queues when `readable`, else
    /// max(read, write)), created in the message store when missing.
    QList<Queue> topicQueues(const QString &instanceId, const Catalog::Topic &topic, bool readableOnly);

    /// Per-queue offsets of a topic for show_topic / topic status: {broker_name, queues[...]}.
    QJsonArray topicStatus(const QString &instanceId, const Catalog::Topic &topic);

private:
    Store &m_store;
    Catalog &m_catalog;
    MessageStore m_messages;
    Traces m_traces;
    std::unique_ptr<Simulation> m_simulation;
    QHash<QString, quint32> m_counters;   ///< instance -> UNIQ_KEY counter
    QHash<QString, quint32> m_roundRobin; ///< instance/topic -> next queue index
};

/// Installs the broker into a server: migrates its tables, registers its handlers and starts
/// the simulation (speed from MQDESK_SIM_SPEED / --sim-speed; 0 keeps it frozen). The router's
/// handlers own the service, so it lives exactly as long as the router. Returns null on failure.
Service *install(ServiceContext &context);
/// The service installed on this store (null when none): for the demo seeding and for tests
/// that drive the simulation.
Service *serviceFor(const Store &store);
/// --demo: messages over the last days, consumer clients with lag, retries and dead letters,
/// for the instances the admin side seeded.
void seedDemo(ServiceContext &context, const DemoSeed &seed);
void seedDemo(Service &service, const DemoSeed &seed);

} // namespace Emulator::Broker
