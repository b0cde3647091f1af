#pragma once

#include <QString>

namespace Emulator::Admin {

/// "AZ 1".. for the emulator's availability zones, empty for an unknown id.
QString availableZoneName(const QString &id);
/// 4.8.0 runs on the c6.* cluster flavors, 5.x on rocketmq.* flavors.
bool productMatchesVersion(const QString &productId, const QString &engineVersion);

} // namespace Emulator::Admin
