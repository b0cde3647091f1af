#include "signaturecheck.h"

#include "loopbackhttpserver.h"

#include <QDateTime>

namespace TestSupport {

Auth::Verifier::SecretLookup secretFor(const QByteArray &ak, const QByteArray &sk)
{
    return [ak, sk](const QByteArray &key) -> std::optional<QByteArray> {
        if (key == ak)
            return sk;
        return std::nullopt;
    };
}

Auth::VerifyResult verifyReceived(const HttpRequest &request, const Auth::Verifier::SecretLookup &lookup)
{
    Auth::VerifyInput in;
    in.method = request.method;
    in.rawPath = request.path;
    in.rawQuery = request.query;
    in.headers = request.headers;
    in.body = request.body;
    in.now = QDateTime::currentDateTimeUtc();
    return Auth::Verifier::verify(in, lookup);
}

} // namespace TestSupport
