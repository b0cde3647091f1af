#include "screenshot.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPixmap>
#include <QProcess>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace TestSupport {

void saveScreenshot(QWidget *widget, const QString &name, ScreenshotScope scope)
{
    const QString dir = qEnvironmentVariable("MQDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + u'/' + name + u".png"_s);
    if (scope == ScreenshotScope::WidgetAndScreen && QGuiApplication::platformName() == u"xcb"_s)
        QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u'/' + name + u"-screen.png"_s});
}

} // namespace TestSupport
