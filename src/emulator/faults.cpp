#include "faults.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

bool FaultSpec::isEmpty() const
{
    return latencyMaxMs <= 0 && errorRate <= 0 && throttleRate <= 0 && dropRate <= 0 && truncateRate <= 0;
}

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec result;
    const auto fail = [error](const QString &message) -> std::optional<FaultSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(u"fault \"%1\": expected NAME=VALUE"_s.arg(item));
        const QString name = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        const QString head = value.section(u':', 0, 0);
        const QString tail = value.section(u':', 1);
        bool ok = true;
        if (name == "latency"_L1) {
            const QStringList range = value.split(u'-');
            result.latencyMinMs = range.value(0).remove(u"ms"_s).toInt(&ok);
            result.latencyMaxMs = range.size() > 1 ? range.value(1).remove(u"ms"_s).toInt(&ok) : result.latencyMinMs;
            ok = ok && range.size() <= 2 && result.latencyMinMs >= 0 && result.latencyMaxMs >= result.latencyMinMs;
        } else if (name == "error"_L1) {
            ok = parseRate(head, &result.errorRate);
            if (ok && !tail.isEmpty()) {
                result.errorStatuses.clear();
                const QStringList statuses = tail.split(u'/');
                for (const QString &status : statuses) {
                    const int code = status.toInt(&ok);
                    if (!ok || code < 400 || code > 599)
                        return fail(u"fault \"%1\": statuses must be 400-599"_s.arg(item));
                    result.errorStatuses.append(code);
                }
            }
        } else if (name == "throttle"_L1) {
            ok = parseRate(head, &result.throttleRate);
            if (ok && !tail.isEmpty())
                result.retryAfterSeconds = tail.toInt(&ok);
            ok = ok && result.retryAfterSeconds >= 0;
        } else if (name == "drop"_L1) {
            ok = parseRate(value, &result.dropRate);
        } else if (name == "truncate"_L1) {
            ok = parseRate(value, &result.truncateRate);
        } else if (name == "seed"_L1) {
            result.seed = value.toUInt(&ok);
        } else if (name == "paths"_L1) {
            result.pathFilter = value;
        } else if (name == "clock"_L1) {
            result.clockOffsetSeconds = value.toLongLong(&ok);
        } else {
            return fail(
                u"unknown fault \"%1\" (latency, error, throttle, drop, truncate, seed, paths, clock)"_s.arg(name));
        }
        if (!ok)
            return fail(u"fault \"%1\": bad value (rates are 0..1)"_s.arg(item));
    }
    return result;
}

QString FaultSpec::help()
{
    return QCoreApplication::translate(
        "Emulator::FaultSpec",
        "Faults (--faults SPEC, comma-separated, for tests):\n"
        "  latency=MS or MIN-MAX    delay every answer by MS milliseconds\n"
        "  error=RATE[:S1/S2]       answer RATE (0..1) of requests with status S (default 500/503)\n"
        "  throttle=RATE[:SECONDS]  answer 429 with Retry-After: SECONDS (default 1)\n"
        "  drop=RATE                close the connection without answering\n"
        "  truncate=RATE            send half of the body, then close\n"
        "  seed=N                   repeatable random choices\n"
        "  paths=TEXT               only requests whose path contains TEXT\n"
        "  clock=SECONDS            Date header SECONDS off the real time (a wrong server clock)\n"
        "  Example: --faults latency=50-200,error=0.1:500/503,throttle=0.05:2,seed=7\n"
        "  IAM token requests (/v3/auth/tokens) are never faulted.");
}

FaultInjector::FaultInjector(const FaultSpec &spec)
    : m_spec(spec), m_random(spec.seed.value_or(QRandomGenerator::global()->generate()))
{
}

FaultInjector::Decision FaultInjector::decide(const QString &path)
{
    Decision decision;
    if (m_spec.isEmpty() || path.startsWith("/v3/auth/tokens"_L1))
        return decision;
    if (!m_spec.pathFilter.isEmpty() && !path.contains(m_spec.pathFilter))
        return decision;
    if (m_spec.latencyMaxMs > 0)
        decision.delayMs = m_spec.latencyMinMs + int(m_random.bounded(m_spec.latencyMaxMs - m_spec.latencyMinMs + 1));
    // One draw decides among the faults, so their rates add up instead of shadowing each other.
    double roll = m_random.generateDouble();
    const auto take = [&roll](double rate) {
        if (roll < rate)
            return true;
        roll -= rate;
        return false;
    };
    if (take(m_spec.dropRate)) {
        decision.kind = Decision::Kind::Drop;
    } else if (take(m_spec.truncateRate)) {
        decision.kind = Decision::Kind::Truncate;
    } else if (take(m_spec.throttleRate)) {
        decision.kind = Decision::Kind::Throttle;
        decision.status = 429;
    } else if (take(m_spec.errorRate)) {
        decision.kind = Decision::Kind::Error;
        decision.status = m_spec.errorStatuses.at(int(m_random.bounded(int(m_spec.errorStatuses.size()))));
    }
    return decision;
}

} // namespace Emulator
