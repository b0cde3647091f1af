// The emulator's authentication, over loopback: AK/SK signatures checked with core's
// verifier (missing, malformed, unknown AK, wrong SK, clock skew, tampered body and query),
// IAM tokens it issued (X-Auth-Token), temporary AK/SK with X-Security-Token, the 12 MB limit,
// and X-Request-Id on every answer.
#include "emulatorprocess.h"

#include "auth/signer.h"
#include "catalog.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray requestId;
    QByteArray subjectToken;
};

} // namespace

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::InProcessEmulator> m_emulator;
    QNetworkAccessManager m_manager;

    QUrl url(const QString &pathAndQuery) const { return QUrl(m_emulator->url().toString() + pathAndQuery); }
    QString instancesPath() const
    {
        return u"/v2/%1/instances?engine=reliability"_s.arg(Emulator::Settings::sandboxProjectId());
    }

    Answer send(const QByteArray &method, const QUrl &target, const Auth::HeaderList &headers,
                const QByteArray &body = {})
    {
        QNetworkRequest request(target);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, method, body));
        Answer answer;
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        answer.requestId = reply->rawHeader("X-Request-Id");
        answer.subjectToken = reply->rawHeader("X-Subject-Token");
        return answer;
    }

    /// Signs (method, url, body) with ak/sk at sdkDate and sends `sentBody` (default: body).
    Answer sendSigned(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                      const QByteArray &ak = Emulator::Settings::sandboxAccessKey(),
                      const QByteArray &sk = Emulator::Settings::sandboxSecretKey(), Auth::HeaderList headers = {},
                      const QByteArray &sdkDate = {}, const std::optional<QByteArray> &sentBody = std::nullopt,
                      const QString &sentPathAndQuery = {})
    {
        Auth::SignInput input;
        input.method = method;
        input.url = url(pathAndQuery);
        input.headers = headers;
        if (!body.isEmpty())
            input.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        input.body = body;
        input.sdkDate = sdkDate;
        const Auth::SignResult signature = Auth::Signer::sign(input, ak, sk);
        headers += signature.headersToAdd;
        const QUrl target = sentPathAndQuery.isEmpty() ? signature.sendUrl : url(sentPathAndQuery);
        return send(method, target, headers, sentBody.value_or(body));
    }

    static QByteArray sdkDateOffset(int seconds)
    {
        return Auth::Signer::formatDate(QDateTime::currentDateTimeUtc().addSecs(seconds));
    }

    QByteArray tokenRequest(const QString &password, const QString &project) const
    {
        const QJsonObject body {
            {u"auth"_s,
             QJsonObject {
                 {u"identity"_s,
                  QJsonObject {
                      {u"methods"_s, QJsonArray {u"password"_s}},
                      {u"password"_s,
                       QJsonObject {
                           {u"user"_s,
                            QJsonObject {
                                {u"name"_s, Emulator::Settings::sandboxIamUser()},
                                {u"password"_s, password},
                                {u"domain"_s, QJsonObject {{u"name"_s, Emulator::Settings::sandboxIamDomain()}}}}}}}}},
                 {u"scope"_s, QJsonObject {{u"project"_s, QJsonObject {{u"name"_s, project}}}}}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<TestSupport::InProcessEmulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
    }

    void cleanup() { m_emulator.reset(); }

    void signedRequestPasses()
    {
        const Answer answer = sendSigned("GET", instancesPath());
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json.contains(u"instances"_s));
        QCOMPARE(answer.requestId.size(), 32);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing"_s << u"no Authorization"_s;
        QTest::newRow("malformed") << u"malformed"_s << u"malformed"_s;
        QTest::newRow("unknown AK") << u"unknownAk"_s << u"access key does not exist"_s;
        QTest::newRow("wrong SK") << u"wrongSk"_s << u"signature"_s;
        QTest::newRow("16 minutes early") << u"skewPast"_s << u"15 minutes"_s;
        QTest::newRow("16 minutes late") << u"skewFuture"_s << u"15 minutes"_s;
        QTest::newRow("tampered body") << u"tamperedBody"_s << u"signature"_s;
        QTest::newRow("tampered query") << u"tamperedQuery"_s << u"signature"_s;
        QTest::newRow("bad date") << u"badDate"_s << u"X-Sdk-Date"_s;
    }

    void rejected()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = u"/v2/%1/instances/none/topics"_s.arg(Emulator::Settings::sandboxProjectId());
        const QByteArray body = R"({"name":"topic-a","permission":"all"})";
        Answer answer;
        if (kind == "missing"_L1) {
            answer = send("POST", url(path), {{"Content-Type", "application/json"}}, body);
        } else if (kind == "malformed"_L1) {
            answer = send("POST", url(path),
                          {{"Authorization", "SDK-HMAC-SHA256 nonsense"}, {"X-Sdk-Date", sdkDateOffset(0)}}, body);
        } else if (kind == "unknownAk"_L1) {
            answer = sendSigned("POST", path, body, "UNKNOWNACCESSKEY0001");
        } else if (kind == "wrongSk"_L1) {
            answer = sendSigned("POST", path, body, Emulator::Settings::sandboxAccessKey(), "not-the-secret");
        } else if (kind == "skewPast"_L1) {
            answer = sendSigned("POST", path, body, Emulator::Settings::sandboxAccessKey(),
                                Emulator::Settings::sandboxSecretKey(), {}, sdkDateOffset(-16 * 60));
        } else if (kind == "skewFuture"_L1) {
            answer = sendSigned("POST", path, body, Emulator::Settings::sandboxAccessKey(),
                                Emulator::Settings::sandboxSecretKey(), {}, sdkDateOffset(16 * 60));
        } else if (kind == "tamperedBody"_L1) {
            answer = sendSigned("POST", path, body, Emulator::Settings::sandboxAccessKey(),
                                Emulator::Settings::sandboxSecretKey(), {}, {},
                                QByteArray(R"({"name":"topic-b","permission":"all"})"));
        } else if (kind == "tamperedQuery"_L1) {
            answer = sendSigned("GET", instancesPath() + u"&limit=5"_s, {}, Emulator::Settings::sandboxAccessKey(),
                                Emulator::Settings::sandboxSecretKey(), {}, {}, std::nullopt,
                                instancesPath() + u"&limit=6"_s);
        } else if (kind == "badDate"_L1) {
            answer = sendSigned("GET", instancesPath(), {}, Emulator::Settings::sandboxAccessKey(),
                                Emulator::Settings::sandboxSecretKey(), {}, "20261301T250000Z");
        }
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json.value(u"error_code"_s).toString(), u"APIGW.0301"_s);
        QVERIFY2(answer.json.value(u"error_msg"_s).toString().contains(message),
                 qPrintable(answer.json.value(u"error_msg"_s).toString()));
        QCOMPARE(answer.json.value(u"request_id"_s).toString().toLatin1(), answer.requestId);
        QCOMPARE(answer.requestId.size(), 32);
        // Nothing was created by a rejected request.
        QCOMPARE(m_emulator->server().catalog().instances(Emulator::Settings::sandboxProjectId()).size(), 0);
    }

    void skewWithinFifteenMinutesPasses()
    {
        const Answer answer = sendSigned("GET", instancesPath(), {}, Emulator::Settings::sandboxAccessKey(),
                                         Emulator::Settings::sandboxSecretKey(), {}, sdkDateOffset(-14 * 60));
        QCOMPARE(answer.status, 200);
    }

    void tokenFlow()
    {
        const QString region = m_emulator->server().settings().region;
        const Answer wrong = send("POST", url(u"/v3/auth/tokens"_s), {{"Content-Type", "application/json"}},
                                  tokenRequest(u"wrong-password"_s, region));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.subjectToken.isEmpty());

        const Answer issued = send("POST", url(u"/v3/auth/tokens"_s), {{"Content-Type", "application/json"}},
                                   tokenRequest(Emulator::Settings::sandboxIamPassword(), region));
        QCOMPARE(issued.status, 201);
        QVERIFY(issued.subjectToken.size() > 100);
        const QJsonObject token = issued.json.value(u"token"_s).toObject();
        const QDateTime expires = QDateTime::fromString(token.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 24 * 3600) < 120);
        QCOMPARE(token.value(u"project"_s).toObject().value(u"id"_s).toString(),
                 Emulator::Settings::sandboxProjectId());

        const Answer listed = send("GET", url(instancesPath()), {{"X-Auth-Token", issued.subjectToken}});
        QCOMPARE(listed.status, 200);
        const Answer projects = send("GET", url(u"/v3/auth/projects"_s), {{"X-Auth-Token", issued.subjectToken}});
        QCOMPARE(projects.status, 200);
        QVERIFY(projects.json.value(u"projects"_s).toArray().size() >= 2);
        const Answer filtered =
            send("GET", url(u"/v3/projects?name="_s + region), {{"X-Auth-Token", issued.subjectToken}});
        QCOMPARE(filtered.json.value(u"projects"_s).toArray().size(), 1);

        QByteArray forged = issued.subjectToken;
        forged[10] = forged.at(10) == 'A' ? 'B' : 'A';
        const Answer bogus = send("GET", url(instancesPath()), {{"X-Auth-Token", forged}});
        QCOMPARE(bogus.status, 401);

        // A token is scoped to its project.
        const QString other = m_emulator->server().settings().projects().at(1).id;
        const Answer otherProject = send("GET", url(u"/v2/%1/instances?engine=reliability"_s.arg(other)),
                                         {{"X-Auth-Token", issued.subjectToken}});
        QCOMPARE(otherProject.status, 401);
        QCOMPARE(otherProject.json.value(u"error_code"_s).toString(), u"DMS.10240104"_s);
    }

    void temporaryKeys()
    {
        const Answer issued =
            send("POST", url(u"/v3/auth/tokens"_s), {{"Content-Type", "application/json"}},
                 tokenRequest(Emulator::Settings::sandboxIamPassword(), m_emulator->server().settings().region));
        QCOMPARE(issued.status, 201);
        const QByteArray body = R"({"auth":{"identity":{"methods":["token"],"token":{"duration_seconds":900}}}})";
        const Answer temporary =
            send("POST", url(u"/v3.0/OS-CREDENTIAL/securitytokens"_s),
                 {{"X-Auth-Token", issued.subjectToken}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(temporary.status, 201);
        const QJsonObject credential = temporary.json.value(u"credential"_s).toObject();
        const QByteArray ak = credential.value(u"access"_s).toString().toLatin1();
        const QByteArray sk = credential.value(u"secret"_s).toString().toLatin1();
        const QByteArray securityToken = credential.value(u"securitytoken"_s).toString().toLatin1();
        QVERIFY(!ak.isEmpty() && !sk.isEmpty() && !securityToken.isEmpty());

        QCOMPARE(sendSigned("GET", instancesPath(), {}, ak, sk, {{"X-Security-Token", securityToken}}).status, 200);
        const Answer without = sendSigned("GET", instancesPath(), {}, ak, sk);
        QCOMPARE(without.status, 401);
        QVERIFY(without.json.value(u"error_msg"_s).toString().contains(u"X-Security-Token"_s));
        QCOMPARE(sendSigned("GET", instancesPath(), {}, ak, sk, {{"X-Security-Token", "gQforged"}}).status, 401);
    }

    void bodyLimit()
    {
        // 12 MB through one thread's client and server is slow in debug builds: a child process.
        TestSupport::EmulatorProcess child;
        QVERIFY2(child.start(), qPrintable(child.errorString()));
        const QString path = u"/v2/%1/instances"_s.arg(Emulator::Settings::sandboxProjectId());
        const QUrl target(child.url().toString() + path);
        const Answer tooLarge =
            send("POST", target, {{"Content-Type", "application/json"}}, QByteArray(12 * 1024 * 1024 + 1, ' '));
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.requestId.size(), 32);
        QVERIFY(!tooLarge.json.value(u"error_code"_s).toString().isEmpty());
        // Exactly 12 MB is not rejected for its size (it fails later: a JSON body without content).
        Auth::SignInput input;
        input.method = "POST";
        input.url = target;
        input.body = QByteArray(12 * 1024 * 1024, ' ');
        const Auth::SignResult signature = Auth::Signer::sign(input, child.accessKey(), child.secretKey());
        const Answer atLimit = send("POST", signature.sendUrl, signature.headersToAdd, input.body);
        QCOMPARE(atLimit.status, 400);
    }

    void everyAnswerHasRequestId()
    {
        for (const QString &path : {u"/nowhere"_s, u"/v3/projects"_s, instancesPath()}) {
            const Answer answer = send("GET", url(path), {});
            QVERIFY(answer.status >= 400);
            QCOMPARE(answer.requestId.size(), 32);
        }
        QVERIFY(sendSigned("GET", instancesPath()).requestId != sendSigned("GET", instancesPath()).requestId);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
