// The message table model and the exporter against a real emulator over loopback.
#include "models/messageexporter.h"
#include "models/messagetablemodel.h"
#include "supportemulator.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::MessageExporter;
using Models::MessageQuery;
using Models::MessageTableModel;

class TestMessageTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesThroughTimeRange();
    void queryById();
    void queryByKey();
    void failureStopsPaging();
    void exportAllCsvAndJson();
    void exportSelected();
    void exportCancelKeepsOldFile();
    void exportToMissingDirectoryFails();

private:
    MessageQuery rangeQuery() const;
    void loadAll(MessageTableModel &model);

    std::unique_ptr<TestSupport::SupportEmulator> m_emu;
    QString m_instance;
    qint64 m_start = 0;
    QStringList m_ids; // in send order
    static constexpr int count = 237;
};

void TestMessageTableModel::initTestCase()
{
    m_emu = std::make_unique<TestSupport::SupportEmulator>();
    QVERIFY(m_emu->isRunning());
    m_instance = m_emu->addInstance(2);
    m_emu->addTopic(m_instance, u"orders"_s, 2);
    m_start = QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000;
    for (int i = 0; i < count; ++i) {
        const QByteArray body =
            i == 5 ? QByteArray("=HYPERLINK(\"http://evil\")") : "{\"order\":" + QByteArray::number(i) + "}";
        const QString id = m_emu->send(m_instance, u"orders"_s, body, i % 2 ? u"odd"_s : u"even"_s,
                                       u"order-%1 shared"_s.arg(i), m_start + i * 1000);
        QVERIFY(!id.isEmpty());
        m_ids.append(id);
    }
}

MessageQuery TestMessageTableModel::rangeQuery() const
{
    MessageQuery q;
    q.instanceId = m_instance;
    q.topic = u"orders"_s;
    q.startMs = m_start - 1000;
    q.endMs = QDateTime::currentMSecsSinceEpoch() + 1000;
    return q;
}

void TestMessageTableModel::loadAll(MessageTableModel &model)
{
    for (int guard = 0; guard < 100; ++guard) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model kept asking for more pages");
}

void TestMessageTableModel::pagesThroughTimeRange()
{
    MessageTableModel model(&m_emu->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &MessageTableModel::rowsInserted);
    model.setQuery(rangeQuery());
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.total(), count);
    // Whole pages, not everything at once. Judged on the first insert: QAbstractItemModelTester
    // calls fetchMore() itself, so on a busy machine more pages may be in by now.
    const QList<QVariant> first = inserted.first();
    QCOMPARE(first.at(1).toInt(), 0);
    QCOMPARE(first.at(2).toInt() + 1, model.pageSize());
    loadAll(model);
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(inserted.size() >= count / model.pageSize());

    // Every message exactly once, newest first as the service orders them.
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen.insert(model.msgIdAt(r));
    QCOMPARE(seen, QSet<QString>(m_ids.cbegin(), m_ids.cend()));
    QCOMPARE(model.msgIdAt(0), m_ids.last());
    QCOMPARE(model.index(0, MessageTableModel::Keys).data().toString(), u"order-%1 shared"_s.arg(count - 1));
    QCOMPARE(model.index(0, MessageTableModel::Tags).data().toString(), u"even"_s);
    // Store time is the born time plus the broker's few milliseconds.
    const qint64 stored = model.index(0, MessageTableModel::StoreTime).data(MessageTableModel::SortRole).toLongLong();
    QVERIFY(stored >= m_start + (count - 1) * 1000 && stored < m_start + count * 1000);
    QVERIFY(model.index(0, MessageTableModel::Size).data().toString().endsWith(u" B"_s));
    QVERIFY(!model.uniqKeyAt(0).isEmpty());
    QVERIFY(model.memoryEstimate() > 0);

    // The results filter matches text fields straight from the rows.
    Models::MessageFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"ORDER-42 "_s.trimmed());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, MessageTableModel::MsgId).data().toString(), m_ids[42]);
    proxy.setFilterText(u"odd"_s);
    QCOMPARE(proxy.rowCount(), count / 2);
    proxy.setFilterText(model.uniqKeyAt(5).toLower());
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), count);

    model.setResult(model.msgIdAt(3), false, u"DMS.1 nope"_s);
    QCOMPARE(model.index(3, MessageTableModel::Result).data(MessageTableModel::ResultOkRole).toBool(), false);
    QVERIFY(model.index(3, MessageTableModel::Result).data().toString().contains(u"nope"_s));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestMessageTableModel::queryById()
{
    MessageTableModel model(&m_emu->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageQuery q = rangeQuery();
    q.mode = MessageQuery::Mode::MessageId;
    q.msgId = m_ids[17];
    model.setQuery(q);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.msgIdAt(0), m_ids[17]);
    QVERIFY(!model.canFetchMore({}));
}

