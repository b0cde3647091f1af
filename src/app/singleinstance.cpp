#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "mqdesk.instance")

namespace Gui {

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_name(serverName), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString fromEnv = qEnvironmentVariable("MQDESK_INSTANCE_SOCKET");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QByteArray home = QDir::homePath().toUtf8();
    return u"mqdesk-"_s +
        QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::sendToRunning(const QString &serverName, const QString &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith("ok\n");
}

bool SingleInstance::listen()
{
    if (m_server->isListening())
        return true;
    // Someone answers: a running instance (Qt's listen() would replace its socket file on Unix).
    // Nobody: at most a crashed one's socket file is left, which listen() may take over.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        m_error = tr("Another mqdesk is running.");
        return false;
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    m_error = m_server->errorString();
    qCWarning(lcInstance) << "cannot listen on" << m_name << m_error;
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->property("done").toBool())
                return;
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            if (buffer.size() > maxMessageSize) {
                qCWarning(lcInstance) << "dropping an oversized message";
                socket->setProperty("done", true);
                socket->abort();
                return;
            }
            const qsizetype end = buffer.indexOf('\n');
            if (end < 0) {
                socket->setProperty("buffer", buffer);
                return;
            }
            socket->setProperty("done", true);
            socket->write("ok\n");
            socket->disconnectFromServer();
            Q_EMIT messageReceived(QString::fromUtf8(buffer.left(end)).trimmed());
        });
    }
}

} // namespace Gui
