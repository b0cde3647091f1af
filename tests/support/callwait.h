#pragma once

#include "emulatorprocess.h"

#include <QTest>

namespace TestSupport {

/// Waits (event loop) for a call a typed API function returned; the caller owns the call.
inline CallResult waitForCall(Api::ApiCall *call, int timeoutMs = 15000)
{
    CallResult result;
    result.timedOut = !QTest::qWaitFor([call] { return call->isDone(); }, timeoutMs);
    result.ok = call->isDone() && !call->error().isError();
    result.status = call->httpStatus();
    result.json = call->result();
    if (result.json.isNull() && !call->rawBody().isEmpty())
        result.json = QJsonDocument::fromJson(call->rawBody());
    result.error = call->error();
    result.requestId = call->responseHeader("X-Request-Id");
    return result;
}

} // namespace TestSupport

#include "kafka/kafkaservice.h"
#include "mqtt/mqttservice.h"
#include "queues/queueservice.h"
#include "server.h"

namespace TestSupport {

/// The --demo data of the Kafka, queue and MQTT services only (the RocketMQ demo takes seconds).
inline void seedServicesDemo(Emulator::Server &server)
{
    Emulator::ServiceContext context {server.store(), server.router(), server.catalog(), server.settings()};
    Emulator::Kafka::seedDemo(context);
    Emulator::Queues::seedDemo(context);
    Emulator::Mqtt::seedDemo(context);
}

/// The set-up of the Kafka, queue and MQTT tests: an in-process emulator with their demo data
/// and a client pointed at it.
inline bool startServicesEmulator(std::unique_ptr<InProcessEmulator> &emulator, std::unique_ptr<Api::ApiClient> &client,
                                  QString *error)
{
    emulator = std::make_unique<InProcessEmulator>();
    if (!emulator->start(error))
        return false;
    seedServicesDemo(emulator->server());
    client = std::make_unique<Api::ApiClient>();
    emulator->configure(*client);
    return true;
}

} // namespace TestSupport
