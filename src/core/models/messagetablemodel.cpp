#include "models/messagetablemodel.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "models/messageformat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

constexpr int previewChars = 48;

QString oneLinePreview(const QString &body)
{
    QString preview = body.left(previewChars);
    for (QChar &c : preview) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    if (body.size() > previewChars)
        preview += u'…';
    return preview;
}

} // namespace

MessageTableModel::MessageTableModel(Api::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
}

MessageTableModel::~MessageTableModel() = default;

void MessageTableModel::clear()
{
    const bool wasLoading = isLoading();
    for (const auto &call : std::as_const(m_calls)) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_calls.clear();
    m_pending.clear();
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_pool.clear();
    m_arena.clear();
    m_rowByMsgId.clear();
    m_results.clear();
    m_total = -1;
    m_nextOffset = 0;
    m_appendedOffset = 0;
    m_exhausted = false;
    m_active = false;
    m_lastError = {};
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    Q_EMIT totalChanged(m_total);
}

void MessageTableModel::setQuery(const MessageQuery &query)
{
    clear();
    m_query = query;
    m_active = true;
    fetchMore({});
}

bool MessageTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_active || m_exhausted || m_lastError.isError())
        return false;
    // Enough pages are already on their way.
    return m_calls.size() < m_pagesAhead;
}

void MessageTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool wasLoading = isLoading();
    while (m_calls.size() < m_pagesAhead && !m_exhausted) {
        if (m_total >= 0 && m_nextOffset >= m_total)
            break;
        requestPage(m_nextOffset);
        m_nextOffset += m_pageSize;
        // Until the first answer tells the total, ask for one page only.
        if (m_total < 0)
            break;
    }
    if (!wasLoading && isLoading())
        Q_EMIT loadingChanged(true);
}

void MessageTableModel::requestPage(qint64 offset)
{
    Api::ApiCall *call = m_client->call(u"list_messages"_s, m_query.toParams(offset, m_pageSize), this);
    m_calls.append(call);
    connect(call, &Api::ApiCall::finished, this, [this, call, offset](const QJsonDocument &doc) {
        m_calls.removeAll(call);
        call->deleteLater();
        onPage(offset, doc);
        if (!isLoading())
            Q_EMIT loadingChanged(false);
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        m_calls.removeAll(call);
        call->deleteLater();
        m_lastError = error;
        // Rows already shown stay; the rest of the query stops.
        for (const auto &other : std::as_const(m_calls)) {
            if (other) {
                other->abort();
                other->deleteLater();
            }
        }
        m_calls.clear();
        m_pending.clear();
        m_exhausted = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
}

void MessageTableModel::onPage(qint64 offset, const QJsonDocument &doc)
{
    const QJsonObject obj = doc.object();
    const QJsonArray messages = obj.value(u"messages").toArray();
    if (obj.contains(u"total")) {
        const auto total = qint64(obj.value(u"total").toDouble());
        if (total != m_total) {
            m_total = total;
            Q_EMIT totalChanged(m_total);
        }
    }
    // A short page ends the list only once the pages before it are in: it may arrive first,
    // and the pages still on their way must not be cancelled then.
    m_pending.insert(offset, messages);
    flushPending();
    if (m_total >= 0 && m_appendedOffset >= m_total)
        m_exhausted = true;
    if (m_exhausted) {
        // Pages past the end are no use any more.
        for (const auto &call : std::as_const(m_calls)) {
            if (call) {
                call->abort();
                call->deleteLater();
            }
        }
        m_calls.clear();
    }
}

void MessageTableModel::flushPending()
{
    while (!m_pending.isEmpty() && m_pending.firstKey() == m_appendedOffset) {
        const QJsonArray page = m_pending.take(m_appendedOffset);
        appendMessages(page);
        m_appendedOffset += m_pageSize;
        if (page.size() < m_pageSize) {
            m_exhausted = true;
            m_pending.clear();
            break;
        }
    }
}

void MessageTableModel::appendMessages(const QJsonArray &messages)
{
    if (messages.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(messages.size()) - 1);
    m_rows.reserve(m_rows.size() + size_t(messages.size()));
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QJsonValue props = m.value(u"property_list");
        MessageRow r;
        r.storeTime = qint64(m.value(u"store_timestamp").toDouble());
        r.queueOffset = qint64(m.value(u"queue_offset").toDouble());
        r.msgId = m_arena.add(m.value(u"msg_id").toString());
        r.uniqKey = m_arena.add(MessageFormat::propertyValue(props, "UNIQ_KEY"_L1));
        r.bodyPreview = m_arena.add(oneLinePreview(m.value(u"body").toString()));
        r.keys = m_arena.add(MessageFormat::propertyValue(props, "KEYS"_L1));
        r.tags = m_pool.intern(MessageFormat::propertyValue(props, "TAGS"_L1));
        r.originalTopic = m_pool.intern(MessageFormat::propertyValue(props, "RETRY_TOPIC"_L1));
        r.storeSize = m.value(u"store_size").toInt();
        r.queueId = qint16(m.value(u"queue_id").toInt());
        r.reconsumeTimes = qint16(m.value(u"reconsume_times").toInt());
        m_rows.push_back(r);
    }
    m_rowByMsgId.clear();
    endInsertRows();
}

QString MessageTableModel::msgIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_arena.at(m_rows[size_t(row)].msgId) : QString();
}

