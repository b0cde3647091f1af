#include "auth/alibabasigner.h"

#include "auth/signingutil.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

// The rules of ../shared/api/signing.md section 5 (darabonba-openapi callApi and
// darabonba-openapi-util GetAuthorization / GetRPCSignature).

namespace Auth {

namespace {

constexpr QByteArrayView kAlgorithmV3 = "ACS3-HMAC-SHA256";

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

QByteArray canonicalUriOf(const QByteArray &encodedPath)
{
    if (encodedPath.isEmpty() || encodedPath == "/")
        return QByteArrayLiteral("/");
    const QList<QByteArray> segments = encodedPath.split('/');
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += AlibabaSigner::percentEncode(SigningUtil::percentDecode(segments.at(i)));
    }
    return out.startsWith('/') ? out : '/' + out;
}

bool isSignedV3(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray newNonce()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

struct ParsedAuthorization
{
    QByteArray credential;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &value)
{
    if (!value.startsWith(QByteArray(kAlgorithmV3.toByteArray() + ' ')))
        return std::nullopt;
    ParsedAuthorization parsed;
    const QList<QByteArray> parts = value.mid(kAlgorithmV3.size() + 1).split(',');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray v = part.mid(eq + 1);
        if (key == "Credential")
            parsed.credential = v;
        else if (key == "SignedHeaders")
            parsed.signedHeaders = v.split(';');
        else if (key == "Signature")
            parsed.signature = v;
    }
    if (parsed.credential.isEmpty() || parsed.signature.isEmpty() || parsed.signedHeaders.isEmpty())
        return std::nullopt;
    return parsed;
}

using Result = AlibabaVerifier::Result;

Result fail(Result::Status status, const QString &message, int version)
{
    Result r;
    r.status = status;
    r.message = message;
    r.version = version;
    return r;
}

bool withinSkew(const std::optional<QDateTime> &date, const QDateTime &now, int maxSkewSeconds)
{
    return date && std::abs(date->secsTo(now)) <= maxSkewSeconds;
}

Result verifyV3(const AlibabaVerifier::Request &request, const QByteArray &authorization,
                const AlibabaVerifier::SecretLookup &lookup, int maxSkewSeconds)
{
    const auto parsed = parseAuthorization(authorization);
    if (!parsed)
        return fail(Result::Status::Malformed, QStringLiteral("The Authorization header is malformed."), 3);
    const auto date = AlibabaSigner::parseDate(SigningUtil::findHeader(request.headers, "x-acs-date").value_or(""));
    if (!date)
        return fail(Result::Status::Missing, QStringLiteral("The x-acs-date header is missing or malformed."), 3);
    if (!withinSkew(date, request.now, maxSkewSeconds))
        return fail(Result::Status::Expired, QStringLiteral("Specified time stamp or date value is expired."), 3);
    const auto secret = lookup(parsed->credential);
    if (!secret)
        return fail(Result::Status::UnknownAccessKey, QStringLiteral("Specified access key is not found."), 3);

    const QByteArray bodyHash = sha256Hex(request.body);
    const QByteArray declaredHash = SigningUtil::findHeader(request.headers, "x-acs-content-sha256").value_or(bodyHash);
    HeaderList signedHeaders;
    for (const QByteArray &name : parsed->signedHeaders) {
        bool found = false;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                signedHeaders.append({key, value});
                found = true;
            }
        }
        if (!found)
            signedHeaders.append({name, QByteArray()});
    }
    QByteArray signedNames;
    const QByteArray headers = AlibabaSigner::canonicalHeaders(signedHeaders, &signedNames);
    const QByteArray canonical = AlibabaSigner::canonicalRequest(
        request.method, canonicalUriOf(request.rawPath),
        AlibabaSigner::canonicalQuery(AlibabaSigner::parseForm(request.rawQuery)), headers, signedNames, declaredHash);
    const QByteArray expected = AlibabaSigner::signatureV3(AlibabaSigner::stringToSignV3(canonical), *secret);
    if (!Verifier::constantTimeEquals(expected, parsed->signature.toLower()) || declaredHash != bodyHash)
        return fail(Result::Status::SignatureMismatch,
                    QStringLiteral("The request signature does not conform to Aliyun standards."), 3);
    Result ok;
    ok.version = 3;
    ok.accessKeyId = parsed->credential;
    ok.nonce = SigningUtil::findHeader(request.headers, "x-acs-signature-nonce").value_or(QByteArray());
    return ok;
}

