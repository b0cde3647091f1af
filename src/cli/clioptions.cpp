#include "clioptions.h"

#include "api/operations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

bool readBody(const QString &spec, QByteArray *out, QString *error)
{
    if (!spec.startsWith(u'@')) {
        *out = spec.toUtf8();
        return true;
    }
    const QString path = spec.mid(1);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read the body from standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the body file %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *out = file.readAll();
    return true;
}

QString paramLine(const Api::OperationParam &p)
{
    QString line = u"  "_s + p.name + u" ("_s + p.type + (p.required ? tr(", required") : QString()) + u')';
    if (!p.enumValues.isEmpty())
        line += u" ["_s + p.enumValues.join(u'|') + u']';
    if (p.minimum || p.maximum) {
        line += u" range "_s + (p.minimum ? QString::number(*p.minimum) : QString()) + u".."_s +
            (p.maximum ? QString::number(*p.maximum) : QString());
    }
    if (!p.defaultValue.isUndefined() && !p.defaultValue.isNull())
        line += tr(" default %1").arg(p.defaultValue.toVariant().toString());
    return line;
}

} // namespace

ParseResult parseCommandLine(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Calls the Huawei Cloud DMS for RocketMQ API (or mqdesk-emulator) from a shell.\n"
           "Prints the response JSON on stdout. On an error prints the error on stderr and exits with\n"
           "2 (usage), 3 (HTTP or API error) or 4 (network or timeout).\n"
           "Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (optionally CLOUD_SDK_SECURITY_TOKEN), or a\n"
           "profile saved by the mqdesk app (secret read from the system keychain)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Shows this help."));
    const QCommandLineOption version(u"version"_s, tr("Shows the version."));
    const QCommandLineOption endpoint(u"endpoint"_s, tr("DMS endpoint, e.g. https://dms.cn-north-4.myhuaweicloud.com."),
                                      u"URL"_s);
    const QCommandLineOption region(u"region"_s, tr("Region id (its endpoint unless --endpoint)."), u"R"_s);
    const QCommandLineOption projectId(u"project-id"_s, tr("Project id for {project_id}."), u"P"_s);
    const QCommandLineOption profile(u"profile"_s, tr("A profile saved by the mqdesk app."), u"NAME"_s);
    const QCommandLineOption settings(u"settings"_s, tr("The app's settings file (INI) to read profiles from."),
                                      u"FILE"_s);
    const QCommandLineOption body(u"body"_s, tr("Request body: JSON text, @file or @- (standard input)."),
                                  u"JSON|@file"_s);
    const QCommandLineOption list(u"list"_s, tr("Lists the operations (id, method, path, title)."));
    const QCommandLineOption describe(u"describe"_s, tr("Shows an operation's parameters and body fields."),
                                      u"OPERATION"_s);
    const QCommandLineOption verbose({u"v"_s, u"verbose"_s},
                                     tr("Prints the signed request and the answer's status on stderr (secrets "
                                        "redacted)."));
    const QCommandLineOption noValidate(u"no-validate"_s,
                                        tr("Sends parameters the operation table would reject (enums, ranges)."));
    const QCommandLineOption timeout(u"timeout"_s, tr("Seconds to wait for an answer (default 30)."), u"S"_s);
    const QCommandLineOption retries(u"retries"_s, tr("Automatic retries of idempotent reads (default 2)."), u"N"_s);
    parser.addOptions({help, version, endpoint, region, projectId, profile, settings, body, list, describe, verbose,
                       noValidate, timeout, retries});
    parser.addPositionalArgument(u"OPERATION"_s, tr("An operation id (see --list)."));
    parser.addPositionalArgument(u"name=value"_s, tr("Path and query parameters."), u"[name=value ...]"_s);
    result.helpText = parser.helpText();

    Options &o = result.options;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        o.action = Options::Action::Help;
        return result;
    }
    if (parser.isSet(version)) {
        o.action = Options::Action::Version;
        return result;
    }
    if (parser.isSet(list)) {
        o.action = Options::Action::List;
        return result;
    }
    if (parser.isSet(describe)) {
        o.action = Options::Action::Describe;
        o.operation = parser.value(describe);
        return result;
    }
    o.endpoint = parser.value(endpoint);
    o.region = parser.value(region);
    o.projectId = parser.value(projectId);
    o.profile = parser.value(profile);
    o.settingsFile = parser.value(settings);
    o.verbose = parser.isSet(verbose);
    o.validate = !parser.isSet(noValidate);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            result.error = tr("--timeout needs a positive number of seconds");
            return result;
        }
        o.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(retries)) {
        bool ok = false;
        o.retries = parser.value(retries).toInt(&ok);
        if (!ok || o.retries < 0) {
            result.error = tr("--retries needs a number >= 0");
            return result;
        }
    }
    if (!o.endpoint.isEmpty()) {
        const QUrl url(o.endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            result.error = tr("--endpoint needs an http(s) URL, not \"%1\"").arg(o.endpoint);
            return result;
        }
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.error = tr("no operation given (mqdesk-cli --list shows them)");
        return result;
    }
    o.operation = positional.first();
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &arg = positional.at(i);
        const qsizetype eq = arg.indexOf(u'=');
        if (eq <= 0) {
            result.error = tr("\"%1\" is not a name=value parameter").arg(arg);
            return result;
        }
        const QString name = arg.left(eq);
        if (o.params.contains(name)) {
            result.error = tr("parameter %1 is given twice").arg(name);
            return result;
        }
        o.params.insert(name, arg.mid(eq + 1));
        o.paramOrder.append(name);
    }
    if (parser.isSet(body)) {
        QString error;
        if (!readBody(parser.value(body), &o.body, &error)) {
            result.error = error;
            return result;
        }
        QJsonParseError parseError;
        QJsonDocument::fromJson(o.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.error =
                tr("the body is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
            return result;
        }
        o.hasBody = true;
    }
    return result;
}