QString MessageTableModel::uniqKeyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_arena.at(m_rows[size_t(row)].uniqKey) : QString();
}

void MessageTableModel::setResult(const QString &msgId, bool ok, const QString &text)
{
    if (m_rowByMsgId.isEmpty()) {
        for (int i = 0; i < rowCount(); ++i)
            m_rowByMsgId.insert(msgIdAt(i), i);
    }
    const auto it = m_rowByMsgId.constFind(msgId);
    if (it == m_rowByMsgId.constEnd())
        return;
    m_results.insert(it.value(), ResultText {ok, text});
    const QModelIndex idx = index(it.value(), Result);
    Q_EMIT dataChanged(idx, idx);
}

void MessageTableModel::clearResults()
{
    if (m_results.isEmpty())
        return;
    m_results.clear();
    Q_EMIT dataChanged(index(0, Result), index(rowCount() - 1, Result));
}

bool MessageTableModel::rowContains(int row, const QString &needle) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const MessageRow &r = m_rows[size_t(row)];
    auto has = [&needle](QStringView text) { return text.contains(needle, Qt::CaseInsensitive); };
    return has(m_arena.at(r.keys)) || has(m_pool.at(r.tags)) || has(m_pool.at(r.originalTopic)) ||
        has(m_arena.at(r.msgId)) || has(m_arena.at(r.uniqKey)) || has(m_arena.at(r.bodyPreview));
}

QString MessageTableModel::formatLocal(qint64 ms) const
{
    // DST changes fall on hour boundaries in practically every zone.
    const qint64 hour = ms / (3600 * 1000);
    auto it = m_utcOffsetByHour.constFind(hour);
    if (it == m_utcOffsetByHour.constEnd())
        it = m_utcOffsetByHour.insert(hour, QDateTime::fromMSecsSinceEpoch(hour * 3600 * 1000).offsetFromUtc());
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, it.value()).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

qsizetype MessageTableModel::memoryEstimate() const
{
    qsizetype pool = 0;
    for (qsizetype i = 0; i < m_pool.size(); ++i)
        pool += m_pool.at(quint32(i)).size() * 2 + 64;
    return qsizetype(m_rows.capacity() * sizeof(MessageRow)) + m_arena.bytes() + pool;
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::display(const MessageRow &row, int column) const
{
    switch (column) {
    case StoreTime:
        return formatLocal(row.storeTime);
    case MsgId:
        return m_arena.at(row.msgId);
    case Keys:
        return m_arena.at(row.keys);
    case Tags:
        return m_pool.at(row.tags);
    case QueueOffset:
        return u"%1 / %2"_s.arg(row.queueId).arg(row.queueOffset);
    case Size:
        return MessageFormat::formatSize(row.storeSize);
    case ReconsumeTimes:
        return int(row.reconsumeTimes);
    case OriginalTopic:
        return m_pool.at(row.originalTopic);
    case BodyPreview:
        return m_arena.at(row.bodyPreview);
    default:
        return {};
    }
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column == Result) {
        const auto it = m_results.constFind(index.row());
        if (it == m_results.constEnd())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return it->ok ? tr("✓ %1").arg(it->text) : tr("✗ %1").arg(it->text);
        if (role == ResultOkRole)
            return it->ok;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == StoreTime)
            return QDateTime::fromMSecsSinceEpoch(row.storeTime, Qt::UTC).toString(Qt::ISODateWithMs);
        if (column == MsgId)
            return tr("Offset message id %1\nUnique key %2").arg(m_arena.at(row.msgId), m_arena.at(row.uniqKey));
        if (column == Size)
            return tr("%1 bytes").arg(QLocale().toString(row.storeSize));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Size || column == ReconsumeTimes || column == QueueOffset)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case StoreTime:
            return row.storeTime;
        case QueueOffset:
            return qint64(row.queueId) << 48 | row.queueOffset;
        case Size:
            return row.storeSize;
        case ReconsumeTimes:
            return int(row.reconsumeTimes);
        default:
            return display(row, column);
        }
    case MsgIdRole:
        return m_arena.at(row.msgId);
    case UniqKeyRole:
        return m_arena.at(row.uniqKey);
    case StoreTimeRole:
        return row.storeTime;
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StoreTime:
        return tr("Store time");
    case MsgId:
        return tr("Message id");
    case Keys:
        return tr("Keys");
    case Tags:
        return tr("Tags");
    case QueueOffset:
        return tr("Queue / offset");
    case Size:
        return tr("Size");
    case ReconsumeTimes:
        return tr("Reconsumed");
    case OriginalTopic:
        return tr("Original topic");
    case BodyPreview:
        return tr("Body");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

MessageFilterProxyModel::MessageFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MessageTableModel::SortRole);
}

void MessageFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool MessageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const auto *source = qobject_cast<const MessageTableModel *>(sourceModel());
    if (!source)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return source->rowContains(sourceRow, m_text);
}

} // namespace Models
