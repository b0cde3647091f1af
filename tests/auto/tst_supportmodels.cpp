// Trace model, reset-offset preview and the offset journal against a real emulator.
#include "models/offsetjournal.h"
#include "models/offsetpreviewmodel.h"
#include "models/tracemodel.h"
#include "supportemulator.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/apicall.h"

using namespace Qt::StringLiterals;

class TestSupportModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void traceOfConsumedMessage();
    void traceOfUnknownId();
    void resetPreviewAndApply();
    void journalRoundTrip();

private:
    std::unique_ptr<TestSupport::SupportEmulator> m_emu;
    QString m_instance;
};

void TestSupportModels::initTestCase()
{
    m_emu = std::make_unique<TestSupport::SupportEmulator>();
    QVERIFY(m_emu->isRunning());
    m_instance = m_emu->addInstance(2);
}

void TestSupportModels::traceOfConsumedMessage()
{
    m_emu->addTopic(m_instance, u"pay"_s, 1);
    m_emu->addGroup(m_instance, u"GID_pay"_s);
    m_emu->addClient(m_instance, u"GID_pay"_s, u"pay"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = m_emu->send(m_instance, u"pay"_s, "hello", u"t"_s, u"k"_s, now - 5000);
    QVERIFY(!id.isEmpty());
    m_emu->tick(now, 1000);

    Models::TraceModel model(&m_emu->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::TraceModel::loaded);
    model.load(m_instance, id);
    QVERIFY(loaded.wait());
    QStringList types;
    for (const auto &e : model.entries())
        types.append(e.traceType);
    QVERIFY2(types.contains(u"Pub"_s) && types.contains(u"SubBefore"_s) && types.contains(u"SubAfter"_s),
             qPrintable(types.join(u',')));
    const auto &timeline = model.timeline();
    QVERIFY(timeline.lanes.contains(u"GID_pay"_s));
    QCOMPARE(timeline.bars.size(), 2); // the send and one consumption
    QCOMPARE(timeline.bars.last().status, Models::TraceStatus::Success);
    QVERIFY(model.toText().contains(u"GID_pay"_s));
    QCOMPARE(model.rowCount(), types.size());
    QVERIFY(!model.index(0, Models::TraceModel::Type).data().toString().isEmpty());
}

void TestSupportModels::traceOfUnknownId()
{
    Models::TraceModel model(&m_emu->client());
    QSignalSpy loaded(&model, &Models::TraceModel::loaded);
    model.load(m_instance, u"7F00000123DC6E0BE85808B037820000"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.timeline().bars.isEmpty());
}

void TestSupportModels::resetPreviewAndApply()
{
    // 2 brokers x 2 queues; 40 messages, the last 20 after the target; all consumed.
    m_emu->addTopic(m_instance, u"ledger"_s, 2);
    m_emu->addGroup(m_instance, u"GID_ledger"_s);
    m_emu->addClient(m_instance, u"GID_ledger"_s, u"ledger"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 base = now - 3600 * 1000;
    for (int i = 0; i < 40; ++i)
        QVERIFY(!m_emu->send(m_instance, u"ledger"_s, "m", {}, {}, base + i * 60 * 1000).isEmpty());
    m_emu->tick(now, 1000);
    const qint64 target = base + 20 * 60 * 1000 - 500;

    Models::OffsetPreviewModel model(&m_emu->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&model, &Models::OffsetPreviewModel::ready);
    model.load(m_instance, u"GID_ledger"_s, u"ledger"_s, target, now);
    QVERIFY(ready.wait());
    QVERIFY(model.isReady());
    QCOMPARE(model.rowCount(), 2); // queue ids 0 and 1, each on both brokers
    qint64 current = 0;
    for (const auto &row : model.rows()) {
        QCOMPARE(row.parts.size(), 2);
        current += row.current;
        QCOMPARE(row.current, row.maxOffset); // consumed everything
        QCOMPARE(row.atTarget, row.maxOffset - 10);
    }
    QCOMPARE(current, 40);
    QCOMPARE(model.toReconsume(), 20);
    QCOMPARE(model.toSkip(), 0);
    QVERIFY(model.summary().contains(u"GID_ledger will re-consume 20 messages"_s));
    QVERIFY(model.summary().contains(u"2 queues of ledger"_s));
    QVERIFY(model.index(0, Models::OffsetPreviewModel::Delta).data().toString().contains(u"re-consumed"_s));

    // The real reset agrees with the preview.
    Api::ApiCall *call = m_emu->client().call(
        u"reset_consumer_offset"_s,
        {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instance}, {u"group"_s, u"GID_ledger"_s}}, this,
        QJsonDocument(QJsonObject {{u"topic"_s, u"ledger"_s}, {u"timestamp"_s, target}}).toJson());
    QSignalSpy finished(call, &Api::ApiCall::finished);
    QVERIFY(finished.wait());
    const auto entry = model.applyResetResult(call->result().object(), now);
    QCOMPARE(entry.queues.size(), 4);
    for (const auto &row : model.rows())
        QCOMPARE(row.after, row.atTarget);
    for (const auto &q : entry.queues) {
        QCOMPARE(q.before, 10);
        QCOMPARE(q.after, 5);
    }
}

void TestSupportModels::journalRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/journal.jsonl"_s);
    Models::OffsetJournal journal(path);
    QVERIFY(journal.entries().isEmpty());
    Models::OffsetJournal::Entry a {1000, u"i1"_s, u"GID_a"_s, u"t1"_s, 900, {{u"broker-0"_s, 0, 10, 5}}};
    Models::OffsetJournal::Entry b {2000, u"i1"_s, u"GID_b"_s, u"t2"_s, 0, {{u"broker-1"_s, 3, 7, 0}}};
    QVERIFY(journal.append(a));
    QVERIFY(journal.append(b));
    {
        // A torn last line (crash while writing) loses only itself.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\": 3000, \"gro");
    }
    const auto all = journal.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].group, u"GID_b"_s); // newest first
    QCOMPARE(all[1].queues.value(0).before, 10);
    QCOMPARE(all[1].queues.value(0).after, 5);
    QCOMPARE(journal.entries(u"GID_a"_s).size(), 1);
    QVERIFY(Models::OffsetJournal().path().endsWith(u"offset-journal.jsonl"_s));

    Models::OffsetJournal broken(dir.filePath(u"journal.jsonl"_s) + u"/not-a-dir/x"_s);
    QFile blocker(dir.filePath(u"journal.jsonl"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!broken.append(a, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSupportModels)
#include "tst_supportmodels.moc"
