#include "api/operations.h"

#include "api/apirequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Operation", text);
}

std::optional<double> number(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

OperationParam parseParam(const QJsonObject &o)
{
    OperationParam p;
    p.name = o.value(QLatin1String("name")).toString();
    p.type = o.value(QLatin1String("type")).toString();
    p.required = o.value(QLatin1String("required")).toBool();
    p.description = o.value(QLatin1String("description")).toString();
    p.defaultValue = o.value(QLatin1String("default"));
    const QJsonArray values = o.value(QLatin1String("enum")).toArray();
    for (const QJsonValue &v : values)
        p.enumValues.append(v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    const QJsonObject range = o.value(QLatin1String("range")).toObject();
    p.minimum = number(range, QLatin1String("minimum"));
    p.maximum = number(range, QLatin1String("maximum"));
    p.exclusiveMinimum = number(range, QLatin1String("exclusiveMinimum"));
    // The reference prints offset ranges as ">0" while its defaults and examples use 0
    // (OCR doubt recorded in operations.json): read them as ">= 0".
    if (p.name == QLatin1String("offset") && p.exclusiveMinimum == 0.0) {
        p.exclusiveMinimum.reset();
        p.minimum = 0.0;
    }
    return p;
}

QList<OperationParam> parseParams(const QJsonArray &array)
{
    QList<OperationParam> params;
    params.reserve(array.size());
    for (const QJsonValue &v : array)
        params.append(parseParam(v.toObject()));
    return params;
}

Operation parseOperation(const QJsonObject &o)
{
    Operation op;
    op.id = o.value(QLatin1String("id")).toString();
    op.method = o.value(QLatin1String("method")).toString().toLatin1();
    op.pathTemplate = o.value(QLatin1String("path")).toString();
    op.title = o.value(QLatin1String("title")).toString();
    op.source = o.value(QLatin1String("source")).toString();
    op.pathParams = parseParams(o.value(QLatin1String("path_params")).toArray());
    op.queryParams = parseParams(o.value(QLatin1String("query_params")).toArray());
    const QJsonObject body = o.value(QLatin1String("body")).toObject();
    op.hasBody = !body.isEmpty();
    op.bodyParams = parseParams(body.value(QLatin1String("fields")).toArray());
    op.spec = o;
    return op;
}

QString queryText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList:
        return value.toStringList().join(u',');
    default:
        return value.toString();
    }
}

bool isPlaceholder(QStringView segment)
{
    return segment.size() > 2 && segment.front() == u'{' && segment.back() == u'}';
}

