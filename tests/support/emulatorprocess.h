#pragma once

#include "api/apicall.h"
#include "api/apiclient.h"
#include "auth/credentials.h"
#include "services.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Emulator {
class Server;
}

namespace TestSupport {

/// The real mqdesk-emulator executable ($MQDESK_EMULATOR) as a child process, for end-to-end
/// tests (CLI, persistence, kill -9). Usage:
///
///     TestSupport::EmulatorProcess emulator;            // temporary data dir, sandbox keys
///     emulator.setExtraArguments({"--demo"});
///     QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
///     client.setEndpoint(emulator.endpoint());
///     client.setCredentials(emulator.credentials());
///     ...
///     emulator.kill();                                   // SIGKILL (TerminateProcess on Windows)
///     QVERIFY(emulator.start());                         // same data dir, new port
///
/// start() waits (event loop, no sleep) for the one "listening on http://HOST:PORT" line.
/// The destructor stops a running emulator with SIGTERM and waits for it.
class EmulatorProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorProcess)
public:
    explicit EmulatorProcess(QObject *parent = nullptr);
    ~EmulatorProcess() override;

    static QString executable();         ///< $MQDESK_EMULATOR
    void setDataDir(const QString &dir); ///< default: a temporary directory owned by this object
    QString dataDir() const;
    void setExtraArguments(const QStringList &arguments);

    bool start(int timeoutMs = 30000);
    /// Asks it to stop (SIGTERM / WM_CLOSE) and waits; true when it exited with code 0.
    bool stop(int timeoutMs = 15000);
    /// Kills it without warning (SIGKILL on Unix) and waits for the process to be gone.
    void kill();
    bool isRunning() const;

    QUrl url() const;
    quint16 port() const;
    QString errorString() const;
    QByteArray standardError() const; ///< everything it logged so far

    static QByteArray accessKey() { return Emulator::Settings::sandboxAccessKey(); }
    static QByteArray secretKey() { return Emulator::Settings::sandboxSecretKey(); }
    static QString projectId() { return Emulator::Settings::sandboxProjectId(); }
    /// Endpoint (dms and iam on the emulator's URL) and AK/SK credentials for Api::ApiClient.
    Api::Endpoint endpoint() const;
    static Auth::Credentials credentials();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QStringList m_extraArguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    QString m_error;
};

/// The emulator inside the test process (Emulator::Server on a loopback port, in-memory store
/// unless a data dir is given): cheaper than a child process; same pipeline and handlers.
class InProcessEmulator
{
public:
    explicit InProcessEmulator(const Emulator::Settings &settings = defaultSettings());
    ~InProcessEmulator();
    InProcessEmulator(const InProcessEmulator &) = delete;
    InProcessEmulator &operator=(const InProcessEmulator &) = delete;

    /// Sandbox keys, in-memory store, port 0, instances RUNNING after 200 ms.
    static Emulator::Settings defaultSettings();
    /// An emulator on defaultSettings() with these faults (Emulator::Settings::faults syntax,
    /// e.g. "latency=300"; none if empty), started; null if it could not start.
    static std::unique_ptr<InProcessEmulator> startWithFaults(const QString &faults);

    bool start(QString *error = nullptr);
    Emulator::Server &server() { return *m_server; }
    QUrl url() const;
    Api::Endpoint endpoint() const;
    static Auth::Credentials credentials() { return EmulatorProcess::credentials(); }
    /// Points the client at this emulator with the sandbox keys.
    void configure(Api::ApiClient &client) const;

private:
    std::unique_ptr<Emulator::Server> m_server;
};

/// A create_instance body the emulator accepts (RocketMQ 4.8.0, real flavor, AZ and storage codes).
QJsonObject instanceBody(const QString &name, int brokers = 2);
/// A JSON body as the API takes it.
inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// One finished API call, for tests: waits (event loop, QTest::qWaitFor) for the call's end.
struct CallResult
{
    bool ok = false; ///< finished() rather than failed()
    bool timedOut = false;
    int status = 0;
    QJsonDocument json;
    Api::ApiError error;
    QByteArray requestId; ///< the X-Request-Id header of the answer
    QJsonObject object() const { return json.object(); }
};
CallResult callAndWait(Api::ApiClient &client, const QString &operationId, const QVariantMap &params = {},
                       const QByteArray &body = {}, int timeoutMs = 15000);
CallResult sendAndWait(Api::ApiClient &client, const Api::ApiRequest &request, int timeoutMs = 15000);

} // namespace TestSupport
