// Sign -> send -> verify, end to end: random requests through Auth::Signer and
// Auth::Verifier, and signed requests sent by QNetworkAccessManager to a loopback socket.

#include "auth/signer.h"
#include "signaturecheck.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Auth::Signer;
using Auth::Verifier;
using TestSupport::secretFor;
using Status = Auth::VerifyResult::Status;

class tst_SigningRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomRoundTrips();
    void overRealHttp();
};

namespace {

const QStringList kAtoms = {u"abc"_s, u"Topic-1"_s, u"消费"_s, u" "_s, u"+"_s,   u"*"_s,    u"~"_s,  u":"_s,
                            u"@"_s,   u"(x)"_s,     u"%"_s,    u"é"_s, u"🚀"_s,   u"_"_s,    u"'"_s,  u"!"_s,
                            u"="_s,   u"&"_s,       u"?"_s,    u"#"_s, u"[1]"_s, u"ключ"_s, u"%41"_s};

QString randomText(QRandomGenerator &rng, int low, int high)
{
    QString out;
    const int n = rng.bounded(low, high + 1);
    for (int i = 0; i < n; ++i)
        out += kAtoms.at(rng.bounded(int(kAtoms.size())));
    return out;
}

// A request as mqdesk's client builds it: decoded path segments, query values percent-encoded
// (sometimes with raw '+', '*', '~', which are literal characters), random header case.
Auth::SignInput randomRequest(QRandomGenerator &rng, const QString &authority)
{
    Auth::SignInput in;
    static const QByteArray methods[] = {"GET", "POST", "PUT", "DELETE"};
    in.method = methods[rng.bounded(4)];
    QStringList segments {u"v2"_s, u"0123456789abcdef"_s, u"instances"_s};
    for (int i = rng.bounded(1, 4); i > 0; --i)
        segments += randomText(rng, 1, 3);
    in.url = QUrl(u"http://"_s + authority);
    in.url.setPath(u'/' + segments.join(u'/')); // DecodedMode: '%' is a literal percent
    QByteArrayList pairs;
    static const QByteArray keys[] = {"limit", "offset", "name", "id", "Flag", "a b", "x+y"};
    for (int i = rng.bounded(0, 7); i > 0; --i) {
        const QByteArray key = QUrl::toPercentEncoding(QString::fromUtf8(keys[rng.bounded(7)]));
        switch (rng.bounded(4)) {
        case 0:
            pairs += key;
            break;
        case 1:
            pairs += key + '=';
            break;
        case 2:
            pairs += key + '=' + QUrl::toPercentEncoding(randomText(rng, 1, 3), "+*~");
            break;
        default:
            pairs += key + '=' + QUrl::toPercentEncoding(randomText(rng, 1, 3));
            break;
        }
    }
    if (!pairs.isEmpty())
        in.url.setQuery(QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    in.headers.append({QByteArray(rng.bounded(2) ? "X-Project-Id" : "x-project-id"), "0123456789abcdef"});
    if (rng.bounded(3) == 0)
        in.headers.append({"X-Security-Token", "tok+/==" + QByteArray::number(rng.generate())});
    if (in.method == "POST" || in.method == "PUT") {
        if (rng.bounded(3) == 0) {
            in.headers.append({QByteArray("Content-Type"), "application/octet-stream"});
            in.body = randomText(rng, 0, 6).toUtf8();
        } else {
            in.headers.append({QByteArray("Content-Type"), "application/json"});
            in.body = "{\"name\":\"" + randomText(rng, 1, 4).toUtf8() + "\"}";
        }
    }
    return in;
}

} // namespace

void tst_SigningRoundTrip::randomRoundTrips()
{
    QRandomGenerator rng(20240416);
    const QByteArray ak = "RANDOMAK", sk = "random/secret+key==";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 500; ++i) {
        const Auth::SignInput in = randomRequest(rng, rng.bounded(2) ? u"127.0.0.1:8443"_s : u"localhost"_s);
        Auth::SigningOptions options;
        options.addHost = rng.bounded(4) != 0;
        options.excludeContentType = rng.bounded(2) == 0;
        const auto signedRequest = Signer::sign(in, ak, sk, options);

        Auth::VerifyInput received;
        received.method = in.method;
        received.rawPath = signedRequest.sendUrl.path(QUrl::FullyEncoded).toUtf8();
        received.rawQuery = signedRequest.sendUrl.query(QUrl::FullyEncoded).toUtf8();
        received.headers = in.headers + signedRequest.headersToAdd;
        received.headers.append({"Host", in.url.authority().toUtf8()});
        received.body = in.body;
        received.now = now;
        const auto result = Verifier::verify(received, secretFor(ak, sk));
        QVERIFY2(result.ok(), qPrintable(in.url.toString() + u' ' + result.message));

        // The query as the caller wrote it canonicalises the same way.
        received.rawQuery = in.url.query(QUrl::FullyEncoded).toUtf8();
        QVERIFY2(Verifier::verify(received, secretFor(ak, sk)).ok(), qPrintable(in.url.toString()));

        if (!signedRequest.signedHeaders.contains("x-sdk-content-sha256")) {
            received.body += 'x';
            QCOMPARE(Verifier::verify(received, secretFor(ak, sk)).status, Status::SignatureMismatch);
        }
    }
}

