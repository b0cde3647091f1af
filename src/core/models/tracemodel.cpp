#include "models/tracemodel.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Models {

TraceModel::TraceModel(Api::ApiClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client) { }

TraceModel::~TraceModel() = default;

void TraceModel::load(const QString &instanceId, const QString &msgId)
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
    }
    m_msgId = msgId;
    setEntries({});
    const QVariantMap params {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, instanceId}, {u"msg_id"_s, msgId}};
    Api::ApiCall *call = m_client->call(u"list_message_trace"_s, params, this);
    m_call = call;
    connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
        call->deleteLater();
        setEntries(Api::TraceList::fromJson(doc.object(), "trace"_L1).items);
        Q_EMIT loaded();
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        Q_EMIT failed(error);
    });
}

void TraceModel::setEntries(const QList<TraceEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_timeline = TraceTimeline::build(m_entries);
    endResetModel();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceEntry &e = m_entries.at(index.row());
    const bool consume = e.traceType == u"SubAfter"_s;
    const bool hasStatus = consume || e.traceType == u"Pub"_s || e.traceType == u"EndTransaction"_s;
    if (role == StatusRole)
        return hasStatus ? QVariant(int(TraceTimeline::statusOf(e))) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QDateTime::fromMSecsSinceEpoch(e.timestamp, Qt::UTC).toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Type:
        return e.traceType;
    case Time:
        return e.timestamp > 0 ? QDateTime::fromMSecsSinceEpoch(e.timestamp).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
                               : QString();
    case Group:
        return e.groupName;
    case Status:
        return hasStatus ? traceStatusName(TraceTimeline::statusOf(e)) : QString();
    case Cost:
        return e.traceType == u"SubBefore"_s ? QVariant() : QVariant(e.costTime);
    case Retry:
        return e.traceType == u"SubBefore"_s ? QVariant(e.retryTimes) : QVariant();
    case ClientHost:
        return e.clientHost;
    case StoreHost:
        return e.storeHost;
    case RequestId:
        return e.requestId;
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case Time:
        return tr("Time");
    case Group:
        return tr("Group");
    case Status:
        return tr("Status");
    case Cost:
        return tr("Cost (ms)");
    case Retry:
        return tr("Retry");
    case ClientHost:
        return tr("Client host");
    case StoreHost:
        return tr("Store host");
    case RequestId:
        return tr("Request id");
    default:
        return {};
    }
}

} // namespace Models
