#pragma once

#include "api/apierror.h"
#include "models/tracetimeline.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {

/// The raw trace records of one message (list_message_trace) and the timeline built from them.
class TraceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceModel)
public:
    enum Column { Type, Time, Group, Status, Cost, Retry, ClientHost, StoreHost, RequestId, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit TraceModel(Api::ApiClient *client, QObject *parent = nullptr);
    ~TraceModel() override;

    void load(const QString &instanceId, const QString &msgId);
    void setEntries(const QList<TraceEntry> &entries);
    bool isLoading() const { return !m_call.isNull(); }
    const QString &msgId() const { return m_msgId; }
    const QList<TraceEntry> &entries() const { return m_entries; }
    const TraceTimeline &timeline() const { return m_timeline; }
    QString toText() const { return TraceTimeline::toText(m_msgId, m_entries, m_timeline); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const Api::ApiError &error);

private:
    Api::ApiClient *m_client;
    QPointer<Api::ApiCall> m_call;
    QString m_msgId;
    QList<TraceEntry> m_entries;
    TraceTimeline m_timeline;
};

} // namespace Models
