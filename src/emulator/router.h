#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Api {
struct Operation;
}

namespace Emulator {

/// One request as a handler sees it: already authenticated, matched and validated against the
/// operation table (required parameters, enums, ranges, limit <= 50, JSON body parsed).
struct RequestContext
{
    const Api::Operation *operation = nullptr; ///< null for handlers registered by path (IAM, RPC)
    QString operationId;                       ///< "list_topics", or the id given to handlePath()
    QByteArray method;                         ///< upper case
    QString path;                              ///< decoded path, without the query
    QMap<QString, QString> pathParams;         ///< decoded: project_id, instance_id, topic, engine, ...
    QList<QPair<QString, QString>> query;      ///< decoded ('+' is a space only in form bodies), in order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                         ///< exact bytes
    QJsonValue json {QJsonValue::Undefined}; ///< parsed body (Undefined when empty or not JSON)
    QString projectId;                       ///< from the path, else X-Project-Id, else the token's
    QByteArray accessKey;                    ///< the AK that signed it (empty for token auth)
    QByteArray requestId;                    ///< the X-Request-Id the answer will carry

    QString param(const QString &name) const { return pathParams.value(name); }
    bool hasQuery(const QString &name) const;
    QString queryValue(const QString &name, const QString &fallback = {}) const;
    /// Integer query parameter; fallback when absent (validation already rejected non-numbers).
    qint64 queryInt(const QString &name, qint64 fallback) const;
    QByteArray header(const QByteArray &name) const; ///< case-insensitive
    QJsonObject object() const { return json.toObject(); }
    /// offset/limit with the service defaults (offset 0, limit 10 unless given).
    int offset() const { return int(queryInt(QStringLiteral("offset"), 0)); }
    int limit(int fallback = 10) const { return int(queryInt(QStringLiteral("limit"), fallback)); }
};

using Handler = std::function<HttpResponse(const RequestContext &)>;

/// Maps method + path to a handler. Table operations come from Api::OperationTable::builtin()
/// (alias spellings included; {engine} matches rocketmq|reliability); anything else (IAM, the
/// Alibaba-style RPC endpoint at "/") is registered by path template. Unknown paths answer 404
/// DMS.00404001, a known path with another method 405 DMS.00405001, and a table operation
/// without a handler 501.
class Router
{
public:
    Router();
    ~Router();
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    /// Handler for a table operation (every path spelling of it). Replaces an earlier one.
    void handle(const QString &operationId, Handler handler);
    /// The handler of a table operation (null when none): lets another family wrap it, as the
    /// Kafka side does with the instance and topic lists the engines share.
    Handler handler(const QString &operationId) const;
    /// Handler for a path outside the table, e.g. ("POST", "/v3/auth/tokens", "iam_create_token").
    /// Templates use {name} segments; "/" matches only the root. `authenticate` false lets
    /// unsigned requests through (token issuing; RPC endpoints that check their own signature).
    void handlePath(const QByteArray &method, const QString &pathTemplate, const QString &id, Handler handler,
                    bool authenticate = true);

    struct Match
    {
        enum class Kind { Found, NoPath, WrongMethod, NotImplemented } kind = Kind::NoPath;
        const Api::Operation *operation = nullptr;
        QString id;
        QMap<QString, QString> pathParams;
        Handler handler;
        bool authenticate = true;
    };
    /// Finds the route for a percent-encoded path (no query). Table operations win over path
    /// handlers; pathParams come back decoded.
    Match match(const QByteArray &method, const QString &encodedPath) const;

    /// Checks query parameters and the body against the operation's parameter table. Returns
    /// a 400 response (DMS error body) when invalid, or nothing.
    static std::optional<HttpResponse> validate(const RequestContext &context);

    QStringList operationIdsWithoutHandler() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Emulator