Result verifyV1(const AlibabaVerifier::Request &request, const AlibabaVerifier::SecretLookup &lookup,
                int maxSkewSeconds)
{
    AlibabaSigner::Params params = AlibabaSigner::parseForm(request.rawQuery);
    const QByteArray contentType = SigningUtil::findHeader(request.headers, "Content-Type").value_or(QByteArray());
    if (contentType.startsWith("application/x-www-form-urlencoded"))
        params += AlibabaSigner::parseForm(request.body);
    QByteArray signature;
    QByteArray accessKeyId;
    QByteArray method;
    QByteArray timestamp;
    QByteArray nonce;
    AlibabaSigner::Params signedParams;
    for (const auto &[key, value] : std::as_const(params)) {
        if (key == "Signature") {
            signature = value;
            continue;
        }
        if (key == "AccessKeyId")
            accessKeyId = value;
        else if (key == "SignatureMethod")
            method = value;
        else if (key == "Timestamp")
            timestamp = value;
        else if (key == "SignatureNonce")
            nonce = value;
        signedParams.append({key, value});
    }
    if (signature.isEmpty() || accessKeyId.isEmpty())
        return fail(Result::Status::Missing,
                    QStringLiteral("The request is not signed: no ACS3-HMAC-SHA256 Authorization header and no "
                                   "Signature parameter."),
                    0);
    if (method != "HMAC-SHA1")
        return fail(Result::Status::Malformed, QStringLiteral("Specified signature method is not supported."), 1);
    if (!withinSkew(AlibabaSigner::parseDate(timestamp), request.now, maxSkewSeconds))
        return fail(Result::Status::Expired, QStringLiteral("Specified time stamp or date value is expired."), 1);
    const auto secret = lookup(accessKeyId);
    if (!secret)
        return fail(Result::Status::UnknownAccessKey, QStringLiteral("Specified access key is not found."), 1);
    const QByteArray expected =
        AlibabaSigner::signatureV1(AlibabaSigner::stringToSignV1(request.method, signedParams), *secret);
    if (!Verifier::constantTimeEquals(expected, signature))
        return fail(Result::Status::SignatureMismatch,
                    QStringLiteral("Specified signature is not matched with our calculation."), 1);
    Result ok;
    ok.version = 1;
    ok.accessKeyId = accessKeyId;
    ok.nonce = nonce;
    return ok;
}

} // namespace

QByteArray AlibabaSigner::percentEncode(QByteArrayView utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray AlibabaSigner::canonicalQuery(Params params)
{
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[key, value] : std::as_const(params)) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(key) + '=' + percentEncode(value);
    }
    return out;
}

QByteArray AlibabaSigner::canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    QMap<QByteArray, QList<QByteArray>> byName;
    for (const auto &[name, value] : headers)
        byName[name.toLower()].append(value.trimmed());
    QByteArray out;
    QByteArray names;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        std::sort(it->begin(), it->end());
        out += it.key() + ':' + it->join(',') + '\n';
        if (!names.isEmpty())
            names += ';';
        names += it.key();
    }
    if (signedHeaders)
        *signedHeaders = names;
    return out;
}

QByteArray AlibabaSigner::canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                           const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                           const QByteArray &signedHeaders, const QByteArray &hashedPayload)
{
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n' + signedHeaders +
        '\n' + hashedPayload;
}

QByteArray AlibabaSigner::stringToSignV3(const QByteArray &canonicalRequest)
{
    return kAlgorithmV3.toByteArray() + '\n' + sha256Hex(canonicalRequest);
}

QByteArray AlibabaSigner::signatureV3(const QByteArray &stringToSign, const QByteArray &accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret, QCryptographicHash::Sha256).toHex();
}

QByteArray AlibabaSigner::formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

