#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace Api {

/// When and how long to wait before repeating an idempotent request. Pure functions, so the
/// rules can be tested without a network.
struct RetryPolicy
{
    int maxRetries = 4;            ///< repeats after the first attempt
    int baseDelayMs = 500;         ///< first backoff step; doubles per attempt
    int maxDelayMs = 30'000;       ///< cap of one computed backoff step
    int maxRetryAfterMs = 120'000; ///< a longer Retry-After is not waited for: the call fails

    /// 429, 502, 503 and 504: the server says "not now", so repeating a read is safe.
    static bool isRetryableStatus(int httpStatus);
    /// Transport failures where the request most likely did not reach the service.
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);
    /// Retry-After as delta-seconds or HTTP-date (RFC 9110 10.2.3); nullopt when absent or invalid.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    /// Delay before retry number `retry` (1-based): exponential with jitter ("equal jitter":
    /// half fixed, half random), or the server's Retry-After when given. `random01` in [0,1).
    /// nullopt: do not retry (too many attempts, or Retry-After beyond maxRetryAfterMs).
    std::optional<int> delayMs(int retry, std::optional<qint64> retryAfterMs, double random01) const;
};

} // namespace Api
