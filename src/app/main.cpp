#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mqdesk"));
    QApplication::setOrganizationName(QStringLiteral("mqdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("mqdesk"));
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
