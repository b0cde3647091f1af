#pragma once

#include "auth/signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Auth {

/// Alibaba Cloud OpenAPI signatures (../shared/api/signing.md section 5): V3
/// (ACS3-HMAC-SHA256, what the console sends) and the older V1 RPC signature (HMAC-SHA1 over
/// the sorted parameters, which the emulator still accepts). Pure functions, thread-safe.
class AlibabaSigner
{
public:
    using Params = QList<QPair<QByteArray, QByteArray>>; ///< decoded UTF-8 key/value pairs

    struct V3Input
    {
        QByteArray method;  ///< upper case
        QUrl url;           ///< full URL; its query is re-canonicalised
        HeaderList headers; ///< headers that will be sent (x-acs-action, x-acs-version, content-type, ...)
        QByteArray body;
        QByteArray date;  ///< x-acs-date, yyyy-MM-ddTHH:mm:ssZ; empty = now
        QByteArray nonce; ///< x-acs-signature-nonce; empty = random
    };
    struct V3Result
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;
        QByteArray signature;
        QByteArray authorization;
        HeaderList headersToAdd; ///< host, x-acs-date, x-acs-signature-nonce, x-acs-content-sha256, Authorization
        QUrl sendUrl;            ///< the URL with exactly the canonical query on the wire
    };
    /// Signs host, content-type and every x-acs-* header (the darabonba util's choice).
    static V3Result signV3(const V3Input &input, const QByteArray &accessKeyId, const QByteArray &accessKeySecret);

    // V3 pieces, public for tests and the verifier.
    /// RFC 3986 escaping: unreserved characters kept, space %20, '*' %2A, '~' kept.
    static QByteArray percentEncode(QByteArrayView utf8);
    /// Sorted by key, values escaped, "k=" for empty values; keys are escaped too.
    static QByteArray canonicalQuery(Params params);
    /// Lower-case names, trimmed values, sorted; repeated names give sorted values joined by ','.
    static QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                       const QByteArray &signedHeaders, const QByteArray &hashedPayload);
    static QByteArray stringToSignV3(const QByteArray &canonicalRequest);
    static QByteArray signatureV3(const QByteArray &stringToSign, const QByteArray &accessKeySecret);
    static QByteArray formatDate(const QDateTime &utc);
    static std::optional<QDateTime> parseDate(const QByteArray &text);

    /// V1 RPC: Method&%2F&percentEncode(sorted k=v joined by '&'), without Signature.
    static QByteArray stringToSignV1(const QByteArray &method, const Params &params);
    /// Base64(HMAC-SHA1(secret + "&", stringToSign)).
    static QByteArray signatureV1(const QByteArray &stringToSign, const QByteArray &accessKeySecret);
    /// The common V1 parameters (Format, Version, AccessKeyId, SignatureMethod, SignatureVersion,
    /// SignatureNonce, Timestamp) added to `params`, then Signature: ready to send as a query.
    static Params signV1(const QByteArray &method, Params params, const QByteArray &accessKeyId,
                         const QByteArray &accessKeySecret, const QByteArray &timestamp = {},
                         const QByteArray &nonce = {});
    /// Decoded pairs of an application/x-www-form-urlencoded text or a raw query ('+' is a space).
    static Params parseForm(const QByteArray &encoded);
};

/// The check the emulator's Alibaba-style endpoint runs on every request.
class AlibabaVerifier
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray rawPath;  ///< as received
        QByteArray rawQuery; ///< as received, without '?'
        HeaderList headers;
        QByteArray body;
        QDateTime now;
    };
    struct Result
    {
        enum class Status { Ok, Missing, Malformed, UnknownAccessKey, Expired, SignatureMismatch, NonceUsed };
        Status status = Status::Ok;
        int version = 0; ///< 3 or 1
        QByteArray accessKeyId;
        QByteArray nonce;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using SecretLookup = std::function<std::optional<QByteArray>(const QByteArray &accessKeyId)>;
    /// V3 when an ACS3-HMAC-SHA256 Authorization header is present, else V1 (Signature in the
    /// query or form body). Both reject timestamps more than maxSkewSeconds from now.
    static Result verify(const Request &request, const SecretLookup &lookup, int maxSkewSeconds = 15 * 60);
};

} // namespace Auth
