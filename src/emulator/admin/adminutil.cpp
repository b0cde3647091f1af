#include "adminutil.h"

#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newHexId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString toJsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QJsonValue fromJsonText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return {};
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

Page page(const QJsonArray &all, int offset, int limit)
{
    return page(int(all.size()), offset, limit, [&all](int i) { return all.at(i); });
}

Page page(int total, int offset, int limit, const std::function<QJsonValue(int)> &item)
{
    const PageWindow window = pageWindow(offset, limit);
    QJsonArray items;
    const qint64 end = std::min<qint64>(total, qint64(window.offset) + window.limit);
    for (int i = window.offset; i < end; ++i)
        items.append(item(i));
    return page(total, window, std::move(items));
}

PageWindow pageWindow(int offset, int limit)
{
    return {std::max(0, offset), std::max(1, limit)};
}

Page page(int total, PageWindow window, QJsonArray items)
{
    Page result;
    result.items = std::move(items);
    result.total = total;
    const qint64 next = qint64(window.offset) + window.limit;
    result.nextOffset = next < total ? int(next) : -1;
    result.previousOffset = window.offset > 0 ? std::max(0, window.offset - window.limit) : -1;
    return result;
}

void addPaging(QJsonObject &object, const Page &page)
{
    object.insert(u"total"_s, page.total);
    object.insert(u"next_offset"_s, page.nextOffset);
    object.insert(u"previous_offset"_s, page.previousOffset);
}

InstanceLookup lookupInstance(const ServiceContext &context, const RequestContext &request, bool needsRunning)
{
    InstanceLookup lookup;
    lookup.instance = context.catalog.instance(request.projectId, request.param(u"instance_id"_s));
    if (!lookup.instance) {
        lookup.error = Errors::instanceNotFound();
    } else if (needsRunning && lookup.instance->status != "RUNNING"_L1) {
        lookup.error = Errors::instanceStatus();
        lookup.instance.reset();
    }
    return lookup;
}

QString recordTask(ServiceContext &context, const QString &instanceId, const QString &name, const QJsonObject &params)
{
    const QString id = newHexId();
    const qint64 now = nowMs();
    context.store.exec(u"INSERT INTO tasks(id, instance_id, name, params, status, user_name, created_at, updated_at)"
                       " VALUES(?, ?, ?, ?, 'SUCCESS', ?, ?, ?)"_s,
                       {id, instanceId, name, toJsonText(params), context.settings.iamUser, now, now});
    return id;
}

bool isValidName(const QString &name, int minLength, int maxLength)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_%|-]+$"_s);
    return name.size() >= minLength && name.size() <= maxLength && pattern.match(name).hasMatch();
}

} // namespace Emulator::Admin
