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
/// defaults are mqdesk's recommended profile: host signed, Content-Type not signed. Every other
/// header in SignInput::headers is signed, so pass only headers sent exactly as given.
struct SigningOptions
{
    bool addHost = true;             ///< sign Host (URL authority, default port dropped) unless given
    bool excludeContentType = true;  ///< Go SDK, Java SDK >= 3.1.57
    bool excludeUnderscore = true;   ///< never sign names containing '_' (all SDKs >= 3.1.103)
    bool autoUnsignedPayload = true; ///< non-JSON/BSON Content-Type -> X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD
    /// Never sign headers HTTP stacks add or rewrite (User-Agent, Content-Length, Accept*,
    /// Connection, ...). hwcloud_sign.py and the official SDKs do sign a User-Agent they were
    /// given (vector go-sdk-real-request); set this to false to reproduce that.
    bool excludeTransportHeaders = true;
};

struct SignInput
{
    QByteArray method;  ///< upper-case HTTP method
    QUrl url;           ///< full URL; the query is re-canonicalised
    HeaderList headers; ///< headers that will be sent (X-Sdk-Date is added if missing)
    QByteArray body;    ///< exact body bytes
    QByteArray sdkDate; ///< YYYYMMDDTHHMMSSZ; empty = now
};

struct SignResult
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< "host;x-sdk-date"
    QByteArray signature;     ///< lower-case hex
    QByteArray authorization; ///< the whole Authorization header value
    QByteArray sdkDate;
    HeaderList headersToAdd; ///< X-Sdk-Date, X-Sdk-Content-Sha256 (if added), Authorization
    QUrl sendUrl;            ///< the URL with exactly the canonical query string on the wire
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

    /// Same as canonicalUri()/canonicalQuery(), from the raw (percent-encoded) path or query
    /// as received on the wire, without '?'.
    static QByteArray canonicalUriFromEncoded(const QByteArray &encodedPath);
    static QByteArray canonicalQueryFromEncoded(const QByteArray &encodedQuery);
    /// The X-Sdk-Content-Sha256 value if that header is present, else hex(SHA-256(body)).
    static QByteArray hashedPayload(const HeaderList &headers, const QByteArray &body);
    /// canonicalHeaders: lower-case names, trimmed values, sorted by name.
    static QByteArray buildCanonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                            const QByteArray &canonicalQuery, const HeaderList &canonicalHeaders,
                                            const QByteArray &signedHeaders, const QByteArray &hashedPayload);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    /// Lower-case hex HMAC-SHA256 keyed with the raw SK.
    static QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey);
};

/// Outcome of checking a signed request, for the emulator.
struct VerifyResult
{
    enum class Status {
        Ok,
        MissingAuthorization,
        MalformedAuthorization,
        UnknownAccessKey,
        BadDate,
        ClockSkew,
        SignatureMismatch,
        MissingSecurityToken
    };
    Status status = Status::Ok;
    QByteArray accessKey;
    QString message;             ///< human readable, safe to return to the client
    QByteArray canonicalRequest; ///< what the server computed (set on SignatureMismatch), for diagnostics
    bool ok() const { return status == Status::Ok; }
};

struct VerifyInput
{
    QByteArray method;
    QByteArray rawPath;  ///< path as received (percent-encoded)
    QByteArray rawQuery; ///< query as received, without '?'
    HeaderList headers;  ///< as received, any case
    QByteArray body;
    QDateTime now; ///< server time (UTC)
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
