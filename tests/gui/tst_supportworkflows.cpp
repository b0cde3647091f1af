// The support workflows end to end: real (offscreen) widgets against a real emulator over
// loopback; confirmations answered through the injectable prompter.
#include "models/messageexporter.h"
#include "models/messagetablemodel.h"
#include "models/offsetpreviewmodel.h"
#include "models/tracemodel.h"
#include "screenshot.h"
#include "support/deadletterpanel.h"
#include "support/messageiddecoderwidget.h"
#include "support/messagequerypanel.h"
#include "support/messageviewer.h"
#include "support/prompter.h"
#include "support/resetoffsetdialog.h"
#include "support/sendmessagedialog.h"
#include "support/supportactions.h"
#include "support/tracepanel.h"
#include "support/verifyconsumptiondialog.h"
#include "supportemulator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gui;

class TestSupportWorkflows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void queryOpenAndTrace();
    void idDecoderPrefillsRange();
    void traceShortcut();
    void sendMessage();
    void deadLettersResend();
    void deadLettersResendFailure();
    void verifyConsumption();
    void resetOffset();

private:
    // MQDESK_SCREENSHOT_DIR=<dir>: saves each window as <dir>/<name>.png for a visual check.
    static void snap(QWidget *w, const QString &name) { TestSupport::saveScreenshot(w, name); }

    template<class T> T *topLevel() const
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
                return t;
        }
        return nullptr;
    }

    std::unique_ptr<TestSupport::SupportEmulator> m_emu;
    QString m_instance;
    QStringList m_orderIds;
    QTemporaryDir m_dir;
    qint64 m_t0 = 0;
};

void TestSupportWorkflows::initTestCase()
{
    m_emu = std::make_unique<TestSupport::SupportEmulator>();
    QVERIFY(m_emu->isRunning());
    m_instance = m_emu->addInstance(1);
    m_emu->addTopic(m_instance, u"orders"_s, 2);
    m_emu->addGroup(m_instance, u"GID_orders"_s);
    m_emu->addClient(m_instance, u"GID_orders"_s, u"orders"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_t0 = now;
    for (int i = 0; i < 120; ++i) {
        m_orderIds.append(m_emu->send(m_instance, u"orders"_s,
                                      "{\"order\": " + QByteArray::number(i) + ", \"ok\": true}", u"paid"_s,
                                      u"order-%1"_s.arg(i), now - (120 - i) * 1000));
    }
    m_emu->tick(now, 1000); // GID_orders consumes them: traces with Pub, SubBefore, SubAfter
}

void TestSupportWorkflows::cleanup()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets)
        w->close();
    QApplication::processEvents();
}

