#include "auth/signer.h"
#include "signaturecheck.h"
#include "signingvectors.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Auth::Signer;
using Auth::Verifier;
using TestSupport::secretFor;
using Status = Auth::VerifyResult::Status;

using Tamper = std::function<void(Auth::VerifyInput &)>;

Q_DECLARE_METATYPE(Auth::VerifyResult::Status)
Q_DECLARE_METATYPE(Tamper)

namespace {

void setHeader(Auth::HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

bool hasHeader(const Auth::HeaderList &headers, const QByteArray &name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// What a server receives for a vector, sent to `url` (the vector's send_url or its original
// url: the server canonicalises either). Unsigned noise headers are added as HTTP stacks do.
Auth::VerifyInput received(const TestSupport::SigningVector &v, const QByteArray &url)
{
    Auth::VerifyInput in;
    in.method = v.method;
    const qsizetype authorityAt = url.indexOf("://") + 3;
    qsizetype pathAt = url.indexOf('/', authorityAt);
    const qsizetype queryAt = url.indexOf('?', authorityAt);
    if (pathAt < 0 || (queryAt >= 0 && queryAt < pathAt))
        pathAt = queryAt < 0 ? url.size() : queryAt;
    const QByteArray authority = url.mid(authorityAt, pathAt - authorityAt);
    in.rawPath = url.mid(pathAt, (queryAt < 0 ? url.size() : queryAt) - pathAt);
    if (in.rawPath.isEmpty())
        in.rawPath = "/";
    in.rawQuery = queryAt < 0 ? QByteArray() : url.mid(queryAt + 1);

    in.headers = v.headers;
    if (!hasHeader(in.headers, "Host")) {
        QByteArray host = authority;
        if (host.endsWith(":443") && url.startsWith("https:"))
            host.chop(4);
        if (host.endsWith(":80") && url.startsWith("http:"))
            host.chop(3);
        in.headers.append({"Host", host});
    }
    setHeader(in.headers, "X-Sdk-Date", v.sdkDate);
    if (v.signedHeaders.split(';').contains("x-sdk-content-sha256"))
        setHeader(in.headers, "X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
    in.headers.append({"Authorization", v.authorization});
    in.headers.append({"Content-Length", QByteArray::number(v.body.size())});
    in.headers.append({QByteArray("Accept-Encoding"), "gzip, deflate"});
    if (!hasHeader(in.headers, "User-Agent"))
        in.headers.append({QByteArray("User-Agent"), "Mozilla/5.0"});
    in.body = v.body;
    in.now = *Signer::parseDate(v.sdkDate);
    return in;
}

} // namespace

class tst_Verifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void everyVectorVerifies_data();
    void everyVectorVerifies();

    void rejects_data();
    void rejects();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void skewBoundary();
    void unsignedPayloadDoesNotCoverTheBody();
    void unsignedHeadersMayChange();
    void mismatchMessageShowsCanonicalRequestWithoutToken();
    void constantTimeEquals();

private:
    const TestSupport::SigningVector &vector(const QString &name) const;
    QList<TestSupport::SigningVector> m_vectors;
};

void tst_Verifier::initTestCase()
{
    qRegisterMetaType<Status>();
    m_vectors = TestSupport::signingVectors();
    QCOMPARE(m_vectors.size(), 23);
    m_vectors += TestSupport::signingVectors(u"signing-roundtrip.json"_s);
}

const TestSupport::SigningVector &tst_Verifier::vector(const QString &name) const
{
    for (const auto &v : m_vectors) {
        if (v.name == name)
            return v;
    }
    qFatal("no vector %s", qPrintable(name));
}

void tst_Verifier::everyVectorVerifies_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("originalUrl");
    for (int i = 0; i < m_vectors.size(); ++i) {
        QTest::addRow("%s send_url", qPrintable(m_vectors.at(i).name)) << i << false;
        QTest::addRow("%s url", qPrintable(m_vectors.at(i).name)) << i << true;
    }
}

void tst_Verifier::everyVectorVerifies()
{
    QFETCH(int, index);
    QFETCH(bool, originalUrl);
    const auto &v = m_vectors.at(index);
    const auto result = Verifier::verify(received(v, originalUrl ? v.url : v.sendUrl), secretFor(v.ak, v.sk));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.accessKey, v.ak);
    QVERIFY(result.message.isEmpty());
}

