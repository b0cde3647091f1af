#include <QCoreApplication>
#include <QHttpServer>
#include <QHostAddress>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqdesk-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));
    QHttpServer server;
    server.route(QStringLiteral("/"), [] { return QStringLiteral("mqdesk-emulator"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QTextStream(stdout) << "listening on http://127.0.0.1:" << port << Qt::endl;
    return QCoreApplication::exec();
}
