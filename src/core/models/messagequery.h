#pragma once

#include <QString>
#include <QVariantMap>

namespace Models {

/// What the message query panel asks list_messages for.
struct MessageQuery
{
    enum class Mode { TimeRange, Key, MessageId };
    QString instanceId;
    QString topic;
    Mode mode = Mode::TimeRange;
    qint64 startMs = 0; ///< store time range, epoch ms (TimeRange and Key)
    qint64 endMs = 0;
    QString key;
    QString msgId;
    QString queue; ///< optional queue id filter

    bool isValid(QString *why = nullptr) const;
    /// Parameters for ApiClient::call("list_messages", ...) for one page.
    QVariantMap toParams(qint64 offset, int limit) const;
};

} // namespace Models
