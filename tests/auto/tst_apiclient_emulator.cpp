// Api::ApiClient end to end against the real emulator (in process, loopback): every way of
// authenticating the client supports, and the error path of a bad signature.
#include "api/apiclient.h"
#include "api/iamtokencache.h"
#include "api/requestlog.h"
#include "emulatorprocess.h"
#include "server.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Api;
using TestSupport::CallResult;
using TestSupport::InProcessEmulator;

class TestApiClientEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void akSkListsInstances();
    void wrongSecretIsAuthError();
    void iamPasswordFetchesOneToken();
    void wrongPasswordFailsEveryWaitingCall();
    void temporaryKeyWithSecurityToken();

private:
    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<ApiClient> m_client;

    Auth::Credentials iamPassword() const;
};

void TestApiClientEmulator::init()
{
    m_emulator = std::make_unique<InProcessEmulator>();
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    m_client = std::make_unique<ApiClient>();
    m_client->setEndpoint(m_emulator->endpoint());
    m_client->setCredentials(InProcessEmulator::credentials());
}

void TestApiClientEmulator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

Auth::Credentials TestApiClientEmulator::iamPassword() const
{
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::IamPassword;
    credentials.userName = Emulator::Settings::sandboxIamUser();
    credentials.password = Emulator::Settings::sandboxIamPassword();
    credentials.domainName = Emulator::Settings::sandboxIamDomain();
    return credentials;
}

void TestApiClientEmulator::akSkListsInstances()
{
    const CallResult result = TestSupport::callAndWait(*m_client, u"list_instances"_s, {{u"limit"_s, 10}});
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QVERIFY(result.object().contains("instances"_L1));
    const RequestLogEntry &entry = m_client->requestLog()->entries().constLast();
    QCOMPARE(entry.operationId, u"list_instances"_s);
    QCOMPARE(entry.httpStatus, 200);
    QVERIFY(!entry.requestId.isEmpty());
    QVERIFY(entry.bytesIn > 0);
}

void TestApiClientEmulator::wrongSecretIsAuthError()
{
    Auth::Credentials credentials = InProcessEmulator::credentials();
    credentials.secretKey = "not-the-secret-key-of-the-sandbox-0000";
    m_client->setCredentials(credentials);
    const CallResult result = TestSupport::callAndWait(*m_client, u"list_instances"_s);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Auth);
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY2(result.error.errorCode.endsWith(u".0301"_s), qPrintable(result.error.errorCode));
    QVERIFY(!result.error.requestId.isEmpty());
    QVERIFY(result.error.toString().contains(QString::fromLatin1(result.error.requestId)));
    QCOMPARE(m_client->requestLog()->entries().size(), 1); // a 401 is never retried
}

void TestApiClientEmulator::iamPasswordFetchesOneToken()
{
    m_client->setCredentials(iamPassword());
    QObject owner;
    int finished = 0;
    int failed = 0;
    for (int i = 0; i < 4; ++i) {
        ApiCall *call = m_client->call(u"list_instances"_s, {}, &owner);
        connect(call, &ApiCall::finished, this, [&] { ++finished; });
        connect(call, &ApiCall::failed, this, [&](const ApiError &error) {
            qWarning() << error.toString();
            ++failed;
        });
    }
    QTRY_COMPARE(finished + failed, 4);
    QCOMPARE(failed, 0);
    QCOMPARE(m_client->tokenCache()->fetchCount(), 1);
    QVERIFY(m_client->tokenCache()->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3600));
    for (const RequestLogEntry &entry : m_client->requestLog()->entries()) {
        for (const auto &[name, value] : entry.requestHeaders) {
            if (name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0)
                QCOMPARE(value, QByteArray("***"));
        }
    }
}

void TestApiClientEmulator::wrongPasswordFailsEveryWaitingCall()
{
    Auth::Credentials credentials = iamPassword();
    credentials.password = u"wrong"_s;
    m_client->setCredentials(credentials);
    const CallResult first = TestSupport::callAndWait(*m_client, u"list_instances"_s);
    QVERIFY(!first.ok);
    QCOMPARE(first.error.kind, ApiError::Kind::Auth);
    QVERIFY2(first.error.errorMessage.contains(u"username or password"_s), qPrintable(first.error.errorMessage));
}

void TestApiClientEmulator::temporaryKeyWithSecurityToken()
{
    // An IAM token buys a temporary AK/SK + security token (signing.md section 3).
    m_client->setCredentials(iamPassword());
    ApiRequest request;
    request.method = "POST";
    request.service = ApiRequest::Service::Iam;
    request.path = u"/v3.0/OS-CREDENTIAL/securitytokens"_s;
    request.operationId = u"iam_create_temporary_key"_s;
    request.body = R"({"auth":{"identity":{"methods":["token"],"token":{"duration_seconds":900}}}})";
    const CallResult issued = TestSupport::sendAndWait(*m_client, request);
    QVERIFY2(issued.ok, qPrintable(issued.error.toString()));
    const QJsonObject credential = issued.object().value("credential"_L1).toObject();

    Auth::Credentials temporary;
    temporary.kind = Auth::Credentials::Kind::TemporaryAkSk;
    temporary.accessKey = credential.value("access"_L1).toString().toLatin1();
    temporary.secretKey = credential.value("secret"_L1).toString().toLatin1();
    temporary.securityToken = credential.value("securitytoken"_L1).toString().toLatin1();
    QVERIFY(!temporary.securityToken.isEmpty());
    ApiClient client;
    client.setEndpoint(m_emulator->endpoint());
    client.setCredentials(temporary);
    const CallResult ok = TestSupport::callAndWait(client, u"list_instances"_s);
    QVERIFY2(ok.ok, qPrintable(ok.error.toString()));
    // The log shows the token was sent, not what it was.
    const auto headers = client.requestLog()->entries().constLast().requestHeaders;
    QVERIFY(headers.contains(qMakePair(QByteArray("X-Security-Token"), QByteArray("***"))));

    temporary.securityToken = "forged";
    client.setCredentials(temporary);
    const CallResult rejected = TestSupport::callAndWait(client, u"list_instances"_s);
    QVERIFY(!rejected.ok);
    QCOMPARE(rejected.error.kind, ApiError::Kind::Auth);
}

QTEST_GUILESS_MAIN(TestApiClientEmulator)
#include "tst_apiclient_emulator.moc"
