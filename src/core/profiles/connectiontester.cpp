#include "profiles/connectiontester.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Profiles {

QDateTime ConnectionTester::parseHttpDate(const QByteArray &value)
{
    // HTTP dates end in "GMT" (RFC 7231 IMF-fixdate), which Qt 6.4's RFC 2822 parser rejects.
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(3) + u"+0000"_s;
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent) { }

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::stepName(Step step)
{
    switch (step) {
    case Step::Reachability:
        return tr("Name resolution and TCP");
    case Step::Tls:
        return tr("TLS");
    case Step::ClockSkew:
        return tr("Clock skew");
    case Step::Authentication:
        return tr("Authentication");
    }
    return {};
}

void ConnectionTester::report(Step step, bool ok, const QString &detail)
{
    m_allOk = m_allOk && ok;
    Q_EMIT stepFinished(step, ok, detail);
}

void ConnectionTester::start(const QUrl &dmsEndpoint, const QString &projectId, const Auth::Credentials &credentials,
                             const QUrl &iamEndpoint)
{
    m_url = dmsEndpoint;
    m_project = projectId;
    m_credentials = credentials;
    m_iam = iamEndpoint;
    m_allOk = true;
    // One unsigned request answers reachability, TLS and the server's clock at once.
    QNetworkRequest request(m_url);
    request.setTransferTimeout(15000);
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = m_nam.head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
        reply->deleteLater();
        const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        const auto error = reply->error();
        const bool tlsFailure = error == QNetworkReply::SslHandshakeFailedError;
        if (!answered && !tlsFailure) {
            report(Step::Reachability, false, reply->errorString());
            report(Step::Tls, false, tr("not reached"));
            report(Step::ClockSkew, false, tr("not reached"));
            report(Step::Authentication, false, tr("not reached"));
            Q_EMIT finished(false);
            return;
        }
        report(Step::Reachability, true, tr("%1 answered in %2 ms").arg(m_url.host()).arg(receivedAt - sentAt));
        if (m_url.scheme() == u"https") {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            if (tlsFailure)
                report(Step::Tls, false, reply->errorString());
            else
                report(Step::Tls, true,
                       tr("certificate for %1, issued by %2")
                           .arg(cert.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                                cert.issuerInfo(QSslCertificate::Organization).join(u", "_s)));
        } else {
            report(Step::Tls, true, tr("plain HTTP (local endpoint, no TLS)"));
        }
        const QDateTime serverTime = parseHttpDate(reply->rawHeader("Date"));
        if (!serverTime.isValid()) {
            report(Step::ClockSkew, true, tr("the server sent no Date header; not checked"));
        } else {
            // Date has a one-second resolution; compare against the middle of the round trip.
            const qint64 skewMs = serverTime.toMSecsSinceEpoch() - (sentAt + receivedAt) / 2;
            const bool ok = qAbs(skewMs) < 5 * 60 * 1000; // the gateway rejects signatures beyond 15 min
            report(Step::ClockSkew, ok,
                   ok ? tr("%1 s").arg(QLocale().toString(skewMs / 1000.0, 'f', 1))
                      : tr("%1 s: fix the system clock, signed requests will be rejected")
                            .arg(QLocale().toString(skewMs / 1000.0, 'f', 1)));
        }
        checkAuth();
    });
}

void ConnectionTester::checkAuth()
{
    delete m_client;
    m_client = new Api::ApiClient(this);
    m_client->setEndpoint({m_url, m_iam.isEmpty() ? m_url : m_iam, {}, m_project});
    m_client->setCredentials(m_credentials);
    m_client->setMaxRetries(0);
    Api::ApiCall *call = m_client->call(u"list_instances"_s, {{u"limit"_s, 1}, {u"offset"_s, 0}}, this);
    connect(call, &Api::ApiCall::finished, this, [this](const QJsonDocument &doc) {
        const QJsonObject o = doc.object();
        const qint64 n = qint64(o.value("instance_num"_L1).toDouble(double(o.value("instances"_L1).toArray().size())));
        report(Step::Authentication, true, tr("signed in; %n instance(s) visible in the project", nullptr, int(n)));
        Q_EMIT finished(m_allOk);
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        report(Step::Authentication, false, e.toString());
        Q_EMIT finished(false);
    });
}

} // namespace Profiles
