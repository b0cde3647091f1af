#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace Emulator {

/// Injected faults for tests (--faults SPEC). SPEC is a comma-separated list of:
///   latency=MS | latency=MIN-MAX   delay every answer (milliseconds)
///   error=RATE[:S1/S2/...]         answer RATE (0..1) of requests with one of the statuses
///                                  (default 500/503) and a DMS error body
///   throttle=RATE[:SECONDS]        answer 429 with Retry-After: SECONDS (default 1)
///   drop=RATE                      close the connection without an answer
///   truncate=RATE                  send half of the body, then close
///   seed=N                         make the random choices repeatable
///   paths=TEXT                     only requests whose path contains TEXT
///   clock=SECONDS                  stamp the Date header SECONDS (may be negative) off the
///                                  real time: a server with a wrong clock (signatures are
///                                  still checked against the real time)
/// Faults never apply to IAM token requests, so a test can always log in.
struct FaultSpec
{
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double errorRate = 0;
    QList<int> errorStatuses {500, 503};
    double throttleRate = 0;
    int retryAfterSeconds = 1;
    double dropRate = 0;
    double truncateRate = 0;
    std::optional<quint32> seed;
    QString pathFilter;
    qint64 clockOffsetSeconds = 0;

    bool isEmpty() const;
    /// Parses SPEC; on a syntax error returns nothing and explains in *error.
    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    static QString help();
};

/// Draws the fault for each request.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultSpec &spec = {});

    struct Decision
    {
        enum class Kind { None, Error, Throttle, Drop, Truncate } kind = Kind::None;
        int status = 0;
        int delayMs = 0;
    };
    Decision decide(const QString &path);
    const FaultSpec &spec() const { return m_spec; }

private:
    FaultSpec m_spec;
    QRandomGenerator m_random;
};

} // namespace Emulator
