#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Gui {

AppOptions AppOptions::parse(const QStringList &arguments)
{
    AppOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui::AppOptions", "Desktop console for Huawei Cloud DMS for RocketMQ."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, QCoreApplication::translate("Gui::AppOptions", "Open the built-in sandbox (a local emulator)."));
    const QCommandLineOption profile(u"profile"_s,
                                     QCoreApplication::translate("Gui::AppOptions", "Open the profile <name>."),
                                     QCoreApplication::translate("Gui::AppOptions", "name"));
    parser.addOption(sandbox);
    parser.addOption(profile);
    parser.addPositionalArgument(
        u"link"_s,
        QCoreApplication::translate("Gui::AppOptions",
                                    "An mqdesk:// link to open, in the running mqdesk if there is one."),
        u"[link]"_s);
    if (!parser.parse(arguments))
        o.error = parser.errorText();
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    o.sandbox = parser.isSet(sandbox);
    o.profile = parser.value(profile);
    if (o.error.isEmpty() && o.sandbox && !o.profile.isEmpty())
        o.error = QCoreApplication::translate("Gui::AppOptions", "--sandbox and --profile cannot be combined.");
    const QStringList positional = parser.positionalArguments();
    if (o.error.isEmpty() && positional.size() == 1 &&
        positional.constFirst().startsWith(u"mqdesk:"_s, Qt::CaseInsensitive))
        o.link = positional.constFirst();
    else if (o.error.isEmpty() && !positional.isEmpty())
        o.error =
            QCoreApplication::translate("Gui::AppOptions", "Unexpected argument: %1").arg(positional.constFirst());
    o.helpText = parser.helpText();
    o.versionText = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    return o;
}

} // namespace Gui