// The signer's output put on a real QNetworkAccessManager request, checked against the raw
// bytes Qt writes to the socket: Host, path and query encoding are Qt's own.
void tst_SigningRoundTrip::overRealHttp()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<Auth::VerifyResult> results;
    const QByteArray ak = "WIREAK", sk = "wire-secret";

    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
                *buffer += socket->readAll();
                while (true) {
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QByteArrayList lines = buffer->left(headerEnd).split('\n');
                    const QByteArrayList requestLine = lines.first().trimmed().split(' ');
                    Auth::VerifyInput in;
                    in.method = requestLine.value(0);
                    const QByteArray target = requestLine.value(1);
                    const qsizetype q = target.indexOf('?');
                    in.rawPath = q < 0 ? target : target.left(q);
                    in.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
                    qsizetype length = 0;
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines.at(i).indexOf(':');
                        const QByteArray name = lines.at(i).left(colon), value = lines.at(i).mid(colon + 1).trimmed();
                        in.headers.append({name, value});
                        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                            length = value.toLongLong();
                    }
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    in.body = buffer->mid(headerEnd + 4, length);
                    buffer->remove(0, headerEnd + 4 + length);
                    in.now = QDateTime::currentDateTimeUtc();
                    results.append(Verifier::verify(in, secretFor(ak, sk)));
                    socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                }
            });
        }
    });

    QNetworkAccessManager nam;
    QRandomGenerator rng(7);
    const QString authority = u"127.0.0.1:"_s + QString::number(server.serverPort());
    constexpr int count = 40;
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        Auth::SignInput in = randomRequest(rng, authority);
        in.headers.append({QByteArray("User-Agent"), "mqdesk-test"}); // sent, never signed by default
        const auto signedRequest = Signer::sign(in, ak, sk);
        QNetworkRequest request(signedRequest.sendUrl);
        for (const auto &[name, value] : std::as_const(in.headers))
            request.setRawHeader(name, value);
        for (const auto &[name, value] : signedRequest.headersToAdd)
            request.setRawHeader(name, value);
        QNetworkReply *reply = nam.sendCustomRequest(request, in.method, in.body);
        connect(reply, &QNetworkReply::finished, this, [reply, &finished] {
            ++finished;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, count, 20000);
    QCOMPARE(results.size(), count);
    for (const auto &result : std::as_const(results))
        QVERIFY2(result.ok(), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_SigningRoundTrip)
#include "tst_signing_roundtrip.moc"
