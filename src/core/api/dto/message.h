#pragma once

#include "api/dto/page.h"

namespace Api {

struct MessageProperty
{
    QString name;
    QString value;
    static MessageProperty fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const MessageProperty &) const = default;
};

/// A message (list_messages items, export_dead_letter_messages items, send_message answer).
struct Message
{
    QString msgId;
    QString instanceId;
    QString topic;
    QString body;
    qint64 storeTimestamp = 0; ///< epoch ms
    qint64 bornTimestamp = 0;  ///< epoch ms
    int reconsumeTimes = 0;
    qint64 bodyCrc = 0;
    qint64 storeSize = 0;
    QString bornHost;
    QString storeHost;
    QString brokerName; ///< send_message answer
    int queueId = 0;
    qint64 queueOffset = 0;
    QList<MessageProperty> properties; ///< property_list (a single object is read too)
    QJsonObject extra;

    /// A property by name (TAGS, KEYS, UNIQ_KEY, ...); empty when absent.
    QString property(const QString &name) const;
    QString tags() const { return property(QStringLiteral("TAGS")); }
    QString keys() const { return property(QStringLiteral("KEYS")); }
    static Message fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const Message &) const = default;
};
using MessageList = Page<Message>; ///< key "messages"

/// One hop of a message's trace (list_message_trace items).
struct TraceEntry
{
    bool success = false;
    QString traceType;    ///< Pub, SubBefore, SubAfter, EndTransaction
    qint64 timestamp = 0; ///< epoch ms
    QString groupName;
    qint64 costTime = 0; ///< ms
    QString requestId;
    int consumeStatus = 0;
    QString topic;
    QString msgId;
    QString offsetMsgId;
    QString tags;
    QString keys;
    QString storeHost;
    QString clientHost;
    int retryTimes = 0;
    qint64 bodyLength = 0;
    QString msgType;
    QString transactionState;
    QString transactionId;
    bool fromTransactionCheck = false;
    QJsonObject extra;
    static TraceEntry fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const TraceEntry &) const = default;
};
using TraceList = Page<TraceEntry>; ///< key "trace"

/// Outcome for one message of resend_dead_letter_messages / verify_consumption.
struct ResendResult
{
    QString msgId;
    QString errorCode; ///< DMS.00000000 on success
    QString errorMessage;
    bool ok() const { return errorCode.isEmpty() || errorCode == QLatin1String("DMS.00000000"); }
    static ResendResult fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    bool operator==(const ResendResult &) const = default;
};
/// {"resend_results": [...]}
QList<ResendResult> resendResultsFromJson(const QJsonObject &o);
QJsonObject resendResultsToJson(const QList<ResendResult> &results);

} // namespace Api
