#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Api {

class ApiCall;
class ApiClient;
struct ApiError;

/// Alibaba Cloud ApsaraMQ for MQTT, OpenAPI SendMessage (../shared/api/other-services.md,
/// seed 002): an RPC-style call signed with V3 (ACS3-HMAC-SHA256) by an ApiClient whose
/// credentials are Auth::Credentials::Kind::AlibabaAccessKey and whose endpoint is the
/// OpenAPI endpoint (Endpoint::dms).
namespace Mqtt {

struct SendRequest
{
    QString instanceId;
    QString topic;
    QByteArray payload;
    bool base64 = true; ///< send the payload Base64-encoded, as the documentation recommends

    /// Empty when it may be sent, else what is missing (nothing is sent then).
    QString problem() const;
};

struct SendResult
{
    QString msgId;
    QString requestId;
    static SendResult fromJson(const QJsonObject &json);
};

/// The documented error codes (400 CheckAccountInfoFailed ... 500 SystemOverFlow) as a clear
/// sentence for the user; empty for codes the documentation does not list.
QString describeError(const QString &code);
/// describeError() of the error's code, else its own message.
QString errorText(const ApiError &error);

ApiCall *sendMessage(ApiClient *client, const SendRequest &request, QObject *owner);

} // namespace Mqtt
} // namespace Api
