#pragma once

#include "auth/signer.h"

#include <QList>
#include <QString>

namespace TestSupport {

/// One entry of tests/data/signing-vectors.json (see ../shared/api/signing.md section 4).
struct SigningVector
{
    QString name;
    QByteArray ak;
    QByteArray sk;
    QByteArray method;
    QByteArray url; ///< percent-encoded, as given to the signer
    Auth::HeaderList headers;
    QByteArray body;
    QByteArray sdkDate;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray authorization;
    QByteArray signedHeaders;
    QByteArray hashedPayload;
    QByteArray sendUrl;
    Auth::SigningOptions options;
};

/// All vectors of tests/data/<file> (signing-vectors.json by default, or signing-roundtrip.json);
/// the vector's `options` mapped onto Auth::SigningOptions. The generator (hwcloud_sign.py)
/// signs every header it is given, so excludeTransportHeaders is off.
QList<SigningVector> signingVectors(const QString &file = QStringLiteral("signing-vectors.json"));

} // namespace TestSupport
