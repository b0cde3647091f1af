#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Api {

class ApiClient;

/// One REST call. Owned by the caller (its QObject parent): deleting the owner aborts the
/// request. Ends with exactly one of finished() or failed(), emitted from the event loop,
/// never from inside ApiClient::send(). Emits nothing after abort().
/// A call created without an owner deletes itself (deleteLater) after its signal.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    ~ApiCall() override;

    const QJsonDocument &result() const { return m_result; }
    const QByteArray &rawBody() const { return m_rawBody; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseHeader(const QByteArray &name) const;
    bool isDone() const { return m_done; }
    /// Attempts started so far (retries of idempotent reads and a token replay count).
    int attempts() const { return m_attempt; }
    const QString &operationId() const { return m_request.operationId; }

    /// User cancel: aborts the transfer; neither finished() nor failed() follows.
    void abort();

Q_SIGNALS:
    void finished(const QJsonDocument &result);
    void failed(const Api::ApiError &error);
    /// Upload/download progress for long transfers.
    void progress(qint64 received, qint64 total);

private:
    friend class ApiClient;
    explicit ApiCall(QObject *owner);
    /// A 2xx answer: parses the body (when JSON is expected) and emits finished() or failed().
    void complete(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    void fail(const ApiError &error, const QByteArray &body = {});
    /// fail() from the event loop: for errors found before anything was sent.
    void failLater(const ApiError &error);
    bool markDone();
    void finishEmission();

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QJsonDocument m_result;
    QByteArray m_rawBody;
    ApiError m_error;
    int m_httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_done = false;
    bool m_aborted = false;
    bool m_tokenReplayed = false;
    bool m_selfOwned = false;
    int m_attempt = 0;
};

} // namespace Api
