#pragma once

#include <QString>
#include <QStringList>

namespace Gui {

/// The mqdesk command line (QCommandLineParser), without any core dependency.
struct AppOptions
{
    bool showHelp = false;
    bool showVersion = false;
    bool sandbox = false; ///< --sandbox: open the built-in sandbox profile
    QString profile;      ///< --profile NAME (name or uuid)
    QString link;         ///< an mqdesk:// link to open (handed to a running instance)
    QString error;        ///< non-empty: bad command line
    QString helpText;     ///< what --help prints
    QString versionText;

    static AppOptions parse(const QStringList &arguments);
};

} // namespace Gui
