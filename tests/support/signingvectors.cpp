#include "signingvectors.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestSupport {

QList<SigningVector> signingVectors(const QString &file)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readData(file));
    if (!doc.isArray())
        qFatal("%s is not a JSON array", qPrintable(file));
    QList<SigningVector> out;
    const QJsonArray array = doc.array();
    for (const QJsonValue &entry : array) {
        const QJsonObject o = entry.toObject();
        auto bytes = [&o](const char *key) { return o.value(QLatin1String(key)).toString().toUtf8(); };
        SigningVector v;
        v.name = o.value(QLatin1String("name")).toString();
        v.ak = bytes("ak");
        v.sk = bytes("sk");
        v.method = bytes("method");
        v.url = bytes("url");
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            v.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        v.body = bytes("body");
        v.sdkDate = bytes("sdk_date");
        v.canonicalRequest = bytes("canonical_request");
        v.stringToSign = bytes("string_to_sign");
        v.authorization = bytes("authorization");
        v.signedHeaders = bytes("signed_headers");
        v.hashedPayload = bytes("hashed_payload");
        v.sendUrl = bytes("send_url");
        const QJsonObject options = o.value(QLatin1String("options")).toObject();
        auto flag = [&options](const char *key, bool fallback) {
            return options.value(QLatin1String(key)).toBool(fallback);
        };
        v.options.addHost = flag("add_host", true);
        v.options.excludeContentType = flag("exclude_content_type", true);
        v.options.excludeUnderscore = flag("exclude_underscore", true);
        v.options.autoUnsignedPayload = flag("auto_unsigned_payload", true);
        v.options.excludeTransportHeaders = false;
        out.append(v);
    }
    return out;
}

} // namespace TestSupport
