#include "models/tracetimeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

QString traceStatusName(TraceStatus status)
{
    switch (status) {
    case TraceStatus::Success:
        return QCoreApplication::translate("Models::TraceTimeline", "success");
    case TraceStatus::Timeout:
        return QCoreApplication::translate("Models::TraceTimeline", "timeout");
    case TraceStatus::Exception:
        return QCoreApplication::translate("Models::TraceTimeline", "exception");
    case TraceStatus::Null:
        return QCoreApplication::translate("Models::TraceTimeline", "null");
    case TraceStatus::Failed:
        return QCoreApplication::translate("Models::TraceTimeline", "failed");
    case TraceStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Models::TraceTimeline", "unknown");
}

TraceStatus TraceTimeline::statusOf(const TraceEntry &e)
{
    if (e.traceType == u"Pub"_s || e.traceType == u"EndTransaction"_s || e.traceType == u"Recall"_s)
        return e.success ? TraceStatus::Success : TraceStatus::Failed;
    // HW codes: 0 ok, 1 timeout, 2 exception, 3 null, 5 failed; Apache writes 4 for failed.
    switch (e.consumeStatus) {
    case 0:
        return e.success ? TraceStatus::Success : TraceStatus::Failed;
    case 1:
        return TraceStatus::Timeout;
    case 2:
        return TraceStatus::Exception;
    case 3:
        return TraceStatus::Null;
    case 4:
    case 5:
        return TraceStatus::Failed;
    default:
        return TraceStatus::Unknown;
    }
}

TraceTimeline TraceTimeline::build(const QList<TraceEntry> &entries)
{
    TraceTimeline t;
    QHash<QString, int> laneOf;
    auto lane = [&](const QString &name) {
        auto it = laneOf.constFind(name);
        if (it != laneOf.constEnd())
            return it.value();
        const int index = int(t.lanes.size());
        t.lanes.append(name);
        laneOf.insert(name, index);
        return index;
    };
    // Producer lanes first, so the send is always the top row.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TraceEntry &e = entries[i];
        if (e.traceType != u"Pub"_s && e.traceType != u"EndTransaction"_s && e.traceType != u"Recall"_s)
            continue;
        TraceBar bar;
        bar.lane = lane(e.groupName);
        bar.beginMs = e.timestamp;
        bar.costMs = qMax<qint64>(0, e.costTime);
        bar.endMs = e.timestamp + bar.costMs;
        bar.status = statusOf(e);
        bar.label = e.traceType;
        bar.clientHost = e.clientHost;
        bar.requestId = e.requestId;
        bar.row = int(i);
        t.bars.append(bar);
    }
    // Consume attempts: SubBefore and SubAfter share the request id.
    QHash<QString, qsizetype> before;
    QHash<QString, qsizetype> after;
    QStringList order;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TraceEntry &e = entries[i];
        const QString key = e.groupName + u'\x1f' + e.requestId;
        if (e.traceType == u"SubBefore"_s) {
            if (!before.contains(key) && !after.contains(key))
                order.append(key);
            before.insert(key, i);
        } else if (e.traceType == u"SubAfter"_s) {
            if (!before.contains(key) && !after.contains(key))
                order.append(key);
            after.insert(key, i);
        }
    }
    QList<TraceBar> consume;
    for (const QString &key : std::as_const(order)) {
        const qsizetype b = before.value(key, -1);
        const qsizetype a = after.value(key, -1);
        const TraceEntry &any = entries[b >= 0 ? b : a];
        TraceBar bar;
        bar.label = u"SubAfter"_s;
        bar.requestId = any.requestId;
        bar.clientHost = any.clientHost;
        if (b >= 0) {
            bar.beginMs = entries[b].timestamp;
            bar.retry = entries[b].retryTimes;
        }
        if (a >= 0) {
            const TraceEntry &e = entries[a];
            bar.costMs = qMax<qint64>(0, e.costTime);
            bar.status = statusOf(e);
            if (b < 0)
                bar.beginMs = e.timestamp - bar.costMs;
            bar.endMs = e.timestamp > 0 ? qMax(e.timestamp, bar.beginMs) : bar.beginMs + bar.costMs;
            if (bar.clientHost.isEmpty())
                bar.clientHost = e.clientHost;
            bar.row = int(a);
        } else {
            bar.status = TraceStatus::Unknown;
            bar.endMs = bar.beginMs;
            bar.label = u"SubBefore"_s;
            bar.row = int(b);
        }
        consume.append(bar);
    }
    std::stable_sort(consume.begin(), consume.end(),
                     [](const TraceBar &x, const TraceBar &y) { return x.beginMs < y.beginMs; });
    for (TraceBar &bar : consume) {
        bar.lane = lane(entries[bar.row].groupName);
        t.bars.append(bar);
    }
    if (!t.bars.isEmpty()) {
        qint64 lo = t.bars.first().beginMs;
        qint64 hi = t.bars.first().endMs;
        for (const TraceBar &bar : std::as_const(t.bars)) {
            lo = qMin(lo, bar.beginMs);
            hi = qMax(hi, bar.endMs);
        }
        t.originMs = lo;
        t.spanMs = hi - lo;
    }
    return t;
}

QString TraceTimeline::toText(const QString &msgId, const QList<TraceEntry> &entries, const TraceTimeline &timeline)
{
    QString out = QCoreApplication::translate("Models::TraceTimeline", "Trace of message %1").arg(msgId) + u'\n';
    for (const TraceBar &bar : timeline.bars) {
        const TraceEntry &e = entries.at(bar.row);
        out += u"%1  +%2 ms  %3  %4  %5  cost %6 ms"_s.arg(
            QDateTime::fromMSecsSinceEpoch(bar.beginMs, Qt::UTC).toString(Qt::ISODateWithMs),
            QString::number(bar.beginMs - timeline.originMs), timeline.lanes.value(bar.lane), bar.label,
            traceStatusName(bar.status), QString::number(bar.costMs));
        if (bar.retry > 0)
            out += u"  retry %1"_s.arg(bar.retry);
        if (!bar.clientHost.isEmpty())
            out += u"  client %1"_s.arg(bar.clientHost);
        if (!e.storeHost.isEmpty())
            out += u"  store %1"_s.arg(e.storeHost);
        out += u'\n';
    }
    if (timeline.bars.isEmpty())
        out += QCoreApplication::translate("Models::TraceTimeline", "No trace records.") + u'\n';
    return out;
}

} // namespace Models