void TestSupportWorkflows::queryOpenAndTrace()
{
    MessageQueryPanel panel(&m_emu->client(), m_instance, u"orders"_s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPreset(MessageQueryPanel::Preset::Last15Minutes);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"searchButton"_s), Qt::LeftButton);
    QTRY_VERIFY(panel.model()->rowCount() >= 50);
    QTRY_VERIFY(panel.findChild<QLabel *>(u"countLabel"_s)->text().contains(u"of 120"_s));

    // Filter within the results (debounced).
    QTest::keyClicks(panel.findChild<QLineEdit *>(u"filterEdit"_s), u"order-119"_s);
    QTRY_COMPARE(panel.proxy()->rowCount(), 1);
    auto *table = panel.findChild<QTableView *>(u"table"_s);
    const QModelIndex first = panel.proxy()->index(0, Models::MessageTableModel::MsgId);
    QCOMPARE(first.data().toString(), m_orderIds.last());
    panel.findChild<QLineEdit *>(u"filterEdit"_s)->clear();
    QTRY_VERIFY(panel.proxy()->rowCount() > 1);
    panel.resize(1100, 600);
    snap(&panel, u"query"_s);
    panel.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"order-119"_s);
    QTRY_COMPARE(panel.proxy()->rowCount(), 1);

    // Export all results from the panel: progress row, then the file.
    const QString exported = m_dir.filePath(u"orders.csv"_s);
    QSignalSpy exportDone(panel.exporter(), &Models::MessageExporter::finished);
    panel.exportTo(exported, false);
    QVERIFY(panel.findChild<QWidget *>(u"progressRow"_s)->isVisible());
    QVERIFY(exportDone.wait());
    QCOMPARE(exportDone.first().at(1).toLongLong(), 120);
    QTRY_VERIFY(panel.findChild<QLabel *>(u"progressLabel"_s)->text().contains(u"orders.csv"_s));

    // Ctrl+C copies the selected row as TSV.
    table->selectRow(0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString tsv = QApplication::clipboard()->text();
    QVERIFY2(tsv.contains(m_orderIds.last() + u'\t') && tsv.contains(u"\torder-119\tpaid\t"_s), qPrintable(tsv));

    // Double-click opens the message (the host decides where; here its own window).
    QSignalSpy activated(&panel, &MessageQueryPanel::messageActivated);
    table->scrollTo(first);
    const QRect cell = table->visualRect(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(1).toString(), m_orderIds.last());
    ScriptedPrompter prompter;
    MessageViewer *viewer =
        SupportActions::openMessage(nullptr, &m_emu->client(), m_instance, u"orders"_s, m_orderIds.last(), &prompter);
    QSignalSpy loaded(viewer, &MessageViewer::loaded);
    QVERIFY(loaded.wait());
    auto *body = viewer->findChild<QPlainTextEdit *>(u"body"_s);
    QVERIFY2(body->toPlainText().contains(u"\"order\": 119"_s), qPrintable(body->toPlainText()));
    QVERIFY(viewer->findChild<QLabel *>(u"encoding"_s)->text().startsWith(u"ASCII"_s));
    viewer->setBodyView(MessageViewer::BodyView::Hex);
    QVERIFY(body->toPlainText().startsWith(u"00000000  7b 22"_s));
    viewer->setBodyView(MessageViewer::BodyView::Base64);
    QCOMPARE(body->toPlainText(), QString::fromLatin1(viewer->message().body.toUtf8().toBase64()));
    auto *props = viewer->findChild<QTableWidget *>(u"properties"_s);
    QStringList names;
    for (int r = 0; r < props->rowCount(); ++r)
        names.append(props->item(r, 0)->text());
    QVERIFY(names.contains(u"UNIQ_KEY"_s) && names.contains(u"KEYS"_s));
    QVERIFY(viewer->ticketText().contains(u"order-119"_s));
    viewer->setBodyView(MessageViewer::BodyView::Json);
    snap(viewer, u"viewer"_s);

    // Trace from the viewer: Pub by the producer, then GID_orders.
    QTest::mouseClick(viewer->findChild<QPushButton *>(u"traceButton"_s), Qt::LeftButton);
    TracePanel *trace = topLevel<TracePanel>();
    QVERIFY(trace);
    QSignalSpy traced(trace, &TracePanel::loaded);
    QVERIFY(traced.wait());
    QVERIFY(trace->model()->rowCount() >= 3);
    QVERIFY(trace->model()->timeline().lanes.contains(u"GID_orders"_s));
    snap(trace, u"trace"_s);
    QTest::mouseClick(trace->findChild<QPushButton *>(u"copyTextButton"_s), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(u"GID_orders"_s));
}

