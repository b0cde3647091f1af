#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

namespace Auth {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Which headers take part in the signature (../shared/api/signing.md section 1.4). The
/// defaults are mqdesk's recommended profile: host signed, Content-Type not signed.
struct SigningOptions
{
    bool addHost = true;
    bool excludeContentType = true;
    bool excludeUnderscore = true;
    bool autoUnsignedPayload = true;
};

struct SignInput
{
    QByteArray method;        ///< upper-case HTTP method
    QUrl url;                 ///< full URL; the query is re-canonicalised
    HeaderList headers;       ///< headers that will be sent (X-Sdk-Date is added if missing)
    QByteArray body;          ///< exact body bytes
    QByteArray sdkDate;       ///< YYYYMMDDTHHMMSSZ; empty = now
};

struct SignResult
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;  ///< "host;x-sdk-date"
    QByteArray signature;      ///< lower-case hex
    QByteArray authorization;  ///< the whole Authorization header value
    QByteArray sdkDate;
    HeaderList headersToAdd;   ///< X-Sdk-Date, X-Sdk-Content-Sha256 (if added), Authorization
    QUrl sendUrl;              ///< the URL with exactly the canonical query string on the wire
};

/// Huawei Cloud SDK-HMAC-SHA256 signing. Pure functions, thread-safe.
class Signer
{
public:
    static SignResult sign(const SignInput &input, const QByteArray &accessKey, const QByteArray &secretKey,
                           const SigningOptions &options = {});

    // The pieces, public for tests and for the verifier.
    static QByteArray escape(const QByteArray &utf8);
    static QByteArray canonicalUri(const QUrl &url);
    static QByteArray canonicalQuery(const QUrl &url);
    static QByteArray formatDate(const QDateTime &utc);
    static std::optional<QDateTime> parseDate(const QByteArray &sdkDate);
};

/// Outcome of checking a signed request, for the emulator.
struct VerifyResult
{
    enum class Status { Ok, MissingAuthorization, MalformedAuthorization, UnknownAccessKey, BadDate, ClockSkew,
                        SignatureMismatch, MissingSecurityToken };
    Status status = Status::Ok;
    QByteArray accessKey;
    QString message;  ///< human readable, safe to return to the client
    bool ok() const { return status == Status::Ok; }
};

struct VerifyInput
{
    QByteArray method;
    QByteArray rawPath;   ///< path as received (percent-encoded)
    QByteArray rawQuery;  ///< query as received, without '?'
    HeaderList headers;   ///< as received, any case
    QByteArray body;
    QDateTime now;        ///< server time (UTC)
};

/// Recomputes the signature over exactly the headers named in SignedHeaders and compares in
/// constant time; rejects dates more than maxSkew away from now.
class Verifier
{
public:
    using SecretLookup = std::function<std::optional<QByteArray>(const QByteArray &accessKey)>;
    static VerifyResult verify(const VerifyInput &input, const SecretLookup &lookup, int maxSkewSeconds = 15 * 60);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace Auth
