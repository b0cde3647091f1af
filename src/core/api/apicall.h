#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Api {

class ApiClient;

/// One REST call. Owned by the caller (its QObject parent): deleting the owner aborts the
/// request. Ends with exactly one of finished() or failed(), emitted from the event loop,
/// never from inside ApiClient::send(). Emits nothing after abort().
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
    void complete(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    void fail(const ApiError &error, const QByteArray &body = {});

    QPointer<QNetworkReply> m_reply;
    QJsonDocument m_result;
    QByteArray m_rawBody;
    ApiError m_error;
    int m_httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_done = false;
    bool m_aborted = false;
    int m_attempt = 0;
};

} // namespace Api
