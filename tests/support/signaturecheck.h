#pragma once

#include "auth/signer.h"

#include <QByteArray>

namespace TestSupport {

struct HttpRequest;

/// The secret lookup of a server that knows one access key: `sk` for `ak`, nothing for others.
Auth::Verifier::SecretLookup secretFor(const QByteArray &ak, const QByteArray &sk);

/// The server side check of a request LoopbackHttpServer received: Auth::Verifier on the
/// method, raw path and query, headers and body as they came over the wire, at the current time.
Auth::VerifyResult verifyReceived(const HttpRequest &request, const Auth::Verifier::SecretLookup &lookup);

} // namespace TestSupport
