// Pure functions of the support workflows: CSV escaping, body encoding detection, hex and
// JSON views, message id descriptions, the trace timeline.
#include "models/messageexporter.h"
#include "models/messageformat.h"
#include "models/messageiddescription.h"
#include "models/tracetimeline.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Models;

class TestMessageFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvEscape_data();
    void csvEscape();
    void csvLine();
    void detectEncoding_data();
    void detectEncoding();
    void hexDump();
    void prettyJson();
    void sizes();
    void describeIds();
    void traceTimeline();
};

void TestMessageFormat::csvEscape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("leading tab") << u"\tcmd"_s << u"'\tcmd"_s;
    QTest::newRow("leading cr") << u"\rcmd"_s << u"\"'\rcmd\""_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
    QTest::newRow("inner equals is fine") << u"a=b"_s << u"a=b"_s;
}

void TestMessageFormat::csvEscape()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(MessageFormat::csvEscape(cell), expected);
}

void TestMessageFormat::csvLine()
{
    const QJsonObject m {
        {u"msg_id"_s, u"C0A807C9000027740000000000000030"_s},
        {u"topic"_s, u"orders"_s},
        {u"store_timestamp"_s, 1648888166319.0},
        {u"queue_id"_s, 2},
        {u"queue_offset"_s, 7},
        {u"store_size"_s, 175},
        {u"body"_s, u"=cmd|' /C calc'!A0"_s},
        {u"property_list"_s, QJsonArray {QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, u"k1,k2"_s}}}}};
    const QString line = MessageExporter::csvLine(m);
    QVERIFY(
        line.startsWith(u"2022-04-02T08:29:26.319Z,C0A807C9000027740000000000000030,,orders,\"k1,k2\",,2,7,175,"_s));
    QVERIFY2(line.endsWith(u",'=cmd|' /C calc'!A0\r\n"_s), qPrintable(line));
    QCOMPARE(MessageExporter::csvHeader().count(u','), line.count(u',') - 1); // one comma inside the quoted keys
}

void TestMessageFormat::detectEncoding_data()
{
    using Kind = MessageFormat::BodyEncoding::Kind;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("empty") << QByteArray() << int(Kind::Empty) << QString();
    QTest::newRow("ascii") << QByteArray("hello\n") << int(Kind::Ascii) << u"hello\n"_s;
    QTest::newRow("utf8") << QByteArray("gr\xC3\xBC\xC3\x9F") << int(Kind::Utf8) << u"grüß"_s;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFok") << int(Kind::Utf8) << u"ok"_s;
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFEh\0i\0", 6) << int(Kind::Utf16Le) << u"hi"_s;
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF\0h\0i", 6) << int(Kind::Utf16Be) << u"hi"_s;
    QTest::newRow("invalid utf8") << QByteArray("\xC3\x28\xA0\xA1") << int(Kind::Binary)
                                  << QString::fromLatin1("\xC3\x28\xA0\xA1");
    QTest::newRow("nul byte") << QByteArray("ab\0cd", 5) << int(Kind::Binary) << QString::fromLatin1("ab\0cd", 5);
    QTest::newRow("many controls") << QByteArray("\x01\x02\x03\x04") << int(Kind::Binary)
                                   << QString::fromLatin1("\x01\x02\x03\x04");
}

void TestMessageFormat::detectEncoding()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, decoded);
    const auto e = MessageFormat::detectEncoding(body);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(MessageFormat::decodeBody(body, e), decoded);
}

void TestMessageFormat::hexDump()
{
    const QString dump = MessageFormat::hexDump(QByteArray("ABCDEFGHIJKLMNOPQ\x01", 18));
    const QStringList lines = dump.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  ABCDEFGHIJKLMNOP"_s);
    QVERIFY(lines[1].startsWith(u"00000010  51 01 "_s));
    QVERIFY(lines[1].endsWith(u"Q."_s));
}

void TestMessageFormat::prettyJson()
{
    QCOMPARE(MessageFormat::prettyJson("{\"a\":[1,2]}"), u"{\n    \"a\": [\n        1,\n        2\n    ]\n}\n"_s);
    // Key order, number spelling and punctuation inside strings are kept.
    QCOMPARE(MessageFormat::prettyJson("{\"z\":1.50,\"a\":{ },\"s\":\"x,y:{\\\"\",\"l\":[]}"),
             u"{\n    \"z\": 1.50,\n    \"a\": {},\n    \"s\": \"x,y:{\\\"\",\n    \"l\": []\n}\n"_s);
    QVERIFY(MessageFormat::prettyJson("{\"a\":").isNull());
    QVERIFY(MessageFormat::prettyJson("plain text").isNull());
    QVERIFY(MessageFormat::prettyJson("42").isNull());
}

