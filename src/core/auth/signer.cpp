#include "auth/signer.h"

#include "auth/signingutil.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

// The rules are those of ../shared/api/signing.md section 1; the comments name the section.

namespace Auth {

namespace {

constexpr auto kHeaderDate = "X-Sdk-Date";
constexpr auto kHeaderContentSha256 = "X-Sdk-Content-Sha256";
constexpr auto kHeaderAuthorization = "Authorization";

// Headers an HTTP stack adds or rewrites on its own (signing.md section 0). Signing them makes
// the signature depend on the transport, so the default profile leaves them out.
bool isTransportHeader(const QByteArray &lowerName)
{
    static const QByteArray names[] = {
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("connection"),
        QByteArrayLiteral("keep-alive"),
        QByteArrayLiteral("transfer-encoding"),
        QByteArrayLiteral("te"),
        QByteArrayLiteral("upgrade"),
        QByteArrayLiteral("expect"),
        QByteArrayLiteral("proxy-connection"),
        QByteArrayLiteral("proxy-authorization"),
        QByteArrayLiteral("cookie"),
    };
    return lowerName.startsWith("accept") ||
        std::find(std::begin(names), std::end(names), lowerName) != std::end(names);
}

// Section 1.4 `Host`: the authority as Qt sends it, default port dropped.
QByteArray hostValue(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    if (port != -1 && port != SigningUtil::defaultPort(url.scheme()))
        host += ':' + QByteArray::number(port);
    return host;
}

// Section 1.5: Go's processContentHeader().
bool needsUnsignedPayload(const QByteArray &contentType)
{
    return !contentType.contains("application/json") && !contentType.contains("application/bson");
}

} // namespace

QByteArray Signer::escape(const QByteArray &utf8)
{
    // Unreserved set of RFC 3986 (A-Z a-z 0-9 - . _ ~), upper-case hex: exactly the Go set.
    return utf8.toPercentEncoding();
}

QByteArray Signer::canonicalUri(const QUrl &url)
{
    return canonicalUriFromEncoded(url.path(QUrl::FullyEncoded).toUtf8());
}

QByteArray Signer::canonicalQuery(const QUrl &url)
{
    return canonicalQueryFromEncoded(url.query(QUrl::FullyEncoded).toUtf8());
}

QByteArray Signer::canonicalUriFromEncoded(const QByteArray &encodedPath)
{
    QByteArray uri = SigningUtil::escapedPath(encodedPath);
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray Signer::canonicalQueryFromEncoded(const QByteArray &encodedQuery)
{
    auto pairs = SigningUtil::parseQuery(encodedQuery);
    std::sort(pairs.begin(), pairs.end()); // by decoded key, then decoded value, bytewise
    QByteArray out;
    out.reserve(encodedQuery.size() + 16);
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += escape(key) + '=' + escape(value);
    }
    return out;
}

QByteArray Signer::formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> Signer::parseDate(const QByteArray &sdkDate)
{
    // Strictly YYYYMMDDTHHMMSSZ (section 1.9); QDateTime::fromString would accept more.
    if (sdkDate.size() != 16 || sdkDate.at(8) != 'T' || sdkDate.at(15) != 'Z')
        return std::nullopt;
    auto number = [&sdkDate](qsizetype from, qsizetype length) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char c = sdkDate.at(i);
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(4, 2), day = number(6, 2);
    const int hour = number(9, 2), minute = number(11, 2), second = number(13, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QByteArray Signer::hashedPayload(const HeaderList &headers, const QByteArray &body)
{
    const auto given = SigningUtil::findHeader(headers, kHeaderContentSha256);
    if (given)
        return given->trimmed();
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArrayLiteral("SDK-HMAC-SHA256\n") + sdkDate + '\n' +
        QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::signature(const QByteArray &stringToSign, const QByteArray &secretKey)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256).toHex();
}

SignResult Signer::sign(const SignInput &input, const QByteArray &accessKey, const QByteArray &secretKey,
                        const SigningOptions &options)
{
    SignResult result;

    // Working copy, one entry per name (case-insensitively); a later entry replaces an earlier
    // one, as QNetworkRequest::setRawHeader() does. An old Authorization (a retried request) is
    // never signed and gets replaced.
    HeaderList headers;
    headers.reserve(input.headers.size() + 4);
    for (const auto &header : input.headers)
        SigningUtil::setHeader(headers, header.first, header.second);
    SigningUtil::removeHeader(headers, kHeaderAuthorization);

    // Section 1.9: an explicit date wins, then a parseable X-Sdk-Date the caller set, then now.
    result.sdkDate = input.sdkDate;
    if (result.sdkDate.isEmpty()) {
        const auto given = SigningUtil::findHeader(headers, kHeaderDate);
        if (given && parseDate(given->trimmed()))
            result.sdkDate = given->trimmed();
        else
            result.sdkDate = formatDate(QDateTime::currentDateTimeUtc());
    }
    SigningUtil::setHeader(headers, kHeaderDate, result.sdkDate);
    result.headersToAdd.append({QByteArray(kHeaderDate), result.sdkDate});

    if (options.addHost && !SigningUtil::findHeader(headers, "Host"))
        headers.append({QByteArrayLiteral("Host"), hostValue(input.url)});

    if (options.autoUnsignedPayload) {
        const auto contentType = SigningUtil::findHeader(headers, "Content-Type");
        if (contentType && needsUnsignedPayload(*contentType)) {
            const QByteArray unsignedPayload = QByteArrayLiteral("UNSIGNED-PAYLOAD");
            SigningUtil::setHeader(headers, kHeaderContentSha256, unsignedPayload);
            result.headersToAdd.append({QByteArray(kHeaderContentSha256), unsignedPayload});
        }
    }

    // Section 1.4: lower-case names, trimmed values, sorted by name.
    HeaderList canonical;
    canonical.reserve(headers.size());
    for (const auto &[name, value] : std::as_const(headers)) {
        const QByteArray lower = name.toLower();
        if (options.excludeUnderscore && lower.contains('_'))
            continue;
        if (options.excludeContentType && lower.startsWith("content-type"))
            continue;
        if (options.excludeTransportHeaders && isTransportHeader(lower))
            continue;
        canonical.append({lower, value.trimmed()});
    }
    std::sort(canonical.begin(), canonical.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    result.signedHeaders.reserve(canonical.size() * 16);
    for (const auto &[name, value] : std::as_const(canonical)) {
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders += ';';
        result.signedHeaders += name;
    }

    const QByteArray encodedPath = input.url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray query = canonicalQueryFromEncoded(input.url.query(QUrl::FullyEncoded).toUtf8());
    result.canonicalRequest =
        buildCanonicalRequest(input.method.toUpper(), canonicalUriFromEncoded(encodedPath), query, canonical,
                              result.signedHeaders, hashedPayload(headers, input.body));
    result.stringToSign = stringToSign(result.sdkDate, result.canonicalRequest);
    result.signature = signature(result.stringToSign, secretKey);
    result.authorization = QByteArrayLiteral("SDK-HMAC-SHA256 Access=") + accessKey +
        QByteArrayLiteral(", SignedHeaders=") + result.signedHeaders + QByteArrayLiteral(", Signature=") +
        result.signature;
    result.headersToAdd.append({QByteArray(kHeaderAuthorization), result.authorization});

    // Section 1.3: the wire carries exactly the canonical query, the path escaped the same way
    // (without the added '/'), no user info, no fragment, no default port.
    result.sendUrl = input.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    if (result.sendUrl.port() == SigningUtil::defaultPort(result.sendUrl.scheme()))
        result.sendUrl.setPort(-1);
    QByteArray wirePath = SigningUtil::escapedPath(encodedPath);
    if (wirePath.isEmpty())
        wirePath = QByteArrayLiteral("/");
    result.sendUrl.setPath(QString::fromLatin1(wirePath), QUrl::StrictMode);
    if (!query.isEmpty())
        result.sendUrl.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

QByteArray Signer::buildCanonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                         const QByteArray &canonicalQuery, const HeaderList &canonicalHeaders,
                                         const QByteArray &signedHeaders, const QByteArray &hashedPayload)
{
    QByteArray out;
    out.reserve(256 + canonicalUri.size() + canonicalQuery.size() + signedHeaders.size() * 4);
    out += method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n';
    for (const auto &[name, value] : canonicalHeaders)
        out += name + ':' + value + '\n';
    out += '\n' + signedHeaders + '\n' + hashedPayload;
    return out;
}

} // namespace Auth
