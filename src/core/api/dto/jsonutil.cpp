#include "api/dto/jsonutil.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace Api::Json {

QString string(const QJsonObject &o, QLatin1StringView key, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::floor(d) == d && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

double number(const QJsonObject &o, QLatin1StringView key, double fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        return ok ? d : fallback;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return fallback;
}

qint64 int64(const QJsonObject &o, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return qint64(number(o, key, double(fallback)));
}

int integer(const QJsonObject &o, QLatin1StringView key, int fallback)
{
    return int(int64(o, key, fallback));
}

bool boolean(const QJsonObject &o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

QJsonArray array(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray {v};
    return {};
}

QStringList strings(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    QStringList result;
    if (v.isString()) {
        if (!v.toString().isEmpty())
            result.append(v.toString());
        return result;
    }
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        if (item.isString())
            result.append(item.toString());
        else if (item.isDouble())
            result.append(QString::number(item.toDouble(), 'g', 17));
    }
    return result;
}

QList<qint64> int64s(const QJsonObject &o, QLatin1StringView key)
{
    QList<qint64> result;
    const QJsonArray a = o.value(key).toArray();
    for (const QJsonValue &item : a)
        result.append(item.isString() ? item.toString().toLongLong() : qint64(item.toDouble()));
    return result;
}

qint64 epochMs(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (!value.isString())
        return 0;
    const QString s = value.toString().trimmed();
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    if (ok)
        return n;
    // ISO-8601, or "2023-03-13 19:43:32.12" as the task lists print it; no zone means UTC.
    QString iso = s;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

qint64 epochMs(const QJsonObject &o, QLatin1StringView key)
{
    return epochMs(o.value(key));
}

QJsonObject unknownFields(const QJsonObject &o, std::initializer_list<QLatin1StringView> known)
{
    QJsonObject extra = o;
    for (QLatin1StringView key : known)
        extra.remove(key);
    return extra;
}

void mergeMissing(QJsonObject &target, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!target.contains(it.key()))
            target.insert(it.key(), it.value());
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toArray(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 n : list)
        a.append(n);
    return a;
}

} // namespace Api::Json
