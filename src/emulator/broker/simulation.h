#pragma once

#include "broker.h"
#include "catalog.h"
#include "messagestore.h"
#include "traces.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Emulator::Broker {

/// The consumption simulation. Each tick, every enabled group with online clients consumes
/// up to rate x elapsed messages from its subscribed topics' read queues and its %RETRY% topic,
/// spread over the lagging queues, the queues shared among the clients like
/// AllocateMessageQueueAveragely. Every consumption writes a SubBefore/SubAfter pair. A failed
/// one (deterministic per message, group and attempt) is scheduled for redelivery through
/// %RETRY%<group> after its delay level (primer 4.5, compressed 100x for the sandbox), and
/// after the group's max retries goes to %DLQ%<group>. One transaction per tick.
class Simulation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulation)
public:
    static constexpr int kDelayCompression = 100;

    explicit Simulation(Service &service, QObject *parent = nullptr);
    ~Simulation() override;

    /// Multiplies the consumption rates of the wall-clock ticks; 0 freezes the simulation.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    void setInterval(int ms);

    /// One step at `now` covering `elapsedMs` of consumption at the groups' rates (x speed
    /// only for the timer's ticks; tests and seeding call this directly with their own clock).
    void tick(qint64 now, qint64 elapsedMs);

    /// Sandbox delay before retry number `reconsumeTimes + 1` (level 3 + reconsumeTimes).
    static qint64 retryDelayMs(int reconsumeTimes);
    /// Whether `tags` passes a TAG subscription expression ("*", "a || b").
    static bool matches(const QString &expression, const QString &tags);
    /// Deterministic failure decision for one delivery attempt.
    static bool fails(const QString &uniqKey, const QString &group, int reconsumeTimes, int failurePermille);

    struct DirectResult
    {
        bool success = false;
        int costMs = 0;
    };
    /// Verify consumption: delivers one message once more to one client of the group and
    /// records it in the trace; offsets, retries and the DLQ are untouched.
    DirectResult consumeDirectly(const QString &instanceId, const QString &group, const Client &client,
                                 const Message &message, qint64 now);

    /// Dead-letter resend: a copy of a %DLQ% message goes to the group's %RETRY% topic with a
    /// fresh retry budget (reconsume times 0); the DLQ keeps its copy.
    bool redeliver(const QString &instanceId, const QString &group, const Message &deadLetter, qint64 now);

private:
    struct TickCache
    {
        QHash<QString, QList<Client>> clients;                 ///< "instance\ngroup" -> online clients
        QHash<QString, GroupSimulation> simulations;           ///< "instance\ngroup"
        QHash<QString, QHash<QString, Catalog::Group>> groups; ///< instance -> name -> group
        QHash<QString, std::optional<Catalog::Topic>> topics;  ///< "instance\ntopic"
    };

    void onTimer();
    bool step(qint64 now, qint64 elapsedMs, double factor);
    bool produce(qint64 now, qint64 elapsedMs, double factor);
    std::optional<Catalog::Topic> cachedTopic(TickCache &cache, const QString &instanceId, const QString &topic);
    bool consumeGroup(const QString &instanceId, const Catalog::Group &group, const QList<Client> &online,
                      const GroupSimulation &sim, TickCache &cache, qint64 now, qint64 elapsedMs, double factor);
    bool deliverDue(qint64 now);
    bool handleFailure(const QString &instanceId, const QString &group, int retryMax, const Message &message,
                       qint64 now);
    Properties copyProperties(const Message &message, const QString &group, bool deadLetter) const;

    Service &m_service;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_speed = 1.0;
    QHash<QString, double> m_carry; ///< instance/group -> fractional budget left over
    quint32 m_requestCounter = 0;
};

} // namespace Emulator::Broker
