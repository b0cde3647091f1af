#include "clioptions.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

// Thin: parse, answer --help/--version/--list/--describe, else run one call.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("mqdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));

    // The client logs every request at info level; a command line keeps stderr for the
    // error (and --verbose). QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("mqdesk.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Cli::ParseResult parsed = Cli::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.ok()) {
        err << "mqdesk-cli: " << parsed.error << '\n'
            << QCoreApplication::translate("Cli", "Try mqdesk-cli --help.") << Qt::endl;
        return Cli::ExitUsage;
    }
    switch (parsed.options.action) {
    case Cli::Options::Action::Help:
        out << parsed.helpText;
        return Cli::ExitOk;
    case Cli::Options::Action::Version:
        out << "mqdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::ExitOk;
    case Cli::Options::Action::List:
        out << Cli::operationList();
        return Cli::ExitOk;
    case Cli::Options::Action::Describe: {
        bool found = false;
        const QString text = Cli::describeOperation(parsed.options.operation, &found);
        if (!found) {
            err << "mqdesk-cli: unknown operation \"" << parsed.options.operation << "\" (--list shows them)"
                << Qt::endl;
            return Cli::ExitUsage;
        }
        out << text;
        return Cli::ExitOk;
    }
    case Cli::Options::Action::Call:
        break;
    }
    Cli::Runner runner(&out, &err);
    QObject::connect(&runner, &Cli::Runner::done, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start(parsed.options);
    return QCoreApplication::exec();
}
