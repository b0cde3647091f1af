#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Gui {

/// Display text for the API's enumerated values (instance status, engine, permissions, ...),
/// translated when shown: the core's models keep the codes the service sent. A value the
/// documentation does not list (the service adds some over time) is shown as sent.
class ApiText final
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ApiText)
public:
    ApiText() = delete;

    /// Instance status (errors.md 7.3: CREATING, RUNNING, ERROR, ...), e.g. "Running".
    static QString instanceStatus(const QString &code);
    /// One sentence on what the status means (tooltips); empty for an unknown code.
    static QString instanceStatusDescription(const QString &code);
    /// Every documented instance status code, in the documentation's order.
    static QStringList instanceStatusCodes();
    /// Background task status (CREATED, SUCCESS, FAILED, DELETED, EXECUTING, CANCELLED).
    static QString taskStatus(const QString &code);
    /// Message engine: rocketmq and its alias reliability.
    static QString engine(const QString &code);
    /// Instance type: single, cluster, single.basic, cluster.basic, cluster.professional.
    static QString instanceType(const QString &code);
    /// Storage I/O flavor: dms.physical.storage.high.v2 / ultra.v2.
    static QString storageSpec(const QString &code);
    /// Billing mode: 1 pay-per-use, 0 yearly/monthly.
    static QString chargingMode(const QJsonValue &value);
    /// A topic's permission (4.8.0): pub, sub, all.
    static QString topicPermission(const QString &code);
    /// A topic's message type (5.x): NORMAL, FIFO, DELAY, TRANSACTION.
    static QString messageType(const QString &code);
    /// A user's permission on topics or groups: PUB, SUB, PUB|SUB, DENY.
    static QString accessPermission(const QString &code);

    /// Label of a show_instance field ("Instance status" for status, ...); unknown keys are
    /// made readable ("foo_bar" -> "Foo bar").
    static QString instanceFieldLabel(const QString &key);
    /// The display text of a show_instance field's value (enums translated);
    /// empty when the key has no special form (the caller formats it).
    static QString instanceFieldValue(const QString &key, const QJsonValue &value);
};

} // namespace Gui
