#include "clirunner.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/operations.h"
#include "api/requestlog.h"
#include "auth/keychainstore.h"
#include "profiles/profilestore.h"
#include "profiles/regions.h"
#include "profiles/sandboxlauncher.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Cli {

namespace {

QString kindId(Api::ApiError::Kind kind)
{
    switch (kind) {
    case Api::ApiError::Kind::None:
        return u"none"_s;
    case Api::ApiError::Kind::Network:
        return u"network"_s;
    case Api::ApiError::Kind::Timeout:
        return u"timeout"_s;
    case Api::ApiError::Kind::Cancelled:
        return u"cancelled"_s;
    case Api::ApiError::Kind::Auth:
        return u"auth"_s;
    case Api::ApiError::Kind::Client:
        return u"client"_s;
    case Api::ApiError::Kind::Server:
        return u"server"_s;
    case Api::ApiError::Kind::Parse:
        return u"parse"_s;
    }
    return {};
}

} // namespace

Runner::Runner(QTextStream *out, QTextStream *err, QObject *parent) : QObject(parent), m_out(out), m_err(err)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        m_env.insert(key, env.value(key));
}

Runner::~Runner() = default;

int Runner::exitCodeFor(const Api::ApiError &error)
{
    switch (error.kind) {
    case Api::ApiError::Kind::None:
        return ExitOk;
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Timeout:
    case Api::ApiError::Kind::Cancelled:
        return error.httpStatus > 0 ? ExitApi : ExitNetwork;
    case Api::ApiError::Kind::Auth:
    case Api::ApiError::Kind::Client:
        // No HTTP answer: the request never left (no endpoint, no credentials, bad request).
        return error.httpStatus > 0 ? ExitApi : ExitUsage;
    case Api::ApiError::Kind::Server:
    case Api::ApiError::Kind::Parse:
        return ExitApi;
    }
    return ExitFailure;
}

QByteArray Runner::errorJson(const Api::ApiError &error)
{
    QJsonObject o {{"kind"_L1, kindId(error.kind)}, {"message"_L1, error.toString()}};
    if (error.httpStatus > 0)
        o.insert("http_status"_L1, error.httpStatus);
    if (!error.errorCode.isEmpty())
        o.insert("error_code"_L1, error.errorCode);
    if (!error.errorMessage.isEmpty())
        o.insert("error_msg"_L1, error.errorMessage);
    if (!error.requestId.isEmpty())
        o.insert("request_id"_L1, QString::fromLatin1(error.requestId));
    if (!error.method.isEmpty())
        o.insert("method"_L1, QString::fromLatin1(error.method));
    if (!error.url.isEmpty())
        o.insert("url"_L1, error.url.toString(QUrl::FullyEncoded));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void Runner::usage(const QString &message)
{
    *m_err << "mqdesk-cli: " << message << Qt::endl;
    finish(ExitUsage);
}

void Runner::finish(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_out->flush();
    m_err->flush();
    // Never from inside start(): callers connect after constructing.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT done(code); });
}

void Runner::start(const Options &options)
{
    m_options = options;
    m_operation = Api::OperationTable::builtin().find(options.operation);
    if (!m_operation)
        return usage(tr("unknown operation \"%1\" (mqdesk-cli --list shows them)").arg(options.operation));

    Profiles::Profile profile;
    if (!options.profile.isEmpty()) {
        std::unique_ptr<Profiles::Settings> settings = options.settingsFile.isEmpty()
            ? std::make_unique<Profiles::Settings>(std::make_unique<QSettings>(u"mqdesk"_s, u"mqdesk"_s))
            : Profiles::Settings::createForFile(options.settingsFile);
        const Profiles::ProfileStore store(settings.get());
        profile = store.findByName(options.profile);
        if (!profile.isValid())
            return usage(tr("no profile named \"%1\"").arg(options.profile));
    }

    m_region = options.region.isEmpty() ? profile.region : options.region;
    const Profiles::Region *region = m_region.isEmpty() ? nullptr : Profiles::Regions::find(m_region);
    if (!options.endpoint.isEmpty()) {
        m_dms = QUrl(options.endpoint);
        m_iam = profile.iamEndpoint.isEmpty() ? (region ? region->iam : m_dms) : profile.iamEndpoint;
    } else if (profile.isValid() && !profile.isSandbox() && !profile.dmsEndpoint.isEmpty() &&
               options.region.isEmpty()) {
        m_dms = profile.dmsEndpoint;
        m_iam = profile.iamEndpoint;
    } else if (region) {
        m_dms = region->dms;
        m_iam = region->iam;
    } else if (!m_region.isEmpty()) {
        return usage(tr("unknown region \"%1\"; give --endpoint").arg(m_region));
    } else if (profile.isSandbox()) {
        return usage(tr("the Sandbox profile needs --endpoint (the URL mqdesk-emulator prints)"));
    } else {
        return usage(tr("no endpoint: give --endpoint, --region or --profile"));
    }

    m_projectId = options.projectId;
    if (m_projectId.isEmpty())
        m_projectId = options.params.value(u"project_id"_s).toString();
    if (m_projectId.isEmpty())
        m_projectId = profile.isSandbox() ? Profiles::SandboxLauncher::projectId() : profile.projectId;
    if (m_projectId.isEmpty())
        m_projectId = m_env.value(u"CLOUD_SDK_PROJECT_ID"_s);
    if (m_projectId.isEmpty() && m_operation->pathParam(u"project_id"_s))
        return usage(tr("%1 needs a project id: give --project-id").arg(m_operation->id));

    QString ak = m_env.value(u"CLOUD_SDK_AK"_s);
    QString sk = m_env.value(u"CLOUD_SDK_SK"_s);
    if (m_operation->method == "RPC" && m_env.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s)) {
        // Alibaba Cloud's own variables win for its RPC operations (ApsaraMQ for MQTT).
        ak = m_env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
        sk = m_env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    }
    if (!ak.isEmpty() && !sk.isEmpty()) {
        m_credentials.accessKey = ak.toUtf8();
        m_credentials.secretKey = sk.toUtf8();
        m_credentials.securityToken = m_env.value(u"CLOUD_SDK_SECURITY_TOKEN"_s).toUtf8();
        m_credentials.kind = m_credentials.securityToken.isEmpty() ? Auth::Credentials::Kind::AkSk
                                                                   : Auth::Credentials::Kind::TemporaryAkSk;
        m_credentialSource = tr("environment (CLOUD_SDK_AK)");
        return send();
    }
    if (!ak.isEmpty() || !sk.isEmpty())
        return usage(tr("set both CLOUD_SDK_AK and CLOUD_SDK_SK"));
    if (profile.isSandbox()) {
        m_credentials.kind = Auth::Credentials::Kind::AkSk;
        m_credentials.accessKey = Profiles::SandboxLauncher::accessKey();
        m_credentials.secretKey = Profiles::SandboxLauncher::secretKey();
        m_credentialSource = tr("the sandbox's well-known key pair");
        return send();
    }
    if (!profile.isValid())
        return usage(tr("no credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK, or use --profile"));

    m_credentials.kind = profile.authKind;
    m_credentials.accessKey = profile.accessKey.toUtf8();
    m_credentials.userName = profile.userName;
    m_credentials.domainName = profile.domainName;
    m_credentialSource = tr("profile \"%1\" and the system keychain").arg(profile.name);
    m_pendingSecrets = profile.secretNames();
    for (const QString &name : std::as_const(m_pendingSecrets))
        m_secretEntries.insert(name, Profiles::SessionManager::secretEntry(profile, name));
    m_keychain = std::make_unique<Auth::KeychainStore>();
    readNextSecret();
}

void Runner::readNextSecret()
{
    if (m_pendingSecrets.isEmpty())
        return send();
    const QString name = m_pendingSecrets.takeFirst();
    m_keychain->read(m_secretEntries.value(name), this, [this, name](const Auth::KeychainStore::Result &result) {
        if (!result.ok()) {
            // A security token is optional for temporary AK/SK profiles only if absent.
            if (result.status == Auth::KeychainStore::Status::NotFound && name == QLatin1String("security_token"))
                return readNextSecret();
            return usage(tr("cannot read the %1 of profile \"%2\" from the keychain: %3")
                             .arg(name, m_options.profile, result.message));
        }
        if (name == QLatin1String("secret_key"))
            m_credentials.secretKey = result.data;
        else if (name == QLatin1String("security_token"))
            m_credentials.securityToken = result.data;
        else if (name == QLatin1String("password"))
            m_credentials.password = QString::fromUtf8(result.data);
        else if (name == QLatin1String("token"))
            m_credentials.token = result.data;
        readNextSecret();
    });
}

void Runner::send()
{
    QVariantMap params = m_options.params;
    if (!m_projectId.isEmpty())
        params.insert(u"project_id"_s, m_projectId);

    QJsonValue body(QJsonValue::Undefined);
    QByteArray bodyBytes = m_options.body;
    if (m_options.hasBody) {
        if (!m_operation->hasBody)
            return usage(tr("%1 takes no request body").arg(m_operation->id));
        const QJsonDocument doc = QJsonDocument::fromJson(bodyBytes);
        body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    } else if (m_operation->hasBody) {
        bodyBytes = "{}";
        body = QJsonObject();
    }
    if (m_options.validate) {
        const QStringList problems = m_operation->validate(params, body);
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                *m_err << "mqdesk-cli: " << m_operation->id << ": " << p << Qt::endl;
            return usage(tr("nothing sent (--describe %1 shows the parameters; --no-validate sends anyway)")
                             .arg(m_operation->id));
        }
    }
    Api::ApiRequest request;
    QString error;
    if (!m_operation->buildRequest(params, &request, &error))
        return usage(error);
    // Undeclared names go out as query parameters (the service knows more than the
    // reference documents), with a warning in case a body field was meant.
    for (const QString &name : m_options.paramOrder) {
        if (name == QLatin1String("project_id") || m_operation->pathParam(name) || m_operation->queryParam(name))
            continue;
        *m_err << "mqdesk-cli: warning: " << m_operation->id
               << tr(" documents no parameter \"%1\"; sent as a query "
                     "parameter (body fields go in --body)")
                      .arg(name)
               << Qt::endl;
        request.query.append({name, params.value(name).toString()});
    }
    if (m_operation->hasBody)
        request.body = bodyBytes;

    m_client = std::make_unique<Api::ApiClient>();
    Api::Endpoint endpoint;
    endpoint.dms = m_dms;
    endpoint.iam = m_iam;
    endpoint.region = m_region;
    endpoint.projectId = m_projectId;
    m_client->setEndpoint(endpoint);
    // An RPC operation (Alibaba Cloud) signs with the pair as AccessKey ID/secret (V3).
    if (m_operation->method == "RPC" && m_credentials.kind == Auth::Credentials::Kind::AkSk)
        m_credentials.kind = Auth::Credentials::Kind::AlibabaAccessKey;
    m_client->setCredentials(m_credentials);
    m_client->setTimeoutMs(m_options.timeoutMs);
    m_client->setMaxRetries(m_options.retries);
    m_client->setRetryBaseDelayMs(300);
    if (m_options.verbose) {
        *m_err << "* endpoint " << m_dms.toString() << (m_region.isEmpty() ? QString() : u", region "_s + m_region)
               << (m_projectId.isEmpty() ? QString() : u", project "_s + m_projectId) << '\n'
               << "* credentials: access key " << QString::fromUtf8(m_credentials.accessKey) << " from "
               << m_credentialSource << " (secret not shown)" << Qt::endl;
        connect(m_client->requestLog(), &QAbstractItemModel::rowsInserted, this, &Runner::printVerboseLog);
    }
    m_call = m_client->send(request, this);
    connect(m_call, &Api::ApiCall::finished, this, &Runner::onFinished);
    connect(m_call, &Api::ApiCall::failed, this, &Runner::onFailed);
}

void Runner::printVerboseLog()
{
    const QList<Api::RequestLogEntry> &entries = m_client->requestLog()->entries();
    for (; m_loggedEntries < entries.size(); ++m_loggedEntries) {
        const Api::RequestLogEntry &e = entries.at(m_loggedEntries);
        *m_err << "> " << e.method << ' ' << e.url.toString(QUrl::FullyEncoded)
               << (e.attempt > 1 ? tr("   (attempt %1)").arg(e.attempt) : QString()) << '\n';
        for (const auto &[name, value] : e.requestHeaders)
            *m_err << "> " << name << ": " << value << '\n';
        if (!e.requestBody.isEmpty())
            *m_err << "> " << e.requestBody << (e.bodyTruncated ? "..." : "") << '\n';
        *m_err << "< " << (e.httpStatus ? QString::number(e.httpStatus) : tr("no answer")) << "  " << e.durationMs
               << " ms, " << e.bytesIn << " bytes"
               << (e.requestId.isEmpty() ? QString() : u", X-Request-Id "_s + QString::fromLatin1(e.requestId))
               << (e.error.isEmpty() ? QString() : u"  "_s + e.error) << Qt::endl;
    }
}

void Runner::onFinished()
{
    if (m_options.verbose)
        printVerboseLog();
    const QJsonDocument &result = m_call->result();
    if (!result.isNull())
        *m_out << result.toJson(QJsonDocument::Indented);
    else if (!m_call->rawBody().isEmpty())
        *m_out << m_call->rawBody() << '\n';
    finish(ExitOk);
}

void Runner::onFailed(const Api::ApiError &error)
{
    if (m_options.verbose)
        printVerboseLog();
    *m_err << errorJson(error);
    finish(exitCodeFor(error));
}

} // namespace Cli
