#include "httpresponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Emulator {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::noContent(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(QJsonObject {{u"error_code"_s, code}, {u"error_msg"_s, message}}, status);
}

namespace Errors {

static QString orDefault(const QString &message, const QString &fallback)
{
    return message.isEmpty() ? fallback : message;
}

HttpResponse invalidParameter(const QString &message)
{
    return errorResponse(400, u"DMS.00400800"_s, orDefault(message, u"Invalid request parameter."_s));
}

HttpResponse invalidJson(const QString &message)
{
    return errorResponse(
        400, u"DMS.00400005"_s,
        orDefault(message, u"The message body is not in JSON format or contains invalid characters."_s));
}

HttpResponse emptyBody()
{
    return errorResponse(400, u"DMS.00400004"_s, u"The request body is empty."_s);
}

HttpResponse paging(const QString &message)
{
    return errorResponse(
        400, u"DMS.10240042"_s,
        orDefault(message, u"The number of records on each page for pagination query exceeds the upper limit."_s));
}

HttpResponse instanceStatus()
{
    return errorResponse(400, u"DMS.00400026"_s, u"This operation is not allowed due to the instance status."_s);
}

HttpResponse instanceNotFound()
{
    return errorResponse(404, u"DMS.00404022"_s, u"This instance does not exist."_s);
}

HttpResponse topicNotFound(const QString &topic)
{
    return errorResponse(404, u"DMS.10240401"_s, u"The topic %1 does not exist."_s.arg(topic));
}

HttpResponse groupNotFound(const QString &group)
{
    return errorResponse(404, u"DMS.10240405"_s, u"The consumer group %1 does not exist."_s.arg(group));
}

HttpResponse userNotFound(const QString &user)
{
    return errorResponse(404, u"DMS.00404001"_s, u"The user %1 does not exist."_s.arg(user));
}

HttpResponse taskNotFound(const QString &task)
{
    return errorResponse(404, u"DMS.00404001"_s, u"The task %1 does not exist."_s.arg(task));
}

HttpResponse urlNotFound()
{
    return errorResponse(404, u"DMS.00404001"_s, u"The requested URL does not exist."_s);
}

HttpResponse methodNotAllowed()
{
    return errorResponse(405, u"DMS.00405001"_s, u"This request method is not allowed."_s);
}

HttpResponse topicExists(const QString &topic)
{
    return errorResponse(400, u"DMS.40050005"_s, u"Requested topic already exists: %1."_s.arg(topic));
}

HttpResponse groupExists(const QString &group)
{
    return errorResponse(400, u"DMS.40050015"_s, u"Consumer group exists: %1."_s.arg(group));
}

HttpResponse userExists(const QString &user)
{
    return errorResponse(400, u"DMS.00400800"_s, u"The user %1 already exists."_s.arg(user));
}

HttpResponse bodyTooLarge()
{
    return errorResponse(413, u"APIGW.0201"_s, u"Request entity too large: the limit is 12 MB."_s);
}

HttpResponse internal(const QString &message)
{
    return errorResponse(500, u"DMS.00500000"_s, orDefault(message, u"Internal service error."_s));
}

} // namespace Errors

} // namespace Emulator
