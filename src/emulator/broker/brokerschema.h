#pragma once

#include <QString>

namespace Emulator {
class Store;
}

namespace Emulator::Broker {

/// Creates or upgrades the broker tables: hosts (commit-log cursors), topics and queues
/// (min/max offsets), messages with their key index, consumer offsets, simulated clients,
/// scheduled retries and traces.
bool migrateSchema(Store &store, QString *error = nullptr);

} // namespace Emulator::Broker
