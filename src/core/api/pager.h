#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QList>
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
/// Without a total in the answer it pages sequentially until a short page. An operation
/// without offset/limit parameters (Operation::isPaged() false) is asked once, as one page.
///
/// With FailureMode::Pause a failed page does not end the run at once: no new pages go out,
/// the pages in flight land (those in order are emitted, later ones kept), then failed()
/// reports the first error. resume() asks again for the failed offsets only and carries on
/// from where the run stopped, ending again with finished() or failed().
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)
public:
    /// params are the operation's parameters; an "offset" in them is where paging starts.
    Pager(ApiClient *client, const QString &operationId, const QVariantMap &params, QObject *parent = nullptr);
    ~Pager() override;

    enum class FailureMode {
        StopAll, ///< the first failed page ends the run; the pages in flight are dropped (default)
        Pause,   ///< finish the pages in flight, then fail; resume() retries the failed pages only
    };

    void setPageSize(int limit);    ///< clamped to 1..50; default 50
    void setMaxInFlight(int pages); ///< pages requested at once after the first; default 4
    void setMaxItems(qint64 items); ///< stop after this many items; default: all
    /// The field with the items; default: from the operation table ("topics", "groups", ...).
    void setItemsKey(const QString &key);
    void setFailureMode(FailureMode mode) { m_failureMode = mode; }

    void start();
    void abort();
    /// After failed() in FailureMode::Pause: asks again for failedOffsets() and goes on.
    /// Emits nothing from inside the call. Does nothing when canResume() is false.
    void resume();
    bool canResume() const { return m_paused; }
    /// The pages (by offset) that failed in the run that failed last; empty when none.
    QList<qint64> failedOffsets() const { return m_failedOffsets; }

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
    void onPageFailed(qint64 offset, const ApiError &error);
    void onFailed(const ApiError &error);
    void endPaused();
    void failSoon(const ApiError &error);
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
    bool m_paged = true; ///< the operation takes offset/limit
    FailureMode m_failureMode = FailureMode::StopAll;
    bool m_failPending = false;    ///< failSoon() was called: nothing more goes out
    int m_run = 0;                 ///< counts start() and abort(): stale timers check it
    bool m_paused = false;         ///< Pause mode: failed, resume() possible
    QList<qint64> m_failedOffsets; ///< Pause mode: sorted
    ApiError m_firstError;         ///< Pause mode: reported by failed()
    QMap<qint64, QJsonObject> m_arrived;
    QSet<ApiCall *> m_calls;
};

} // namespace Api
