#include "models/messageiddescription.h"

#include "api/messageid.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Models::MessageIdDescription", text);
}

QString isoTime(qint64 ms, int utcOffsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, utcOffsetSeconds).toString(Qt::ISODateWithMs);
}

QString zoneName(int utcOffsetSeconds)
{
    const int minutes = utcOffsetSeconds / 60;
    return u"UTC%1%2:%3"_s.arg(minutes < 0 ? u"−"_s : u"+"_s)
        .arg(qAbs(minutes) / 60, 2, 10, QLatin1Char('0'))
        .arg(qAbs(minutes) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MessageIdDescription MessageIdDescription::describe(const QString &input, qint64 nowMs, int utcOffsetSeconds)
{
    MessageIdDescription d;
    const QString id = input.trimmed().toUpper();
    switch (Api::MessageId::classify(id)) {
    case Api::MessageId::Kind::Invalid:
        d.note =
            id.isEmpty() ? QString() : tr("Not a RocketMQ message id: expected 32, 34 or 56 hexadecimal characters.");
        return d;
    case Api::MessageId::Kind::OffsetMsgId: {
        const auto o = Api::MessageId::decodeOffsetMsgId(id);
        if (!o)
            return d;
        d.valid = true;
        d.kind = tr("Offset message id (broker)");
        d.fields = {{tr("Store host"), o->storeHost()}, {tr("Commit-log offset"), QString::number(o->commitLogOffset)}};
        d.note = tr("Offset ids hold no time; search by id to find the message.");
        return d;
    }
    case Api::MessageId::Kind::UniqKeyV0: {
        const auto u = Api::MessageId::decodeUniqKeyV0(id);
        if (!u)
            return d;
        d.valid = true;
        d.kind = tr("Unique key (producer, v0)");
        d.timeMs = u->nearestEpochMs(utcOffsetSeconds, nowMs);
        d.fields = {{tr("Producer IP"), Api::MessageId::ipToString(u->ip)},
                    {tr("Process id"), QString::number(u->pid)},
                    {tr("Class-loader hash"), u"0x%1"_s.arg(u->classLoaderHash, 8, 16, QLatin1Char('0'))},
                    {tr("Time"), isoTime(d.timeMs, utcOffsetSeconds)},
                    {tr("Counter"), QString::number(u->counter)}};
        d.note = tr("The id holds milliseconds since the start of the producer's month; the time assumes the "
                    "producer ran in %1 and sent within the last month.")
                     .arg(zoneName(utcOffsetSeconds));
        return d;
    }
    case Api::MessageId::Kind::UniqKeyV1: {
        const auto u = Api::MessageId::decodeUniqKeyV1(id);
        if (!u)
            return d;
        d.valid = true;
        d.kind = tr("Unique key (producer, v1 / gRPC SDK)");
        d.timeMs = u->epochMs();
        d.fields = {{tr("MAC address"), QString::fromLatin1(u->mac.toHex(':').toUpper())},
                    {tr("Process id"), QString::number(u->pid)},
                    {tr("Time"), isoTime(d.timeMs, 0)},
                    {tr("Sequence"), QString::number(u->sequence)}};
        return d;
    }
    }
    return d;
}

} // namespace Models
