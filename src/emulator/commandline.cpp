#include "commandline.h"

#include "faults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Emulator::CommandLine", text);
}

/// HOST:PORT, [IPv6]:PORT, HOST or :PORT.
bool parseListen(const QString &text, QString *host, quint16 *port)
{
    QString hostPart = text;
    QString portPart;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        hostPart = text.mid(1, close - 1);
        if (text.size() > close + 1) {
            if (text.at(close + 1) != u':')
                return false;
            portPart = text.mid(close + 2);
        }
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0 && text.count(u':') == 1) {
        hostPart = text.left(colon);
        portPart = text.mid(colon + 1);
    }
    if (hostPart.isEmpty())
        hostPart = u"127.0.0.1"_s;
    if (hostPart != "localhost"_L1 && QHostAddress(hostPart).isNull())
        return false;
    bool ok = true;
    const uint value = portPart.isEmpty() ? 0 : portPart.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *host = hostPart;
    *port = quint16(value);
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QString &defaultDataDir)
{
    CommandLine result;
    result.settings = Settings::sandbox();
    result.settings.dataDir = defaultDataDir;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local, persistent stand-in for Huawei Cloud DMS for RocketMQ (and IAM): same paths, JSON, "
           "signature checks and error bodies. Prints \"listening on http://HOST:PORT\" on stdout once ready; "
           "logs go to stderr.\n\nWell-known sandbox credentials (defaults):\n  access key  %1\n  secret key  %2\n"
           "  project id  %3 (region %4)\n  IAM user    %5 / %6 (domain %7)")
            .arg(QString::fromLatin1(Settings::sandboxAccessKey()), QString::fromLatin1(Settings::sandboxSecretKey()),
                 Settings::sandboxProjectId(), result.settings.region, Settings::sandboxIamUser(),
                 Settings::sandboxIamPassword(), Settings::sandboxIamDomain()));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    const QCommandLineOption listen(u"listen"_s, tr("Address to listen on (default 127.0.0.1:0, 0 = any free port)."),
                                    u"HOST:PORT"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     tr("Folder of the SQLite database (default %1).").arg(defaultDataDir), u"DIR"_s);
    const QCommandLineOption accessKey(u"access-key"_s, tr("Access key the emulator accepts."), u"AK"_s);
    const QCommandLineOption secretKey(u"secret-key"_s, tr("Secret key of that access key."), u"SK"_s);
    const QCommandLineOption projectId(u"project-id"_s, tr("Project id of the sandbox project."), u"ID"_s);
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Seed demo instances, topics, groups, users and messages into an "
                                     "empty project."));
    const QCommandLineOption faults(u"faults"_s, tr("Inject faults for tests (see below)."), u"SPEC"_s);
    const QCommandLineOption createDelay(u"create-delay"_s,
                                         tr("Milliseconds a new instance stays CREATING (default 3000)."), u"MS"_s);
    const QCommandLineOption simSpeed(u"sim-speed"_s,
                                      tr("Broker simulation speed: factor on the consumer groups' rates "
                                         "(default 1; 0 freezes consumption, e.g. for tests)."),
                                      u"FACTOR"_s);
    const QCommandLineOption maxTopics(u"max-topics"_s,
                                       tr("Topics allowed per instance (default 2000, the documented quota of "
                                          "most flavors; at most 100000)."),
                                       u"N"_s);
    parser.addOptions({help, version, listen, dataDir, accessKey, secretKey, projectId, demo, faults, createDelay,
                       simSpeed, maxTopics});

    const auto fail = [&result](const QString &message) {
        result.action = Action::Error;
        result.message = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.action = Action::Help;
        result.message = parser.helpText() + u'\n' + FaultSpec::help() + u'\n';
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        result.message = u"mqdesk-emulator "_s + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    Settings &settings = result.settings;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &settings.host, &settings.port))
        return fail(
            tr("--listen expects HOST:PORT (an IP address or localhost), not \"%1\"").arg(parser.value(listen)));
    if (parser.isSet(dataDir)) {
        settings.dataDir = parser.value(dataDir);
        if (settings.dataDir.isEmpty())
            return fail(tr("--data-dir must not be empty"));
    }
    if (parser.isSet(accessKey) != parser.isSet(secretKey))
        return fail(tr("--access-key and --secret-key go together"));
    if (parser.isSet(accessKey)) {
        settings.accessKey = parser.value(accessKey).toUtf8();
        settings.secretKey = parser.value(secretKey).toUtf8();
        if (settings.accessKey.isEmpty() || settings.secretKey.isEmpty())
            return fail(tr("--access-key and --secret-key must not be empty"));
    }
    if (parser.isSet(projectId)) {
        settings.projectId = parser.value(projectId);
        if (settings.projectId.isEmpty() || settings.projectId.contains(u'/'))
            return fail(tr("--project-id must be a non-empty id without '/'"));
    }
    settings.demo = parser.isSet(demo);
    if (parser.isSet(faults)) {
        QString error;
        if (!FaultSpec::parse(parser.value(faults), &error))
            return fail(tr("--faults: %1").arg(error));
        settings.faults = parser.value(faults);
    }
    if (parser.isSet(createDelay)) {
        bool ok = false;
        settings.instanceCreateDelayMs = parser.value(createDelay).toInt(&ok);
        if (!ok || settings.instanceCreateDelayMs < 0)
            return fail(tr("--create-delay expects milliseconds"));
    }
    if (parser.isSet(simSpeed)) {
        bool ok = false;
        settings.simSpeed = parser.value(simSpeed).toDouble(&ok);
        if (!ok || settings.simSpeed < 0 || settings.simSpeed > 1000)
            return fail(tr("--sim-speed expects a factor from 0 to 1000"));
    }
    if (parser.isSet(maxTopics)) {
        bool ok = false;
        settings.maxTopics = parser.value(maxTopics).toInt(&ok);
        if (!ok || settings.maxTopics < 1 || settings.maxTopics > 100000)
            return fail(tr("--max-topics expects a number from 1 to 100000"));
    }
    return result;
}

} // namespace Emulator
