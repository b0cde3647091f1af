// IAM password authentication in Api::ApiClient: one token fetch for many waiting calls,
// caching, refresh-and-replay once on 401, failures, and that the token and the password stay
// out of the request log and the mqdesk.api log.
#include "api/apiclient.h"
#include "api/iamtokencache.h"
#include "api/requestlog.h"
#include "loopbackhttpserver.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Api;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::LoopbackHttpServer;

namespace {

const QString Password = u"Pa$$w0rd-very-secret"_s;

struct Outcome
{
    int finished = 0;
    int failed = 0;
    ApiError error;
    int total() const { return finished + failed; }
};

QStringList g_messages;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

} // namespace

class TestIamToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void tokenFetchedOnceForConcurrentCalls();
    void revokedTokenIsRefreshedAndReplayedOnce();
    void secondUnauthorizedFails();
    void tokenFetchFailureFailsWaitingCalls();
    void shortLivedTokenDoesNotLoop();
    void credentialsChangeDropsToken();
    void secretsNeverLogged();
    void requestBodyShape();

private:
    std::shared_ptr<Outcome> watch(ApiCall *call);
    ApiCall *get(const QString &path);
    HttpResponse answer(const HttpRequest &r);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QObject m_owner;
    int m_tokenRequests = 0;
    int m_apiRequests = 0;
    QSet<QByteArray> m_validTokens;
    bool m_rejectAll = false;
    bool m_iamDown = false;
    qint64 m_tokenLifetimeSecs = 24 * 3600;
};

void TestIamToken::init()
{
    m_tokenRequests = m_apiRequests = 0;
    m_validTokens.clear();
    m_rejectAll = m_iamDown = false;
    m_tokenLifetimeSecs = 24 * 3600;
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const HttpRequest &r) { return std::optional<HttpResponse>(answer(r)); });
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.dms = m_server->url();
    endpoint.iam = m_server->url();
    endpoint.projectId = u"0123456789abcdef0123456789abcdef"_s;
    m_client->setEndpoint(endpoint);
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::IamPassword;
    credentials.userName = u"ops"_s;
    credentials.password = Password;
    credentials.domainName = u"acme"_s;
    credentials.projectName = u"cn-north-4"_s;
    m_client->setCredentials(credentials);
}

void TestIamToken::cleanup()
{
    m_client.reset();
    m_server.reset();
}

HttpResponse TestIamToken::answer(const HttpRequest &r)
{
    if (r.path == "/v3/auth/tokens") {
        ++m_tokenRequests;
        if (m_iamDown) {
            return HttpResponse::json(
                401, R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})");
        }
        const QByteArray token = "MIItoken-" + QByteArray::number(m_tokenRequests);
        m_validTokens.insert(token);
        const QString expires =
            QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetimeSecs).toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
        HttpResponse response = HttpResponse::json(
            201,
            QJsonDocument(
                QJsonObject {
                    {u"token"_s, QJsonObject {{u"expires_at"_s, expires}, {u"methods"_s, QJsonArray {u"password"_s}}}}})
                .toJson(QJsonDocument::Compact));
        response.headers.append({QByteArrayLiteral("X-Subject-Token"), token});
        return response;
    }
    ++m_apiRequests;
    if (m_rejectAll || !m_validTokens.contains(r.header("X-Auth-Token")))
        return HttpResponse::json(401, R"({"error_code":"APIGW.0301","error_msg":"token expires"})");
    return HttpResponse::json(200, R"({"ok":true})");
}

std::shared_ptr<Outcome> TestIamToken::watch(ApiCall *call)
{
    auto outcome = std::make_shared<Outcome>();
    connect(call, &ApiCall::finished, this, [outcome] { ++outcome->finished; });
    connect(call, &ApiCall::failed, this, [outcome](const ApiError &error) {
        ++outcome->failed;
        outcome->error = error;
    });
    return outcome;
}

