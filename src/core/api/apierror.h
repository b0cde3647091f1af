#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Api {

/// Every failure of an API call, shown the same way everywhere.
struct ApiError
{
    enum class Kind { None, Network, Timeout, Cancelled, Auth, Client, Server, Parse };
    Kind kind = Kind::None;
    int httpStatus = 0;   ///< 0 when no HTTP answer arrived
    QString errorCode;    ///< service error_code, e.g. DMS.00400001 or APIGW.0301
    QString errorMessage; ///< service error_msg, or the transport error text
    QByteArray requestId; ///< X-Request-Id of the answer
    QUrl url;
    QByteArray method;

    bool isError() const { return kind != Kind::None; }
    /// One line for status bars and logs: "404 DMS.00404022: The topic does not exist. (request 1a2b...)"
    QString toString() const;
    static QString kindName(Kind kind);
    /// Maps an HTTP status (and body) to an ApiError; parses {"error_code","error_msg"} and
    /// the gateway's variants (error_code/error_msg/request_id, code/message, errors[...]).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &requestId, const QUrl &url,
                             const QByteArray &method);
};

} // namespace Api

Q_DECLARE_METATYPE(Api::ApiError)
