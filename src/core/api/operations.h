#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Api {

struct ApiRequest;

/// One parameter of an operation, as operations.json describes it.
struct OperationParam
{
    QString name;
    QString type;       ///< string, integer, boolean, number, array, object
    bool required = false;
    QStringList enumValues;
    QString description;
};

/// One operation of the service API: the single table the client, mqdesk-cli and the
/// emulator's router all read (resources/api/operations.json, embedded as :/api/operations.json).
struct Operation
{
    QString id;                ///< e.g. list_topics
    QByteArray method;         ///< GET, POST, ... ("RPC" for Alibaba-style operations)
    QString pathTemplate;      ///< /v2/{project_id}/instances/{instance_id}/topics
    QString title;
    QList<OperationParam> pathParams;
    QList<OperationParam> queryParams;
    bool hasBody = false;
    QJsonObject spec;          ///< the whole entry (body and response field trees, examples)

    /// Substitutes path parameters (escaped) and collects known query parameters from params.
    /// Missing required path parameters -> returns false with a message in *error.
    bool buildRequest(const QVariantMap &params, ApiRequest *out, QString *error) const;
};

class OperationTable
{
public:
    /// The table embedded in the core (plus aliases such as the /v2/{project_id}/rocketmq/...
    /// spellings the current SDKs use). Loaded once, immutable, thread-safe to read.
    static const OperationTable &builtin();

    const Operation *find(const QString &id) const;
    const QList<Operation> &all() const { return m_operations; }

    static OperationTable fromJson(const QByteArray &json, QString *error = nullptr);

private:
    QList<Operation> m_operations;
};

} // namespace Api
