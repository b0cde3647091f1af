#pragma once

#include "api/dto/message.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

using Api::TraceEntry;

/// How one bar ends.
enum class TraceStatus { Success, Timeout, Exception, Null, Failed, Unknown };
QString traceStatusName(TraceStatus status); ///< translated, lower case

/// One bar of the timeline: the producer's send, or one consume attempt of a group.
struct TraceBar
{
    int lane = 0;
    qint64 beginMs = 0;
    qint64 endMs = 0;
    qint64 costMs = 0;
    TraceStatus status = TraceStatus::Unknown;
    int retry = 0;
    QString label; ///< Pub, SubAfter, EndTransaction
    QString clientHost;
    QString requestId;
    int row = -1; ///< raw entry this bar was made from (SubAfter when present)
};

/// Lanes (producer first, then consumer groups by first consume) and bars, built from
/// the raw records as the primer (section 6) describes the dashboard's graph.
struct TraceTimeline
{
    QStringList lanes;
    QList<TraceBar> bars;
    qint64 originMs = 0; ///< earliest begin
    qint64 spanMs = 0;   ///< latest end - origin

    static TraceTimeline build(const QList<TraceEntry> &entries);
    static TraceStatus statusOf(const TraceEntry &subAfter);
    /// A plain-text summary for a support ticket.
    static QString toText(const QString &msgId, const QList<TraceEntry> &entries, const TraceTimeline &timeline);
};

} // namespace Models
