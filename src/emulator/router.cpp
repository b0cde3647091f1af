#include "router.h"

#include "api/operations.h"

#include <QHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Emulator {

namespace {

const QList<QByteArray> &knownMethods()
{
    static const QList<QByteArray> methods {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
    return methods;
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

bool RequestContext::hasQuery(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString RequestContext::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return fallback;
}

qint64 RequestContext::queryInt(const QString &name, qint64 fallback) const
{
    bool ok = false;
    const qint64 value = queryValue(name).toLongLong(&ok);
    return ok ? value : fallback;
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Router::Private
{
    struct PathRoute
    {
        QByteArray method;
        QStringList segments;
        QString id;
        Handler handler;
        bool authenticate = true;
    };
    QHash<QString, Handler> handlers; // by canonical operation id
    QList<PathRoute> pathRoutes;

    const PathRoute *matchPath(const QByteArray &method, const QStringList &parts, QMap<QString, QString> *params) const
    {
        const PathRoute *best = nullptr;
        int bestLiterals = -1;
        for (const PathRoute &route : pathRoutes) {
            if (route.method != method || route.segments.size() != parts.size())
                continue;
            QMap<QString, QString> captured;
            int literals = 0;
            bool ok = true;
            for (qsizetype i = 0; ok && i < parts.size(); ++i) {
                const QString &segment = route.segments.at(i);
                if (isPlaceholder(segment)) {
                    const QString name = segment.mid(1, segment.size() - 2);
                    const QString value = QUrl::fromPercentEncoding(parts.at(i).toUtf8());
                    ok = !value.isEmpty() && (name != "engine"_L1 || Api::Operation::engines().contains(value));
                    captured.insert(name, value);
                } else {
                    ok = segment == parts.at(i);
                    ++literals;
                }
            }
            if (ok && literals > bestLiterals) {
                best = &route;
                bestLiterals = literals;
                if (params)
                    *params = captured;
            }
        }
        return best;
    }
};

Router::Router() : d(std::make_unique<Private>()) { }

Router::~Router() = default;

void Router::handle(const QString &operationId, Handler handler)
{
    d->handlers.insert(operationId, std::move(handler));
}

Handler Router::handler(const QString &operationId) const
{
    return d->handlers.value(operationId);
}

void Router::handlePath(const QByteArray &method, const QString &pathTemplate, const QString &id, Handler handler,
                        bool authenticate)
{
    QStringList segments = pathTemplate.split(u'/');
    if (pathTemplate == "/"_L1)
        segments = QStringList {QString(), QString()};
    d->pathRoutes.append({method, segments, id, std::move(handler), authenticate});
}

Router::Match Router::match(const QByteArray &method, const QString &encodedPath) const
{
    Match result;
    const Api::OperationTable &table = Api::OperationTable::builtin();
    QVariantMap tableParams;
    if (const Api::Operation *op = table.match(method, encodedPath, &tableParams); op && op->method != "RPC") {
        result.operation = op;
        result.id = op->canonicalId();
        for (auto it = tableParams.cbegin(); it != tableParams.cend(); ++it)
            result.pathParams.insert(it.key(), it.value().toString());
        result.handler = d->handlers.value(result.id);
        result.kind = result.handler ? Match::Kind::Found : Match::Kind::NotImplemented;
        return result;
    }
    const QStringList parts = encodedPath.split(u'/');
    if (const auto *route = d->matchPath(method, parts, &result.pathParams)) {
        result.kind = Match::Kind::Found;
        result.id = route->id;
        result.handler = route->handler;
        result.authenticate = route->authenticate;
        // A path handler for another spelling of a table operation validates like it.
        result.operation = table.find(route->id);
        return result;
    }
    result.pathParams.clear();
    for (const QByteArray &other : knownMethods()) {
        if (other == method)
            continue;
        const Api::Operation *op = table.match(other, encodedPath);
        if ((op && op->method != "RPC") || d->matchPath(other, parts, nullptr)) {
            result.kind = Match::Kind::WrongMethod;
            return result;
        }
    }
    result.kind = Match::Kind::NoPath;
    return result;
}

std::optional<HttpResponse> Router::validate(const RequestContext &context)
{
    const Api::Operation *op = context.operation;
    if (!op)
        return std::nullopt;
    QVariantMap params;
    for (auto it = context.pathParams.cbegin(); it != context.pathParams.cend(); ++it)
        params.insert(it.key(), it.value());
    for (const auto &[name, value] : context.query) {
        if (!params.contains(name))
            params.insert(name, value);
    }
    if (const auto *limit = op->queryParam(u"limit"_s); limit && context.hasQuery(u"limit"_s)) {
        bool ok = false;
        const qint64 value = context.queryValue(u"limit"_s).toLongLong(&ok);
        if (ok && value > Api::Operation::MaxPageSize)
            return Errors::paging(u"limit must be at most %1, not %2."_s.arg(Api::Operation::MaxPageSize).arg(value));
    }
    const bool takesBody = op->hasBody && (context.method == "POST" || context.method == "PUT");
    if (takesBody && !context.body.trimmed().isEmpty() && context.json.isUndefined())
        return Errors::invalidJson();
    if (takesBody && context.body.trimmed().isEmpty()) {
        const bool deleting = context.queryValue(u"action"_s) == "delete"_L1;
        for (const Api::OperationParam &p : op->bodyParams) {
            if (p.required && !deleting)
                return Errors::emptyBody();
        }
    }
    // The reference marks fields of these updates required that partial edits leave out.
    static const QStringList partialUpdates {u"update_consumer_group"_s, u"update_user"_s};
    QJsonValue body = context.json;
    if (partialUpdates.contains(op->canonicalId()))
        body = QJsonValue(QJsonValue::Undefined);
    const QStringList problems = op->validate(params, takesBody ? body : QJsonValue(QJsonValue::Undefined));
    if (!problems.isEmpty())
        return Errors::invalidParameter(problems.join(u' '));
    return std::nullopt;
}

QStringList Router::operationIdsWithoutHandler() const
{
    QStringList missing;
    for (const Api::Operation &op : Api::OperationTable::builtin().all()) {
        if (!op.isAlias() && op.method != "RPC" && !d->handlers.contains(op.id))
            missing.append(op.id);
    }
    return missing;
}

} // namespace Emulator
