// Api::RequestLog: redaction of headers and bodies, the curl rendering, the bounded ring and
// the table model contract.
#include "api/requestlog.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using Api::RequestLog;
using Api::RequestLogEntry;

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactHeaders();
    void redactJsonBody();
    void redactOtherBodies();
    void curlQuotesAndMasks();
    void urlQueryRedacted();
    void ringIsBounded();
    void modelContract();
};

void TestRequestLog::redactHeaders()
{
    const QList<QPair<QByteArray, QByteArray>> headers {
        {"Authorization",
         "SDK-HMAC-SHA256 Access=EXAMPLEAK0123456789Z, SignedHeaders=host;x-project-id;x-sdk-date, "
         "Signature=f3db7369ae8ed307bd41b44d1c06c957762adf7fcb6abb2c64e1312ffb7dc5d7"},
        {"X-Auth-Token", "MIIPAgYJKoZIhvcNAQcCo"},
        {"x-security-token", "gQpjbi1ub3J0aC00"},
        {"X-Subject-Token", "MIIsubject"},
        {"Cookie", "session=1"},
        {"X-Project-Id", "0123456789abcdef"},
        {"Content-Type", "application/json"},
        {"Authorization", "Bearer abc"},
    };
    const auto out = RequestLog::redactHeaders(headers);
    QCOMPARE(out.size(), headers.size());
    QCOMPARE(out.at(0).second,
             QByteArray("SDK-HMAC-SHA256 Access=***, SignedHeaders=host;x-project-id;x-sdk-date, Signature=***"));
    QCOMPARE(out.at(1).second, QByteArray("***"));
    QCOMPARE(out.at(2).second, QByteArray("***"));
    QCOMPARE(out.at(3).second, QByteArray("***"));
    QCOMPARE(out.at(4).second, QByteArray("***"));
    QCOMPARE(out.at(5).second, QByteArray("0123456789abcdef"));
    QCOMPARE(out.at(6).second, QByteArray("application/json"));
    QCOMPARE(out.at(7).second, QByteArray("Bearer ***"));
    for (const auto &[name, value] : out) {
        QVERIFY(!value.contains("f3db7369"));
        QVERIFY(!value.contains("EXAMPLEAK"));
    }
}

void TestRequestLog::redactJsonBody()
{
    const QByteArray token =
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"ops","password":"Pa$$w0rd!","domain":{"name":"acme"}}}},"scope":{"project":{"name":"cn-north-4"}}}})";
    bool truncated = true;
    const QByteArray out = RequestLog::redactBody(token, "application/json;charset=utf8", &truncated);
    QVERIFY(!truncated);
    QVERIFY(!out.contains("Pa$$w0rd!"));
    const QJsonObject user = QJsonDocument::fromJson(out)
                                 .object()["auth"_L1]
                                 .toObject()["identity"_L1]
                                 .toObject()["password"_L1]
                                 .toObject()["user"_L1]
                                 .toObject();
    QCOMPARE(user["password"_L1].toString(), u"***"_s);
    QCOMPARE(user["name"_L1].toString(), u"ops"_s); // who, but not the secret
    QVERIFY(out.contains(R"("methods":["password"])"));

    const QByteArray nested = R"([{"secret_key":"s1","access_key":"AK","users":[{"new_password":"x"}],"n":1}])";
    const QByteArray redacted = RequestLog::redactBody(nested, "application/json");
    QVERIFY(!redacted.contains("\"s1\""));
    QVERIFY(!redacted.contains("\"x\""));
    QVERIFY(redacted.contains("\"AK\""));
    QVERIFY(redacted.contains("\"n\":1"));

    const QByteArray big = "{\"a\":\"" + QByteArray(40'000, 'x') + "\"}";
    QVERIFY(RequestLog::redactBody(big, "application/json", &truncated).size() <= 16 * 1024);
    QVERIFY(truncated);
}

void TestRequestLog::redactOtherBodies()
{
    QCOMPARE(RequestLog::redactBody({}, "application/json"), QByteArray());
    QCOMPARE(RequestLog::redactBody("hello world", "text/plain"), QByteArray("hello world"));
    QCOMPARE(RequestLog::redactBody("user=a&password=b&Signature=abc%2B&SignatureNonce=n1&Action=SendMessage",
                                    "application/x-www-form-urlencoded; charset=utf-8"),
             QByteArray("user=a&password=***&Signature=***&SignatureNonce=***&Action=SendMessage"));
    QCOMPARE(RequestLog::redactBody("see my password", "text/plain"), QByteArray("<15 bytes not shown>"));
    QCOMPARE(RequestLog::redactBody(QByteArray("\x00\x01\x02", 3), "application/octet-stream"),
             QByteArray("<3 bytes not shown>"));
    QCOMPARE(RequestLog::redactBody("not json {", "application/json"), QByteArray("not json {"));
}

