// Window geometry per screen configuration (Gui::WindowGeometry): the configuration key, the
// clamp that keeps windows on a screen, the settings map, and real main windows saving and
// restoring through Profiles::Settings. The offscreen platform has exactly one screen, so the
// multi-screen cases (docked/undocked, a monitor that went away) are tested on the pure
// functions with described screens; the real-window tests cover the one-screen round trip,
// an off-screen geometry coming back on-screen (Qt's restoreGeometry moves a window onto the
// screen it picks by the saved screen number too; the clamp is what knows about the whole set
// of screens) and the fallback to the last used geometry.
// Also: the status bar's idle text.
#include "consolefixture.h"
#include "profiles/settings.h"
#include "windowgeometry.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QtTest>

using namespace Qt::StringLiterals;
using Gui::WindowGeometry::Screen;
using K = Profiles::Settings::Key;
namespace WG = Gui::WindowGeometry;

namespace {

// A laptop (1920x1200 at 1.25, a panel at the bottom) and, docked, two monitors to its right.
const Screen laptop {u"eDP-1"_s, {0, 0, 1920, 1200}, {0, 0, 1920, 1160}, 1.25, true};
const Screen left {u"DP-1"_s, {1920, 0, 2560, 1440}, {1920, 0, 2560, 1440}, 1.0, false};
const Screen right {u"DP-2"_s, {4480, 0, 2560, 1440}, {4480, 0, 2560, 1440}, 1.0, false};

bool onScreens(const QRect &client, const QList<Screen> &screens)
{
    // The whole frame on one screen's available area (what a clamped window must satisfy).
    const QRect outer = client.marginsAdded(WG::defaultFrame());
    return std::any_of(screens.cbegin(), screens.cend(), [&](const Screen &s) { return s.available.contains(outer); });
}

} // namespace

class tst_WindowState : public QObject
{
    Q_OBJECT
private:
    TestSupport::ConsoleFixture m_console; // its services only: each test makes its own windows
    Profiles::Settings *settings() const { return m_console.settings(); }
    std::unique_ptr<Gui::MainWindow> newWindow() { return m_console.newWindow(); }
    static QByteArray geometryBlob(const QRect &rect)
    {
        QWidget w;
        w.setGeometry(rect);
        return w.saveGeometry();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console.presetSetting(K::SandboxOffered, true);
        QVERIFY(m_console.startServices());
    }
    void cleanupTestCase() { m_console.stop(); }

    void configurationKey()
    {
        const QString undocked = WG::configurationKey({laptop});
        const QString docked = WG::configurationKey({laptop, left, right});
        QVERIFY(!undocked.isEmpty());
        QVERIFY(undocked != docked);
        QVERIFY(docked.contains(u"DP-2"_s));
        // Qt's order of the screens does not matter...
        QCOMPARE(WG::configurationKey({right, laptop, left}), docked);
        // ... their resolution, position and scale do.
        Screen scaled = laptop;
        scaled.devicePixelRatio = 2.0;
        QVERIFY(WG::configurationKey({scaled}) != undocked);
        Screen moved = left;
        moved.geometry.moveLeft(-2560);
        QVERIFY(WG::configurationKey({laptop, moved, right}) != docked);
        Screen resized = laptop;
        resized.geometry.setWidth(2560);
        QVERIFY(WG::configurationKey({resized}) != undocked);
    }

    void clamp_data()
    {
        QTest::addColumn<QList<Screen>>("screens");
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QRect>("expected"); // null: "somewhere on a screen", checked by onScreens()
        const QList<Screen> one {laptop};
        const QList<Screen> docked {laptop, left, right};
        QTest::newRow("on the laptop") << one << QRect(100, 100, 1200, 800) << QRect(100, 100, 1200, 800);
        QTest::newRow("on the second monitor")
            << docked << QRect(2500, 200, 1600, 1000) << QRect(2500, 200, 1600, 1000);
        QTest::newRow("across two monitors") << docked << QRect(3800, 100, 1400, 900) << QRect(3800, 100, 1400, 900);
        // Saved on the right monitor, restored undocked: centred on the laptop.
        QTest::newRow("monitor gone") << one << QRect(5000, 200, 1200, 800) << QRect(360, 195, 1200, 800);
        // Far off to the left and above.
        QTest::newRow("negative coordinates") << one << QRect(-3000, -2000, 800, 600) << QRect();
        // Mostly off the right edge: pulled back, same size, same height.
        QTest::newRow("hanging off the edge") << one << QRect(1800, 300, 800, 600) << QRect(1120, 300, 800, 600);
        // Title bar under the top edge: moved down until it can be grabbed.
        QTest::newRow("title bar above the screen") << one << QRect(300, 10, 800, 600) << QRect(300, 30, 800, 600);
        // Larger than the screen (saved on a big monitor): shrunk into the available area.
        QTest::newRow("too large") << one << QRect(0, 0, 2500, 1400) << QRect(0, 30, 1920, 1130);
        // Under the panel at the bottom: most of it hidden -> moved up.
        QTest::newRow("under the panel") << one << QRect(200, 1100, 800, 600) << QRect(200, 560, 800, 600);
        Screen secondPrimary = left;
        secondPrimary.primary = true;
        Screen laptopNotPrimary = laptop;
        laptopNotPrimary.primary = false;
        QTest::newRow("nowhere: the primary screen") << QList<Screen> {laptopNotPrimary, secondPrimary}
                                                     << QRect(20000, 20000, 800, 600) << QRect(2800, 435, 800, 600);
    }
    void clamp()
    {
        QFETCH(QList<Screen>, screens);
        QFETCH(QRect, window);
        QFETCH(QRect, expected);
        const QRect placed = WG::clampToScreens(window, screens);
        if (!expected.isNull())
            QCOMPARE(placed, expected);
        QVERIFY2(onScreens(placed, screens) || placed == window,
                 qPrintable(u"%1,%2 %3x%4"_s.arg(placed.x()).arg(placed.y()).arg(placed.width()).arg(placed.height())));
        // Whatever was placed stays put the next time.
        QCOMPARE(WG::clampToScreens(placed, screens), placed);
    }