void tst_Verifier::rejects_data()
{
    QTest::addColumn<QString>("vectorName");
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<Status>("status");

    const QString post = u"post-json-create-topic"_s;
    const QString token = u"temporary-aksk-security-token"_s;
    const QString query = u"get-query-encoding"_s;
    const QByteArray right = "EXAMPLEsk0123456789abcdefghijklmnopqrstu";

    QTest::newRow("untouched") << post << Tamper([](auto &) {}) << right << Status::Ok;
    QTest::newRow("lower-case method") << post << Tamper([](auto &in) { in.method = "post"; }) << right << Status::Ok;
    QTest::newRow("flipped body byte") << post << Tamper([](auto &in) { in.body[5] = char(in.body[5] ^ 0x01); })
                                       << right << Status::SignatureMismatch;
    QTest::newRow("body appended") << post << Tamper([](auto &in) { in.body += ' '; }) << right
                                   << Status::SignatureMismatch;
    QTest::newRow("wrong SK") << post << Tamper([](auto &) {}) << QByteArray("EXAMPLEsk0123456789abcdefghijklmnopqrstU")
                              << Status::SignatureMismatch;
    QTest::newRow("altered query") << query << Tamper([](auto &in) { in.rawQuery.replace("id=a", "id=c"); }) << right
                                   << Status::SignatureMismatch;
    QTest::newRow("added query parameter")
        << query << Tamper([](auto &in) { in.rawQuery += "&limit=1"; }) << right << Status::SignatureMismatch;
    QTest::newRow("query + is not a space")
        << query << Tamper([](auto &in) { in.rawQuery.replace("name=my%20queue", "name=my+queue"); }) << right
        << Status::SignatureMismatch;
    QTest::newRow("query reordered") << query << Tamper([](auto &in) {
        const auto pieces = in.rawQuery.split('&');
        QByteArrayList reversed(pieces.rbegin(), pieces.rend());
        in.rawQuery = reversed.join('&');
    }) << right << Status::Ok;
    QTest::newRow("altered path") << post << Tamper([](auto &in) { in.rawPath.replace("topics", "groups"); }) << right
                                  << Status::SignatureMismatch;
    QTest::newRow("trailing slash is canonical")
        << post << Tamper([](auto &in) { in.rawPath += '/'; }) << right << Status::Ok;
    QTest::newRow("other method") << post << Tamper([](auto &in) { in.method = "PUT"; }) << right
                                  << Status::SignatureMismatch;
    QTest::newRow("removed signed header") << token << Tamper([](auto &in) {
        in.headers.removeIf([](const auto &h) { return h.first == "X-Security-Token"; });
    }) << right << Status::SignatureMismatch;
    QTest::newRow("changed signed header")
        << token << Tamper([](auto &in) { setHeader(in.headers, "x-project-id", "ffffffffffffffffffffffffffffffff"); })
        << right << Status::SignatureMismatch;
    QTest::newRow("other host") << post << Tamper([](auto &in) { setHeader(in.headers, "Host", "evil.example.com"); })
                                << right << Status::SignatureMismatch;
    QTest::newRow("signed header padded") << token << Tamper([](auto &in) {
        setHeader(in.headers, "X-Project-Id", "  0123456789abcdef0123456789abcdef\t");
    }) << right << Status::Ok;
    QTest::newRow("date 16 min later") << post << Tamper([](auto &in) { in.now = in.now.addSecs(16 * 60); }) << right
                                       << Status::ClockSkew;
    QTest::newRow("date 16 min earlier") << post << Tamper([](auto &in) { in.now = in.now.addSecs(-16 * 60); }) << right
                                         << Status::ClockSkew;
    QTest::newRow("re-dated request") << post << Tamper([](auto &in) {
        setHeader(in.headers, "X-Sdk-Date", "20240416T095342Z");
    }) << right << Status::SignatureMismatch;
    QTest::newRow("missing date") << post << Tamper([](auto &in) {
        in.headers.removeIf([](const auto &h) { return h.first == "X-Sdk-Date"; });
    }) << right << Status::BadDate;
    QTest::newRow("garbage date") << post << Tamper([](auto &in) { setHeader(in.headers, "X-Sdk-Date", "yesterday"); })
                                  << right << Status::BadDate;
    QTest::newRow("extended date format")
        << post << Tamper([](auto &in) { setHeader(in.headers, "X-Sdk-Date", "2024-04-16T09:53:41Z"); }) << right
        << Status::BadDate;
    QTest::newRow("missing Authorization") << post << Tamper([](auto &in) {
        in.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    }) << right << Status::MissingAuthorization;
    QTest::newRow("garbage Authorization")
        << post << Tamper([](auto &in) { setHeader(in.headers, "Authorization", "Bearer abc.def"); }) << right
        << Status::MalformedAuthorization;
    QTest::newRow("two Authorization headers") << post << Tamper([](auto &in) {
        in.headers.append({"authorization", in.headers.constLast().second});
    }) << right << Status::MalformedAuthorization;
    QTest::newRow("unknown AK") << post << Tamper([](auto &in) {
        for (auto &h : in.headers) {
            if (h.first == "Authorization")
                h.second.replace("EXAMPLEAK0123456789Z", "EXAMPLEAK0123456789Y");
        }
    }) << right << Status::UnknownAccessKey;
}

