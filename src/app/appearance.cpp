#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace Gui::Appearance {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QString &systemStyleName()
{
    static QString name;
    return name;
}

} // namespace

Scheme fromString(const QString &text)
{
    if (text == "light"_L1)
        return Scheme::Light;
    if (text == "dark"_L1)
        return Scheme::Dark;
    return Scheme::System;
}

QString toString(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

void apply(Scheme scheme)
{
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    if (scheme == Scheme::System) {
        // The platform's style and palette: they follow the desktop's light/dark setting
        // (Qt >= 6.5 also reports it through QStyleHints::colorScheme()).
        QApplication::setStyle(QStyleFactory::create(systemStyleName()));
        QApplication::setPalette(QPalette()); // nothing resolved: the platform's palette
        return;
    }
    // A forced scheme uses Fusion, whose palettes are complete on every platform.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark &&
        QApplication::palette().color(QPalette::Window).lightness() < 128)
        return true;
#endif
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace Gui::Appearance
