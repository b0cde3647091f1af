#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Gui {

/// One mqdesk per user session: the first process listens on a per-user local socket
/// (QLocalServer); a later `mqdesk mqdesk://...` hands its link to it and exits.
///
/// Wire format: the client writes one UTF-8 line (the link), the server answers "ok\n" once
/// it has taken it, then closes.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// "mqdesk-<hash of the user's home>", or $MQDESK_INSTANCE_SOCKET when set (tests).
    static QString defaultServerName();
    /// Blocking, for main() before the event loop: hands `message` to a running instance.
    /// True when that instance confirmed it; false when none runs (or it did not answer).
    static bool sendToRunning(const QString &serverName, const QString &message, int timeoutMs = 3000);

    /// Starts listening (a stale socket of a crashed instance is removed). False with
    /// errorString() when another instance holds the name or the socket cannot be made.
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_name; }
    QString errorString() const { return m_error; }

    /// Longest message accepted; longer ones are dropped.
    static constexpr qsizetype maxMessageSize = 64 * 1024;

Q_SIGNALS:
    void messageReceived(const QString &message);

private:
    void onNewConnection();

    QString m_name;
    QString m_error;
    QLocalServer *m_server;
};

} // namespace Gui