void tst_Verifier::rejects()
{
    QFETCH(QString, vectorName);
    QFETCH(Tamper, tamper);
    QFETCH(QByteArray, sk);
    QFETCH(Status, status);
    const auto &v = vector(vectorName);
    Auth::VerifyInput in = received(v, v.sendUrl);
    tamper(in);
    const auto result = Verifier::verify(in, secretFor(v.ak, sk));
    QCOMPARE(result.status, status);
    QCOMPARE(result.ok(), status == Status::Ok);
    if (status != Status::Ok) {
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.contains(QString::fromLatin1(sk)));
    }
}

void tst_Verifier::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QByteArray sig = "a8e4c3e3a6b6a9f2f0c87d9b4a2f0a4c6b1e1f61e1e8e0a3e9d2b1c0f9e8d7c6";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other algorithm") << "AWS4-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + sig;
    QTest::newRow("comma after algorithm")
        << "SDK-HMAC-SHA256, Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + sig;
    QTest::newRow("no space after comma") << "SDK-HMAC-SHA256 Access=AK,SignedHeaders=host;x-sdk-date,Signature=" + sig;
    QTest::newRow("fields reordered") << "SDK-HMAC-SHA256 SignedHeaders=host;x-sdk-date, Access=AK, Signature=" + sig;
    QTest::newRow("empty access key") << "SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=" + sig;
    QTest::newRow("space in access key") << "SDK-HMAC-SHA256 Access=A K, SignedHeaders=host;x-sdk-date, Signature=" +
            sig;
    QTest::newRow("empty signed headers") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=" + sig;
    QTest::newRow("upper-case hex") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" +
            sig.toUpper();
    QTest::newRow("short signature") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" +
            sig.left(63);
    QTest::newRow("long signature") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + sig +
            '0';
    QTest::newRow("trailing field") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + sig +
            ", X=1";
    QTest::newRow("unsorted names") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date;host, Signature=" + sig;
    QTest::newRow("upper-case names") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;X-Sdk-Date, Signature=" + sig;
    QTest::newRow("duplicate names") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;host;x-sdk-date, Signature=" +
            sig;
    QTest::newRow("empty name") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=" + sig;
    QTest::newRow("date not signed") << "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-project-id, Signature=" + sig;
}

void tst_Verifier::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    auto in = received(vector(u"official-java-get"_s), vector(u"official-java-get"_s).sendUrl);
    setHeader(in.headers, "Authorization", authorization);
    bool looked = false;
    const auto result = Verifier::verify(in, [&looked](const QByteArray &) -> std::optional<QByteArray> {
        looked = true;
        return QByteArray("SecretKey");
    });
    QCOMPARE(result.status, Status::MalformedAuthorization);
    QVERIFY(!looked); // rejected before any key lookup
}

