#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Api {

/// One request on the wire (one attempt of a call). Header values and body are stored already
/// redacted: nothing secret is ever kept here.
struct RequestLogEntry
{
    quint64 id = 0; ///< increasing, unique per log
    QDateTime time; ///< UTC, when the request was sent
    QByteArray method;
    QUrl url;            ///< as sent (canonical query)
    QString operationId; ///< e.g. list_topics; empty for raw requests
    int attempt = 1;     ///< 2.. for automatic retries
    int httpStatus = 0;  ///< 0: no HTTP answer
    qint64 durationMs = 0;
    qint64 bytesOut = 0;
    qint64 bytesIn = 0;
    QByteArray requestId;                                ///< X-Request-Id of the answer
    QString error;                                       ///< empty on success
    QList<QPair<QByteArray, QByteArray>> requestHeaders; ///< redacted
    QByteArray requestBody;                              ///< redacted; possibly shortened (bodyTruncated)
    bool bodyTruncated = false;

    bool isError() const { return !error.isEmpty(); }
};

/// The activity log of an ApiClient: a bounded ring of the latest requests, as a table model
/// the app's activity dock shows directly. Lives in the client's thread.
class RequestLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        OperationColumn,
        UrlColumn,
        RequestIdColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, IsErrorRole, HttpStatusRole };

    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override;

    void setCapacity(int entries); ///< default 5000; the oldest entries drop out
    int capacity() const { return m_capacity; }

    /// Records one request; the entry must already be redacted (see redactHeaders/redactBody).
    void add(RequestLogEntry entry);
    void clear();

    const QList<RequestLogEntry> &entries() const { return m_entries; }
    const RequestLogEntry &entry(int row) const { return m_entries.at(row); }

    /// Authorization keeps its scheme and SignedHeaders; tokens, signatures, cookies -> "***".
    static QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    /// JSON and form bodies: values of password/secret/token/signature-like keys -> "***".
    /// Other bodies are kept only when they are text without anything that looks like a credential.
    static QByteArray redactBody(const QByteArray &body, const QByteArray &contentType, bool *truncated = nullptr);
    static bool isSecretName(const QByteArray &name);
    /// Query parameters with secret-looking names (Signature, SecurityToken, ...) -> ***.
    static QUrl redactUrl(const QUrl &url);
    /// A shell command (POSIX quoting) that repeats the request; secrets stay masked.
    static QString toCurl(const RequestLogEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void entryAdded(const Api::RequestLogEntry &entry);

private:
    QList<RequestLogEntry> m_entries;
    int m_capacity = 5000;
    quint64 m_nextId = 1;
};

} // namespace Api

Q_DECLARE_METATYPE(Api::RequestLogEntry)
