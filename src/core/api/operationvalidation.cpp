// Parameter checks against the operation table, shared by the console's dialogs,
// mqdesk-cli and the emulator (which answers the same messages as 400 errors).
#include "api/operations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Operation", text);
}

QString numberText(double d)
{
    return QString::number(d, 'g', 15);
}

// The reference types some fields String that its own examples send as numbers (timestamps,
// config values) and vice versa, so checks accept either spelling of a scalar.
std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QJsonValue fromVariant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toDouble();
    default:
        return QJsonValue::fromVariant(v);
    }
}

} // namespace

QString OperationParam::check(const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return tr("%1 must be a list.").arg(name);
        return {};
    }
    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return tr("%1 must be an object.").arg(name);
        return {};
    }
    if (type == QLatin1String("boolean")) {
        const QString text = scalarText(value);
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return tr("%1 must be true or false, not \"%2\".").arg(name, text);
        return {};
    }
    if (value.isArray() || value.isObject())
        return tr("%1 must be a single value.").arg(name);

    const QString text = scalarText(value);
    const bool numeric = type == QLatin1String("integer") || type == QLatin1String("number");
    std::optional<double> n = asNumber(value);
    if (numeric) {
        if (!n)
            return tr("%1 must be a number, not \"%2\".").arg(name, text);
        if (type == QLatin1String("integer") && std::floor(*n) != *n)
            return tr("%1 must be a whole number, not %2.").arg(name, text);
    }
    if (!enumValues.isEmpty() && !enumValues.contains(text))
        return tr("%1 must be one of %2, not \"%3\".").arg(name, enumValues.join(QStringLiteral(", ")), text);
    if (n && (numeric || minimum || maximum || exclusiveMinimum)) {
        if (minimum && maximum && (*n < *minimum || *n > *maximum))
            return tr("%1 must be between %2 and %3, not %4.")
                .arg(name, numberText(*minimum), numberText(*maximum), text);
        if (minimum && *n < *minimum)
            return tr("%1 must be at least %2, not %3.").arg(name, numberText(*minimum), text);
        if (maximum && *n > *maximum)
            return tr("%1 must be at most %2, not %3.").arg(name, numberText(*maximum), text);
        if (exclusiveMinimum && *n <= *exclusiveMinimum)
            return tr("%1 must be greater than %2, not %3.").arg(name, numberText(*exclusiveMinimum), text);
    }
    return {};
}

QStringList Operation::validate(const QVariantMap &params, const QJsonValue &body) const
{
    QStringList problems;
    for (const OperationParam &p : pathParams) {
        const QString value = params.value(p.name).toString();
        if (p.name == QLatin1String("engine")) {
            if (!value.isEmpty() && !engines().contains(value))
                problems.append(
                    tr("engine must be one of %1, not \"%2\".").arg(engines().join(QStringLiteral(", ")), value));
            continue;
        }
        if (value.isEmpty())
            problems.append(tr("%1 is required.").arg(p.name));
    }
    for (const OperationParam &p : queryParams) {
        if (pathTemplate.contains(u'?' + p.name + u'=') || pathTemplate.contains(u'&' + p.name + u'='))
            continue; // fixed in the template (kafka_resend_message)
        const auto it = params.constFind(p.name);
        if (it == params.cend() || it->isNull() || (it->typeId() == QMetaType::QString && it->toString().isEmpty())) {
            if (p.required && p.name != QLatin1String("engine"))
                problems.append(tr("%1 is required.").arg(p.name));
            continue;
        }
        const QString message = p.check(fromVariant(*it));
        if (!message.isEmpty())
            problems.append(message);
    }
    if (!body.isUndefined() && hasBody) {
        if (!body.isObject()) {
            if (spec.value(QLatin1String("body")).toObject().value(QLatin1String("type")).toString() ==
                QLatin1String("object"))
                problems.append(tr("The request body must be a JSON object."));
            return problems;
        }
        const QJsonObject object = body.toObject();
        // create_or_batch_delete_* take a different body with ?action=delete.
        const bool deleting = params.value(QStringLiteral("action")).toString() == QLatin1String("delete");
        for (const OperationParam &p : bodyParams) {
            const QJsonValue value = object.value(p.name);
            if (value.isUndefined() || value.isNull()) {
                if (p.required && !deleting)
                    problems.append(tr("%1 is required in the body.").arg(p.name));
                continue;
            }
            const QString message = p.check(value);
            if (!message.isEmpty())
                problems.append(message);
        }
    }
    return problems;
}

} // namespace Api
