#pragma once

#include <QByteArray>
#include <QList>
#include <QMargins>
#include <QRect>
#include <QString>
#include <QVariantMap>

class QWidget;

namespace Profiles {
class Settings;
}

namespace Gui {

/// Window geometry remembered per screen configuration: a laptop on its own and docked to two
/// monitors each get the geometry last used there; a configuration seen for the first time
/// gets the last used geometry, moved onto a screen. A window never comes back off-screen.
/// The pure functions take screen descriptions, so the logic is testable with any layout.
namespace WindowGeometry {

struct Screen
{
    QString name;
    QRect geometry;
    QRect available; ///< without panels and docks
    qreal devicePixelRatio = 1.0;
    bool primary = false;
};

/// The screens of this session (QGuiApplication::screens()).
QList<Screen> currentScreens();

/// A stable key for a set of screens: every screen's name, geometry and device pixel ratio,
/// in a fixed order (the order Qt lists screens in may change between sessions).
QString configurationKey(const QList<Screen> &screens);

/// A frame estimate for windows not shown yet (title bar and borders).
QMargins defaultFrame();
/// Where a window whose frame (client rect + `frame`) is `client` may go: unchanged when its
/// title bar is reachable and most of it is visible; else moved (shrunk if needed) into the
/// available area of the screen it overlaps most, or centred on the primary screen when it
/// overlaps none. Returns the client rect.
QRect clampToScreens(const QRect &client, const QList<Screen> &screens, const QMargins &frame = defaultFrame());

/// Settings value (Settings::Key::WindowGeometries) after saving `geometry` under `key`; keeps
/// the `keep` most recently used configurations.
QVariantMap remember(const QVariantMap &stored, const QString &key, const QByteArray &geometry, qint64 nowMs,
                     int keep = 8);
/// The geometry stored for `key`, empty when that configuration has none.
QByteArray lookUp(const QVariantMap &stored, const QString &key);

/// Restores `window`'s geometry for the current screens (or the last used one), then makes
/// sure it is on a screen. False when nothing was stored (the caller picks a default size).
bool restore(QWidget *window, Profiles::Settings *settings);
/// Saves `window`'s geometry for the current screens and as the last used one.
void save(const QWidget *window, Profiles::Settings *settings);

} // namespace WindowGeometry
} // namespace Gui
