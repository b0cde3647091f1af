#pragma once

#include <QString>

namespace Emulator {
class Store;
}

namespace Emulator::Admin {

/// Creates or upgrades the admin tables (instances, topics, groups, users, tags, tasks,
/// configs, metadata migration tasks). Child rows go with their instance (ON DELETE CASCADE).
bool migrateSchema(Store &store, QString *error = nullptr);

} // namespace Emulator::Admin
