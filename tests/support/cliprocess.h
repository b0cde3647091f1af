#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TestSupport {

/// One finished run of the real mqdesk-cli ($MQDESK_CLI).
struct CliRun
{
    int exitCode = -1; ///< -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
    QJsonObject outJson() const;
    /// The error object printed on stderr (diagnostic lines before it are skipped).
    QJsonObject errJson() const;
};

QString cliExecutable(); ///< $MQDESK_CLI

/// Runs mqdesk-cli with args. The environment is this process's without any CLOUD_SDK_*
/// variable, plus env. Waits with the event loop running (loopback servers of the calling
/// thread keep answering), at most 60 s.
CliRun runCli(const QStringList &args, const QHash<QString, QString> &env = {});

} // namespace TestSupport
