#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

/// Tolerant readers for the service's JSON: a field may be missing, null, or typed differently
/// from the reference (numbers sent as strings and back, a single object where a list is
/// documented). Readers never fail; they fall back to the given default.
namespace Api::Json {

QString string(const QJsonObject &o, QLatin1StringView key, const QString &fallback = {});
qint64 int64(const QJsonObject &o, QLatin1StringView key, qint64 fallback = 0);
int integer(const QJsonObject &o, QLatin1StringView key, int fallback = 0);
double number(const QJsonObject &o, QLatin1StringView key, double fallback = 0);
bool boolean(const QJsonObject &o, QLatin1StringView key, bool fallback = false);
QStringList strings(const QJsonObject &o, QLatin1StringView key);
QList<qint64> int64s(const QJsonObject &o, QLatin1StringView key);
/// The value as a list: an array as is, a single object as a one-element list, else empty.
QJsonArray array(const QJsonObject &o, QLatin1StringView key);

/// Epoch milliseconds from a number, a numeric string, or an ISO-8601 / "yyyy-MM-dd HH:mm:ss"
/// (UTC) string. 0 when missing or unreadable.
qint64 epochMs(const QJsonValue &value);
qint64 epochMs(const QJsonObject &o, QLatin1StringView key);

/// The keys of o not in known: what a DTO keeps to hand back unchanged in toJson().
QJsonObject unknownFields(const QJsonObject &o, std::initializer_list<QLatin1StringView> known);
/// Adds every key of extra that target does not have yet.
void mergeMissing(QJsonObject &target, const QJsonObject &extra);

QJsonArray toArray(const QStringList &list);
QJsonArray toArray(const QList<qint64> &list);

template<class T> QList<T> list(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonArray a = array(o, key);
    QList<T> result;
    result.reserve(a.size());
    for (const QJsonValue &v : a)
        if (v.isObject())
            result.append(T::fromJson(v.toObject()));
    return result;
}

template<class T> QJsonArray toArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return a;
}

} // namespace Api::Json
