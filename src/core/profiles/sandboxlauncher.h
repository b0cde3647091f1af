#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Profiles {

/// Starts the bundled mqdesk-emulator as a child process for the built-in Sandbox profile:
/// persistent data directory, demo data on first use, stopped with the launcher (the app).
/// Asynchronous: started(url) once the emulator prints "listening on http://HOST:PORT",
/// failed(message) otherwise.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)
public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    /// The emulator binary: $MQDESK_EMULATOR, next to the app, or the build tree's sibling.
    static QString findEmulator();
    /// The well-known sandbox credentials the emulator accepts (its documented defaults).
    static QByteArray accessKey();
    static QByteArray secretKey();
    static QString projectId();
    /// AppDataLocation/sandbox.
    static QString defaultDataDir();

    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }
    /// Extra emulator arguments (e.g. --faults for tests and benchmarks).
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    void setStartTimeoutMs(int ms) { m_timeout.setInterval(ms); }

    /// No-op while Starting or Running.
    void start();
    /// Terminates the child; the destructor does the same.
    void stop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &message);
    void stateChanged(Profiles::SandboxLauncher::State state);

private:
    void onReadyRead();
    void fail(const QString &message);
    void setState(State state);

    QProcess m_process;
    QTimer m_timeout;
    QString m_program;
    QString m_dataDir;
    QStringList m_extraArgs;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_error;
    State m_state = State::Stopped;
};

} // namespace Profiles
