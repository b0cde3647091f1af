#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace TestSupport {

QJsonObject CliRun::outJson() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonObject CliRun::errJson() const
{
    return QJsonDocument::fromJson(err.mid(err.indexOf('{'))).object();
}

QString cliExecutable()
{
    return QString::fromLocal8Bit(qgetenv("MQDESK_CLI"));
}

CliRun runCli(const QStringList &args, const QHash<QString, QString> &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("CLOUD_SDK_")) || name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            environment.remove(name);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliExecutable(), args);
    CliRun result;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("mqdesk-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestSupport
