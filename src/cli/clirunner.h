#pragma once

#include "clioptions.h"

#include "api/apierror.h"
#include "auth/credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTextStream;

namespace Api {
class ApiCall;
class ApiClient;
struct Operation;
} // namespace Api

namespace Auth {
class KeychainStore;
}

namespace Cli {

/// Runs one call of mqdesk-cli: resolves endpoint and credentials (options, environment,
/// saved profile and keychain), checks the parameters against the operation table, sends the
/// signed request and prints the answer. Ends with exactly one done(exitCode).
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)
public:
    /// out receives the response JSON, err diagnostics; both must outlive the runner.
    Runner(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~Runner() override;

    /// The process environment by default; tests pass their own.
    void setEnvironment(const QHash<QString, QString> &env) { m_env = env; }

    void start(const Options &options);

    /// The exit code for an API error: 3 for answers, 4 for network trouble, 2 for local ones.
    static int exitCodeFor(const Api::ApiError &error);
    /// The error as pretty JSON, as printed on stderr.
    static QByteArray errorJson(const Api::ApiError &error);

Q_SIGNALS:
    void done(int exitCode);

private:
    void resolveCredentials();
    void readNextSecret();
    void send();
    void onFinished();
    void onFailed(const Api::ApiError &error);
    void finish(int code);
    void usage(const QString &message);
    void printVerboseLog();

    QTextStream *m_out;
    QTextStream *m_err;
    QHash<QString, QString> m_env;
    Options m_options;
    const Api::Operation *m_operation = nullptr;
    std::unique_ptr<Api::ApiClient> m_client;
    QPointer<Api::ApiCall> m_call;
    std::unique_ptr<Auth::KeychainStore> m_keychain;
    Auth::Credentials m_credentials;
    QString m_credentialSource;
    QUrl m_dms;
    QUrl m_iam;
    QString m_region;
    QString m_projectId;
    QStringList m_pendingSecrets;
    QHash<QString, QString> m_secretEntries;
    QVariantMap m_params;
    bool m_done = false;
    int m_loggedEntries = 0;
};

} // namespace Cli
