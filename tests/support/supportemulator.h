#pragma once

#include "api/apiclient.h"
#include "broker/broker.h"
#include "server.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace TestSupport {

/// A real mqdesk-emulator in-process on a loopback port (in-memory store, simulation frozen)
/// and a signed Api::ApiClient pointed at it: what the support workflows' model and GUI tests
/// run against. Resources are created in the admin tables directly; messages go through the
/// broker like a producer's.
class SupportEmulator
{
public:
    /// faults: an emulator --faults SPEC (e.g. "error=1:503,paths=deadletter-resend").
    explicit SupportEmulator(const QString &faults = {});
    ~SupportEmulator();

    bool isRunning() const { return m_running; }
    Api::ApiClient &client() { return *m_client; }
    Emulator::Server &server() { return *m_server; }
    Emulator::Broker::Service &broker();

    QString addInstance(int brokers = 1);
    void addTopic(const QString &instanceId, const QString &name, int queues = 2);
    void addGroup(const QString &instanceId, const QString &name, int retryMaxTimes = 2);
    /// Stores a message as a producer would; returns its offsetMsgId (empty on failure).
    QString send(const QString &instanceId, const QString &topic, const QByteArray &body, const QString &tags = {},
                 const QString &keys = {}, qint64 storeTimeMs = 0);
    /// One online client subscribed to topic (all tags), consuming `rate` msgs/s, failing
    /// `failurePermille` of the deliveries.
    void addClient(const QString &instanceId, const QString &group, const QString &topic, double rate = 1000,
                   int failurePermille = 0);
    /// Puts `count` messages of a new topic into %DLQ%<group> (every delivery fails; retries
    /// are compressed, the clock stays in the past so the copies are stored before now).
    void makeDeadLetters(const QString &instanceId, const QString &topic, const QString &group, int count);
    /// Runs the consumption simulation for `elapsedMs` at `nowMs`.
    void tick(qint64 nowMs, qint64 elapsedMs);

private:
    std::unique_ptr<Emulator::Server> m_server;
    std::unique_ptr<Api::ApiClient> m_client;
    bool m_running = false;
    int m_instances = 0;
};

} // namespace TestSupport
