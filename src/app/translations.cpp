#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "mqdesk.i18n")

namespace Gui::Translations {

QStringList available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::English)
        name = u"English"_s;
    if (locale.language() == QLocale::Chinese)
        name = locale.script() == QLocale::TraditionalChineseScript ? u"繁體中文"_s : u"简体中文"_s;
    return name.isEmpty() ? language : name;
}

QStringList install(QCoreApplication *app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    QStringList loaded;
    auto load = [&](const QString &name, const QStringList &dirs) {
        for (const QString &dir : dirs) {
            auto *translator = new QTranslator(app);
            if (translator->load(locale, name, u"_"_s, dir)) {
                QCoreApplication::installTranslator(translator);
                loaded << translator->filePath();
                return;
            }
            delete translator;
        }
    };
    // English is the source language: nothing to load, and Qt's own texts are English too.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return loaded;
    const QString appDir = QCoreApplication::applicationDirPath();
    load(u"mqdesk"_s, {u":/i18n"_s});
    load(u"qtbase"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + u"/translations"_s});
    // Debian ships QtKeychain's in its own folder; Windows/macOS bundles next to the binary.
    load(u"qtkeychain"_s,
         {QLibraryInfo::path(QLibraryInfo::DataPath) + u"/../qt6keychain/translations"_s,
          u"/usr/share/qt6keychain/translations"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath),
          appDir + u"/translations"_s});
    qCDebug(lcI18n) << "locale" << locale.name() << "translations" << loaded;
    return loaded;
}

} // namespace Gui::Translations
