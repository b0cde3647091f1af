#include "api/messageid.h"

#include <QtTest>

using namespace Api::MessageId;
using namespace Qt::StringLiterals;

// Worked examples from rocketmq-primer.md section 1.6 (HW API reference and CLI5 docs).
class TestMessageId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void uniqKeyV0ListMessagesExample();
    void uniqKeyV0TraceExample();
    void offsetMsgIdExamples_data();
    void offsetMsgIdExamples();
    void uniqKeyV1Example();
    void roundTrips();
    void ipv6();
    void nearestEpochWrapsToPreviousMonth();
    void bodyCrc();
    void rejectsGarbage_data();
    void rejectsGarbage();
};

void TestMessageId::classify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("uniq v0") << u"7F00000123DC6E0BE85808B037820000"_s << int(Kind::UniqKeyV0);
    QTest::newRow("uniq v0 lower") << u"7f000001561018b4aac26b9a0d1d0004"_s << int(Kind::UniqKeyV0);
    QTest::newRow("offset") << u"C0A807C9000027740000000000000030"_s << int(Kind::OffsetMsgId);
    QTest::newRow("dlq offset") << u"C0A8149E0000277600000000000B6835"_s << int(Kind::OffsetMsgId);
    QTest::newRow("v1") << u"0156F7E71C361B21BC024CCDBE00000000"_s << int(Kind::UniqKeyV1);
    QTest::newRow("empty") << QString() << int(Kind::Invalid);
    QTest::newRow("odd") << u"ABC"_s << int(Kind::Invalid);
    QTest::newRow("not hex") << u"ZZ00000123DC6E0BE85808B037820000"_s << int(Kind::Invalid);
    QTest::newRow("wrong length") << u"7F00000123DC"_s << int(Kind::Invalid);
}

void TestMessageId::classify()
{
    QFETCH(QString, id);
    QFETCH(int, kind);
    QCOMPARE(int(Api::MessageId::classify(id)), kind);
}

void TestMessageId::uniqKeyV0ListMessagesExample()
{
    const auto id = decodeUniqKeyV0(u"7F00000123DC6E0BE85808B037820000");
    QVERIFY(id);
    QCOMPARE(ipToString(id->ip), u"127.0.0.1"_s);
    QCOMPARE(id->pid, quint16(9180));
    QCOMPARE(id->classLoaderHash, quint32(1846274136));
    QCOMPARE(id->msSinceMonthStart, quint32(145766274));
    QCOMPARE(id->counter, quint16(0));
    // Producer in UTC+8, April 2022: 1 ms before the record's born_timestamp 1648888166275.
    QCOMPARE(id->epochMs(8 * 3600, 2022, 4), qint64(1648888166274));
    QCOMPARE(id->epochMs(0, 2022, 4), qint64(1648916966274)); // decoding in UTC is 8 h off
    QCOMPARE(id->nearestEpochMs(8 * 3600, 1648888166275), qint64(1648888166274));
}

void TestMessageId::uniqKeyV0TraceExample()
{
    const auto id = decodeUniqKeyV0(u"7F000001561018B4AAC26B9A0D1D0004");
    QVERIFY(id);
    QCOMPARE(id->pid, quint16(22032));
    QCOMPARE(id->classLoaderHash, quint32(0x18B4AAC2));
    QCOMPARE(id->msSinceMonthStart, quint32(1805258013));
    QCOMPARE(id->counter, quint16(4));
    QCOMPARE(id->epochMs(8 * 3600, 2021, 10), qint64(1634822858013)); // the Pub record's timestamp
}

void TestMessageId::offsetMsgIdExamples_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("host");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("ListMessages") << u"C0A807C9000027740000000000000030"_s << u"192.168.7.201:10100"_s << qint64(48);
    QTest::newRow("DLQ resend") << u"C0A8149E0000277600000000000B6835"_s << u"192.168.20.158:10102"_s << qint64(747573);
    QTest::newRow("trace") << u"C0A8011700002774000000000000BE12"_s << u"192.168.1.23:10100"_s << qint64(0xBE12);
}

void TestMessageId::offsetMsgIdExamples()
{
    QFETCH(QString, id);
    QFETCH(QString, host);
    QFETCH(qint64, offset);
    const auto decoded = decodeOffsetMsgId(id);
    QVERIFY(decoded);
    QCOMPARE(decoded->storeHost(), host);
    QCOMPARE(decoded->commitLogOffset, offset);
    QCOMPARE(encode(*decoded), id);
}

