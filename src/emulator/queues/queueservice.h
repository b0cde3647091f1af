#pragma once

#include "services.h"

#include <QString>

namespace Emulator::Queues {

/// DMS queues (API v1.0, seed 001): GET /v1.0/{project_id}/queues and POST
/// /v1.0/{project_id}/queues/{queue_id}/messages with the documented limits (1-10 messages,
/// 512 KB together). A batch is stored whole or not at all.
bool install(ServiceContext &context, QString *error = nullptr);

/// --demo: the queue "demo-queue" (NORMAL).
void seedDemo(ServiceContext &context);

QString createQueue(ServiceContext &context, const QString &projectId, const QString &name);
qint64 messageCount(Store &store, const QString &queueId);

} // namespace Emulator::Queues
