#include "models/offsetpreviewmodel.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/dto/group.h"

#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Models {

OffsetPreviewModel::OffsetPreviewModel(Api::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
}

OffsetPreviewModel::~OffsetPreviewModel() = default;

void OffsetPreviewModel::abortAll()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_calls.clear();
    m_pendingCalls = 0;
}

void OffsetPreviewModel::load(const QString &instanceId, const QString &group, const QString &topic, qint64 targetMs,
                              qint64 nowMs)
{
    abortAll();
    beginResetModel();
    m_rows.clear();
    m_ready = false;
    endResetModel();
    m_instanceId = instanceId;
    m_group = group;
    m_topic = topic;
    m_targetMs = targetMs;
    m_nowMs = nowMs;
    const QVariantMap params {{u"instance_id"_s, instanceId}, {u"group"_s, group}, {u"topic"_s, topic}};
    Api::ApiCall *call = m_client->call(u"list_consumer_group_topics"_s, params, this);
    m_calls.append(call);
    m_pendingCalls = 1;
    connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
        call->deleteLater();
        m_calls.removeAll(call);
        --m_pendingCalls;
        const Api::GroupTopics detail = Api::GroupTopics::fromJson(doc.object());
        QMap<int, Row> byQueue;
        for (const Api::GroupBrokerLag &broker : detail.brokers) {
            for (const Api::GroupQueueLag &q : broker.queues) {
                Row &row = byQueue[q.id];
                row.queueId = q.id;
                row.parts.append(Part {broker.brokerName, q.consumerOffset, q.brokerOffset, -1});
                row.current += q.consumerOffset;
                row.maxOffset += q.brokerOffset;
            }
        }
        beginResetModel();
        m_rows = byQueue.values();
        endResetModel();
        if (m_rows.isEmpty()) {
            m_ready = true;
            Q_EMIT ready();
            return;
        }
        for (int i = 0; i < m_rows.size(); ++i)
            countQueue(i);
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        m_calls.removeAll(call);
        abortAll();
        Q_EMIT failed(error);
    });
}

void OffsetPreviewModel::countQueue(int row)
{
    // Messages stored at or after the target, up to a little past now.
    const QVariantMap params {{u"engine"_s, u"rocketmq"_s},
                              {u"instance_id"_s, m_instanceId},
                              {u"topic"_s, m_topic},
                              {u"queue"_s, QString::number(m_rows[row].queueId)},
                              {u"start_time"_s, QString::number(m_targetMs)},
                              {u"end_time"_s, QString::number(m_nowMs + 60 * 1000)},
                              {u"offset"_s, 0},
                              {u"limit"_s, 1}};
    Api::ApiCall *call = m_client->call(u"list_messages"_s, params, this);
    m_calls.append(call);
    ++m_pendingCalls;
    connect(call, &Api::ApiCall::finished, this, [this, call, row](const QJsonDocument &doc) {
        call->deleteLater();
        m_calls.removeAll(call);
        --m_pendingCalls;
        const auto count = qint64(doc.object().value(u"total").toDouble());
        Row &r = m_rows[row];
        r.atTarget = qMax<qint64>(0, r.maxOffset - count);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (m_pendingCalls == 0) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        m_calls.removeAll(call);
        abortAll();
        Q_EMIT failed(error);
    });
}

qint64 OffsetPreviewModel::toReconsume() const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        n += qMax<qint64>(0, -r.delta());
    return n;
}

qint64 OffsetPreviewModel::toSkip() const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        n += qMax<qint64>(0, r.delta());
    return n;
}

QString OffsetPreviewModel::summary() const
{
    const QLocale l;
    const qint64 back = toReconsume();
    const qint64 skip = toSkip();
    const int queues = int(m_rows.size());
    if (back == 0 && skip == 0)
        return queues == 1 ? tr("%1 stays where it is on 1 queue of %2.").arg(m_group, m_topic)
                           : tr("%1 stays where it is on %2 queues of %3.").arg(m_group).arg(queues).arg(m_topic);
    QString text;
    if (back > 0)
        text = tr("%1 will re-consume %2 messages").arg(m_group, l.toString(back));
    if (skip > 0) {
        const QString part = tr("skip %1 messages").arg(l.toString(skip));
        text = text.isEmpty() ? tr("%1 will %2").arg(m_group, part) : tr("%1 and %2").arg(text, part);
    }
    return queues == 1 ? tr("%1 on 1 queue of %2.").arg(text, m_topic)
                       : tr("%1 on %2 queues of %3.").arg(text).arg(queues).arg(m_topic);
}

OffsetJournal::Entry OffsetPreviewModel::applyResetResult(const QJsonObject &answer, qint64 nowMs)
{
    OffsetJournal::Entry entry;
    entry.timeMs = nowMs;
    entry.instanceId = m_instanceId;
    entry.group = m_group;
    entry.topic = m_topic;
    entry.targetMs = m_targetMs;
    const QJsonArray queues = answer.value(u"queues").toArray();
    for (Row &row : m_rows) {
        qint64 afterSum = 0;
        bool any = false;
        for (Part &part : row.parts) {
            for (const QJsonValue &v : queues) {
                const Api::ResetQueueOffset q = Api::ResetQueueOffset::fromJson(v.toObject());
                if (q.queueId == row.queueId && q.brokerName == part.broker) {
                    part.after = q.timestampOffset;
                    afterSum += q.timestampOffset;
                    any = true;
                }
            }
            entry.queues.append(OffsetJournal::Queue {part.broker, row.queueId, part.consumerOffset, part.after});
        }
        row.after = any ? afterSum : -1;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, After), index(int(m_rows.size()) - 1, After));
    return entry;
}

int OffsetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OffsetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffsetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == DeltaRole)
        return r.delta();
    if (role == Qt::TextAlignmentRole && index.column() != Broker)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Broker && r.parts.size() > 1)
        return tr("These brokers share queue id %1; their offsets are summed.").arg(r.queueId);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case Broker: {
        QStringList names;
        for (const Part &p : r.parts)
            names.append(p.broker);
        return names.join(u", "_s);
    }
    case Queue:
        return r.queueId;
    case Current:
        return l.toString(r.current);
    case MaxOffset:
        return l.toString(r.maxOffset);
    case AtTarget:
        return r.atTarget < 0 ? tr("counting…") : l.toString(r.atTarget);
    case Delta:
        if (r.atTarget < 0)
            return {};
        if (r.delta() < 0)
            return tr("+%1 re-consumed").arg(l.toString(-r.delta()));
        if (r.delta() > 0)
            return tr("−%1 skipped").arg(l.toString(r.delta()));
        return tr("no change");
    case After:
        return r.after < 0 ? QString() : l.toString(r.after);
    default:
        return {};
    }
}

QVariant OffsetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Broker:
        return tr("Broker");
    case Queue:
        return tr("Queue");
    case Current:
        return tr("Consumer offset");
    case MaxOffset:
        return tr("Max offset");
    case AtTarget:
        return tr("Offset at target");
    case Delta:
        return tr("Change");
    case After:
        return tr("Offset after reset");
    default:
        return {};
    }
}

} // namespace Models
