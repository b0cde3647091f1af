// Windows console control events. The handler runs on a thread of its own, so it only
// queues the stop onto the main thread.
#include "platform.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <qt_windows.h>

namespace Emulator::Platform {

namespace {
std::function<void()> g_onStop;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { g_onStop(); }, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}
} // namespace

void installStopHandler(std::function<void()> onStop)
{
    g_onStop = std::move(onStop);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

} // namespace Emulator::Platform
