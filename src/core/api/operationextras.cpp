// What mqdesk adds to the vendor-derived operation table (resources/api/operations.json stays
// as the documents give it): the queue list of DMS v1.0, the newer path of the Kafka resend,
// engine=kafka on the instance list, and the API version of the Alibaba RPC operation.
#include "api/apirequest.h"
#include "api/operations.h"

#include "auth/alibabasigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Api {

namespace {

// GET /v1.0/{project_id}/queues: not among the seeds; the shape follows the DMS v1.0 queue
// API (id, name, queue_mode, ...), which the console needs to show queues in the tree.
// clang-format off
constexpr char kListQueues[] = R"json({
  "id": "dms_v1_list_queues",
  "method": "GET",
  "path": "/v1.0/{project_id}/queues",
  "title": "Querying All Queues (DMS v1.0)",
  "source": "mqdesk extra (DMS queue API v1.0; not in the seeds)",
  "path_params": [
    {"name": "project_id", "type": "string", "required": true, "description": "Indicates the ID of a project."}
  ],
  "query_params": [
    {"name": "include_deadletter", "type": "boolean", "required": false,
     "description": "Indicates whether to include the number of dead letter messages."}
  ],
  "body": null,
  "response": {"status": 200, "type": "object", "fields": [
    {"name": "queues", "type": "array", "item_type": "object", "required": false,
     "description": "Indicates the queue list.", "items": {"fields": [
       {"name": "id", "type": "string", "required": false, "description": "Indicates the queue ID."},
       {"name": "name", "type": "string", "required": false, "description": "Indicates the queue name."},
       {"name": "description", "type": "string", "required": false, "description": "Indicates the description."},
       {"name": "queue_mode", "type": "string", "required": false, "description": "NORMAL, FIFO or KAFKA_HA."},
       {"name": "produced_messages", "type": "integer", "required": false,
        "description": "Indicates the number of messages sent to the queue."},
       {"name": "max_msg_size_byte", "type": "integer", "required": false,
        "description": "Indicates the maximum size of one batch in bytes."}
     ]}},
    {"name": "total", "type": "integer", "required": false, "description": "Indicates the number of queues."}
  ]},
  "example_request": null,
  "example_response": {"queues": [{"id": "9bf46390-38a2-462d-b392-4d5b2d519c55", "name": "queue_001",
    "description": "", "queue_mode": "NORMAL", "produced_messages": 0, "max_msg_size_byte": 524288}], "total": 1},
  "notes": "Added by mqdesk; the seeds document only sending (001)."
})json";
// clang-format on

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::Operation", text);
}

} // namespace

void OperationTable::addExtras()
{
    // parseOperation() is private to operations.cpp: go through fromJson() for one row.
    const OperationTable extra = fromJson(QByteArray("[") + kListQueues + "]");
    if (extra.m_operations.isEmpty())
        qFatal("mqdesk: the extra operation dms_v1_list_queues is invalid");
    m_operations.append(extra.m_operations.first());
    if (const Operation *resend = find(QStringLiteral("kafka_resend_message"))) {
        // The current DMS for Kafka reference spells the path without "mqs".
        Operation alias = *resend;
        alias.id = QStringLiteral("kafka_resend_message_v2");
        alias.aliasOf = resend->id;
        alias.pathTemplate =
            QStringLiteral("/v2/{project_id}/instances/{instance_id}/messages/action?action_id=resend");
        alias.title = resend->title + QStringLiteral(" (current path)");
        m_operations.append(alias);
    }
    for (Operation &op : m_operations) {
        // The instance list is shared by the engines; Kafka instances answer engine=kafka.
        if (op.id == QLatin1String("list_instances")) {
            for (OperationParam &p : op.queryParams)
                if (p.name == QLatin1String("engine") && !p.enumValues.contains(QLatin1String("kafka")))
                    p.enumValues.append(QStringLiteral("kafka"));
        }
        // signing.md section 5: product OnsMqtt, version 2020-04-20.
        if (op.id == QLatin1String("mqtt_send_message"))
            op.spec.insert(QLatin1String("rpc_version"), QStringLiteral("2020-04-20"));
    }
}

bool Operation::buildRpcRequest(const QVariantMap &params, ApiRequest *out, QString *error) const
{
    QByteArray form;
    for (const OperationParam &p : queryParams) {
        const auto it = params.constFind(p.name);
        if (it == params.cend() || it->isNull())
            continue;
        if (!form.isEmpty())
            form += '&';
        form += Auth::AlibabaSigner::percentEncode(p.name.toUtf8()) + '=' +
            Auth::AlibabaSigner::percentEncode(it->toString().toUtf8());
    }
    if (rpcVersion().isEmpty()) {
        if (error)
            *error = tr("%1: the API version of this RPC operation is unknown.").arg(id);
        return false;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/");
    request.service = ApiRequest::Service::Root;
    request.operationId = id;
    request.body = form;
    request.contentType = "application/x-www-form-urlencoded";
    request.headers.append({QByteArrayLiteral("x-acs-action"), pathTemplate.toUtf8()});
    request.headers.append({QByteArrayLiteral("x-acs-version"), rpcVersion().toUtf8()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    *out = request;
    return true;
}

} // namespace Api
