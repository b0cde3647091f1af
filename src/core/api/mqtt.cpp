#include "api/mqtt.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QCoreApplication>

namespace Api::Mqtt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Mqtt", text);
}

} // namespace

QString SendRequest::problem() const
{
    if (instanceId.trimmed().isEmpty())
        return tr("Enter the instance ID.");
    if (topic.trimmed().isEmpty())
        return tr("Enter the MQTT topic.");
    if (topic.contains(u'#') || topic.contains(u'+'))
        return tr("A message is sent to one topic: the wildcards # and + are not allowed.");
    if (payload.isEmpty())
        return tr("Enter a payload.");
    return {};
}

SendResult SendResult::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("MsgId")).toString(), json.value(QLatin1String("RequestId")).toString()};
}

QString describeError(const QString &code)
{
    if (code == QLatin1String("CheckAccountInfoFailed"))
        return tr("The account information could not be checked with the STS token.");
    if (code == QLatin1String("InstancePermissionCheckFailed"))
        return tr("The instance does not exist or this account may not use it. Check the instance ID and the "
                  "account that created the instance.");
    if (code == QLatin1String("ParameterCheckFailed"))
        return tr("A parameter is missing or invalid.");
    if (code == QLatin1String("PermissionCheckFailed"))
        return tr("This account may not use the instance, topic or group. Check their permission settings.");
    if (code.startsWith(QLatin1String("InvalidParameter.")))
        return tr("The parameter %1 is missing or invalid.").arg(code.mid(17));
    if (code == QLatin1String("InvalidParameter"))
        return tr("A parameter is missing or invalid.");
    if (code == QLatin1String("ApiNotSupport"))
        return tr("The endpoint does not support this API (check the endpoint and region).");
    if (code == QLatin1String("InternalError"))
        return tr("The service could not process the request. Try again later.");
    if (code == QLatin1String("SendMessageFailed"))
        return tr("The message could not be stored. Try again.");
    if (code == QLatin1String("SystemOverFlow"))
        return tr("Too many calls: SendMessage allows 1,000 calls per second. Try again.");
    if (code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("IncompleteSignature"))
        return tr("The request signature was rejected: check the AccessKey secret.");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return tr("The AccessKey ID is not known to this endpoint.");
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return tr("The request time is too far from the server's: check this computer's clock.");
    return {};
}

QString errorText(const ApiError &error)
{
    const QString text = describeError(error.errorCode);
    return text.isEmpty() ? error.errorMessage : text;
}

ApiCall *sendMessage(ApiClient *client, const SendRequest &request, QObject *owner)
{
    const QString id = QStringLiteral("mqtt_send_message");
    if (const QString problem = request.problem(); !problem.isEmpty())
        return client->reject(id, problem, owner);
    const QByteArray payload = request.base64 ? request.payload.toBase64() : request.payload;
    return client->call(id,
                        {{QStringLiteral("InstanceId"), request.instanceId.trimmed()},
                         {QStringLiteral("MqttTopic"), request.topic.trimmed()},
                         {QStringLiteral("Payload"), QString::fromUtf8(payload)}},
                        owner);
}

} // namespace Api::Mqtt