ApiCall *TestIamToken::get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    r.operationId = u"test_get"_s;
    return m_client->send(r, &m_owner);
}

void TestIamToken::tokenFetchedOnceForConcurrentCalls()
{
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i)
        outcomes.append(watch(get(u"/v2/p/instances/%1"_s.arg(i))));
    QCOMPARE(m_client->queued(), 5); // all waiting for the one token
    for (const auto &outcome : std::as_const(outcomes))
        QTRY_COMPARE(outcome->finished, 1);
    QCOMPARE(m_tokenRequests, 1);
    QCOMPARE(m_apiRequests, 5);
    for (const HttpRequest &r : m_server->requests()) {
        if (r.path == "/v3/auth/tokens") {
            QVERIFY(r.header("Authorization").isEmpty());
            QVERIFY(r.header("X-Auth-Token").isEmpty());
            QCOMPARE(r.query, QByteArray("nocatalog=true"));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=utf8"));
            QCOMPARE(r.index, 0);
        } else {
            QCOMPARE(r.header("X-Auth-Token"), QByteArray("MIItoken-1"));
            QVERIFY(r.header("Authorization").isEmpty());
            QVERIFY(r.header("X-Sdk-Date").isEmpty());
        }
    }
    // Cached for the next call.
    auto later = watch(get(u"/v2/p/instances"_s));
    QTRY_COMPARE(later->finished, 1);
    QCOMPARE(m_tokenRequests, 1);
    QVERIFY(m_client->tokenCache()->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
}

void TestIamToken::revokedTokenIsRefreshedAndReplayedOnce()
{
    auto first = watch(get(u"/v2/p/a"_s));
    QTRY_COMPARE(first->finished, 1);
    m_validTokens.clear(); // revoked early (password change, ...)
    ApiCall *call = get(u"/v2/p/b"_s);
    auto second = watch(call);
    QTRY_COMPARE(second->total(), 1);
    QCOMPARE(second->finished, 1);
    QCOMPARE(m_tokenRequests, 2);
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(m_server->requests().constLast().header("X-Auth-Token"), QByteArray("MIItoken-2"));
}

void TestIamToken::secondUnauthorizedFails()
{
    m_rejectAll = true;
    ApiCall *call = get(u"/v2/p/a"_s);
    auto outcome = watch(call);
    QTRY_COMPARE(outcome->total(), 1);
    QCOMPARE(outcome->failed, 1);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Auth);
    QCOMPARE(outcome->error.errorCode, u"APIGW.0301"_s);
    QCOMPARE(m_apiRequests, 2); // the first attempt and one replay, no more
    QCOMPARE(m_tokenRequests, 2);
    QCOMPARE(call->attempts(), 2);
}

void TestIamToken::tokenFetchFailureFailsWaitingCalls()
{
    m_iamDown = true;
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes.append(watch(get(u"/v2/p/%1"_s.arg(i))));
    for (const auto &outcome : std::as_const(outcomes)) {
        QTRY_COMPARE(outcome->total(), 1);
        QCOMPARE(outcome->failed, 1);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Auth);
        QCOMPARE(outcome->error.httpStatus, 401);
        QVERIFY2(outcome->error.errorMessage.contains(u"The username or password is wrong."_s),
                 qPrintable(outcome->error.errorMessage));
    }
    QCOMPARE(m_tokenRequests, 1);
    QCOMPARE(m_apiRequests, 0);
    QCOMPARE(m_client->queued(), 0);

    // IAM is back: the next call tries again.
    m_iamDown = false;
    auto retry = watch(get(u"/v2/p/x"_s));
    QTRY_COMPARE(retry->finished, 1);
    QCOMPARE(m_tokenRequests, 2);
}

void TestIamToken::shortLivedTokenDoesNotLoop()
{
    m_tokenLifetimeSecs = 60; // shorter than the 5 min refresh margin
    auto a = watch(get(u"/v2/p/a"_s));
    auto b = watch(get(u"/v2/p/b"_s));
    QTRY_COMPARE(a->finished, 1);
    QTRY_COMPARE(b->finished, 1);
    QCOMPARE(m_tokenRequests, 1);
    QVERIFY(!m_client->tokenCache()->validToken().isEmpty());
}