    void rememberKeepsRecentConfigurations()
    {
        QVariantMap stored;
        for (int i = 0; i < 10; ++i)
            stored = WG::remember(stored, u"config %1"_s.arg(i), QByteArray::number(i), 1000 + i, 8);
        QCOMPARE(stored.size(), 8);
        QVERIFY(WG::lookUp(stored, u"config 0"_s).isEmpty()); // the two oldest went
        QVERIFY(WG::lookUp(stored, u"config 1"_s).isEmpty());
        QCOMPARE(WG::lookUp(stored, u"config 9"_s), QByteArray("9"));
        // Using an old one again makes it recent.
        stored = WG::remember(stored, u"config 2"_s, "2b", 5000, 8);
        stored = WG::remember(stored, u"config 10"_s, "10", 5001, 8);
        QCOMPARE(WG::lookUp(stored, u"config 2"_s), QByteArray("2b"));
        QVERIFY(WG::lookUp(stored, u"config 3"_s).isEmpty());
        QVERIFY(WG::lookUp(stored, u"never seen"_s).isEmpty());
    }

    void roundTripOnThisScreen()
    {
        const QRect wanted(40, 50, 600, 400); // inside the offscreen platform's 800x600 screen
        {
            auto w = newWindow();
            QVERIFY(w);
            w->setGeometry(wanted);
            QTRY_COMPARE(w->geometry(), wanted);
            w->close(); // saves
        }
        const QString key = WG::configurationKey(WG::currentScreens());
        const QVariantMap stored = settings()->value(K::WindowGeometries).toMap();
        QVERIFY2(stored.contains(key), qPrintable(QStringList(stored.keys()).join(u" | "_s)));
        QVERIFY(!settings()->value(K::WindowGeometry).toByteArray().isEmpty()); // the last used, too
        // On disk, read back by another QSettings: the keys (names, ",", "@", ";") survive INI.
        QVERIFY(!WG::lookUp(stored, key).isEmpty());
        settings()->sync();
        const QSettings disk(m_console.settingsFile(), QSettings::IniFormat);
        QCOMPARE(WG::lookUp(disk.value(Profiles::Settings::keyName(K::WindowGeometries)).toMap(), key),
                 WG::lookUp(stored, key));
        auto again = newWindow();
        QVERIFY(again);
        QCOMPARE(again->geometry(), wanted);
        again->close();
    }

    void offScreenComesBack()
    {
        const QString key = WG::configurationKey(WG::currentScreens());
        settings()->setValue(K::WindowGeometries,
                             WG::remember({}, key, geometryBlob(QRect(5000, 4000, 700, 500)), 1, 8));
        auto w = newWindow();
        QVERIFY(w);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.intersects(w->geometry()), qPrintable(u"%1,%2"_s.arg(w->x()).arg(w->y())));
        QVERIFY(available.contains(w->geometry().topLeft()));
        QVERIFY(available.contains(w->geometry().bottomRight()));
        w->close();
    }

    void otherConfigurationFallsBackToTheLastUsed()
    {
        // Saved only for another set of screens: the last used geometry applies.
        const QRect last(120, 90, 500, 380);
        settings()->setValue(K::WindowGeometries,
                             WG::remember({}, u"a docking station"_s, geometryBlob(QRect(10, 40, 640, 480)), 1, 8));
        settings()->setValue(K::WindowGeometry, geometryBlob(last));
        auto w = newWindow();
        QVERIFY(w);
        QCOMPARE(w->geometry(), last);
        w->close();
        // Closing stores this configuration next to the other one.
        const QVariantMap stored = settings()->value(K::WindowGeometries).toMap();
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.contains(WG::configurationKey(WG::currentScreens())));
    }

    void statusBarSaysIdle()
    {
        auto w = newWindow();
        QVERIFY(w);
        auto *label = w->findChild<QLabel *>(u"inFlightLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"Idle"_s);
        w->close();
    }
};

QTEST_MAIN(tst_WindowState)
#include "tst_windowstate.moc"
