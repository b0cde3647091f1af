#pragma once

#include "messagestore.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <QString>
#include <memory>

namespace Emulator {
class Store;
}

namespace Emulator::Broker {

/// HW consume_status codes (ListMessageTrace): 0 success, 1 timeout, 2 exception, 3 null, 5 failed.
enum class ConsumeStatus { Success = 0, Timeout = 1, Exception = 2, ReturnNull = 3, Failed = 5 };

/// One consumption as the trace hooks record it: a SubBefore and a SubAfter sharing a request id.
struct Consumption
{
    QString group;
    QString clientHost;
    QString requestId;
    qint64 timestamp = 0; ///< SubBefore time; SubAfter is timestamp + costMs
    int costMs = 0;
    ConsumeStatus status = ConsumeStatus::Success;
};

/// The message trace store (what RMQ_SYS_TRACE_TOPIC holds on a real broker), keyed by the
/// traced message's UNIQ_KEY like the trace topic's KEYS.
class Traces
{
public:
    explicit Traces(Store &store);

    /// Msg type of a message for the trace (Normal_Msg, Delay_Msg, Trans_Msg_Half, Order_Msg).
    static QString msgType(const Message &message, bool fifoTopic);

    bool addPub(const QString &instanceId, const Message &message, const QString &producerGroup, int costMs,
                bool fifoTopic);
    /// `topic` is the original topic (a retry copy is traced under the topic it came from).
    bool addConsumption(const QString &instanceId, const Message &message, const QString &topic,
                        const Consumption &consumption);
    /// Every record of one message (UNIQ_KEY), oldest first, as the API's trace objects.
    QJsonArray list(const QString &instanceId, const QString &uniqKey);

private:
    bool insert(const QVariantList &values);
    Store &m_store;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace Emulator::Broker
