#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Api {

struct ApiRequest;

/// One parameter of an operation, as operations.json describes it.
struct OperationParam
{
    QString name;
    QString type; ///< string, integer, boolean, number, array, object
    bool required = false;
    QStringList enumValues;
    QString description;
    QJsonValue defaultValue;       ///< documented default (Undefined when none)
    std::optional<double> minimum; ///< inclusive
    std::optional<double> maximum; ///< inclusive
    std::optional<double> exclusiveMinimum;

    /// Checks one value against type, enum and range. Empty when fine, else a readable message.
    QString check(const QJsonValue &value) const;
};

/// One operation of the service API: the single table the client, mqdesk-cli and the
/// emulator's router all read (resources/api/operations.json, embedded as :/api/operations.json).
struct Operation
{
    QString id;           ///< e.g. list_topics
    QByteArray method;    ///< GET, POST, ... ("RPC" for Alibaba-style operations)
    QString pathTemplate; ///< /v2/{project_id}/instances/{instance_id}/topics
    QString title;
    QList<OperationParam> pathParams;
    QList<OperationParam> queryParams;
    bool hasBody = false;
    QJsonObject spec; ///< the whole entry (body and response field trees, examples)

    QString source;                   ///< "003 5.3.2": which document and section
    QString aliasOf;                  ///< for another spelling of a documented operation: its id
    QList<OperationParam> bodyParams; ///< top-level fields of the request body

    /// Substitutes path parameters (percent-encoded, RFC 3986 unreserved characters kept) and
    /// collects the declared query parameters present in params, in table order. {engine}
    /// defaults to "rocketmq" (a path or query parameter named engine); {project_id} comes from
    /// params. Undeclared keys are ignored (see unknownParams()). A missing or empty path
    /// parameter -> returns false with a message in *error. ApiRequest::path is percent-encoded.
    bool buildRequest(const QVariantMap &params, ApiRequest *out, QString *error) const;
    /// buildRequest() of an RPC-style operation (Alibaba Cloud): POST "/" (ApiRequest::Service::Root)
    /// with the declared parameters as an application/x-www-form-urlencoded body, in table
    /// order, and the x-acs-action / x-acs-version headers the V3 signature covers.
    bool buildRpcRequest(const QVariantMap &params, ApiRequest *out, QString *error) const;
    /// The API version of an RPC-style operation ("2020-04-20" for mqtt_send_message).
    QString rpcVersion() const { return spec.value(QLatin1String("rpc_version")).toString(); }

    /// Checks params (path and query) and the body against the table: required parameters,
    /// enums, ranges and types. Returns readable messages, empty when everything is fine.
    /// Body checks apply to the top-level fields of a JSON object body only.
    QStringList validate(const QVariantMap &params, const QJsonValue &body = QJsonValue(QJsonValue::Undefined)) const;
    /// Keys of params that are neither path nor query parameters of this operation.
    QStringList unknownParams(const QVariantMap &params) const;

    const OperationParam *pathParam(const QString &name) const;
    const OperationParam *queryParam(const QString &name) const;
    /// The documented id for an alias, else id.
    QString canonicalId() const { return aliasOf.isEmpty() ? id : aliasOf; }
    bool isAlias() const { return !aliasOf.isEmpty(); }
    /// False for the rows of other services in the TSV files (DMS v1, MQTT, Kafka).
    bool isRocketMq() const;
    /// Added by mqdesk (operationextras.cpp), not in the vendor documents.
    bool isExtra() const { return source.startsWith(QLatin1String("mqdesk")); }
    /// Pages with offset/limit query parameters.
    bool isPaged() const;
    /// The array field of the response that holds the listed items ("topics", "groups", ...),
    /// empty when the response is not a list.
    QString listItemsKey() const;
    /// The documented example response (Undefined when there is none).
    QJsonValue exampleResponse() const { return spec.value(QLatin1String("example_response")); }
    QJsonValue exampleRequest() const { return spec.value(QLatin1String("example_request")); }

    static QString defaultEngine() { return QStringLiteral("rocketmq"); }
    static QStringList engines() { return {QStringLiteral("rocketmq"), QStringLiteral("reliability")}; }
    /// Largest page the service accepts for limit.
    static constexpr int MaxPageSize = 50;
};

class OperationTable
{
public:
    /// The table embedded in the core (plus aliases such as the /v2/{project_id}/rocketmq/...
    /// spellings the current SDKs use). Loaded once, immutable, thread-safe to read.
    static const OperationTable &builtin();

    const Operation *find(const QString &id) const;
    const QList<Operation> &all() const { return m_operations; }
    /// Alias spellings of the documented operation id.
    QList<const Operation *> aliasesOf(const QString &id) const;

    /// Finds the operation a concrete request addresses (for the emulator's router): method
    /// and percent-encoded path (no query). Fills *pathParams with the decoded segments. The
    /// template with the most literal segments wins; documented operations win over
    /// other-service rows; {engine} only matches rocketmq/reliability. nullptr when none.
    const Operation *match(const QByteArray &method, const QString &encodedPath,
                           QVariantMap *pathParams = nullptr) const;

    static OperationTable fromJson(const QByteArray &json, QString *error = nullptr);

private:
    void addAliases();
    /// Rows mqdesk adds to the vendor table (operationextras.cpp): dms_v1_list_queues, the
    /// newer Kafka resend path, engine=kafka on list_instances, RPC versions.
    void addExtras();
    QList<Operation> m_operations;
};

} // namespace Api
