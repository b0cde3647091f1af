#include "emulatorprocess.h"

#include "callwait.h"

#include "server.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace TestSupport {

EmulatorProcess::EmulatorProcess(QObject *parent) : QObject(parent) { }

EmulatorProcess::~EmulatorProcess()
{
    if (isRunning() && !stop())
        kill();
}

QString EmulatorProcess::executable()
{
    return QString::fromLocal8Bit(qgetenv("MQDESK_EMULATOR"));
}

void EmulatorProcess::setDataDir(const QString &dir)
{
    m_dataDir = dir;
}

QString EmulatorProcess::dataDir() const
{
    return m_dataDir.isEmpty() && m_tempDir ? m_tempDir->path() : m_dataDir;
}

void EmulatorProcess::setExtraArguments(const QStringList &arguments)
{
    m_extraArguments = arguments;
}

bool EmulatorProcess::start(int timeoutMs)
{
    if (isRunning()) {
        m_error = u"already running"_s;
        return false;
    }
    if (executable().isEmpty()) {
        m_error = u"MQDESK_EMULATOR is not set"_s;
        return false;
    }
    if (m_dataDir.isEmpty() && !m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = u"cannot create a temporary data dir"_s;
            return false;
        }
    }
    m_stdout.clear();
    m_url.clear();
    m_error.clear();
    m_process = std::make_unique<QProcess>();
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_process->readAllStandardOutput(); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    QStringList arguments {u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s};
    arguments += m_extraArguments;
    m_process->start(executable(), arguments);
    const bool listening = QTest::qWaitFor(
        [this] { return m_stdout.contains('\n') || m_process->state() == QProcess::NotRunning; }, timeoutMs);
    const QByteArray line = m_stdout.left(m_stdout.indexOf('\n')).trimmed();
    if (!listening || !line.startsWith("listening on ")) {
        m_error = u"no listening line (state %1, stdout \"%2\", stderr \"%3\")"_s.arg(int(m_process->state()))
                      .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(m_stderr.right(2000)));
        kill();
        return false;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(int(qstrlen("listening on ")))));
    return m_url.isValid() && m_url.port() > 0;
}

bool EmulatorProcess::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    m_process->terminate();
    const bool finished = QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, timeoutMs);
    return finished && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void EmulatorProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, 10000))
        qWarning("mqdesk-emulator did not go away after kill()");
}

bool EmulatorProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl EmulatorProcess::url() const
{
    return m_url;
}

quint16 EmulatorProcess::port() const
{
    return quint16(m_url.port());
}

QString EmulatorProcess::errorString() const
{
    return m_error;
}

QByteArray EmulatorProcess::standardError() const
{
    return m_stderr;
}

Api::Endpoint EmulatorProcess::endpoint() const
{
    Api::Endpoint endpoint;
    endpoint.dms = m_url;
    endpoint.iam = m_url;
    endpoint.region = u"cn-north-4"_s;
    endpoint.projectId = projectId();
    return endpoint;
}

Auth::Credentials EmulatorProcess::credentials()
{
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::AkSk;
    credentials.accessKey = accessKey();
    credentials.secretKey = secretKey();
    return credentials;
}

InProcessEmulator::InProcessEmulator(const Emulator::Settings &settings)
    : m_server(std::make_unique<Emulator::Server>(settings))
{
}

InProcessEmulator::~InProcessEmulator() = default;

Emulator::Settings InProcessEmulator::defaultSettings()
{
    Emulator::Settings settings = Emulator::Settings::sandbox();
    settings.instanceCreateDelayMs = 200;
    return settings;
}

std::unique_ptr<InProcessEmulator> InProcessEmulator::startWithFaults(const QString &faults)
{
    Emulator::Settings settings = defaultSettings();
    settings.faults = faults;
    auto emulator = std::make_unique<InProcessEmulator>(settings);
    if (!emulator->start())
        return nullptr;
    return emulator;
}

bool InProcessEmulator::start(QString *error)
{
    return m_server->start(error);
}

QUrl InProcessEmulator::url() const
{
    return m_server->url();
}

void InProcessEmulator::configure(Api::ApiClient &client) const
{
    client.setEndpoint(endpoint());
    client.setCredentials(credentials());
}

QJsonObject instanceBody(const QString &name, int brokers)
{
    return {{u"name"_s, name},
            {u"engine"_s, u"reliability"_s},
            {u"engine_version"_s, u"4.8.0"_s},
            {u"storage_space"_s, 600},
            {u"vpc_id"_s, u"vpc-1"_s},
            {u"subnet_id"_s, u"subnet-1"_s},
            {u"security_group_id"_s, u"sg-1"_s},
            {u"available_zones"_s, QJsonArray {u"9f1c5806706d4c1fb0eb72f0a9b18c77"_s}},
            {u"product_id"_s, u"c6.4u8g.cluster"_s},
            {u"storage_spec_code"_s, u"dms.physical.storage.high.v2"_s},
            {u"broker_num"_s, brokers}};
}

Api::Endpoint InProcessEmulator::endpoint() const
{
    Api::Endpoint endpoint;
    endpoint.dms = url();
    endpoint.iam = url();
    endpoint.region = m_server->settings().region;
    endpoint.projectId = m_server->settings().projectId;
    return endpoint;
}

CallResult callAndWait(Api::ApiClient &client, const QString &operationId, const QVariantMap &params,
                       const QByteArray &body, int timeoutMs)
{
    QObject owner; // owns the call: deleted (aborted if still running) on return
    return waitForCall(client.call(operationId, params, &owner, body), timeoutMs);
}

CallResult sendAndWait(Api::ApiClient &client, const Api::ApiRequest &request, int timeoutMs)
{
    QObject owner;
    return waitForCall(client.send(request, &owner), timeoutMs);
}

} // namespace TestSupport
