#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::ApiError", text);
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

/// The error object inside the many shapes gateways and services use:
/// {"error_code","error_msg"}, {"code","message"}, {"error":{...}}, {"errors":[{...}]}.
QJsonObject errorObject(const QJsonObject &root)
{
    if (root.value(QLatin1StringView("error")).isObject())
        return root.value(QLatin1StringView("error")).toObject();
    const QJsonValue errors = root.value(QLatin1StringView("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty() && errors.toArray().first().isObject())
        return errors.toArray().first().toObject();
    return root;
}

/// Something readable from a body that is not JSON (an HTML error page of a proxy).
QString textSnippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = title.match(text); match.hasMatch())
        text = match.captured(1);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral(" "));
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}

QString reasonPhrase(int status)
{
    // Protocol names, as servers send them; not translated.
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Auth:
        return tr("Authentication failed");
    case Kind::Client:
        return tr("Request rejected");
    case Kind::Server:
        return tr("Server error");
    case Kind::Parse:
        return tr("Unreadable response");
    }
    return {};
}

QString ApiError::toString() const
{
    if (!isError())
        return kindName(kind);
    QString text;
    if (httpStatus > 0)
        text += QString::number(httpStatus) + u' ';
    if (!errorCode.isEmpty())
        text += errorCode + QStringLiteral(": ");
    else if (httpStatus == 0 || errorMessage.isEmpty())
        text += kindName(kind) + QStringLiteral(": ");
    text += errorMessage.isEmpty() ? kindName(kind) : errorMessage;
    if (!requestId.isEmpty())
        text += u' ' + tr("(request %1)").arg(QString::fromLatin1(requestId));
    return text.trimmed();
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestId, const QUrl &url,
                            const QByteArray &method)
{
    ApiError error;
    error.httpStatus = status;
    error.url = url;
    error.method = method;
    error.requestId = requestId;
    if (status == 401 || status == 403)
        error.kind = Kind::Auth;
    else if (status >= 400 && status < 500)
        error.kind = Kind::Client;
    else if (status >= 200 && status < 300)
        error.kind = Kind::None;
    else
        error.kind = Kind::Server; // 5xx, and answers a REST API never gives (1xx, 3xx)

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonObject object = errorObject(root);
        error.errorCode = firstString(object,
                                      {QLatin1StringView("error_code"), QLatin1StringView("code"),
                                       QLatin1StringView("errorCode"), QLatin1StringView("Code")});
        error.errorMessage =
            firstString(object,
                        {QLatin1StringView("error_msg"), QLatin1StringView("message"),
                         QLatin1StringView("error_message"), QLatin1StringView("errorMsg"),
                         QLatin1StringView("Message"), QLatin1StringView("msg"), QLatin1StringView("title")});
        if (error.requestId.isEmpty()) {
            QString id = firstString(
                root,
                {QLatin1StringView("request_id"), QLatin1StringView("requestId"), QLatin1StringView("RequestId")});
            if (id.isEmpty())
                id = firstString(object, {QLatin1StringView("request_id"), QLatin1StringView("requestId")});
            error.requestId = id.toUtf8();
        }
    } else if (!body.trimmed().isEmpty()) {
        error.errorMessage = textSnippet(body);
    }
    if (error.errorMessage.isEmpty() && error.isError()) {
        const QString phrase = reasonPhrase(status);
        error.errorMessage = !phrase.isEmpty() ? phrase
            : status > 0                       ? tr("HTTP status %1").arg(status)
                                               : kindName(error.kind);
    }
    return error;
}

} // namespace Api