void TestIamToken::credentialsChangeDropsToken()
{
    auto a = watch(get(u"/v2/p/a"_s));
    QTRY_COMPARE(a->finished, 1);
    Auth::Credentials other = m_client->credentials();
    other.userName = u"someone-else"_s;
    m_client->setCredentials(other);
    QVERIFY(m_client->tokenCache()->validToken().isEmpty());
    auto b = watch(get(u"/v2/p/b"_s));
    QTRY_COMPARE(b->finished, 1);
    QCOMPARE(m_tokenRequests, 2);
    const HttpRequest &tokenRequest = m_server->requests().at(m_server->requestCount() - 2);
    QVERIFY(tokenRequest.body.contains("someone-else"));
}

void TestIamToken::secretsNeverLogged()
{
    g_messages.clear();
    QLoggingCategory::setFilterRules(u"mqdesk.api=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    m_validTokens.clear();
    auto a = watch(get(u"/v2/p/a"_s));
    QTRY_COMPARE(a->finished, 1);
    m_validTokens.clear();
    auto b = watch(get(u"/v2/p/b"_s)); // 401, refresh, replay: every path that could log
    QTRY_COMPARE(b->finished, 1);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // The category did log the requests, the 401 and the token fetches.
    QVERIFY(g_messages.size() >= 5);
    QVERIFY(std::any_of(g_messages.cbegin(), g_messages.cend(),
                        [](const QString &m) { return m.contains(u"IAM token obtained"_s); }));
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(u"MIItoken"_s), qPrintable(message));
        QVERIFY2(!message.contains(Password), qPrintable(message));
    }
    const auto &entries = m_client->requestLog()->entries();
    QVERIFY(entries.size() >= 5);
    bool sawTokenRequest = false;
    for (const RequestLogEntry &entry : entries) {
        const QString curl = RequestLog::toCurl(entry);
        QVERIFY2(!curl.contains(u"MIItoken"_s), qPrintable(curl));
        QVERIFY2(!curl.contains(Password), qPrintable(curl));
        if (entry.operationId == u"iam_create_token"_s) {
            sawTokenRequest = true;
            QVERIFY(curl.contains(u"\"password\":\"***\""_s));
            QVERIFY(curl.contains(u"\"name\":\"ops\""_s));
        }
    }
    QVERIFY(sawTokenRequest);
}

void TestIamToken::requestBodyShape()
{
    const QByteArray body = IamTokenCache::requestBody(u"ops"_s, u"pw\"x"_s, u"acme"_s, QString(), u"pid"_s);
    const QJsonObject auth = QJsonDocument::fromJson(body).object().value("auth"_L1).toObject();
    const QJsonObject identity = auth.value("identity"_L1).toObject();
    QCOMPARE(identity.value("methods"_L1).toArray(), QJsonArray {u"password"_s});
    const QJsonObject user = identity.value("password"_L1).toObject().value("user"_L1).toObject();
    QCOMPARE(user.value("name"_L1).toString(), u"ops"_s);
    QCOMPARE(user.value("password"_L1).toString(), u"pw\"x"_s); // escaped properly
    QCOMPARE(user.value("domain"_L1).toObject().value("name"_L1).toString(), u"acme"_s);
    QCOMPARE(auth.value("scope"_L1).toObject().value("project"_L1).toObject().value("id"_L1).toString(), u"pid"_s);
    const QByteArray byName = IamTokenCache::requestBody(u"ops"_s, u"pw"_s, u"acme"_s, u"cn-north-4"_s, u"pid"_s);
    QVERIFY(byName.contains(R"("project":{"name":"cn-north-4"})"));
}

QTEST_GUILESS_MAIN(TestIamToken)
#include "tst_iamtoken.moc"
