// Auth::AlibabaSigner against the worked examples of signing.md section 5 (tests/data/
// alibaba-signing-vectors.json), and AlibabaVerifier on signed, tampered and stale requests.
#include "auth/alibabasigner.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Auth::AlibabaSigner;
using Auth::AlibabaVerifier;

namespace {

QJsonObject vectors()
{
    return QJsonDocument::fromJson(TestSupport::readData(u"alibaba-signing-vectors.json"_s)).object();
}

AlibabaSigner::Params pairs(const QJsonArray &array)
{
    AlibabaSigner::Params out;
    for (const QJsonValue &v : array)
        out.append({v.toArray().at(0).toString().toUtf8(), v.toArray().at(1).toString().toUtf8()});
    return out;
}

std::optional<QByteArray> lookup(const QByteArray &id)
{
    if (id == "AKID")
        return QByteArrayLiteral("s3cret");
    return std::nullopt;
}

AlibabaVerifier::Request signedRequest(const QByteArray &body)
{
    AlibabaSigner::V3Input input;
    input.method = "POST";
    input.url = QUrl(u"http://127.0.0.1:8080/"_s);
    input.body = body;
    input.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"x-acs-action", "SendMessage"},
                     {"x-acs-version", "2020-04-20"}};
    const auto result = AlibabaSigner::signV3(input, "AKID", "s3cret");
    AlibabaVerifier::Request request;
    request.method = "POST";
    request.rawPath = "/";
    request.headers = input.headers + result.headersToAdd;
    request.body = body;
    request.now = QDateTime::currentDateTimeUtc();
    return request;
}

} // namespace

class tst_AlibabaSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v3UtilVector()
    {
        const QJsonObject v = vectors().value("v3"_L1).toArray().at(0).toObject();
        QByteArray signedHeaders;
        const QByteArray headers =
            AlibabaSigner::canonicalHeaders({{"x-acs-test", "http"}, {"x-acs-TEST", "https"}}, &signedHeaders);
        const QByteArray canonical =
            AlibabaSigner::canonicalRequest("GET", "/", AlibabaSigner::canonicalQuery(pairs(v["query"_L1].toArray())),
                                            headers, signedHeaders, v["payload_hash"_L1].toString().toLatin1());
        QCOMPARE(canonical, v["canonical_request"_L1].toString().toLatin1());
        const QByteArray sts = AlibabaSigner::stringToSignV3(canonical);
        QCOMPARE(sts, v["string_to_sign"_L1].toString().toLatin1());
        const QByteArray authorization = "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=" + signedHeaders +
            ",Signature=" + AlibabaSigner::signatureV3(sts, "secret");
        QCOMPARE(authorization, v["authorization"_L1].toString().toLatin1());
    }

    void v3DocumentedRequest()
    {
        const QJsonObject v = vectors().value("v3"_L1).toArray().at(1).toObject();
        AlibabaSigner::V3Input input;
        input.method = "POST";
        input.url = QUrl(v["url"_L1].toString());
        input.headers = {{"x-acs-action", "RunInstances"}, {"x-acs-version", "2014-05-26"}};
        input.date = v["date"_L1].toString().toLatin1();
        input.nonce = v["nonce"_L1].toString().toLatin1();
        const auto result = AlibabaSigner::signV3(input, "YourAccessKeyId", "YourAccessKeySecret");
        QCOMPARE(result.signedHeaders, v["signed_headers"_L1].toString().toLatin1());
        QCOMPARE(result.stringToSign.mid(17), v["string_to_sign_hash"_L1].toString().toLatin1());
        QCOMPARE(result.signature, v["signature"_L1].toString().toLatin1());
        QVERIFY(result.authorization.contains(",SignedHeaders=")); // no spaces after the commas
        QVERIFY(!result.authorization.contains(", "));
    }

    void v1Vectors_data()
    {
        QTest::addColumn<QJsonObject>("v");
        for (const QJsonValue &v : vectors().value("v1"_L1).toArray())
            QTest::newRow(qPrintable(v["name"_L1].toString())) << v.toObject();
    }
    void v1Vectors()
    {
        QFETCH(QJsonObject, v);
        const QByteArray sts =
            AlibabaSigner::stringToSignV1(v["method"_L1].toString().toLatin1(), pairs(v["params"_L1].toArray()));
        if (v.contains("string_to_sign"_L1))
            QCOMPARE(sts, v["string_to_sign"_L1].toString().toLatin1());
        QCOMPARE(AlibabaSigner::signatureV1(sts, v["secret"_L1].toString().toLatin1()),
                 v["signature"_L1].toString().toLatin1());
    }

    void percentEncode()
    {
        QCOMPARE(AlibabaSigner::percentEncode("a b*c~d/e:+"), QByteArray("a%20b%2Ac~d%2Fe%3A%2B"));
        QCOMPARE(AlibabaSigner::percentEncode("\xc3\xa9"), QByteArray("%C3%A9"));
    }

    void verifyV3()
    {
        const QByteArray body = "InstanceId=mqtt-demo-1&MqttTopic=TopicA&Payload=dGVzdA%3D%3D";
        AlibabaVerifier::Request request = signedRequest(body);
        auto result = AlibabaVerifier::verify(request, lookup);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.version, 3);
        QCOMPARE(result.accessKeyId, QByteArray("AKID"));

        AlibabaVerifier::Request tampered = request;
        tampered.body = "InstanceId=mqtt-demo-1&MqttTopic=TopicB&Payload=dGVzdA%3D%3D";
        QCOMPARE(AlibabaVerifier::verify(tampered, lookup).status, AlibabaVerifier::Result::Status::SignatureMismatch);

        AlibabaVerifier::Request wrongSecret = request;
        QCOMPARE(AlibabaVerifier::verify(wrongSecret, [](const QByteArray &) { return std::optional<QByteArray>("x"); })
                     .status,
                 AlibabaVerifier::Result::Status::SignatureMismatch);

        AlibabaVerifier::Request stale = request;
        stale.now = request.now.addSecs(16 * 60);
        QCOMPARE(AlibabaVerifier::verify(stale, lookup).status, AlibabaVerifier::Result::Status::Expired);

        QCOMPARE(
            AlibabaVerifier::verify(request, [](const QByteArray &) { return std::optional<QByteArray>(); }).status,
            AlibabaVerifier::Result::Status::UnknownAccessKey);
    }

    void verifyV1()
    {
        const auto params = AlibabaSigner::signV1(
            "GET",
            {{"Action", "SendMessage"}, {"Version", "2020-04-20"}, {"InstanceId", "mqtt-demo-1"}, {"Payload", "a b+c"}},
            "AKID", "s3cret");
        QByteArray query;
        for (const auto &[k, v] : params)
            query +=
                (query.isEmpty() ? "" : "&") + AlibabaSigner::percentEncode(k) + '=' + AlibabaSigner::percentEncode(v);
        AlibabaVerifier::Request request;
        request.method = "GET";
        request.rawPath = "/";
        request.rawQuery = query;
        request.now = QDateTime::currentDateTimeUtc();
        const auto result = AlibabaVerifier::verify(request, lookup);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.version, 1);

        request.rawQuery.replace("mqtt-demo-1", "mqtt-demo-2");
        QCOMPARE(AlibabaVerifier::verify(request, lookup).status, AlibabaVerifier::Result::Status::SignatureMismatch);
        request.rawQuery.clear();
        QCOMPARE(AlibabaVerifier::verify(request, lookup).status, AlibabaVerifier::Result::Status::Missing);
    }
};

QTEST_GUILESS_MAIN(tst_AlibabaSigner)
#include "tst_alibaba_signer.moc"
