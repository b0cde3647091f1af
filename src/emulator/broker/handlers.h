#pragma once

#include "catalog.h"
#include "httpresponse.h"
#include "messagestore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Emulator {
class Router;
struct RequestContext;
} // namespace Emulator

namespace Emulator::Broker {

class Service;

/// Registers every broker operation (and its alias spellings) on the router. The handlers
/// share ownership of the service.
void registerHandlers(Router &router, const std::shared_ptr<Service> &service);

namespace Handlers {
// Message operations (messagehandlers.cpp)
HttpResponse listMessages(Service &service, const RequestContext &request);
HttpResponse sendMessage(Service &service, const RequestContext &request);
HttpResponse listMessageTrace(Service &service, const RequestContext &request);
HttpResponse exportDeadLetters(Service &service, const RequestContext &request);
HttpResponse resendDeadLetters(Service &service, const RequestContext &request);
HttpResponse verifyConsumption(Service &service, const RequestContext &request);
// Group and topic offsets (grouphandlers.cpp)
HttpResponse resetConsumerOffset(Service &service, const RequestContext &request);
HttpResponse listConsumers(Service &service, const RequestContext &request);
HttpResponse listConsumerGroupTopics(Service &service, const RequestContext &request);
HttpResponse showTopicMessageCount(Service &service, const RequestContext &request);

// Shared helpers
qint64 nowMs();
/// The instance of the request: 404 when unknown, 400 when not RUNNING.
std::optional<Catalog::Instance> instance(Service &service, const RequestContext &request, HttpResponse *error);
/// The same, and then 404 (groupNotFound) when the instance has no consumer group `group`.
std::optional<Catalog::Instance> instanceWithGroup(Service &service, const RequestContext &request,
                                                   const QString &group, HttpResponse *error);
QJsonObject messageJson(const Message &message, const QString &instanceId);
/// offset/limit slice with total and next/previous offsets (-1 at the ends).
QJsonObject page(const QJsonArray &all, int offset, int limit, const QString &itemsName);
/// Result entry of resend/verify: DMS.00000000 "Success." or an error code and message.
QJsonObject result(const QString &msgId, const QString &code = {}, const QString &message = {});
} // namespace Handlers

} // namespace Emulator::Broker