void TestMessageFormat::sizes()
{
    QCOMPARE(MessageFormat::formatSize(512), u"512 B"_s);
    QCOMPARE(MessageFormat::formatSize(3277), u"3.2 KB"_s);
    QCOMPARE(MessageFormat::formatSize(12 * 1024 * 1024), u"12.0 MB"_s);
}

void TestMessageFormat::describeIds()
{
    // Worked examples of the primer, section 1.6.
    const qint64 april2022 = 1649548800000; // 2022-04-10T00:00Z
    auto d = MessageIdDescription::describe(u"C0A807C9000027740000000000000030"_s, april2022, 0);
    QVERIFY(d.valid);
    QCOMPARE(d.fields.value(0).second, u"192.168.7.201:10100"_s);
    QCOMPARE(d.fields.value(1).second, u"48"_s);
    QCOMPARE(d.timeMs, 0);

    d = MessageIdDescription::describe(u"7f00000123dc6e0be85808b037820000"_s, april2022, 8 * 3600);
    QVERIFY(d.valid);
    QCOMPARE(d.timeMs, 1648888166274);
    QCOMPARE(d.fields.value(0).second, u"127.0.0.1"_s);
    QCOMPARE(d.fields.value(1).second, u"9180"_s);
    QVERIFY(d.note.contains(u"UTC+08:00"_s));

    d = MessageIdDescription::describe(u"0156F7E71C361B21BC024CCDBE00000000"_s, april2022, 0);
    QVERIFY(d.valid);
    QCOMPARE(d.timeMs, QDateTime(QDate(2022, 3, 23), QTime(14, 50, 38), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(d.fields.value(1).second, u"8636"_s);

    d = MessageIdDescription::describe(u"not-an-id"_s, april2022, 0);
    QVERIFY(!d.valid);
    QVERIFY(!d.note.isEmpty());
    QVERIFY(MessageIdDescription::describe(QString(), april2022, 0).note.isEmpty());
}

void TestMessageFormat::traceTimeline()
{
    auto entry = [](const char *type, qint64 ts, const char *group, qint64 cost, const char *req, int status, bool ok,
                    int retry = 0) {
        Api::TraceEntry e;
        e.traceType = QString::fromLatin1(type);
        e.timestamp = ts;
        e.groupName = QString::fromLatin1(group);
        e.costTime = cost;
        e.requestId = QString::fromLatin1(req);
        e.consumeStatus = status;
        e.success = ok;
        e.retryTimes = retry;
        return e;
    };
    const QList<Api::TraceEntry> entries = {
        entry("SubAfter", 1100, "GID_audit", 30, "r2", 1, false),
        entry("Pub", 1000, "PG", 12, "p", 0, true),
        entry("SubBefore", 1040, "GID_billing", 0, "r1", 0, false),
        entry("SubAfter", 1078, "GID_billing", 38, "r1", 0, true),
        entry("SubBefore", 1070, "GID_audit", 0, "r2", 0, false),
        entry("SubBefore", 2000, "GID_audit", 0, "r3", 0, false, 1),
        entry("SubAfter", 2050, "GID_audit", 50, "r3", 5, false),
        entry("SubBefore", 3000, "GID_audit", 0, "r4", 0, false, 2),
    };
    const TraceTimeline t = TraceTimeline::build(entries);
    QCOMPARE(t.lanes, (QStringList {u"PG"_s, u"GID_billing"_s, u"GID_audit"_s}));
    QCOMPARE(t.bars.size(), 5);
    QCOMPARE(t.originMs, 1000);
    QCOMPARE(t.spanMs, 2000);
    QCOMPARE(t.bars[0].status, TraceStatus::Success);
    QCOMPARE(t.bars[0].endMs, 1012);
    QCOMPARE(t.bars[1].lane, 1);
    QCOMPARE(t.bars[1].beginMs, 1040);
    QCOMPARE(t.bars[1].endMs, 1078);
    QCOMPARE(t.bars[2].status, TraceStatus::Timeout);
    QCOMPARE(t.bars[2].beginMs, 1070);
    QCOMPARE(t.bars[3].status, TraceStatus::Failed);
    QCOMPARE(t.bars[3].retry, 1);
    QCOMPARE(t.bars[4].status, TraceStatus::Unknown); // SubBefore without SubAfter (still running)
    QCOMPARE(t.bars[4].retry, 2);
    const QString text = TraceTimeline::toText(u"ID"_s, entries, t);
    QVERIFY(text.contains(u"GID_audit  SubAfter  timeout  cost 30 ms"_s));
    QVERIFY(text.contains(u"retry 1"_s));
}

QTEST_GUILESS_MAIN(TestMessageFormat)
#include "tst_messageformat.moc"
