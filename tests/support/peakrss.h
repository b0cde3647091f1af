#pragma once

#include <QtGlobal>

namespace TestSupport {

/// Peak resident set size, in KiB, of the largest child process this process has waited for
/// (QProcess reaps its children). -1 where the platform offers no such figure.
qint64 childrenPeakRssKiB();

} // namespace TestSupport
