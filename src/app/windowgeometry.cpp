#include "windowgeometry.h"

#include "profiles/settings.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui::WindowGeometry {

namespace {

// This much of the title bar must be on a screen for the user to grab it.
constexpr int kMinGrab = 100;

qint64 area(const QRect &r)
{
    return r.isValid() ? qint64(r.width()) * r.height() : 0;
}

} // namespace

QList<Screen> currentScreens()
{
    QList<Screen> out;
    const QScreen *primary = QGuiApplication::primaryScreen();
    const auto screens = QGuiApplication::screens();
    for (const QScreen *s : screens)
        out.append({s->name(), s->geometry(), s->availableGeometry(), s->devicePixelRatio(), s == primary});
    return out;
}

QString configurationKey(const QList<Screen> &screens)
{
    QList<Screen> sorted = screens;
    std::sort(sorted.begin(), sorted.end(), [](const Screen &a, const Screen &b) {
        return std::tuple(a.geometry.x(), a.geometry.y(), a.name) < std::tuple(b.geometry.x(), b.geometry.y(), b.name);
    });
    QStringList parts;
    for (const Screen &s : std::as_const(sorted)) {
        parts.append(u"%1 %2,%3 %4x%5 @%6"_s.arg(s.name)
                         .arg(s.geometry.x())
                         .arg(s.geometry.y())
                         .arg(s.geometry.width())
                         .arg(s.geometry.height())
                         .arg(QString::number(s.devicePixelRatio, 'g', 4)));
    }
    return parts.join(u"; "_s);
}

QMargins defaultFrame()
{
    // A title bar; side borders are thin or invisible (shadows) with today's window managers,
    // and a window filling the screen's width must not count as off-screen.
    return {0, 30, 0, 0};
}

QRect clampToScreens(const QRect &client, const QList<Screen> &screens, const QMargins &frame)
{
    if (screens.isEmpty() || !client.isValid())
        return client;
    const QRect outer = client.marginsAdded(frame);
    const QRect title(outer.left(), outer.top(), outer.width(), qMax(frame.top(), 1));
    qint64 visible = 0;
    qint64 bestArea = 0;
    int best = -1;
    bool titleReachable = false;
    for (int i = 0; i < screens.size(); ++i) {
        const QRect avail = screens.at(i).available.isValid() ? screens.at(i).available : screens.at(i).geometry;
        const qint64 a = area(outer.intersected(avail));
        visible += a;
        if (a > bestArea) {
            bestArea = a;
            best = i;
        }
        const QRect t = title.intersected(avail);
        if (t.height() == title.height() && t.width() >= qMin(title.width(), kMinGrab))
            titleReachable = true;
    }
    if (titleReachable && visible * 2 >= area(outer))
        return client;

    const bool overlaps = best >= 0;
    if (!overlaps) {
        const auto primary = std::find_if(screens.cbegin(), screens.cend(), [](const Screen &s) { return s.primary; });
        best = primary == screens.cend() ? 0 : int(primary - screens.cbegin());
    }
    const Screen &target = screens.at(best);
    const QRect avail = target.available.isValid() ? target.available : target.geometry;
    const QSize size = outer.size().boundedTo(avail.size());
    QRect placed(QPoint(), size);
    if (overlaps) {
        // As close to where it was as the screen allows.
        placed.moveTopLeft(QPoint(qBound(avail.left(), outer.left(), avail.left() + avail.width() - size.width()),
                                  qBound(avail.top(), outer.top(), avail.top() + avail.height() - size.height())));
    } else {
        placed.moveCenter(avail.center());
        placed.moveTopLeft(QPoint(qMax(placed.left(), avail.left()), qMax(placed.top(), avail.top())));
    }
    return placed.marginsRemoved(frame);
}

QVariantMap remember(const QVariantMap &stored, const QString &key, const QByteArray &geometry, qint64 nowMs, int keep)
{
    QVariantMap out = stored;
    out.insert(key, QVariantMap {{u"geometry"_s, geometry}, {u"used"_s, nowMs}});
    while (out.size() > qMax(1, keep)) {
        auto oldest = out.begin();
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.value().toMap().value(u"used"_s).toLongLong() < oldest.value().toMap().value(u"used"_s).toLongLong())
                oldest = it;
        }
        out.erase(oldest);
    }
    return out;
}

QByteArray lookUp(const QVariantMap &stored, const QString &key)
{
    return stored.value(key).toMap().value(u"geometry"_s).toByteArray();
}

bool restore(QWidget *window, Profiles::Settings *settings)
{
    using K = Profiles::Settings::Key;
    const QList<Screen> screens = currentScreens();
    QByteArray geometry = lookUp(settings->value(K::WindowGeometries).toMap(), configurationKey(screens));
    if (geometry.isEmpty())
        geometry = settings->value(K::WindowGeometry).toByteArray(); // the last used, on other screens
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    // Maximized and full-screen windows are placed by the window system on the screen Qt chose.
    if (!(window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
        const QMargins frame = window->isVisible()
            ? QMargins(window->geometry().left() - window->frameGeometry().left(),
                       window->geometry().top() - window->frameGeometry().top(),
                       window->frameGeometry().right() - window->geometry().right(),
                       window->frameGeometry().bottom() - window->geometry().bottom())
            : defaultFrame();
        const QRect placed = clampToScreens(window->geometry(), screens, frame);
        if (placed != window->geometry())
            window->setGeometry(placed);
    }
    return true;
}

void save(const QWidget *window, Profiles::Settings *settings)
{
    using K = Profiles::Settings::Key;
    const QByteArray geometry = window->saveGeometry();
    settings->setValue(K::WindowGeometry, geometry);
    settings->setValue(K::WindowGeometries,
                       remember(settings->value(K::WindowGeometries).toMap(), configurationKey(currentScreens()),
                                geometry, QDateTime::currentMSecsSinceEpoch()));
}

} // namespace Gui::WindowGeometry