void TestRequestLog::curlQuotesAndMasks()
{
    RequestLogEntry entry;
    entry.method = "POST";
    entry.url = QUrl(u"https://dms.example.com/v2/p/instances?name=it%27s%20mine"_s);
    entry.requestHeaders = RequestLog::redactHeaders(
        {{"Content-Type", "application/json"}, {"X-Auth-Token", "tok-secret"}, {"X-Note", "it's"}});
    entry.requestBody = RequestLog::redactBody(R"({"name":"o'neil","password":"pw"})", "application/json");
    const QString curl = RequestLog::toCurl(entry);
    QVERIFY2(curl.startsWith(u"curl -X POST 'https://dms.example.com/v2/p/instances?name=it%27s%20mine'"_s),
             qPrintable(curl));
    QVERIFY(curl.contains(u"-H 'Content-Type: application/json'"_s));
    QVERIFY(curl.contains(u"-H 'X-Auth-Token: ***'"_s));
    QVERIFY(curl.contains(u"-H 'X-Note: it'\\''s'"_s));
    QVERIFY(curl.contains(u"--data-binary '{\"name\":\"o'\\''neil\",\"password\":\"***\"}'"_s));
    QVERIFY(!curl.contains(u"tok-secret"_s));
    QVERIFY(!curl.contains(u"\"pw\""_s));

    RequestLogEntry get;
    get.method = "GET";
    get.url = QUrl(u"http://127.0.0.1:8080/v2/p/instances"_s);
    QCOMPARE(RequestLog::toCurl(get), u"curl 'http://127.0.0.1:8080/v2/p/instances'"_s);
}

void TestRequestLog::urlQueryRedacted()
{
    const QUrl url(
        u"https://onsmqtt.example.com/?AccessKeyId=AK&Action=SendMessage&SecurityToken=st%2F1&Signature=x%3D"_s);
    QCOMPARE(RequestLog::redactUrl(url).toString(QUrl::FullyEncoded),
             u"https://onsmqtt.example.com/?AccessKeyId=AK&Action=SendMessage&SecurityToken=***&Signature=***"_s);
    const QUrl plain(u"https://dms.example.com/v2/p/instances?limit=10&name=a%20b"_s);
    QCOMPARE(RequestLog::redactUrl(plain), plain);
}

void TestRequestLog::ringIsBounded()
{
    RequestLog log;
    log.setCapacity(3);
    QSignalSpy added(&log, &RequestLog::entryAdded);
    for (int i = 0; i < 5; ++i) {
        RequestLogEntry e;
        e.method = "GET";
        e.operationId = u"op%1"_s.arg(i);
        log.add(e);
    }
    QCOMPARE(added.count(), 5);
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.entry(0).operationId, u"op2"_s);
    QCOMPARE(log.entry(2).operationId, u"op4"_s);
    QCOMPARE(log.entry(2).id, quint64(5));
    QCOMPARE(added.last().at(0).value<RequestLogEntry>().operationId, u"op4"_s);
    log.setCapacity(1);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entry(0).operationId, u"op4"_s);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestRequestLog::modelContract()
{
    RequestLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setCapacity(10);
    for (int i = 0; i < 25; ++i) {
        RequestLogEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.method = "GET";
        e.url = QUrl(u"https://x.example/v2/p/instances"_s);
        e.httpStatus = i % 5 == 0 ? 503 : 200;
        e.error = i % 5 == 0 ? u"503 Service Unavailable"_s : QString();
        e.durationMs = i;
        log.add(e);
    }
    QCOMPARE(log.rowCount(), 10);
    QCOMPARE(log.columnCount(), int(RequestLog::ColumnCount));
    const QModelIndex status = log.index(0, RequestLog::StatusColumn);
    QCOMPARE(log.data(status).toString(), u"503"_s); // entry 15
    QVERIFY(log.data(status, RequestLog::IsErrorRole).toBool());
    QCOMPARE(log.data(log.index(0, RequestLog::ErrorColumn)).toString(), u"503 Service Unavailable"_s);
    QCOMPARE(log.headerData(RequestLog::UrlColumn, Qt::Horizontal).toString(), u"URL"_s);
    QCOMPARE(log.data(log.index(9, RequestLog::MethodColumn)).toString(), u"GET"_s);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
