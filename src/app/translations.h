#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Gui::Translations {

/// The UI languages mqdesk ships (QLocale names), English first.
QStringList available();
/// A language's own name for the menu ("English", "简体中文").
QString nativeName(const QString &language);

/// Installs the translators of mqdesk (:/i18n), Qt (qtbase) and QtKeychain for `language`
/// (a QLocale name; empty: the system's) and makes it QLocale's default, so that dates,
/// numbers and sizes follow. Call once, before the first window; returns the files loaded.
QStringList install(QCoreApplication *app, const QString &language);

} // namespace Gui::Translations
