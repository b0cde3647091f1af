#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Emulator {

/// What a handler answers. The server adds X-Request-Id, Content-Length and the fault
/// injection; handlers only say what the service would say.
struct HttpResponse
{
    int status = 200;
    QByteArray body; ///< exact bytes; empty for 204
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (X-Subject-Token, Retry-After, ...)

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse noContent(int status = 204);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
};

/// The DMS error body {"error_code": code, "error_msg": msg} with the given status.
HttpResponse errorResponse(int status, const QString &code, const QString &message);

/// The error codes the emulator answers with, from ../shared/api/errors.md, in one place so
/// the admin and broker handlers cannot drift apart. Messages are the documented ones unless
/// a more precise one is passed.
namespace Errors {
HttpResponse invalidParameter(const QString &message = {}); ///< 400 DMS.00400800
HttpResponse invalidJson(const QString &message = {});      ///< 400 DMS.00400005
HttpResponse emptyBody();                                   ///< 400 DMS.00400004
HttpResponse paging(const QString &message = {});           ///< 400 DMS.10240042 (limit too large)
HttpResponse instanceStatus();                              ///< 400 DMS.00400026 (not RUNNING)
HttpResponse instanceNotFound();                            ///< 404 DMS.00404022
HttpResponse topicNotFound(const QString &topic);           ///< 404 DMS.10240401
HttpResponse groupNotFound(const QString &group);           ///< 404 DMS.10240405
HttpResponse userNotFound(const QString &user);             ///< 404 DMS.00404001
HttpResponse taskNotFound(const QString &task);             ///< 404 DMS.00404001
HttpResponse urlNotFound();                                 ///< 404 DMS.00404001
HttpResponse methodNotAllowed();                            ///< 405 DMS.00405001
HttpResponse topicExists(const QString &topic);             ///< 400 DMS.40050005
HttpResponse groupExists(const QString &group);             ///< 400 DMS.40050015
HttpResponse userExists(const QString &user);               ///< 400 DMS.00400800
HttpResponse bodyTooLarge();                                ///< 413 APIGW.0201 (gateway style)
HttpResponse internal(const QString &message = {});         ///< 500 DMS.00500000
} // namespace Errors

} // namespace Emulator
