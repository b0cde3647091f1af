#pragma once

#include "services.h"

#include <QString>
#include <QStringList>

namespace Emulator {

/// mqdesk-emulator's command line, parsed without side effects (testable).
struct CommandLine
{
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    Settings settings;
    QString message; ///< help text, version line, or the error

    /// `arguments` includes the program name, as QCoreApplication::arguments().
    /// `defaultDataDir` is used when --data-dir is absent.
    static CommandLine parse(const QStringList &arguments, const QString &defaultDataDir);
};

} // namespace Emulator
