#pragma once

#include <QString>

class QWidget;

namespace TestSupport {

enum class ScreenshotScope {
    Widget,          ///< the widget alone: <dir>/<name>.png
    WidgetAndScreen, ///< and, on an X server (xvfb-run, QT_QPA_PLATFORM=xcb), <dir>/<name>-screen.png
};

/// For a visual check of GUI tests: with MQDESK_SCREENSHOT_DIR=<dir> set, saves `widget` (after
/// pending events, so it is laid out and painted) as <dir>/<name>.png; without it, does nothing.
void saveScreenshot(QWidget *widget, const QString &name, ScreenshotScope scope = ScreenshotScope::Widget);

} // namespace TestSupport
