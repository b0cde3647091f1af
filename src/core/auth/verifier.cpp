#include "auth/signer.h"
#include "auth/signingutil.h"

#include <QString>

// Server-side check as the API gateway does it (../shared/api/signing.md section 2.5).

namespace Auth {

namespace {

using Status = VerifyResult::Status;

struct ParsedAuthorization
{
    QByteArray accessKey;
    QByteArray signedHeaders;
    QByteArray signature;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// [^,\s]+
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c == ',' || isSpace(c))
            return false;
    }
    return true;
}

// ^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$
std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &value)
{
    static constexpr QByteArrayView prefix("SDK-HMAC-SHA256 Access=");
    static constexpr QByteArrayView signedHeadersTag(", SignedHeaders=");
    static constexpr QByteArrayView signatureTag(", Signature=");

    const QByteArrayView text(value);
    if (!text.startsWith(prefix))
        return std::nullopt;
    const qsizetype headersAt = text.indexOf(signedHeadersTag, prefix.size());
    if (headersAt < 0)
        return std::nullopt;
    const qsizetype signatureAt = text.indexOf(signatureTag, headersAt + signedHeadersTag.size());
    if (signatureAt < 0)
        return std::nullopt;

    const QByteArrayView accessKey = text.sliced(prefix.size(), headersAt - prefix.size());
    const QByteArrayView signedHeaders =
        text.sliced(headersAt + signedHeadersTag.size(), signatureAt - headersAt - signedHeadersTag.size());
    const QByteArrayView signature = text.sliced(signatureAt + signatureTag.size());
    if (!isToken(accessKey) || !isToken(signedHeaders) || signature.size() != 64)
        return std::nullopt;
    for (const char c : signature) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    return ParsedAuthorization {accessKey.toByteArray(), signedHeaders.toByteArray(), signature.toByteArray()};
}

// SignedHeaders as every SDK writes it: lower-case names, sorted, no duplicates, x-sdk-date
// among them (the date is what the gateway checks the skew on).
bool validSignedHeaders(const QList<QByteArray> &names)
{
    bool hasDate = false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray &name = names.at(i);
        if (name.isEmpty() || name != name.toLower())
            return false;
        if (i > 0 && !(names.at(i - 1) < name))
            return false;
        hasDate = hasDate || name == "x-sdk-date";
    }
    return hasDate;
}

qsizetype headerCount(const HeaderList &headers, QByteArrayView name)
{
    qsizetype count = 0;
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

// The security token is a credential: keep it out of messages and diagnostics.
QByteArray redacted(const QByteArray &canonicalRequest)
{
    static constexpr QByteArrayView tokenLine("\nx-security-token:");
    const qsizetype at = canonicalRequest.indexOf(tokenLine);
    if (at < 0)
        return canonicalRequest;
    const qsizetype valueAt = at + tokenLine.size();
    const qsizetype end = canonicalRequest.indexOf('\n', valueAt);
    QByteArray out = canonicalRequest;
    out.replace(valueAt, (end < 0 ? out.size() : end) - valueAt, "******");
    return out;
}

VerifyResult failure(VerifyResult result, Status status, const QString &detail)
{
    result.status = status;
    result.message = QStringLiteral("Incorrect IAM authentication information: ") + detail;
    return result;
}

} // namespace

bool Verifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length is no secret (a signature is always 64 hex digits); the bytes are all compared.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    const volatile unsigned char result = difference;
    return result == 0;
}

VerifyResult Verifier::verify(const VerifyInput &input, const SecretLookup &lookup, int maxSkewSeconds)
{
    VerifyResult result;

    const qsizetype authorizationCount = headerCount(input.headers, "Authorization");
    if (authorizationCount == 0)
        return failure(result, Status::MissingAuthorization, QStringLiteral("Authorization header is missing"));
    const auto parsed = authorizationCount == 1
        ? parseAuthorization(SigningUtil::findHeader(input.headers, "Authorization")->trimmed())
        : std::nullopt;
    if (!parsed) {
        return failure(result, Status::MalformedAuthorization,
                       QStringLiteral("malformed Authorization header, expected "
                                      "'SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b>, Signature=<hex>'"));
    }
    result.accessKey = parsed->accessKey;
    const QList<QByteArray> signedNames = parsed->signedHeaders.split(';');
    if (!validSignedHeaders(signedNames)) {
        return failure(result, Status::MalformedAuthorization,
                       QStringLiteral("SignedHeaders must be lower-case, sorted, unique and include x-sdk-date"));
    }

    const std::optional<QByteArray> secretKey = lookup ? lookup(parsed->accessKey) : std::nullopt;
    if (!secretKey) {
        return failure(result, Status::UnknownAccessKey,
                       QStringLiteral("Get secretKey failed, ak:%1, err:ak not exist")
                           .arg(QString::fromLatin1(parsed->accessKey)));
    }

    const QByteArray sdkDate = SigningUtil::findHeader(input.headers, "X-Sdk-Date").value_or(QByteArray()).trimmed();
    const std::optional<QDateTime> signedAt = Signer::parseDate(sdkDate);
    if (!signedAt) {
        return failure(result, Status::BadDate,
                       QStringLiteral("X-Sdk-Date is missing or not of the form YYYYMMDDTHHMMSSZ"));
    }
    const QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
    if (qAbs(signedAt->secsTo(now)) > maxSkewSeconds) {
        return failure(result, Status::ClockSkew,
                       QStringLiteral("X-Sdk-Date %1 is more than %2 minutes away from the server time %3 "
                                      "(check the clock)")
                           .arg(QString::fromLatin1(sdkDate))
                           .arg(maxSkewSeconds / 60)
                           .arg(QString::fromLatin1(Signer::formatDate(now))));
    }

    HeaderList canonicalHeaders;
    canonicalHeaders.reserve(signedNames.size());
    for (const QByteArray &name : signedNames) {
        const std::optional<QByteArray> value = SigningUtil::findHeader(input.headers, name);
        if (!value) {
            return failure(result, Status::SignatureMismatch,
                           QStringLiteral("verify aksk signature fail, signed header %1 is missing")
                               .arg(QString::fromLatin1(name)));
        }
        canonicalHeaders.append({name, value->trimmed()});
    }

    const QByteArray canonicalRequest =
        Signer::buildCanonicalRequest(input.method.toUpper(), Signer::canonicalUriFromEncoded(input.rawPath),
                                      Signer::canonicalQueryFromEncoded(input.rawQuery), canonicalHeaders,
                                      parsed->signedHeaders, Signer::hashedPayload(input.headers, input.body));
    const QByteArray expected = Signer::signature(Signer::stringToSign(sdkDate, canonicalRequest), *secretKey);
    if (!constantTimeEquals(expected, parsed->signature)) {
        // As the gateway does: the canonical request with '|' for newlines, to diff against.
        result.canonicalRequest = redacted(canonicalRequest);
        QByteArray flat = result.canonicalRequest;
        flat.replace('\n', '|');
        return failure(result, Status::SignatureMismatch,
                       QStringLiteral("verify aksk signature fail, canonicalRequest:") + QString::fromUtf8(flat));
    }
    return result;
}

} // namespace Auth
