#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Models {

/// What a pasted RocketMQ message id encodes, ready to show (primer section 1).
struct MessageIdDescription
{
    bool valid = false;
    QString kind;                          ///< "Offset message id", "Unique key (v0)", ...
    QList<QPair<QString, QString>> fields; ///< label, value (translated labels)
    qint64 timeMs = 0;                     ///< time the id encodes (0: none, e.g. offset ids)
    QString note;                          ///< caveat, e.g. the producer's time zone is assumed

    /// utcOffsetSeconds: the producer's assumed zone (v0 ids hold ms since its month start).
    static MessageIdDescription describe(const QString &id, qint64 nowMs, int utcOffsetSeconds);
};

} // namespace Models