void TestSupportWorkflows::idDecoderPrefillsRange()
{
    MessageQueryPanel panel(&m_emu->client(), m_instance, u"orders"_s);
    panel.show();
    auto *mode = panel.findChild<QComboBox *>(u"modeCombo"_s);
    mode->setCurrentIndex(int(Models::MessageQuery::Mode::MessageId));
    auto *text = panel.findChild<QLineEdit *>(u"textEdit"_s);
    QTest::keyClicks(text, m_orderIds.first());
    QVERIFY(panel.decoder()->isVisible());
    QVERIFY(panel.decoder()->text().contains(u"Store host"_s));
    snap(&panel, u"decoder"_s);
    // A unique key carries a time: "Search around this time" queries a window around it.
    const QString uniq = u"7F00000123DC6E0BE85808B037820000"_s;
    text->setText(uniq);
    QVERIFY(panel.decoder()->decodedTimeMs() > 0);
    QTest::mouseClick(panel.decoder()->findChild<QPushButton *>(u"searchAroundButton"_s), Qt::LeftButton);
    const auto q = panel.model()->query();
    QCOMPARE(q.mode, Models::MessageQuery::Mode::TimeRange);
    QCOMPARE(q.startMs, panel.decoder()->decodedTimeMs() - 5 * 60 * 1000);
    QCOMPARE(q.endMs, panel.decoder()->decodedTimeMs() + 5 * 60 * 1000);

    // Local/UTC only changes how the range is shown, not the range itself.
    const Models::MessageQuery local = panel.currentQuery(0);
    panel.setUtc(true);
    QVERIFY(panel.findChild<QCheckBox *>(u"utcCheck"_s)->isChecked());
    QCOMPARE(panel.currentQuery(0).startMs, local.startMs);
    QCOMPARE(panel.currentQuery(0).endMs, local.endMs);
    panel.setUtc(false);

    // Searching by id finds exactly that message.
    panel.searchById(m_orderIds[7]);
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->msgIdAt(0), m_orderIds[7]);
}

void TestSupportWorkflows::traceShortcut()
{
    QWidget window;
    window.resize(300, 200);
    SupportActions::installTraceShortcut(&window, &m_emu->client(), [this] { return m_instance; });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->setText(u"see msg %1 please"_s.arg(m_orderIds[3]));
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    TracePanel *trace = nullptr;
    QTRY_VERIFY((trace = window.findChild<TracePanel *>()) != nullptr);
    QTRY_VERIFY(trace->model()->rowCount() >= 3);
    QCOMPARE(trace->model()->msgId(), m_orderIds[3]);
}

void TestSupportWorkflows::sendMessage()
{
    QSettings history(m_dir.filePath(u"history.ini"_s), QSettings::IniFormat);
    SendMessageDialog dialog(&m_emu->client(), m_instance, {u"orders"_s}, &history);
    dialog.show();
    dialog.setTags(u"manual"_s);
    dialog.setKeys(u"ticket-4711"_s);
    dialog.setProperties({{u"origin"_s, u"support"_s}});
    dialog.setRepeat(2);
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"bodyEdit"_s), u"{\"replay\": 1}"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"jsonLabel"_s)->text().contains(u"valid JSON"_s));
    QSignalSpy done(&dialog, &SendMessageDialog::finishedSending);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toInt(), 2);
    QCOMPARE(dialog.results().size(), 2);
    const Api::Message &result = dialog.results().last();
    QVERIFY(!result.msgId.isEmpty());
    QVERIFY(!result.brokerName.isEmpty());
    const QString shown = dialog.findChild<QLabel *>(u"resultLabel"_s)->text();
    QVERIFY2(shown.contains(result.msgId) && shown.contains(result.brokerName), qPrintable(shown));
    QVERIFY(dialog.findChild<QPushButton *>(u"traceButton"_s)->isEnabled());
    snap(&dialog, u"send"_s);
    // Remembered for this topic.
    auto *recent = dialog.findChild<QComboBox *>(u"historyCombo"_s);
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->itemData(1).toString(), u"{\"replay\": 1}"_s);

    // The message is really there, with its keys.
    MessageQueryPanel panel(&m_emu->client(), m_instance, u"orders"_s);
    panel.searchByKey(u"ticket-4711"_s);
    QTRY_COMPARE(panel.model()->rowCount(), 2);

    // A binary file is refused with a reason; the body stays as it was.
    const QString binary = m_dir.filePath(u"blob.bin"_s);
    QFile f(binary);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02\xff", 4));
    f.close();
    QVERIFY(!dialog.loadFile(binary));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"bodyEdit"_s)->toPlainText(), u"{\"replay\": 1}"_s);
}

