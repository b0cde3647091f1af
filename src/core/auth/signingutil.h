#pragma once

// Internal helpers shared by Auth::Signer and Auth::Verifier; not part of the public API.

#include "auth/signer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Auth::SigningUtil {

using QueryPairs = std::vector<std::pair<QByteArray, QByteArray>>;

/// 443 for https, 80 for http, -1 otherwise.
int defaultPort(const QString &scheme);

/// RFC 3986 percent-decoding; '+' stays '+', a '%' without two hex digits stays literal.
QByteArray percentDecode(const QByteArray &encoded);

/// Decode the whole path, split on '/', escape every segment, join with '/' (signing.md 1.2).
QByteArray escapedPath(const QByteArray &encodedPath);

/// Decoded (key, value) pairs of a raw query; a bare `k` is (k, ""), empty pieces and empty
/// keys are dropped (signing.md 1.3).
QueryPairs parseQuery(const QByteArray &encodedQuery);

/// First header with this name, case-insensitively.
std::optional<QByteArray> findHeader(const HeaderList &headers, QByteArrayView name);
/// Replaces every header of that name (case-insensitively) by one entry, or appends it.
void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value);
void removeHeader(HeaderList &headers, QByteArrayView name);

} // namespace Auth::SigningUtil
