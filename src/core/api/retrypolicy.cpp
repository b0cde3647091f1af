#include "api/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace Api {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT". Qt 6.4's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1StringView(" GMT")) || text.endsWith(QLatin1StringView(" UTC")))
        text = text.chopped(4) + QLatin1StringView(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

std::optional<int> RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs, double random01) const
{
    if (retry < 1 || retry > maxRetries)
        return std::nullopt;
    if (retryAfterMs) {
        if (*retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return int(*retryAfterMs);
    }
    const double step = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, retry - 1));
    const double jittered = step / 2 + step / 2 * std::clamp(random01, 0.0, 1.0);
    return int(std::lround(jittered));
}

} // namespace Api
