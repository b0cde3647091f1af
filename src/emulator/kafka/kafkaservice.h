#pragma once

#include "services.h"

#include <QString>

namespace Emulator::Kafka {

/// DMS for Kafka in the emulator: Kafka instances (listed by GET /v2/{project_id}/instances
/// with engine=kafka), their topics with partitions and offsets (GET .../instances/{id}/topics
/// answers for a Kafka instance), and the message resend of seed 004 on both paths.
bool install(ServiceContext &context, QString *error = nullptr);

/// --demo: one RUNNING Kafka instance with the topic "topic-test" (3 partitions, 10 messages each).
void seedDemo(ServiceContext &context);

/// Creates a Kafka instance (RUNNING) and returns its id; for the demo and for tests.
QString createInstance(ServiceContext &context, const QString &projectId, const QString &name);
bool createTopic(ServiceContext &context, const QString &instanceId, const QString &topic, int partitions);
/// Appends a message to a partition; returns its offset (-1 on failure).
qint64 append(ServiceContext &context, const QString &instanceId, const QString &topic, int partition,
              const QByteArray &key, const QByteArray &value, const QString &headersJson = {});
/// Messages stored in a partition (or in the whole topic with partition -1).
qint64 messageCount(Store &store, const QString &instanceId, const QString &topic, int partition = -1);

} // namespace Emulator::Kafka
