#pragma once

#include "api/apierror.h"
#include "models/messagequery.h"
#include "models/stringpool.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <vector>

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {

/// One message as the table keeps it: fixed-size numbers plus ids into shared string stores.
struct MessageRow
{
    qint64 storeTime = 0;
    qint64 queueOffset = 0;
    quint32 msgId = 0;         ///< StringArena
    quint32 uniqKey = 0;       ///< StringArena
    quint32 bodyPreview = 0;   ///< StringArena (first characters, one line)
    quint32 keys = 0;          ///< StringArena (business keys are mostly unique per message)
    quint32 tags = 0;          ///< StringPool
    quint32 originalTopic = 0; ///< StringPool (RETRY_TOPIC, for dead letters)
    qint32 storeSize = 0;
    qint16 queueId = 0;
    qint16 reconsumeTimes = 0;
};

/// Result of list_messages as a flat table, fetched page by page (offset/limit) through
/// canFetchMore()/fetchMore(), a few pages ahead. Rows are compact structs; bodies are not
/// kept (open a message to read it).
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)
public:
    enum Column {
        StoreTime,
        MsgId,
        Keys,
        Tags,
        QueueOffset,
        Size,
        ReconsumeTimes,
        OriginalTopic,
        BodyPreview,
        Result,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, MsgIdRole, UniqKeyRole, StoreTimeRole, ResultOkRole };

    explicit MessageTableModel(Api::ApiClient *client, QObject *parent = nullptr);
    ~MessageTableModel() override;

    /// Clears the table and starts the query (first pages are requested at once).
    void setQuery(const MessageQuery &query);
    const MessageQuery &query() const { return m_query; }
    void clear();

    void setPageSize(int n) { m_pageSize = n; }
    int pageSize() const { return m_pageSize; }
    void setPagesAhead(int n) { m_pagesAhead = qMax(1, n); }

    bool isLoading() const { return !m_calls.isEmpty(); }
    /// Total reported by the service (-1 before the first page).
    qint64 total() const { return m_total; }
    const Api::ApiError &lastError() const { return m_lastError; }

    /// Appends one page of message objects as list_messages returns them (used by the fetch
    /// path; public so benchmarks can load rows without a server).
    void appendMessages(const QJsonArray &messages);

    QString msgIdAt(int row) const;
    QString uniqKeyAt(int row) const;
    const MessageRow &rowAt(int row) const { return m_rows[size_t(row)]; }
    /// Per-row outcome of an action (resend, verify), shown in the Result column.
    void setResult(const QString &msgId, bool ok, const QString &text);
    void clearResults();
    /// Whether the row's text fields (ids, keys, tags, original topic, body preview) contain
    /// `needle` (case-insensitive); what the results filter uses, without formatting cells.
    bool rowContains(int row, const QString &needle) const;
    /// Bytes held by rows and string stores (for the benchmark).
    qsizetype memoryEstimate() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void failed(const Api::ApiError &error);

private:
    void requestPage(qint64 offset);
    void onPage(qint64 offset, const QJsonDocument &doc);
    void flushPending();
    QVariant display(const MessageRow &row, int column) const;
    QString formatLocal(qint64 ms) const;

    Api::ApiClient *m_client;
    MessageQuery m_query;
    bool m_active = false;
    int m_pageSize = 50;
    int m_pagesAhead = 3;
    qint64 m_total = -1;
    qint64 m_nextOffset = 0;     ///< next page offset to request
    qint64 m_appendedOffset = 0; ///< server offset the next appended page must start at
    bool m_exhausted = false;
    QMap<qint64, QJsonArray> m_pending; ///< pages that arrived out of order
    QList<QPointer<Api::ApiCall>> m_calls;
    Api::ApiError m_lastError;

    std::vector<MessageRow> m_rows;
    StringPool m_pool;
    StringArena m_arena;
    QHash<QString, int> m_rowByMsgId;
    struct ResultText
    {
        bool ok;
        QString text;
    };
    QHash<int, ResultText> m_results;
    mutable QHash<qint64, int> m_utcOffsetByHour; ///< local UTC offset per hour (time zone lookups are slow)
};

/// The results filter: a fixed string matched against a row's text fields straight from the
/// compact rows (no cell formatting), so filtering 100,000 rows stays quick.
class MessageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFilterProxyModel)
public:
    explicit MessageFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace Models