void TestMessageTableModel::queryByKey()
{
    MessageTableModel model(&m_emu->client());
    MessageQuery q = rangeQuery();
    q.mode = MessageQuery::Mode::Key;
    q.key = u"order-42"_s;
    model.setQuery(q);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.msgIdAt(0), m_ids[42]);
}

void TestMessageTableModel::failureStopsPaging()
{
    MessageTableModel model(&m_emu->client());
    QSignalSpy failed(&model, &MessageTableModel::failed);
    MessageQuery q = rangeQuery();
    q.topic = u"no-such-topic"_s;
    model.setQuery(q);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Api::ApiError>();
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageTableModel::exportAllCsvAndJson()
{
    QTemporaryDir dir;
    MessageExporter exporter(&m_emu->client());
    QSignalSpy finished(&exporter, &MessageExporter::finished);
    QSignalSpy progress(&exporter, &MessageExporter::progress);
    const QString csv = dir.filePath(u"all.csv"_s);
    exporter.exportAll(rangeQuery(), count, MessageExporter::Format::Csv, csv);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toLongLong(), count);
    QVERIFY(progress.size() >= count / 50);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), count + 2); // header + rows + empty tail
    bool escaped = false;
    for (const QByteArray &line : lines)
        escaped = escaped || line.endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\"\r");
    QVERIFY2(escaped, "the formula body must be neutralised");

    const QString json = dir.filePath(u"all.json"_s);
    exporter.exportAll(rangeQuery(), count, MessageExporter::Format::Json, json);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(j.readAll()).array();
    QCOMPARE(array.size(), count);
    QVERIFY(array.first().toObject().contains(u"body"_s));
}

void TestMessageTableModel::exportSelected()
{
    MessageTableModel model(&m_emu->client());
    model.setQuery(rangeQuery());
    loadAll(model);
    QTemporaryDir dir;
    MessageExporter exporter(&m_emu->client());
    QSignalSpy finished(&exporter, &MessageExporter::finished);
    // Rows 3 and 120, plus one id whose row hint is wrong (found by id instead).
    const QStringList ids {model.msgIdAt(3), model.msgIdAt(120), model.msgIdAt(200)};
    const QString path = dir.filePath(u"sel.json"_s);
    exporter.exportSelected(model.query(), ids, {3, 120, 7}, model.pageSize(), MessageExporter::Format::Json, path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    QStringList got;
    for (const QJsonValue &v : array)
        got.append(v[u"msg_id"].toString());
    got.sort();
    QStringList want = ids;
    want.sort();
    QCOMPARE(got, want);
}

void TestMessageTableModel::exportCancelKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
    }
    MessageExporter exporter(&m_emu->client());
    QSignalSpy progress(&exporter, &MessageExporter::progress);
    QSignalSpy cancelled(&exporter, &MessageExporter::cancelled);
    QSignalSpy finished(&exporter, &MessageExporter::finished);
    // Cancelled at the first page written (polling for it let a busy machine finish first).
    connect(
        &exporter, &MessageExporter::progress, &exporter, [&exporter] { exporter.cancel(); }, Qt::SingleShotConnection);
    exporter.exportAll(rangeQuery(), count, MessageExporter::Format::Csv, path);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(progress.size(), 1);
    QVERIFY(!exporter.isRunning());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous export\n"));
    QTest::qWait(0);
    QCOMPARE(finished.size(), 0);
}

void TestMessageTableModel::exportToMissingDirectoryFails()
{
    MessageExporter exporter(&m_emu->client());
    QSignalSpy failed(&exporter, &MessageExporter::failed);
    exporter.exportAll(rangeQuery(), count, MessageExporter::Format::Json, u"/nonexistent-dir/x/out.json"_s);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"/nonexistent-dir/x/out.json"_s));
    QVERIFY(!exporter.isRunning());
}

QTEST_GUILESS_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