void TestSupportWorkflows::deadLettersResend()
{
    // GID_dlq fails every delivery; with 1 retry its messages reach %DLQ%GID_dlq.
    m_emu->addTopic(m_instance, u"risky"_s, 1);
    m_emu->addGroup(m_instance, u"GID_dlq"_s, 1);
    m_emu->addClient(m_instance, u"GID_dlq"_s, u"risky"_s, 1000, 1000);
    // The simulation's clock stays in the past: dead letters are stored at tick time.
    qint64 now = QDateTime::currentMSecsSinceEpoch() - 30 * 60 * 1000;
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_emu->send(m_instance, u"risky"_s, "boom " + QByteArray::number(i), {}, {}, now).isEmpty());
    for (int i = 0; i < 20; ++i) {
        now += 60 * 1000;
        m_emu->tick(now, 1000);
    }

    ScriptedPrompter prompter;
    DeadLetterPanel panel(&m_emu->client(), m_instance, u"GID_dlq"_s, &prompter);
    panel.show();
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->index(0, Models::MessageTableModel::OriginalTopic).data().toString(), u"risky"_s);
    QVERIFY(panel.model()->index(0, Models::MessageTableModel::BodyPreview).data().toString().startsWith(u"boom"_s));

    auto *table = panel.findChild<QTableView *>(u"table"_s);
    table->selectRow(0);
    // Declined: nothing is sent.
    prompter.setNextAnswer(false);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"resendSelectedButton"_s), Qt::LeftButton);
    QTRY_COMPARE(prompter.asked().size(), 1);
    QVERIFY(prompter.asked().first().text.contains(u"GID_dlq"_s));
    QTest::qWait(0);
    QVERIFY(!panel.isResending());
    QVERIFY(panel.model()->index(0, Models::MessageTableModel::Result).data().isNull());

    // Confirmed: resend all, a result per message.
    prompter.setNextAnswer(true);
    QSignalSpy finished(&panel, &DeadLetterPanel::resendFinished);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"resendAllButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    for (int r = 0; r < 3; ++r) {
        const QModelIndex result = panel.model()->index(r, Models::MessageTableModel::Result);
        QVERIFY(result.data(Models::MessageTableModel::ResultOkRole).toBool());
        QVERIFY(result.data().toString().contains(u"resent"_s));
    }
    QVERIFY(!panel.findChild<QPushButton *>(u"retryFailedButton"_s)->isEnabled());
    panel.resize(1100, 500);
    snap(&panel, u"deadletters"_s);

    // Export the selection through the export API.
    table->selectAll();
    const QString path = m_dir.filePath(u"dlq.json"_s);
    QSignalSpy exported(panel.exporter(), &Models::MessageExporter::finished);
    panel.exportSelectedTo(path);
    QVERIFY(exported.wait());
    QCOMPARE(exported.first().at(1).toLongLong(), 3);
}

