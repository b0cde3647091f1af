#include "auth/signingutil.h"

namespace Auth::SigningUtil {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

int defaultPort(const QString &scheme)
{
    if (scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return 443;
    if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return 80;
    return -1;
}

QByteArray percentDecode(const QByteArray &encoded)
{
    // QByteArray::fromPercentEncoding() turns a malformed "%zz" into garbage; keep it literal.
    if (!encoded.contains('%'))
        return encoded;
    QByteArray out;
    out.reserve(encoded.size());
    const qsizetype size = encoded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = encoded.at(i);
        if (c == '%' && i + 2 < size) {
            const int high = hexValue(encoded.at(i + 1));
            const int low = hexValue(encoded.at(i + 2));
            if (high >= 0 && low >= 0) {
                out += char((high << 4) | low);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray escapedPath(const QByteArray &encodedPath)
{
    const QByteArray decoded = percentDecode(encodedPath);
    QByteArray out;
    out.reserve(decoded.size() + decoded.size() / 2);
    qsizetype start = 0;
    while (true) {
        const qsizetype slash = decoded.indexOf('/', start);
        const qsizetype end = slash < 0 ? decoded.size() : slash;
        out += Signer::escape(decoded.mid(start, end - start));
        if (slash < 0)
            break;
        out += '/';
        start = slash + 1;
    }
    return out;
}

QueryPairs parseQuery(const QByteArray &encodedQuery)
{
    QueryPairs pairs;
    if (encodedQuery.isEmpty())
        return pairs;
    pairs.reserve(encodedQuery.count('&') + 1);
    qsizetype start = 0;
    while (start <= encodedQuery.size()) {
        qsizetype amp = encodedQuery.indexOf('&', start);
        if (amp < 0)
            amp = encodedQuery.size();
        const QByteArrayView piece(encodedQuery.constData() + start, amp - start);
        start = amp + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArrayView key = eq < 0 ? piece : piece.first(eq);
        if (key.isEmpty())
            continue;
        const QByteArrayView value = eq < 0 ? QByteArrayView() : piece.sliced(eq + 1);
        pairs.emplace_back(percentDecode(key.toByteArray()), percentDecode(value.toByteArray()));
    }
    return pairs;
}

std::optional<QByteArray> findHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (sameName(header.first, name))
            return header.second;
    }
    return std::nullopt;
}

void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.append({name, value});
}

void removeHeader(HeaderList &headers, QByteArrayView name)
{
    headers.removeIf([name](const auto &header) { return sameName(header.first, name); });
}

} // namespace Auth::SigningUtil
