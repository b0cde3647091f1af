#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Cli {

/// Exit codes of mqdesk-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< an unexpected local failure
    ExitUsage = 2,   ///< bad arguments, unknown operation, invalid parameters, no endpoint or credentials
    ExitApi = 3,     ///< the service answered with an error (HTTP status, API error body, bad answer)
    ExitNetwork = 4, ///< no answer: connection, TLS or timeout
};

/// What the command line asks for.
struct Options
{
    enum class Action { Call, List, Describe, Help, Version };
    Action action = Action::Call;
    QString endpoint;
    QString region;
    QString projectId;
    QString profile;
    QString settingsFile; ///< INI file with the app's profiles (default: the app's settings)
    QString operation;
    QVariantMap params; ///< name=value pairs, values as typed (strings)
    QStringList paramOrder;
    bool hasBody = false;
    QByteArray body; ///< exact bytes to send (validated JSON)
    bool verbose = false;
    bool validate = true;
    int timeoutMs = 30000;
    int retries = 2;
};

struct ParseResult
{
    Options options;
    QString error;    ///< a usage error, for stderr (exit 2)
    QString helpText; ///< full usage text
    bool ok() const { return error.isEmpty(); }
};

/// Parses argv (arguments including the program name); reads --body @file (@- = stdin).
ParseResult parseCommandLine(const QStringList &arguments);

/// `mqdesk-cli --list`: one line per operation: id, method, path and title.
QString operationList();
/// `mqdesk-cli --describe OPERATION`: its parameters and body fields from the table.
QString describeOperation(const QString &id, bool *found);

} // namespace Cli
