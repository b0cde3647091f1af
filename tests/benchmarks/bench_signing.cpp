// Cost of signing and verifying one request (SDK-HMAC-SHA256).
//
//   build/<dir>/tests/bench_signing                 QBENCHMARK figures per case
//   build/<dir>/tests/bench_signing summary         microseconds per request, one line per case

#include "auth/signer.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using Auth::Signer;
using Auth::Verifier;

namespace {

const QByteArray kAk = "EXAMPLEAK0123456789Z";
const QByteArray kSk = "EXAMPLEsk0123456789abcdefghijklmnopqrstu";
const QByteArray kProject = "0123456789abcdef0123456789abcdef";

Auth::SignInput typicalGet()
{
    Auth::SignInput in;
    in.method = "GET";
    in.url =
        QUrl::fromEncoded("https://dms.cn-north-4.myhuaweicloud.com/v2/" + kProject +
                          "/instances/11111111-2222-3333-4444-555555555555/topics?offset=0&limit=50&name=orders%20eu");
    in.headers = {{"X-Project-Id", kProject}, {"Content-Type", "application/json"}};
    in.sdkDate = "20240416T095341Z";
    return in;
}

Auth::SignInput post1k()
{
    Auth::SignInput in;
    in.method = "POST";
    in.url = QUrl::fromEncoded("https://dms.cn-north-4.myhuaweicloud.com/v2/" + kProject +
                               "/instances/11111111-2222-3333-4444-555555555555/messages");
    in.headers = {{"X-Project-Id", kProject}, {"Content-Type", "application/json;charset=UTF-8"}};
    QByteArray body = R"({"topic":"orders","tags":"eu","keys":"k-1","body":")";
    body += QByteArray(1024 - body.size() - 2, 'x');
    body += "\"}";
    in.body = body;
    in.sdkDate = "20240416T095341Z";
    return in;
}

// What the server receives for a signed request.
Auth::VerifyInput received(const Auth::SignInput &in, const Auth::SignResult &signedRequest)
{
    Auth::VerifyInput out;
    out.method = in.method;
    out.rawPath = signedRequest.sendUrl.path(QUrl::FullyEncoded).toUtf8();
    out.rawQuery = signedRequest.sendUrl.query(QUrl::FullyEncoded).toUtf8();
    out.headers = in.headers + signedRequest.headersToAdd;
    out.headers.append({QByteArray("Host"), signedRequest.sendUrl.host().toUtf8()});
    out.headers.append({QByteArray("User-Agent"), QByteArray("mqdesk/0.1")});
    out.headers.append({QByteArray("Content-Length"), QByteArray::number(in.body.size())});
    out.body = in.body;
    out.now = *Signer::parseDate(in.sdkDate);
    return out;
}

std::optional<QByteArray> lookup(const QByteArray &ak)
{
    return ak == kAk ? std::optional<QByteArray>(kSk) : std::nullopt;
}

template<typename F> double microsecondsPerCall(F &&f)
{
    for (int i = 0; i < 200; ++i) // warm up
        f();
    constexpr int rounds = 5;
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        constexpr int iterations = 20000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            f();
        best = std::min(best, double(timer.nsecsElapsed()) / iterations / 1000.0);
    }
    return best;
}

} // namespace

class bench_Signing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signGet()
    {
        const auto in = typicalGet();
        QBENCHMARK
        {
            const auto r = Signer::sign(in, kAk, kSk);
            Q_UNUSED(r);
        }
    }
    void signPost1k()
    {
        const auto in = post1k();
        QBENCHMARK
        {
            const auto r = Signer::sign(in, kAk, kSk);
            Q_UNUSED(r);
        }
    }
    void verifyGet()
    {
        const auto in = typicalGet();
        const auto request = received(in, Signer::sign(in, kAk, kSk));
        QVERIFY(Verifier::verify(request, lookup).ok());
        QBENCHMARK
        {
            const auto r = Verifier::verify(request, lookup);
            Q_UNUSED(r);
        }
    }
    void verifyPost1k()
    {
        const auto in = post1k();
        const auto request = received(in, Signer::sign(in, kAk, kSk));
        QVERIFY(Verifier::verify(request, lookup).ok());
        QBENCHMARK
        {
            const auto r = Verifier::verify(request, lookup);
            Q_UNUSED(r);
        }
    }

    // Plain numbers for the report: best of 5 rounds of 20000 calls.
    void summary()
    {
        const auto get = typicalGet();
        const auto post = post1k();
        const auto getRequest = received(get, Signer::sign(get, kAk, kSk));
        const auto postRequest = received(post, Signer::sign(post, kAk, kSk));
        QVERIFY(Verifier::verify(getRequest, lookup).ok());
        QVERIFY(Verifier::verify(postRequest, lookup).ok());
        const struct
        {
            const char *name;
            double us;
        } rows[] = {
            {"sign GET, 3 query params", microsecondsPerCall([&] { return Signer::sign(get, kAk, kSk); })},
            {"sign POST, 1 KB JSON body", microsecondsPerCall([&] { return Signer::sign(post, kAk, kSk); })},
            {"verify GET, 3 query params", microsecondsPerCall([&] { return Verifier::verify(getRequest, lookup); })},
            {"verify POST, 1 KB JSON body", microsecondsPerCall([&] { return Verifier::verify(postRequest, lookup); })},
        };
        for (const auto &row : rows)
            qInfo("%-30s %8.2f us/request", row.name, row.us);
    }
};

QTEST_GUILESS_MAIN(bench_Signing)
#include "bench_signing.moc"
