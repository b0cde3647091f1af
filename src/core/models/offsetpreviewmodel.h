#pragma once

#include "api/apierror.h"
#include "models/offsetjournal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {

/// Preview of "reset consumer offset to a time", one row per queue.
///
/// The API has no "offset at time" call, so the offset at the target is computed from
/// message counts: list_messages(queue, start = target) tells how many messages of the queue
/// were stored at or after the target; offset at target = max offset - that count. The queue
/// filter does not name a broker, so when several brokers share a queue id their queues are
/// shown as one row (the sum is exact, the split is not known).
class OffsetPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OffsetPreviewModel)
public:
    enum Column { Broker, Queue, Current, MaxOffset, AtTarget, Delta, After, ColumnCount };
    enum Role { DeltaRole = Qt::UserRole + 1 };

    struct Part
    {
        QString broker;
        qint64 consumerOffset = 0;
        qint64 brokerOffset = 0;
        qint64 after = -1;
    };
    struct Row
    {
        int queueId = 0;
        QList<Part> parts;
        qint64 current = 0;
        qint64 maxOffset = 0;
        qint64 atTarget = -1; ///< -1 until counted
        qint64 after = -1;    ///< -1 until reset
        qint64 delta() const { return atTarget < 0 ? 0 : atTarget - current; }
    };

    explicit OffsetPreviewModel(Api::ApiClient *client, QObject *parent = nullptr);
    ~OffsetPreviewModel() override;

    void load(const QString &instanceId, const QString &group, const QString &topic, qint64 targetMs, qint64 nowMs);
    bool isLoading() const { return m_pendingCalls > 0; }
    bool isReady() const { return m_ready; }
    const QList<Row> &rows() const { return m_rows; }

    qint64 toReconsume() const; ///< messages that will be consumed again
    qint64 toSkip() const;      ///< messages that will be skipped
    QString summary() const;

    /// Applies reset_consumer_offset's answer ({"queues": [...]}) and returns the journal
    /// record (before = the previewed consumer offsets).
    OffsetJournal::Entry applyResetResult(const QJsonObject &answer, qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void ready();
    void failed(const Api::ApiError &error);

private:
    void countQueue(int row);
    void abortAll();

    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_group;
    QString m_topic;
    qint64 m_targetMs = 0;
    qint64 m_nowMs = 0;
    QList<Row> m_rows;
    QList<QPointer<Api::ApiCall>> m_calls;
    int m_pendingCalls = 0;
    bool m_ready = false;
};

} // namespace Models
