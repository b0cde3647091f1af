#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Api {

/// One HTTP request as the typed API layer describes it, before signing.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;                                  ///< already substituted, e.g. /v2/{pid}/instances
    QList<QPair<QString, QString>> query;          ///< unescaped; the signer canonicalises it
    QByteArray body;                               ///< exact bytes (JSON usually)
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;  ///< extra headers
    QString operationId;                           ///< for the request log
    enum class Service { Dms, Iam, Root } service = Service::Dms;  ///< which endpoint the path is relative to
    bool authenticate = true;                      ///< false only for POST /v3/auth/tokens
    bool expectJson = true;                        ///< a non-JSON 2xx body is a Parse error

    /// GET/HEAD are idempotent; only those are retried automatically.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }
};

} // namespace Api
