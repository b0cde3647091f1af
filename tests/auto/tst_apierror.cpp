// ApiError::fromHttp / toString and the pure retry rules (RetryPolicy).
#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using Api::ApiError;
using Api::RetryPolicy;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void toStringFormats();
    void kindNamesAreDistinct();
    void retryableStatus();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void backoff();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerRequestId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("requestId");

    QTest::newRow("dms body") << 404
                              << QByteArray(R"({"error_code":"DMS.00404022","error_msg":"The topic does not exist."})")
                              << QByteArray("rid-1") << int(Kind::Client) << u"DMS.00404022"_s
                              << u"The topic does not exist."_s << QByteArray("rid-1");
    QTest::newRow("gateway body with request_id")
        << 401
        << QByteArray(
               R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIGW.0301","request_id":"b0c1"})")
        << QByteArray() << int(Kind::Auth) << u"APIGW.0301"_s
        << u"Incorrect IAM authentication information: verify aksk signature fail"_s << QByteArray("b0c1");
    QTest::newRow("header id wins over body id")
        << 403 << QByteArray(R"({"error_code":"APIGW.0302","error_msg":"forbidden","request_id":"body-id"})")
        << QByteArray("header-id") << int(Kind::Auth) << u"APIGW.0302"_s << u"forbidden"_s << QByteArray("header-id");
    QTest::newRow("iam nested error")
        << 401
        << QByteArray(
               R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})")
        << QByteArray() << int(Kind::Auth) << u"401"_s << u"The request you have made requires authentication."_s
        << QByteArray();
    QTest::newRow("errors array")
        << 400 << QByteArray(R"({"errors":[{"error_code":"DMS.00400062","error_msg":"Invalid request parameter."}]})")
        << QByteArray() << int(Kind::Client) << u"DMS.00400062"_s << u"Invalid request parameter."_s << QByteArray();
    QTest::newRow("code/message") << 500 << QByteArray(R"({"code":"X.1","message":"boom","requestId":"r9"})")
                                  << QByteArray() << int(Kind::Server) << u"X.1"_s << u"boom"_s << QByteArray("r9");
    QTest::newRow("html 502")
        << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>")
        << QByteArray() << int(Kind::Server) << QString() << u"502 Bad Gateway"_s << QByteArray();
    QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray() << int(Kind::Server) << QString()
                               << u"Service Unavailable"_s << QByteArray();
    QTest::newRow("empty 418") << 418 << QByteArray("  ") << QByteArray() << int(Kind::Client) << QString()
                               << u"HTTP status 418"_s << QByteArray();
    QTest::newRow("plain text 400") << 400 << QByteArray("bad things\nhappened") << QByteArray() << int(Kind::Client)
                                    << QString() << u"bad things happened"_s << QByteArray();
    QTest::newRow("json array body") << 500 << QByteArray("[1,2]") << QByteArray() << int(Kind::Server) << QString()
                                     << u"[1,2]"_s << QByteArray();
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerRequestId);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QByteArray, requestId);

    const QUrl url(u"https://dms.example.com/v2/p/instances"_s);
    const ApiError error = ApiError::fromHttp(status, body, headerRequestId, url, "GET");
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorCode, code);
    QCOMPARE(error.errorMessage, message);
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.url, url);
    QCOMPARE(error.method, QByteArray("GET"));
    QVERIFY(error.isError());
}

void TestApiError::toStringFormats()
{
    const ApiError dms = ApiError::fromHttp(
        404, R"({"error_code":"DMS.00404022","error_msg":"The topic does not exist."})", "1a2b", {}, "GET");
    QCOMPARE(dms.toString(), u"404 DMS.00404022: The topic does not exist. (request 1a2b)"_s);

    const ApiError empty = ApiError::fromHttp(503, {}, {}, {}, "GET");
    QCOMPARE(empty.toString(), u"503 Service Unavailable"_s);

    ApiError network;
    network.kind = Kind::Network;
    network.errorMessage = u"Connection refused"_s;
    QCOMPARE(network.toString(), u"Network error: Connection refused"_s);

    QVERIFY(!ApiError().isError());
    QVERIFY(!ApiError::fromHttp(200, "{}", {}, {}, "GET").isError());
}

void TestApiError::kindNamesAreDistinct()
{
    QSet<QString> names;
    for (Kind k : {Kind::None, Kind::Network, Kind::Timeout, Kind::Cancelled, Kind::Auth, Kind::Client, Kind::Server,
                   Kind::Parse})
        names.insert(ApiError::kindName(k));
    QCOMPARE(names.size(), 8);
}

void TestApiError::retryableStatus()
{
    for (int s : {429, 502, 503, 504})
        QVERIFY2(RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
    for (int s : {200, 400, 401, 403, 404, 409, 500, 501})
        QVERIFY2(!RetryPolicy::isRetryableStatus(s), qPrintable(QString::number(s)));
    QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::ConnectionRefusedError));
    QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::RemoteHostClosedError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::OperationCanceledError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::SslHandshakeFailedError));
    QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::HostNotFoundError));
}

void TestApiError::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: nullopt

    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("http date +10s") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10'000);
    QTest::newRow("http date past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestApiError::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    if (expected < 0) {
        QVERIFY(!ms.has_value());
    } else {
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expected);
    }
}

void TestApiError::backoff()
{
    RetryPolicy policy;
    policy.maxRetries = 5;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.maxRetryAfterMs = 60'000;
    // Equal jitter: [step/2, step], step doubling from the base and capped.
    QCOMPARE(policy.delayMs(1, std::nullopt, 0.0), 50);
    QCOMPARE(policy.delayMs(1, std::nullopt, 0.999), 100);
    QCOMPARE(policy.delayMs(2, std::nullopt, 0.0), 100);
    QCOMPARE(policy.delayMs(3, std::nullopt, 0.5), 300);
    QCOMPARE(policy.delayMs(5, std::nullopt, 0.999), 1000); // 1600 capped
    QVERIFY(!policy.delayMs(6, std::nullopt, 0.5));         // attempts exhausted
    QVERIFY(!policy.delayMs(0, std::nullopt, 0.5));
    // Retry-After wins over the computed step, but not beyond the cap on waiting.
    QCOMPARE(policy.delayMs(1, qint64(2500), 0.0), 2500);
    QVERIFY(!policy.delayMs(1, qint64(120'000), 0.0));
    QVERIFY(!policy.delayMs(6, qint64(10), 0.0));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