void tst_Verifier::skewBoundary()
{
    const auto &v = vector(u"delete-no-body"_s);
    auto in = received(v, v.sendUrl);
    const QDateTime signedAt = in.now;
    for (const int offset : {-15 * 60, 15 * 60}) {
        in.now = signedAt.addSecs(offset);
        QVERIFY(Verifier::verify(in, secretFor(v.ak, v.sk)).ok());
    }
    for (const int offset : {-15 * 60 - 1, 15 * 60 + 1}) {
        in.now = signedAt.addSecs(offset);
        QCOMPARE(Verifier::verify(in, secretFor(v.ak, v.sk)).status, Status::ClockSkew);
    }
    in.now = signedAt.addSecs(60);
    QCOMPARE(Verifier::verify(in, secretFor(v.ak, v.sk), 30).status, Status::ClockSkew);
}

void tst_Verifier::unsignedPayloadDoesNotCoverTheBody()
{
    // By design (Go SDK processContentHeader): with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD the
    // body is not part of the signature, but the header itself is.
    const auto &v = vector(u"post-octet-stream-unsigned-payload"_s);
    auto in = received(v, v.sendUrl);
    in.body = "another body";
    QVERIFY(Verifier::verify(in, secretFor(v.ak, v.sk)).ok());
    in.headers.removeIf([](const auto &h) { return h.first == "X-Sdk-Content-Sha256"; });
    QCOMPARE(Verifier::verify(in, secretFor(v.ak, v.sk)).status, Status::SignatureMismatch);
}

void tst_Verifier::unsignedHeadersMayChange()
{
    const auto &v = vector(u"official-go-get"_s); // Go profile: no host, only x-sdk-date signed
    auto in = received(v, v.sendUrl);
    setHeader(in.headers, "Host", "elsewhere.example.com:8080");
    setHeader(in.headers, "Content-Type", "text/plain");
    setHeader(in.headers, "TEST_UNDERSCORE", "changed");
    QVERIFY(Verifier::verify(in, secretFor(v.ak, v.sk)).ok());
}

void tst_Verifier::mismatchMessageShowsCanonicalRequestWithoutToken()
{
    const auto &v = vector(u"temporary-aksk-security-token"_s);
    auto in = received(v, v.sendUrl);
    in.rawPath += "x";
    const auto result = Verifier::verify(in, secretFor(v.ak, v.sk));
    QCOMPARE(result.status, Status::SignatureMismatch);
    QVERIFY(result.message.startsWith(u"Incorrect IAM authentication information: verify aksk signature fail"_s));
    QVERIFY(result.message.contains(
        u"canonicalRequest:GET|/v2/0123456789abcdef0123456789abcdef/instances/11111111-2222-3333-4444-555555555555x/||"_s));
    QVERIFY(result.message.contains(u"|x-security-token:******|"_s));
    QVERIFY(!result.message.contains(u"gQpjbi1ub3J0aC00iwZ"_s));
    QVERIFY(!result.canonicalRequest.contains("gQpjbi1ub3J0aC00iwZ"));
    QVERIFY(result.canonicalRequest.contains("\nx-project-id:0123456789abcdef0123456789abcdef\n"));
}

void tst_Verifier::constantTimeEquals()
{
    QVERIFY(Verifier::constantTimeEquals({}, {}));
    QVERIFY(Verifier::constantTimeEquals("abc", "abc"));
    QVERIFY(!Verifier::constantTimeEquals("abc", "abd"));
    QVERIFY(!Verifier::constantTimeEquals("abc", "bbc"));
    QVERIFY(!Verifier::constantTimeEquals("abc", "abcd"));
    QVERIFY(!Verifier::constantTimeEquals("", "a"));
    QVERIFY(!Verifier::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

QTEST_GUILESS_MAIN(tst_Verifier)
#include "tst_verifier.moc"
