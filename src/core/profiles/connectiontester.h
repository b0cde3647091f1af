#pragma once

#include "auth/credentials.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace Api {
class ApiClient;
}

namespace Profiles {

/// "Test connection": reachability (DNS + TCP), TLS (certificate subject), clock skew (the
/// server's Date against ours) and authentication (what it could list), each reported
/// separately through stepFinished().
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)
public:
    enum class Step { Reachability, Tls, ClockSkew, Authentication };
    Q_ENUM(Step)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const QUrl &dmsEndpoint, const QString &projectId, const Auth::Credentials &credentials,
               const QUrl &iamEndpoint = {});
    static QString stepName(Step step);
    /// An HTTP Date header value ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is none.
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    void stepFinished(Profiles::ConnectionTester::Step step, bool ok, const QString &detail);
    void finished(bool allOk);

private:
    void report(Step step, bool ok, const QString &detail);
    void checkAuth();

    QNetworkAccessManager m_nam;
    Api::ApiClient *m_client = nullptr;
    QUrl m_url;
    QString m_project;
    Auth::Credentials m_credentials;
    QUrl m_iam;
    bool m_allOk = true;
};

} // namespace Profiles