// Spellings of documented operations that the current official SDKs use
// (huaweicloud-sdk-go-v3 services/rocketmq/v2 "...ForRocketMq" request definitions).
struct AliasDef
{
    const char *id;
    const char *aliasOf;
    const char *path;
};
constexpr AliasDef kAliases[] = {
    {"create_instance_for_rocketmq", "create_instance", "/v2/{project_id}/rocketmq/instances"},
    {"list_messages_for_rocketmq", "list_messages", "/v2/{project_id}/rocketmq/instances/{instance_id}/messages"},
    {"send_message_for_rocketmq", "send_message", "/v2/{project_id}/rocketmq/instances/{instance_id}/messages"},
    {"list_message_trace_for_rocketmq", "list_message_trace",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/trace"},
    {"resend_dead_letter_messages_for_rocketmq", "resend_dead_letter_messages",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/messages/deadletter-resend"},
    {"verify_consumption_for_rocketmq", "verify_consumption",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/messages/resend"},
    {"reset_consumer_offset_for_rocketmq", "reset_consumer_offset",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/groups/{group}/reset-message-offset"},
    {"list_consumers_for_rocketmq", "list_consumers",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/groups/{group}/clients"},
    {"list_group_access_policy_for_rocketmq", "list_group_access_policy",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/groups/{group}/accesspolicy"},
    {"list_extend_products_for_rocketmq", "list_extend_products",
     "/v2/{project_id}/rocketmq/instances/{instance_id}/extend"},
    {"resize_instance_for_rocketmq", "resize_instance", "/v2/{project_id}/rocketmq/instances/{instance_id}/extend"},
};

// List operations the reference documents without paging parameters although the service
// (and the SDKs) page them with offset/limit.
constexpr const char *kSdkPaged[] = {"list_brokers",       "list_message_trace", "list_rocketmq_configs",
                                     "list_instance_tags", "list_project_tags",  "list_extend_products",
                                     "list_products"};

OperationParam pagingParam(const char *name)
{
    OperationParam p;
    p.name = QString::fromLatin1(name);
    p.type = QStringLiteral("integer");
    p.minimum = p.name == QLatin1String("limit") ? 1.0 : 0.0;
    if (p.name == QLatin1String("limit"))
        p.maximum = Operation::MaxPageSize;
    p.description = QStringLiteral("Paging (used by the current SDKs; not in the API reference).");
    return p;
}

} // namespace

const OperationParam *Operation::pathParam(const QString &name) const
{
    for (const OperationParam &p : pathParams)
        if (p.name == name)
            return &p;
    return nullptr;
}

const OperationParam *Operation::queryParam(const QString &name) const
{
    for (const OperationParam &p : queryParams)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool Operation::isRocketMq() const
{
    return source.startsWith(QLatin1String("003")) || source.startsWith(QLatin1String("000"));
}

bool Operation::isPaged() const
{
    return queryParam(QStringLiteral("offset")) && queryParam(QStringLiteral("limit"));
}

QString Operation::listItemsKey() const
{
    if (!canonicalId().startsWith(QLatin1String("list_")))
        return {};
    const QJsonArray fields = spec.value(QLatin1String("response")).toObject().value(QLatin1String("fields")).toArray();
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("type")).toString() == QLatin1String("array"))
            return f.value(QLatin1String("name")).toString();
    }
    return {};
}

QStringList Operation::unknownParams(const QVariantMap &params) const
{
    QStringList unknown;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        if (!pathParam(it.key()) && !queryParam(it.key()))
            unknown.append(it.key());
    return unknown;
}

bool Operation::buildRequest(const QVariantMap &params, ApiRequest *out, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (method == "RPC")
        return buildRpcRequest(params, out, error);

    const qsizetype q = pathTemplate.indexOf(u'?');
    const QString templ = q < 0 ? pathTemplate : pathTemplate.left(q);
    QString path;
    path.reserve(templ.size() + 64);
    const QStringList segments = templ.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (i > 0)
            path += u'/';
        if (!isPlaceholder(segment)) {
            path += segment;
            continue;
        }
        const QString name = segment.mid(1, segment.size() - 2);
        QString value = params.value(name).toString();
        if (value.isEmpty() && name == QLatin1String("engine"))
            value = defaultEngine();
        if (value.isEmpty())
            return fail(tr("%1: the path parameter %2 is missing.").arg(id, name));
        path += QString::fromLatin1(QUrl::toPercentEncoding(value));
    }

    ApiRequest request;
    request.method = method;
    request.path = path;
    request.operationId = id;
    if (q >= 0) {
        // A fixed query in the template (kafka_resend_message: ?action_id=resend).
        const QStringList pairs = pathTemplate.mid(q + 1).split(u'&', Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString key = eq < 0 ? pair : pair.left(eq);
            if (!params.contains(key))
                request.query.append({key, eq < 0 ? QString() : pair.mid(eq + 1)});
        }
    }
    for (const OperationParam &p : queryParams) {
        const auto it = params.constFind(p.name);
        if (it != params.cend() && !it->isNull())
            request.query.append({p.name, queryText(*it)});
        else if (p.name == QLatin1String("engine") && p.required)
            request.query.append({p.name, defaultEngine()});
    }
    *out = request;
    return true;
}

OperationTable OperationTable::fromJson(const QByteArray &json, QString *error)
{
    OperationTable table;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : tr("the operation table is not a JSON array");
        return table;
    }
    const QJsonArray array = doc.array();
    table.m_operations.reserve(array.size() + qsizetype(std::size(kAliases)));
    for (const QJsonValue &v : array) {
        Operation op = parseOperation(v.toObject());
        if (op.id.isEmpty() || op.method.isEmpty() || op.pathTemplate.isEmpty()) {
            if (error)
                *error = tr("operation %1 lacks an id, method or path").arg(table.m_operations.size());
            return {};
        }
        table.m_operations.append(op);
    }
    table.addAliases();
    return table;
}

void OperationTable::addAliases()
{
    // The reference marks every field of these updates required, yet a partial edit (one
    // group's description, one user's permissions) leaves the others out and the service keeps
    // them; checking them as required would refuse valid edits (the emulator does the same).
    for (Operation &op : m_operations) {
        if (op.id == QLatin1String("update_consumer_group") || op.id == QLatin1String("update_user"))
            for (OperationParam &p : op.bodyParams)
                p.required = false;
    }
    for (const char *id : kSdkPaged) {
        for (Operation &op : m_operations) {
            if (op.id != QLatin1String(id))
                continue;
            if (!op.queryParam(QStringLiteral("offset")))
                op.queryParams.append(pagingParam("offset"));
            if (!op.queryParam(QStringLiteral("limit")))
                op.queryParams.append(pagingParam("limit"));
        }
    }
    for (const AliasDef &def : kAliases) {
        const Operation *base = find(QString::fromLatin1(def.aliasOf));
        if (!base)
            continue;
        Operation alias = *base;
        alias.id = QString::fromLatin1(def.id);
        alias.aliasOf = base->id;
        alias.pathTemplate = QString::fromLatin1(def.path);
        alias.title = base->title + QStringLiteral(" (SDK path)");
        alias.pathParams.clear();
        for (const OperationParam &p : base->pathParams)
            if (alias.pathTemplate.contains(u'{' + p.name + u'}'))
                alias.pathParams.append(p);
        m_operations.append(alias);
    }
}

const OperationTable &OperationTable::builtin()
{
    static const OperationTable table = [] {
        QFile file(QStringLiteral(":/api/operations.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("mqdesk: the embedded operation table :/api/operations.json is missing");
        QString error;
        OperationTable t = fromJson(file.readAll(), &error);
        if (t.m_operations.isEmpty())
            qFatal("mqdesk: the embedded operation table is invalid: %s", qPrintable(error));
        t.addExtras();
        return t;
    }();
    return table;
}

const Operation *OperationTable::find(const QString &id) const
{
    for (const Operation &op : m_operations)
        if (op.id == id)
            return &op;
    return nullptr;
}

QList<const Operation *> OperationTable::aliasesOf(const QString &id) const
{
    QList<const Operation *> result;
    for (const Operation &op : m_operations)
        if (op.aliasOf == id)
            result.append(&op);
    return result;
}

const Operation *OperationTable::match(const QByteArray &method, const QString &encodedPath,
                                       QVariantMap *pathParams) const
{
    const QStringList parts = encodedPath.split(u'/');
    const Operation *best = nullptr;
    int bestScore = -1;
    QVariantMap bestParams;
    for (const Operation &op : m_operations) {
        if (op.method != method)
            continue;
        const qsizetype q = op.pathTemplate.indexOf(u'?');
        const QStringList segments = (q < 0 ? op.pathTemplate : op.pathTemplate.left(q)).split(u'/');
        if (segments.size() != parts.size())
            continue;
        QVariantMap captured;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; ok && i < segments.size(); ++i) {
            const QString &segment = segments.at(i);
            if (isPlaceholder(segment)) {
                const QString value = QUrl::fromPercentEncoding(parts.at(i).toUtf8());
                const QString name = segment.mid(1, segment.size() - 2);
                ok = !value.isEmpty() && (name != QLatin1String("engine") || Operation::engines().contains(value));
                captured.insert(name, value);
            } else {
                ok = segment == parts.at(i);
                ++literals;
            }
        }
        if (!ok)
            continue;
        // Documented RocketMQ operations first, then aliases, then the other-service rows.
        const int score = literals * 4 + (op.isRocketMq() ? 2 : 0) + (op.isAlias() ? 0 : 1);
        if (score > bestScore) {
            best = &op;
            bestScore = score;
            bestParams = captured;
        }
    }
    if (best && pathParams)
        *pathParams = bestParams;
    return best;
}

} // namespace Api
