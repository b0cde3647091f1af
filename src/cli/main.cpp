#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));
    QTextStream(stdout) << "mqdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