QString operationList()
{
    const QList<Api::Operation> &ops = Api::OperationTable::builtin().all();
    qsizetype idWidth = 0;
    qsizetype pathWidth = 0;
    for (const Api::Operation &op : ops) {
        idWidth = qMax(idWidth, op.id.size());
        pathWidth = qMax(pathWidth, op.pathTemplate.size());
    }
    QString text;
    QTextStream out(&text);
    for (const Api::Operation &op : ops) {
        QString title = op.title;
        if (op.isAlias())
            title = tr("alias of %1").arg(op.aliasOf);
        else if (!op.isRocketMq())
            title += tr(" [other service]");
        out << op.id.leftJustified(idWidth) << "  " << QString::fromLatin1(op.method).leftJustified(6) << "  "
            << op.pathTemplate.leftJustified(pathWidth) << "  " << title << '\n';
    }
    return text;
}

QString describeOperation(const QString &id, bool *found)
{
    const Api::Operation *op = Api::OperationTable::builtin().find(id);
    *found = op != nullptr;
    if (!op)
        return {};
    QString text;
    QTextStream out(&text);
    out << op->id << ": " << op->title << '\n'
        << "  " << op->method << ' ' << op->pathTemplate << "   (" << op->source << ")\n";
    if (op->isAlias())
        out << tr("  Another spelling of %1, as the current SDKs send it.").arg(op->aliasOf) << '\n';
    if (!op->pathParams.isEmpty()) {
        out << tr("Path parameters:") << '\n';
        for (const Api::OperationParam &p : op->pathParams)
            out << paramLine(p) << '\n';
    }
    if (!op->queryParams.isEmpty()) {
        out << tr("Query parameters:") << '\n';
        for (const Api::OperationParam &p : op->queryParams)
            out << paramLine(p) << '\n';
    }
    if (!op->bodyParams.isEmpty()) {
        out << tr("Body fields (--body):") << '\n';
        for (const Api::OperationParam &p : op->bodyParams)
            out << paramLine(p) << '\n';
    }
    const QJsonValue example = op->exampleRequest();
    if (example.isObject())
        out << tr("Example body:") << '\n'
            << QString::fromUtf8(QJsonDocument(example.toObject()).toJson(QJsonDocument::Indented));
    return text;
}

} // namespace Cli