void TestSupportWorkflows::deadLettersResendFailure()
{
    // Every resend call fails (503): each row shows the error; "Retry failed" retries them.
    TestSupport::SupportEmulator emu(u"error=1:503,paths=deadletter-resend"_s);
    QVERIFY(emu.isRunning());
    const QString instance = emu.addInstance(1);
    emu.makeDeadLetters(instance, u"flaky"_s, u"GID_flaky"_s, 2);
    ScriptedPrompter prompter;
    DeadLetterPanel panel(&emu.client(), instance, u"GID_flaky"_s, &prompter);
    panel.show();
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    prompter.setNextAnswer(true);
    QSignalSpy finished(&panel, &DeadLetterPanel::resendFinished);
    panel.resendAll();
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).toInt(), 0);
    QCOMPARE(panel.failedIds().size(), 2);
    const QModelIndex result = panel.model()->index(0, Models::MessageTableModel::Result);
    QCOMPARE(result.data(Models::MessageTableModel::ResultOkRole).toBool(), false);
    QVERIFY2(result.data().toString().contains(u"✗"_s), qPrintable(result.data().toString()));
    auto *retry = panel.findChild<QPushButton *>(u"retryFailedButton"_s);
    QVERIFY(retry->isEnabled());
    prompter.setNextAnswer(true);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(prompter.asked().size(), 2);
    QVERIFY(prompter.asked().last().text.contains(u"2 dead letter"_s));
    QCOMPARE(panel.failedIds().size(), 2);
}

void TestSupportWorkflows::verifyConsumption()
{
    ScriptedPrompter prompter;
    prompter.setNextAnswer(true);
    VerifyConsumptionDialog dialog(&m_emu->client(), m_instance, u"orders"_s, u"GID_orders"_s,
                                   {m_orderIds[0], m_orderIds[1]}, &prompter);
    dialog.show();
    QTRY_COMPARE(dialog.clientCombo()->count(), 1);
    QSignalSpy verified(&dialog, &VerifyConsumptionDialog::verified);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(verified.wait());
    QCOMPARE(prompter.asked().size(), 1);
    QCOMPARE(verified.first().at(0).toInt(), 2);
    QCOMPARE(dialog.resultTable()->rowCount(), 2);
    QVERIFY(dialog.resultTable()->item(0, 1)->text().startsWith(u"✓"_s));
    snap(&dialog, u"verify"_s);
}

void TestSupportWorkflows::resetOffset()
{
    const QString journal = m_dir.filePath(u"journal.jsonl"_s);
    ScriptedPrompter prompter;
    prompter.setNextAnswer(true);
    // Group picked from the page; topic chosen in the dialog from the group's subscriptions.
    ResetOffsetDialog dialog(&m_emu->client(), m_instance, u"GID_orders"_s, {}, &prompter, journal);
    dialog.show();
    QSignalSpy ready(&dialog, &ResetOffsetDialog::previewReady);
    QTRY_COMPARE(dialog.topic(), u"orders"_s);
    // 60 of the first 120 messages were stored after the target, and the 2 sendMessage()
    // sent; GID_orders consumed all 122 (deadLettersResend() ran the simulation).
    dialog.setTarget(m_t0 - 60 * 1000 - 500);
    QTRY_VERIFY(ready.size() >= 1 && dialog.previewModel()->isReady());
    const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"re-consume"_s), qPrintable(summary));
    const qint64 back = dialog.previewModel()->toReconsume();
    QCOMPARE(back, 62);
    QCOMPARE(dialog.previewModel()->toSkip(), 0);

    QSignalSpy done(&dialog, &ResetOffsetDialog::resetDone);
    auto *reset = dialog.findChild<QPushButton *>(u"resetButton"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(done.wait());
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(prompter.asked().size(), 1);
    QVERIFY(prompter.asked().first().text.contains(u"GID_orders"_s));
    QVERIFY(prompter.asked().first().text.contains(u"orders"_s));
    for (const auto &row : dialog.previewModel()->rows())
        QCOMPARE(row.after, row.atTarget);
    const auto entries = dialog.journal().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().group, u"GID_orders"_s);
    qint64 before = 0;
    for (const auto &q : entries.first().queues)
        before += q.before;
    QCOMPARE(before, 122); // everything had been consumed
    auto *history = dialog.findChild<QPushButton *>(u"journalButton"_s);
    QTest::mouseClick(history, Qt::LeftButton);
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"journalView"_s)->toPlainText().contains(u"was 61"_s));
    snap(&dialog, u"reset"_s);
}

QTEST_MAIN(TestSupportWorkflows)
#include "tst_supportworkflows.moc"
