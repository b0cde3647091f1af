#pragma once

#include <functional>

#include "catalog.h"
#include "httpresponse.h"
#include "router.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Emulator::Admin {

qint64 nowMs();
QString newUuid();  ///< 8-4-4-4-12 lower-case
QString newHexId(); ///< 32 hex digits (task and job ids)
QString toJsonText(const QJsonValue &value);
QJsonValue fromJsonText(const QString &text);
QString isoTime(qint64 ms); ///< 2020-06-23T03:00:03.471Z

/// offset/limit slice plus the service's paging fields (next_offset/previous_offset are -1 at the ends).
struct Page
{
    QJsonArray items;
    int total = 0;
    int nextOffset = -1;
    int previousOffset = -1;
};
Page page(const QJsonArray &all, int offset, int limit);
/// The same page of `total` items, building only the page's items (item(i) for each index).
Page page(int total, int offset, int limit, const std::function<QJsonValue(int)> &item);
/// offset and limit as the pages above apply them: offset at least 0, limit at least 1.
struct PageWindow
{
    int offset = 0;
    int limit = 1;
};
PageWindow pageWindow(int offset, int limit);
/// The page at `window` of `total` items whose `items` were read elsewhere (SQL LIMIT/OFFSET).
Page page(int total, PageWindow window, QJsonArray items);
void addPaging(QJsonObject &object, const Page &page);

/// The instance addressed by the request, or the 404 (400 when `needsRunning` and it is not RUNNING).
struct InstanceLookup
{
    std::optional<Catalog::Instance> instance;
    HttpResponse error;
};
InstanceLookup lookupInstance(const ServiceContext &context, const RequestContext &request, bool needsRunning = false);

/// Records a background task (shown by the task endpoints) and returns its id.
QString recordTask(ServiceContext &context, const QString &instanceId, const QString &name, const QJsonObject &params);

/// Valid names: 3-64 (or min-max) letters, digits, '_', '-', '%', '|'.
bool isValidName(const QString &name, int minLength = 3, int maxLength = 64);

} // namespace Emulator::Admin
