#pragma once

#include <QtGlobal>

#include <deque>

namespace Emulator::Mqtt {

/// At most `limit` calls in any window of `windowMs` (a sliding window, as "1,000 calls per
/// second" reads). Times come from the caller, so tests need no clock.
class RateLimiter
{
public:
    explicit RateLimiter(int limit, qint64 windowMs = 1000) : m_limit(limit), m_windowMs(windowMs) { }

    /// Records a call at nowMs and returns true, or returns false (recording nothing) when the
    /// window is full.
    bool tryAcquire(qint64 nowMs)
    {
        while (!m_calls.empty() && m_calls.front() <= nowMs - m_windowMs)
            m_calls.pop_front();
        if (m_limit <= 0 || int(m_calls.size()) >= m_limit)
            return false;
        m_calls.push_back(nowMs);
        return true;
    }
    int limit() const { return m_limit; }

private:
    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_calls;
};

} // namespace Emulator::Mqtt
