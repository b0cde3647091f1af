#include "commandline.h"
#include "platform.h"
#include "server.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqdesk-emulator"));
    QCoreApplication::setOrganizationName(QStringLiteral("mqdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));

    const Emulator::CommandLine commandLine = Emulator::CommandLine::parse(
        QCoreApplication::arguments(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    switch (commandLine.action) {
    case Emulator::CommandLine::Action::Help:
    case Emulator::CommandLine::Action::Version:
        QTextStream(stdout) << commandLine.message;
        return 0;
    case Emulator::CommandLine::Action::Error:
        QTextStream(stderr) << "mqdesk-emulator: " << commandLine.message << "\n"
                            << "Try 'mqdesk-emulator --help'.\n";
        return 2;
    case Emulator::CommandLine::Action::Run:
        break;
    }

    Emulator::Server server(commandLine.settings);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "mqdesk-emulator: " << error << "\n";
        return 1;
    }
    Emulator::Platform::installStopHandler([] { QCoreApplication::quit(); });
    QTextStream(stderr) << "mqdesk-emulator: data in " << commandLine.settings.dataDir << "\n";
    // Exactly one line on stdout: tools and tests read the port from it.
    QTextStream(stdout) << "listening on " << server.url().toString() << Qt::endl;
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}
