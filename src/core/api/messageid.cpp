#include "api/messageid.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>
#include <QtEndian>

#include <array>

namespace Api::MessageId {

namespace {

constexpr qint64 kV1EpochMs = 1609459200000; // 2021-01-01T00:00:00Z

std::optional<QByteArray> fromHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (const QChar c : hex) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!ok)
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString toHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}

void appendBe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void appendBe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendBe64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

template<typename T> T readBe(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<T>(bytes.constData() + at);
}

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        table[i] = c;
    }
    return table;
}
constexpr auto kCrcTable = makeCrcTable();

} // namespace

qint64 monthStartMs(qint64 epochMs, int utcOffsetSeconds)
{
    const QTimeZone zone(utcOffsetSeconds);
    const QDate date = QDateTime::fromMSecsSinceEpoch(epochMs, zone).date();
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 UniqKeyV0::epochMs(int utcOffsetSeconds, int year, int month) const
{
    const QTimeZone zone(utcOffsetSeconds);
    return QDateTime(QDate(year, month, 1), QTime(0, 0), zone).toMSecsSinceEpoch() + qint64(msSinceMonthStart);
}

qint64 UniqKeyV0::nearestEpochMs(int utcOffsetSeconds, qint64 referenceEpochMs) const
{
    const qint64 start = monthStartMs(referenceEpochMs, utcOffsetSeconds);
    const qint64 candidate = start + qint64(msSinceMonthStart);
    if (candidate <= referenceEpochMs)
        return candidate;
    return monthStartMs(start - 1, utcOffsetSeconds) + qint64(msSinceMonthStart);
}

qint64 UniqKeyV1::epochMs() const
{
    return kV1EpochMs + qint64(secondsSince2021) * 1000;
}

QString OffsetMsgId::storeHost() const
{
    const QString host = ipToString(ip);
    if (ip.size() == 16)
        return u'[' + host + u"]:" + QString::number(port);
    return host + u':' + QString::number(port);
}

Kind classify(QStringView hex)
{
    const auto bytes = fromHex(hex);
    if (!bytes)
        return Kind::Invalid;
    if (bytes->size() == 17 && quint8(bytes->at(0)) == 1)
        return Kind::UniqKeyV1;
    if (bytes->size() != 16 && bytes->size() != 28)
        return Kind::Invalid;
    const qsizetype portAt = bytes->size() == 16 ? 4 : 16;
    return readBe<quint16>(*bytes, portAt) == 0 ? Kind::OffsetMsgId : Kind::UniqKeyV0;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::UniqKeyV0:
        return QStringLiteral("UNIQ_KEY v0");
    case Kind::UniqKeyV1:
        return QStringLiteral("UNIQ_KEY v1");
    case Kind::OffsetMsgId:
        return QStringLiteral("offsetMsgId");
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString encode(const UniqKeyV0 &id)
{
    QByteArray out = id.ip.size() == 16 ? id.ip : id.ip.left(4).leftJustified(4, '\0', true);
    appendBe16(out, id.pid);
    appendBe32(out, id.classLoaderHash);
    appendBe32(out, id.msSinceMonthStart);
    appendBe16(out, id.counter);
    return toHex(out);
}

QString encode(const UniqKeyV1 &id)
{
    QByteArray out(1, '\x01');
    out.append(id.mac.right(6).rightJustified(6, '\0', true));
    appendBe16(out, id.pid);
    appendBe32(out, id.secondsSince2021);
    appendBe32(out, id.sequence);
    return toHex(out);
}

QString encode(const OffsetMsgId &id)
{
    QByteArray out = id.ip.size() == 16 ? id.ip : id.ip.left(4).leftJustified(4, '\0', true);
    appendBe32(out, quint32(id.port));
    appendBe64(out, quint64(id.commitLogOffset));
    return toHex(out);
}

std::optional<UniqKeyV0> decodeUniqKeyV0(QStringView hex)
{
    const auto bytes = fromHex(hex);
    if (!bytes || (bytes->size() != 16 && bytes->size() != 28))
        return std::nullopt;
    const qsizetype n = bytes->size() == 28 ? 16 : 4;
    UniqKeyV0 id;
    id.ip = bytes->left(n);
    id.pid = readBe<quint16>(*bytes, n);
    id.classLoaderHash = readBe<quint32>(*bytes, n + 2);
    id.msSinceMonthStart = readBe<quint32>(*bytes, n + 6);
    id.counter = readBe<quint16>(*bytes, n + 10);
    return id;
}

std::optional<UniqKeyV1> decodeUniqKeyV1(QStringView hex)
{
    const auto bytes = fromHex(hex);
    if (!bytes || bytes->size() != 17 || quint8(bytes->at(0)) != 1)
        return std::nullopt;
    UniqKeyV1 id;
    id.mac = bytes->mid(1, 6);
    id.pid = readBe<quint16>(*bytes, 7);
    id.secondsSince2021 = readBe<quint32>(*bytes, 9);
    id.sequence = readBe<quint32>(*bytes, 13);
    return id;
}

std::optional<OffsetMsgId> decodeOffsetMsgId(QStringView hex)
{
    const auto bytes = fromHex(hex);
    if (!bytes || (bytes->size() != 16 && bytes->size() != 28))
        return std::nullopt;
    const qsizetype n = bytes->size() == 16 ? 4 : 16;
    OffsetMsgId id;
    id.ip = bytes->left(n);
    id.port = readBe<qint32>(*bytes, n);
    id.commitLogOffset = readBe<qint64>(*bytes, n + 4);
    return id;
}

QString ipToString(const QByteArray &ip)
{
    if (ip.size() == 4) {
        const auto *b = reinterpret_cast<const quint8 *>(ip.constData());
        return QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
    }
    if (ip.size() == 16) {
        Q_IPV6ADDR addr;
        for (int i = 0; i < 16; ++i)
            addr[i] = quint8(ip.at(i));
        return QHostAddress(addr).toString();
    }
    return {};
}

QByteArray ipv4FromString(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return {};
    QByteArray out;
    for (const QStringView part : parts) {
        bool ok = false;
        const uint v = part.toUInt(&ok);
        if (!ok || v > 255 || part.isEmpty())
            return {};
        out.append(char(v));
    }
    return out;
}

quint32 bodyCrc(const QByteArray &body)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : body)
        c = kCrcTable[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return (c ^ 0xFFFFFFFFu) & 0x7FFFFFFFu;
}

} // namespace Api::MessageId
