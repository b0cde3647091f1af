#pragma once

#include "services.h"

#include <QString>

namespace Emulator::Mqtt {

/// Alibaba Cloud ApsaraMQ for MQTT OpenAPI (seed 002) at the root path "/" of the listener:
/// GET with the parameters in the query or POST with an application/x-www-form-urlencoded
/// body, signed with V3 (ACS3-HMAC-SHA256) or V1 (HMAC-SHA1) by the emulator's AK/SK pair used
/// as AccessKey ID/secret. SendMessage is the one action; it allows Settings::mqttQpsLimit
/// calls per second (SystemOverFlow beyond). Errors use Alibaba's body
/// {"RequestId","HostId","Code","Message","Recommend"}.
bool install(ServiceContext &context, QString *error = nullptr);

/// --demo: the instance "mqtt-demo-1".
void seedDemo(ServiceContext &context);

bool createInstance(ServiceContext &context, const QString &instanceId, const QString &name);
/// Messages stored for an instance (and topic, when given).
qint64 messageCount(Store &store, const QString &instanceId, const QString &topic = {});

} // namespace Emulator::Mqtt
