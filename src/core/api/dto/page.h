#pragma once

#include "api/dto/jsonutil.h"

namespace Api {

/// A list response: the items plus the paging envelope DMS uses (total, next_offset,
/// previous_offset; max/remaining quotas on topic and group lists). Missing numbers stay -1.
template<class T> struct Page
{
    QList<T> items;
    qint64 total = -1;
    qint64 nextOffset = -1;
    qint64 previousOffset = -1;
    qint64 max = -1;
    qint64 remaining = -1;
    QJsonObject extra; ///< other top-level fields, handed back unchanged by toJson()

    static Page fromJson(const QJsonObject &o, QLatin1StringView itemsKey)
    {
        Page page;
        page.items = Json::list<T>(o, itemsKey);
        page.total = Json::int64(o, QLatin1StringView("total"), -1);
        page.nextOffset = Json::int64(o, QLatin1StringView("next_offset"), -1);
        page.previousOffset = Json::int64(o, QLatin1StringView("previous_offset"), -1);
        page.max = Json::int64(o, QLatin1StringView("max"), -1);
        page.remaining = Json::int64(o, QLatin1StringView("remaining"), -1);
        page.extra = Json::unknownFields(o,
                                         {itemsKey, QLatin1StringView("total"), QLatin1StringView("next_offset"),
                                          QLatin1StringView("previous_offset"), QLatin1StringView("max"),
                                          QLatin1StringView("remaining")});
        return page;
    }

    QJsonObject toJson(QLatin1StringView itemsKey) const
    {
        QJsonObject o;
        o.insert(itemsKey, Json::toArray(items));
        if (total >= 0)
            o.insert(QLatin1StringView("total"), total);
        if (nextOffset != -1 || total >= 0)
            o.insert(QLatin1StringView("next_offset"), nextOffset);
        if (previousOffset != -1 || total >= 0)
            o.insert(QLatin1StringView("previous_offset"), previousOffset);
        if (max >= 0)
            o.insert(QLatin1StringView("max"), max);
        if (remaining >= 0)
            o.insert(QLatin1StringView("remaining"), remaining);
        Json::mergeMissing(o, extra);
        return o;
    }

    /// Total from the envelope, or the item count when the service sent none.
    qint64 totalOrCount() const { return total >= 0 ? total : items.size(); }
    bool operator==(const Page &) const = default;
};

} // namespace Api