void TestMessageId::uniqKeyV1Example()
{
    const auto id = decodeUniqKeyV1(u"0156F7E71C361B21BC024CCDBE00000000");
    QVERIFY(id);
    QCOMPARE(id->mac.toHex(':').toUpper(), QByteArray("56:F7:E7:1C:36:1B"));
    QCOMPARE(id->pid, quint16(8636));
    QCOMPARE(id->secondsSince2021, quint32(38587838));
    QCOMPARE(id->sequence, quint32(0));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(id->epochMs(), QTimeZone::utc()),
             QDateTime(QDate(2022, 3, 23), QTime(14, 50, 38), QTimeZone::utc()));
    QCOMPARE(encode(*id), u"0156F7E71C361B21BC024CCDBE00000000"_s);
    QVERIFY(!decodeUniqKeyV0(u"0156F7E71C361B21BC024CCDBE00000000")); // 34 hex is not v0
}

void TestMessageId::roundTrips()
{
    UniqKeyV0 v0;
    v0.ip = ipv4FromString(u"10.1.2.3");
    v0.pid = 0xFFFF;
    v0.classLoaderHash = 0xDEADBEEF;
    v0.msSinceMonthStart = 2678399999u; // last ms of a 31-day month: needs the unsigned read
    v0.counter = 65535;
    const QString hex = encode(v0);
    QCOMPARE(hex.size(), 32);
    QCOMPARE(hex, hex.toUpper());
    QCOMPARE(Api::MessageId::classify(hex), Kind::UniqKeyV0);
    const auto back = decodeUniqKeyV0(hex);
    QVERIFY(back);
    QCOMPARE(back->ip, v0.ip);
    QCOMPARE(back->pid, v0.pid);
    QCOMPARE(back->classLoaderHash, v0.classLoaderHash);
    QCOMPARE(back->msSinceMonthStart, v0.msSinceMonthStart);
    QCOMPARE(back->counter, v0.counter);

    OffsetMsgId off;
    off.ip = ipv4FromString(u"192.168.0.91");
    off.port = 10101;
    off.commitLogOffset = (qint64(1) << 40) + 317;
    const QString offHex = encode(off);
    QCOMPARE(Api::MessageId::classify(offHex), Kind::OffsetMsgId);
    QCOMPARE(decodeOffsetMsgId(offHex)->commitLogOffset, off.commitLogOffset);
    QCOMPARE(decodeOffsetMsgId(offHex)->storeHost(), u"192.168.0.91:10101"_s);
}

void TestMessageId::ipv6()
{
    OffsetMsgId off;
    off.ip = QByteArray::fromHex("20010db8000000000000000000000001");
    off.port = 10100;
    off.commitLogOffset = 7;
    const QString hex = encode(off);
    QCOMPARE(hex.size(), 56);
    QCOMPARE(Api::MessageId::classify(hex), Kind::OffsetMsgId);
    QCOMPARE(decodeOffsetMsgId(hex)->storeHost(), u"[2001:db8::1]:10100"_s);

    UniqKeyV0 v0;
    v0.ip = off.ip;
    v0.pid = 1;
    v0.msSinceMonthStart = 5;
    const QString uniq = encode(v0);
    QCOMPARE(uniq.size(), 56);
    QCOMPARE(Api::MessageId::classify(uniq), Kind::UniqKeyV0);
    QCOMPARE(ipToString(decodeUniqKeyV0(uniq)->ip), u"2001:db8::1"_s);
}

void TestMessageId::nearestEpochWrapsToPreviousMonth()
{
    // An id minted on 31 March, decoded on 1 April (UTC): "this month" would be in the future.
    const qint64 minted = QDateTime(QDate(2024, 3, 31), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    UniqKeyV0 id;
    id.msSinceMonthStart = quint32(minted - monthStartMs(minted, 0));
    const qint64 reference = QDateTime(QDate(2024, 4, 1), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(id.nearestEpochMs(0, reference), minted);
}

void TestMessageId::bodyCrc()
{
    // HW export example: "Hello world" has body_crc 198614610 (CRC-32 0x8BD69E52 & 0x7FFFFFFF).
    QCOMPARE(Api::MessageId::bodyCrc("Hello world"), quint32(198614610));
    QCOMPARE(Api::MessageId::bodyCrc(QByteArray()), quint32(0));
}

void TestMessageId::rejectsGarbage_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"C0A807C9 00002774 0000000000000030"_s;
    QTest::newRow("short") << u"C0A807C9"_s;
    QTest::newRow("unicode") << u"C0A807C900002774000000000000003é"_s;
}

void TestMessageId::rejectsGarbage()
{
    QFETCH(QString, id);
    QVERIFY(!decodeOffsetMsgId(id));
    QVERIFY(!decodeUniqKeyV0(id));
    QVERIFY(!decodeUniqKeyV1(id));
    QCOMPARE(Api::MessageId::classify(id), Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestMessageId)
#include "tst_messageid.moc"
