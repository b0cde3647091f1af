#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

/// RocketMQ message identifiers (rocketmq-primer.md section 1): pure encoders and decoders,
/// shared by the emulator (which mints ids) and the console's message id decoder.
namespace Api::MessageId {

enum class Kind {
    Invalid,
    UniqKeyV0,  ///< client UNIQ_KEY of remoting clients: 32 (IPv4) or 56 (IPv6) hex chars
    UniqKeyV1,  ///< client id of the gRPC 5.x SDKs: 34 hex chars starting "01"
    OffsetMsgId ///< broker id: store host IP + port + commit-log offset, 32 or 56 hex chars
};

/// `UNIQ_KEY` v0 (MessageClientIDSetter.createUniqID).
struct UniqKeyV0
{
    QByteArray ip;                 ///< 4 or 16 bytes
    quint16 pid = 0;               ///< low 16 bits of the producer's PID
    quint32 classLoaderHash = 0;   ///< identity hash of the producer's class loader
    quint32 msSinceMonthStart = 0; ///< unsigned; the month starts in the producer's zone
    quint16 counter = 0;           ///< low 16 bits of the producer's counter

    /// Absolute time, given the producer's UTC offset and the year/month of sending
    /// (neither is in the id).
    qint64 epochMs(int utcOffsetSeconds, int year, int month) const;
    /// Absolute time assuming the producer's zone: the month containing `referenceEpochMs`,
    /// or the month before when that would put the result after the reference.
    qint64 nearestEpochMs(int utcOffsetSeconds, qint64 referenceEpochMs) const;
};

/// Client message id v1 (gRPC SDK MessageIdCodec).
struct UniqKeyV1
{
    QByteArray mac; ///< low 6 bytes of the MAC address
    quint16 pid = 0;
    quint32 secondsSince2021 = 0; ///< since 2021-01-01T00:00:00Z
    quint32 sequence = 0;

    qint64 epochMs() const;
};

/// Broker `offsetMsgId` (MessageDecoder.createMessageId).
struct OffsetMsgId
{
    QByteArray ip; ///< store host, 4 or 16 bytes
    qint32 port = 0;
    qint64 commitLogOffset = 0;

    QString storeHost() const; ///< "192.168.7.201:10100" ([v6]:port for IPv6)
};

/// Classifies with the console heuristic of primer section 1.4: 34 hex starting 01 is v1;
/// 32/56 hex whose port's high half is 0000 is an offsetMsgId; other 32/56 hex is UNIQ_KEY v0.
Kind classify(QStringView hex);
QString kindName(Kind kind);

QString encode(const UniqKeyV0 &id);
QString encode(const UniqKeyV1 &id);
QString encode(const OffsetMsgId &id);

std::optional<UniqKeyV0> decodeUniqKeyV0(QStringView hex);
std::optional<UniqKeyV1> decodeUniqKeyV1(QStringView hex);
std::optional<OffsetMsgId> decodeOffsetMsgId(QStringView hex);

/// Epoch ms of 00:00:00.000 on day 1 of the month containing `epochMs`, in a fixed UTC offset.
qint64 monthStartMs(qint64 epochMs, int utcOffsetSeconds);
/// Dotted IPv4 or RFC 5952 IPv6 text of 4 or 16 bytes; empty for other sizes.
QString ipToString(const QByteArray &ip);
/// 4 bytes of a dotted IPv4 address (empty when it is not one).
QByteArray ipv4FromString(QStringView text);

/// RocketMQ's body checksum: CRC-32 (IEEE) of the body, masked to 31 bits (UtilAll.crc32).
quint32 bodyCrc(const QByteArray &body);

} // namespace Api::MessageId
