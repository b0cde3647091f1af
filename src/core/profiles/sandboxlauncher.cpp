#include "profiles/sandboxlauncher.h"

#include "profiles/childlifetime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "mqdesk.sandbox")

namespace Profiles {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent), m_program(findEmulator()), m_dataDir(defaultDataDir())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(20000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox emulator did not report its address within %n second(s).", nullptr,
                m_timeout.interval() / 1000));
        m_process.kill();
    });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    endWithParent(m_process);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray err = m_process.readAllStandardError();
        m_stderrTail = QByteArray(m_stderrTail + err).right(2000);
        qCDebug(lcSandbox).noquote() << QString::fromLocal8Bit(err).trimmed();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the sandbox emulator %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_state == State::Starting || m_state == State::Running) {
            const QString tail = QString::fromLocal8Bit(m_stderrTail).trimmed();
            fail(status == QProcess::CrashExit
                     ? tr("The sandbox emulator crashed.")
                     : tr("The sandbox emulator exited with code %1. %2").arg(code).arg(tail));
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findEmulator()
{
    const QString fromEnv = qEnvironmentVariable("MQDESK_EMULATOR");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef Q_OS_WIN
    const QString exe = u"mqdesk-emulator.exe"_s;
#else
    const QString exe = u"mqdesk-emulator"_s;
#endif
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + u'/' + exe,
        appDir + u"/../emulator/"_s + exe,     // build tree: build/x/src/app -> src/emulator
        appDir + u"/../src/emulator/"_s + exe, // build tree: tests and benchmarks
        appDir + u"/../../src/emulator/"_s + exe,
        appDir + u"/../libexec/"_s + exe,
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isExecutable())
            return QDir::cleanPath(c);
    }
    const QString onPath = QStandardPaths::findExecutable(exe);
    return onPath.isEmpty() ? exe : onPath;
}

QByteArray SandboxLauncher::accessKey()
{
    return QByteArrayLiteral("MQDESKSANDBOXAK00001");
}

QByteArray SandboxLauncher::secretKey()
{
    return QByteArrayLiteral("mqdeskSandboxSecretKeyNotASecret00000001");
}

QString SandboxLauncher::projectId()
{
    return u"0a1b2c3d4e5f40718293a4b5c6d7e8f9"_s;
}

QString SandboxLauncher::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox"_s;
}

void SandboxLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_buffer.clear();
    m_stderrTail.clear();
    m_url.clear();
    m_error.clear();
    if (!QDir().mkpath(m_dataDir)) {
        fail(tr("Could not create the sandbox data folder %1.").arg(QDir::toNativeSeparators(m_dataDir)));
        return;
    }
    QStringList args = {u"--data-dir"_s,
                        m_dataDir,
                        u"--demo"_s,
                        u"--listen"_s,
                        u"127.0.0.1:0"_s,
                        u"--access-key"_s,
                        QString::fromLatin1(accessKey()),
                        u"--secret-key"_s,
                        QString::fromLatin1(secretKey()),
                        u"--project-id"_s,
                        projectId()};
    args += m_extraArgs;
    setState(State::Starting);
    m_timeout.start();
    qCInfo(lcSandbox) << "starting" << m_program << args;
    m_process.start(m_program, args, QIODevice::ReadOnly);
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        setState(State::Stopped); // before finished() arrives, so it is not reported as a failure
        m_process.terminate();
        // The emulator quits on SIGTERM within milliseconds; on Windows terminate() is a
        // WM_CLOSE a console program ignores, so kill() after a short grace period.
        if (!m_process.waitForFinished(1500)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
    setState(State::Stopped);
}

void SandboxLauncher::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_state != State::Starting) {
        m_buffer.clear();
        return;
    }
    static const QRegularExpression re(u"listening on (https?://[^\\s]+)"_s);
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_buffer.left(nl)).trimmed();
        m_buffer.remove(0, nl + 1);
        const auto match = re.match(line);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            m_timeout.stop();
            qCInfo(lcSandbox) << "sandbox running at" << m_url;
            setState(State::Running);
            Q_EMIT started(m_url);
            m_buffer.clear();
            return;
        }
    }
}

void SandboxLauncher::fail(const QString &message)
{
    m_timeout.stop();
    m_error = message;
    qCWarning(lcSandbox).noquote() << message;
    setState(State::Failed);
    Q_EMIT failed(message);
}

void SandboxLauncher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Profiles
