#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

namespace Api {

class ApiCall;
class ApiClient;

/// Fetches every page of a list operation (offset/limit, limit <= 50): the first page tells
/// the total, then the remaining pages go out with bounded parallelism. Pages are emitted in
/// offset order whatever order they arrive in. Ends with exactly one of finished() or
/// failed(); emits nothing after abort() or once the pager is deleted (its calls die with it).
/// Without a total in the answer it pages sequentially until a short page.
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)
public:
    /// params are the operation's parameters; an "offset" in them is where paging starts.
    Pager(ApiClient *client, const QString &operationId, const QVariantMap &params, QObject *parent = nullptr);
    ~Pager() override;

    void setPageSize(int limit);    ///< clamped to 1..50; default 50
    void setMaxInFlight(int pages); ///< pages requested at once after the first; default 4
    void setMaxItems(qint64 items); ///< stop after this many items; default: all
    /// The field with the items; default: from the operation table ("topics", "groups", ...).
    void setItemsKey(const QString &key);

    void start();
    void abort();

    bool isRunning() const { return m_running; }
    qint64 total() const { return m_total; } ///< -1 until the first page told it
    int pagesRequested() const { return m_pagesRequested; }

Q_SIGNALS:
    void totalKnown(qint64 total);
    /// One page, in order: its offset, its items and the whole answer.
    void pageReady(qint64 offset, const QJsonArray &items, const QJsonObject &page);
    void finished(qint64 items);
    void failed(const Api::ApiError &error);

private:
    void request(qint64 offset);
    void onPage(qint64 offset, const QJsonObject &page);
    void onFailed(const ApiError &error);
    void scheduleMore();
    void emitReady();
    void stopCalls();
    qint64 endOffset() const;

    QPointer<ApiClient> m_client;
    QString m_operationId;
    QVariantMap m_params;
    QString m_itemsKey;
    int m_pageSize = 50;
    int m_maxInFlight = 4;
    qint64 m_maxItems = -1;
    qint64 m_startOffset = 0;
    qint64 m_total = -1;
    qint64 m_nextRequest = 0; ///< next offset to ask for
    qint64 m_nextEmit = 0;    ///< next offset to hand out
    qint64 m_emittedItems = 0;
    bool m_lastPageSeen = false; ///< sequential mode: a short page ended the list
    bool m_running = false;
    int m_pagesRequested = 0;
    QMap<qint64, QJsonObject> m_arrived;
    QSet<ApiCall *> m_calls;
};

} // namespace Api
