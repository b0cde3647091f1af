#include "api/pager.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/operations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Api {

namespace {

qint64 totalOf(const QJsonObject &page)
{
    for (const char *key : {"total", "instance_num"}) {
        const QJsonValue v = page.value(QLatin1StringView(key));
        if (v.isDouble())
            return qint64(v.toDouble());
        if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
    }
    return -1;
}

} // namespace

Pager::Pager(ApiClient *client, const QString &operationId, const QVariantMap &params, QObject *parent)
    : QObject(parent), m_client(client), m_operationId(operationId), m_params(params)
{
    if (const Operation *op = OperationTable::builtin().find(operationId)) {
        m_itemsKey = op->listItemsKey();
        m_paged = op->isPaged();
    }
    m_startOffset = qMax<qint64>(0, params.value(QStringLiteral("offset")).toLongLong());
    if (params.contains(QStringLiteral("limit")))
        setPageSize(params.value(QStringLiteral("limit")).toInt());
}

Pager::~Pager()
{
    stopCalls();
}

void Pager::setPageSize(int limit)
{
    m_pageSize = qBound(1, limit, Operation::MaxPageSize);
}

void Pager::setMaxInFlight(int pages)
{
    m_maxInFlight = qMax(1, pages);
}

void Pager::setMaxItems(qint64 items)
{
    m_maxItems = items;
}

void Pager::setItemsKey(const QString &key)
{
    m_itemsKey = key;
}

void Pager::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_run;
    m_failPending = false;
    m_paused = false;
    m_failedOffsets.clear();
    m_firstError = {};
    m_total = -1;
    m_lastPageSeen = false;
    m_emittedItems = 0;
    m_pagesRequested = 0;
    m_arrived.clear();
    m_nextRequest = m_startOffset;
    m_nextEmit = m_startOffset;
    if (m_maxItems == 0) {
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && run == m_run) {
                m_running = false;
                Q_EMIT finished(0);
            }
        });
        return;
    }
    if (!m_client || m_itemsKey.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Client;
        error.errorMessage =
            QCoreApplication::translate("Api::Pager", "%1 is not a list operation.").arg(m_operationId);
        failSoon(error);
        return;
    }
    request(m_nextRequest);
    m_nextRequest += m_pageSize;
}

void Pager::abort()
{
    m_running = false;
    ++m_run;
    m_paused = false;
    stopCalls();
}

void Pager::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_running = true;
    m_firstError = {};
    const QList<qint64> offsets = std::exchange(m_failedOffsets, {});
    for (qint64 offset : offsets)
        request(offset);
    scheduleMore();
}

void Pager::stopCalls()
{
    const QSet<ApiCall *> calls = std::exchange(m_calls, {});
    for (ApiCall *call : calls) {
        call->abort();
        call->deleteLater();
    }
}

void Pager::failSoon(const ApiError &error)
{
    // Keep the contract: never emit from inside start() or resume().
    stopCalls();
    m_failPending = true;
    QTimer::singleShot(0, this, [this, error, run = m_run] {
        if (run == m_run)
            onFailed(error);
    });
}

qint64 Pager::endOffset() const
{
    qint64 end = m_total >= 0 ? m_total : std::numeric_limits<qint64>::max();
    if (m_maxItems >= 0)
        end = qMin(end, m_startOffset + m_maxItems);
    return end;
}

void Pager::request(qint64 offset)
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.errorMessage = QCoreApplication::translate("Api::Pager", "The connection was closed.");
        failSoon(error);
        return;
    }
    QVariantMap params = m_params;
    if (m_paged) {
        params.insert(QStringLiteral("offset"), offset);
        params.insert(QStringLiteral("limit"), int(qMin<qint64>(m_pageSize, endOffset() - offset)));
    }
    ApiCall *call = m_client->call(m_operationId, params, this);
    m_calls.insert(call);
    ++m_pagesRequested;
    connect(call, &ApiCall::finished, this, [this, call, offset](const QJsonDocument &doc) {
        m_calls.remove(call);
        call->deleteLater();
        onPage(offset, doc.object());
    });
    connect(call, &ApiCall::failed, this, [this, call, offset](const ApiError &error) {
        m_calls.remove(call);
        call->deleteLater();
        onPageFailed(offset, error);
    });
}

void Pager::onPage(qint64 offset, const QJsonObject &page)
{
    if (!m_running)
        return;
    QPointer<Pager> guard(this); // a slot may delete the pager
    if (m_total < 0) {
        const qint64 total = totalOf(page);
        if (total >= 0) {
            m_total = total;
            Q_EMIT totalKnown(total);
            if (!guard || !m_running)
                return;
        }
    }
    // Sequential mode (no total): a short page is the last one. An unpaged list is one page.
    if (!m_paged || (m_total < 0 && page.value(m_itemsKey).toArray().size() < m_pageSize))
        m_lastPageSeen = true;
    m_arrived.insert(offset, page);
    emitReady();
    if (!guard || !m_running)
        return;
    if (!m_failedOffsets.isEmpty()) {
        if (m_calls.isEmpty())
            endPaused();
        return;
    }
    scheduleMore();
}

void Pager::onPageFailed(qint64 offset, const ApiError &error)
{
    if (!m_running)
        return;
    if (m_failureMode == FailureMode::StopAll) {
        onFailed(error);
        return;
    }
    if (m_failedOffsets.isEmpty())
        m_firstError = error;
    m_failedOffsets.insert(std::lower_bound(m_failedOffsets.begin(), m_failedOffsets.end(), offset), offset);
    if (m_calls.isEmpty())
        endPaused();
}

void Pager::endPaused()
{
    m_running = false;
    m_paused = true;
    Q_EMIT failed(m_firstError);
}

void Pager::scheduleMore()
{
    const bool sequential = m_total < 0;
    const int limit = sequential ? 1 : m_maxInFlight;
    while (m_running && !m_failPending && int(m_calls.size()) < limit && m_nextRequest < endOffset() &&
           !m_lastPageSeen && m_arrived.size() < 2 * m_maxInFlight) {
        request(m_nextRequest);
        m_nextRequest += m_pageSize;
    }
    if (m_running && !m_failPending && m_calls.isEmpty() && m_arrived.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_emittedItems);
    }
}

void Pager::emitReady()
{
    while (m_running && !m_arrived.isEmpty() && m_arrived.firstKey() == m_nextEmit) {
        const QJsonObject page = m_arrived.take(m_nextEmit);
        QJsonArray items = page.value(m_itemsKey).toArray();
        if (m_maxItems >= 0 && m_emittedItems + items.size() > m_maxItems) {
            while (m_emittedItems + items.size() > m_maxItems)
                items.removeLast();
        }
        m_emittedItems += items.size();
        const qint64 offset = m_nextEmit;
        m_nextEmit += m_pageSize;
        QPointer<Pager> guard(this);
        Q_EMIT pageReady(offset, items, page);
        if (!guard)
            return;
    }
}

void Pager::onFailed(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    stopCalls();
    Q_EMIT failed(error);
}

} // namespace Api
