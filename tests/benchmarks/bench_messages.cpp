// Message table figures for the support workflows:
//   1. RSS growth per 100,000 messages loaded into MessageTableModel (pages of 50 as
//      list_messages returns them; bodies are not kept).
//   2. Time to the first page of a time-range query against the emulator over loopback.
//   3. Longest paint while scrolling a QTableView (through the filter proxy) over 100,000 rows.
//
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench_messages [rows=100000] [stored=5000]

#include "models/messagetablemodel.h"
#include "supportemulator.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// Resident set size in KiB (Linux /proc; -1 elsewhere).
qint64 rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonArray page(int first, int n, qint64 base)
{
    static const QStringList tags = {u"paid"_s, u"created"_s, u"shipped"_s, u"refund"_s};
    QJsonArray messages;
    for (int i = first; i < first + n; ++i) {
        const QString uniq = u"7F0000012A3B6E0BE858%1"_s.arg(i, 12, 16, QLatin1Char('0')).toUpper();
        messages.append(QJsonObject {
            {u"msg_id"_s, u"C0A807C900002774%1"_s.arg(qint64(i) * 300, 16, 16, QLatin1Char('0')).toUpper()},
            {u"instance_id"_s, u"11c45539-0000-0000-0000-812c41f61f30"_s},
            {u"topic"_s, u"orders"_s},
            {u"store_timestamp"_s, double(base + i * 10)},
            {u"born_timestamp"_s, double(base + i * 10 - 3)},
            {u"reconsume_times"_s, 0},
            {u"body"_s, u"{\"order\": %1, \"customer\": \"c-%2\", \"amount\": 42.5}"_s.arg(i).arg(i % 977)},
            {u"body_crc"_s, 1932557065},
            {u"store_size"_s, 230},
            {u"property_list"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, u"order-%1"_s.arg(i)}},
                         QJsonObject {{u"name"_s, u"UNIQ_KEY"_s}, {u"value"_s, uniq}},
                         QJsonObject {{u"name"_s, u"CLUSTER"_s}, {u"value"_s, u"DmsCluster"_s}},
                         QJsonObject {{u"name"_s, u"TAGS"_s}, {u"value"_s, tags[i % tags.size()]}}}},
            {u"born_host"_s, u"192.168.0.66:50098"_s},
            {u"store_host"_s, u"192.168.7.201:10100"_s},
            {u"queue_id"_s, i % 8},
            {u"queue_offset"_s, i / 8}});
    }
    return messages;
}

void loadRows(Models::MessageTableModel &model, int rows)
{
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(rows) * 10;
    for (int first = 0; first < rows; first += 50)
        model.appendMessages(page(first, qMin(50, rows - first), base));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int stored = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5000;

    // 1. Memory per 100,000 rows.
    {
        Models::MessageTableModel warm(nullptr);
        loadRows(warm, 1000); // first-use allocations (JSON, string tables) out of the figure
    }
    const qint64 before = rssKiB();
    auto model = std::make_unique<Models::MessageTableModel>(nullptr);
    QElapsedTimer load;
    load.start();
    loadRows(*model, rows);
    const qint64 loadMs = load.elapsed();
    const qint64 after = rssKiB();
    out << "rows loaded:                 " << model->rowCount() << " in " << loadMs << " ms\n";
    out << "RSS growth:                  " << (after - before) << " KiB ("
        << QString::number(double(after - before) * 100000.0 / rows / 1024.0, 'f', 1) << " MiB per 100,000)\n";
    out << "model estimate:              " << model->memoryEstimate() / 1024 << " KiB ("
        << QString::number(double(model->memoryEstimate()) / rows, 'f', 0) << " bytes/row)\n";
    out.flush();

    // 3. Scrolling: longest synchronous repaint of the viewport over the whole table.
    {
        Models::MessageFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        QTableView view;
        view.setModel(&proxy);
        view.resize(1200, 800);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
        view.verticalHeader()->hide();
        view.show();
        QApplication::processEvents();
        QList<qint64> paints;
        QScrollBar *bar = view.verticalScrollBar();
        const int steps = 400;
        QElapsedTimer t;
        for (int i = 0; i <= steps; ++i) {
            bar->setValue(int(qint64(bar->maximum()) * i / steps));
            QApplication::processEvents();
            t.start();
            view.viewport()->repaint();
            paints.append(t.nsecsElapsed());
        }
        const qint64 firstPaint = paints.first();
        std::sort(paints.begin(), paints.end());
        out << "scroll paint (" << steps + 1 << " positions over " << proxy.rowCount() << " rows): median "
            << QString::number(paints[paints.size() / 2] / 1e6, 'f', 2) << " ms, longest "
            << QString::number(paints.last() / 1e6, 'f', 2) << " ms (first paint "
            << QString::number(firstPaint / 1e6, 'f', 2) << " ms)\n";
        // The same with a filter applied (every row's cells read once by the proxy).
        QElapsedTimer f;
        f.start();
        proxy.setFilterText(u"order-9999"_s);
        out << "filter over all rows:        " << f.elapsed() << " ms (" << proxy.rowCount() << " match)\n";
        out.flush();
    }
    model.reset();

    // 2. Time to first page against the emulator.
    TestSupport::SupportEmulator emu;
    if (!emu.isRunning())
        return 1;
    const QString instance = emu.addInstance(2);
    emu.addTopic(instance, u"orders"_s, 4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < stored; ++i)
        emu.send(instance, u"orders"_s, "{\"order\": " + QByteArray::number(i) + "}", u"paid"_s, u"order-%1"_s.arg(i),
                 now - qint64(stored - i) * 100);
    QList<qint64> firstPage;
    for (int run = 0; run < 15; ++run) {
        Models::MessageTableModel m(&emu.client());
        QSignalSpy inserted(&m, &Models::MessageTableModel::rowsInserted);
        Models::MessageQuery q;
        q.instanceId = instance;
        q.topic = u"orders"_s;
        q.startMs = now - qint64(stored) * 100 - 1000;
        q.endMs = now + 1000;
        QElapsedTimer t;
        t.start();
        m.setQuery(q);
        if (!inserted.wait(10000))
            return 2;
        firstPage.append(t.nsecsElapsed());
    }
    std::sort(firstPage.begin(), firstPage.end());
    out << "first page (" << stored << " stored, 50 rows, 15 runs): median "
        << QString::number(firstPage[firstPage.size() / 2] / 1e6, 'f', 1) << " ms, worst "
        << QString::number(firstPage.last() / 1e6, 'f', 1) << " ms\n";
    return 0;
}
