// Light/dark override: the forced schemes really change the application's palette, System
// gives the platform's back, and the Settings text round-trips.
#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QtTest>

using namespace Qt::StringLiterals;
using Gui::Appearance::Scheme;

class tst_Appearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsText()
    {
        for (const Scheme s : {Scheme::System, Scheme::Light, Scheme::Dark})
            QVERIFY(Gui::Appearance::fromString(Gui::Appearance::toString(s)) == s);
        QVERIFY(Gui::Appearance::fromString(u"purple"_s) == Scheme::System);
    }
    void forcedSchemes()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        Gui::Appearance::apply(Scheme::Dark);
        QVERIFY(Gui::Appearance::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QWidget w; // new widgets get it
        QCOMPARE(w.palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));

        Gui::Appearance::apply(Scheme::Light);
        QVERIFY(!Gui::Appearance::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);

        Gui::Appearance::apply(Scheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }
};

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