std::optional<QDateTime> AlibabaSigner::parseDate(const QByteArray &text)
{
    if (text.size() != 20 || !text.endsWith('Z'))
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(text.left(19)), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

AlibabaSigner::V3Result AlibabaSigner::signV3(const V3Input &input, const QByteArray &accessKeyId,
                                              const QByteArray &accessKeySecret)
{
    V3Result result;
    HeaderList headers = input.headers;
    if (!SigningUtil::findHeader(headers, "host"))
        result.headersToAdd.append({QByteArrayLiteral("host"), hostValue(input.url)});
    const QByteArray date = input.date.isEmpty() ? formatDate(QDateTime::currentDateTimeUtc()) : input.date;
    const QByteArray nonce = input.nonce.isEmpty() ? newNonce() : input.nonce;
    result.headersToAdd.append({QByteArrayLiteral("x-acs-date"), date});
    result.headersToAdd.append({QByteArrayLiteral("x-acs-signature-nonce"), nonce});
    result.headersToAdd.append({QByteArrayLiteral("x-acs-content-sha256"), sha256Hex(input.body)});
    for (const auto &[name, value] : std::as_const(result.headersToAdd))
        SigningUtil::setHeader(headers, name, value);

    HeaderList toSign;
    for (const auto &[name, value] : std::as_const(headers)) {
        if (isSignedV3(name.toLower()))
            toSign.append({name, value});
    }
    const QByteArray canonicalHeadersText = canonicalHeaders(toSign, &result.signedHeaders);
    const QByteArray query = canonicalQuery(parseForm(input.url.query(QUrl::FullyEncoded).toLatin1()));
    const QByteArray hashed = SigningUtil::findHeader(headers, "x-acs-content-sha256").value_or(QByteArray());
    result.canonicalRequest =
        canonicalRequest(input.method, canonicalUriOf(input.url.path(QUrl::FullyEncoded).toUtf8()), query,
                         canonicalHeadersText, result.signedHeaders, hashed);
    result.stringToSign = stringToSignV3(result.canonicalRequest);
    result.signature = signatureV3(result.stringToSign, accessKeySecret);
    result.authorization = kAlgorithmV3.toByteArray() + " Credential=" + accessKeyId +
        ",SignedHeaders=" + result.signedHeaders + ",Signature=" + result.signature;
    result.headersToAdd.append({QByteArrayLiteral("Authorization"), result.authorization});
    result.sendUrl = input.url;
    if (!query.isEmpty())
        result.sendUrl.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

QByteArray AlibabaSigner::stringToSignV1(const QByteArray &method, const Params &params)
{
    Params sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QByteArray query;
    for (const auto &[key, value] : std::as_const(sorted)) {
        if (key == "Signature")
            continue;
        if (!query.isEmpty())
            query += '&';
        query += percentEncode(key) + '=' + percentEncode(value);
    }
    return method + '&' + percentEncode("/") + '&' + percentEncode(query);
}

QByteArray AlibabaSigner::signatureV1(const QByteArray &stringToSign, const QByteArray &accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret + '&', QCryptographicHash::Sha1).toBase64();
}

AlibabaSigner::Params AlibabaSigner::signV1(const QByteArray &method, Params params, const QByteArray &accessKeyId,
                                            const QByteArray &accessKeySecret, const QByteArray &timestamp,
                                            const QByteArray &nonce)
{
    const auto setDefault = [&params](const QByteArray &key, const QByteArray &value) {
        for (const auto &item : std::as_const(params))
            if (item.first == key)
                return;
        params.append({key, value});
    };
    setDefault("Format", "JSON");
    setDefault("AccessKeyId", accessKeyId);
    setDefault("SignatureMethod", "HMAC-SHA1");
    setDefault("SignatureVersion", "1.0");
    setDefault("SignatureNonce", nonce.isEmpty() ? newNonce() : nonce);
    setDefault("Timestamp", timestamp.isEmpty() ? formatDate(QDateTime::currentDateTimeUtc()) : timestamp);
    params.append({"Signature", signatureV1(stringToSignV1(method, params), accessKeySecret)});
    return params;
}

AlibabaSigner::Params AlibabaSigner::parseForm(const QByteArray &encoded)
{
    Params out;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({SigningUtil::percentDecode(key), SigningUtil::percentDecode(value)});
    }
    return out;
}

AlibabaVerifier::Result AlibabaVerifier::verify(const Request &request, const SecretLookup &lookup, int maxSkewSeconds)
{
    const QByteArray authorization = SigningUtil::findHeader(request.headers, "Authorization").value_or(QByteArray());
    if (authorization.startsWith(kAlgorithmV3.toByteArray()))
        return verifyV3(request, authorization, lookup, maxSkewSeconds);
    return verifyV1(request, lookup, maxSkewSeconds);
}

} // namespace Auth
