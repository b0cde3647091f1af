#pragma once

#include <functional>

namespace Emulator::Platform {

/// Calls `onStop` on the main thread (through the event loop) when the process is asked to
/// stop: SIGINT/SIGTERM on POSIX, Ctrl+C/close/shutdown console events on Windows. Install
/// once, after the QCoreApplication exists. platform_posix.cpp or platform_win.cpp, chosen by CMake.
void installStopHandler(std::function<void()> onStop);

} // namespace Emulator::Platform
