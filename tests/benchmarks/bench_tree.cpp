// Benchmark harness (prints numbers; not a pass/fail test): the resource tree loading 16,000
// topics of one instance from the emulator with 20 ms added latency, shown in a QTreeView.
// Reports time to the first rows, time to all rows, and the longest event-loop stall (gap
// between 1 ms timer ticks), with the longest single event the GUI thread handled: on a busy
// machine a stall much longer than the longest event is time the thread waited for a core,
// not work it did.
//
//   build/<dir>/tests/bench_tree [topics=16000] [latencyMs=20]
#include "api/apiclient.h"
#include "emulatorprocess.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;
using Models::ResourceTreeModel;

namespace {

QTextStream out(stdout);

// Times every event the GUI thread handles at the outermost level (nested ones belong to it).
// Written only from the GUI thread, read by the ticker there too.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events (the network thread's pass through here too).
        if (!measuring || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = int(event->type()); // the event may be gone after delivery
        const char *className = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        --m_depth;
        busyNs += ns;
        ++events;
        if (ns > longestEventNs) {
            longestEventNs = ns;
            longestEventType = type;
            longestEventReceiver = QString::fromLatin1(className);
        }
        return result;
    }

    bool measuring = false;
    qint64 busyNs = 0; ///< time spent handling events since the ticker last looked
    int events = 0;    ///< events handled since the ticker last looked
    qint64 longestEventNs = 0;
    int longestEventType = 0;
    QString longestEventReceiver;

private:
    int m_depth = 0;
};

QString findInstance(Api::ApiClient &client)
{
    const auto r = TestSupport::callAndWait(client, u"list_instances"_s, {});
    for (const QJsonValue &i : r.object().value("instances"_L1).toArray()) {
        if (i["engine_version"_L1].toString() == u"5.x")
            return i["instance_id"_L1].toString();
    }
    return {};
}

// Creates topics until the instance has `wanted`, many calls in flight at once.
bool seedTopics(Api::ApiClient &client, const QString &instanceId, int wanted)
{
    const auto first = TestSupport::callAndWait(client, u"list_topics"_s,
                                                {{u"instance_id"_s, instanceId}, {u"limit"_s, 1}, {u"offset"_s, 0}});
    int have = int(first.object().value("total"_L1).toDouble());
    int next = 0, inFlight = 0, failed = 0;
    QObject owner;
    QElapsedTimer t;
    t.start();
    std::function<void()> pump = [&] {
        while (inFlight < 24 && have + inFlight < wanted) {
            const QByteArray body =
                QJsonDocument(QJsonObject {{"name"_L1, u"bench-%1"_s.arg(next++, 5, 10, QChar(u'0'))},
                                           {"queue_num"_L1, 1},
                                           {"message_type"_L1, u"NORMAL"_s}})
                    .toJson(QJsonDocument::Compact);
            Api::ApiCall *call =
                client.call(u"create_or_batch_delete_topics"_s, {{u"instance_id"_s, instanceId}}, &owner, body);
            ++inFlight;
            QObject::connect(call, &Api::ApiCall::finished, &owner, [&] {
                --inFlight;
                ++have;
                pump();
            });
            QObject::connect(call, &Api::ApiCall::failed, &owner, [&](const Api::ApiError &e) {
                --inFlight;
                if (++failed < 5)
                    out << "create failed: " << e.toString() << Qt::endl;
                if (failed < 50)
                    pump();
            });
        }
    };
    pump();
    if (!QTest::qWaitFor([&] { return inFlight == 0; }, 30 * 60 * 1000))
        return false;
    out << "seeded " << have << " topics in " << t.elapsed() << " ms" << Qt::endl;
    return have >= wanted;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    const int topics = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 16000;
    const int latency = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;

    QTemporaryDir data(QFileInfo(u"/dev/shm"_s).isDir() ? u"/dev/shm/mqdesk-bench-XXXXXX"_s : QString());
    TestSupport::EmulatorProcess emulator;
    emulator.setDataDir(data.path());
    // The documented default quota is 2,000 topics per instance; lift it for the load.
    const QString maxTopics = QString::number(std::max(2000, topics + 100));
    emulator.setExtraArguments({u"--demo"_s, u"--sim-speed"_s, u"0"_s, u"--max-topics"_s, maxTopics});
    if (!emulator.start()) {
        out << "emulator: " << emulator.errorString() << Qt::endl;
        return 1;
    }
    QString instanceId;
    {
        Api::ApiClient seeder;
        seeder.setEndpoint(emulator.endpoint());
        seeder.setCredentials(TestSupport::EmulatorProcess::credentials());
        seeder.setMaxParallel(24);
        instanceId = findInstance(seeder);
        if (instanceId.isEmpty() || !seedTopics(seeder, instanceId, topics)) {
            out << "could not seed " << topics << " topics" << Qt::endl;
            return 1;
        }
    }
    emulator.stop();
    emulator.setExtraArguments({u"--sim-speed"_s, u"0"_s, u"--max-topics"_s, maxTopics, u"--faults"_s,
                                u"latency=%1,paths=/topics"_s.arg(latency)});
    if (!emulator.start()) {
        out << "emulator restart: " << emulator.errorString() << Qt::endl;
        return 1;
    }

    Api::ApiClient client;
    client.setEndpoint(emulator.endpoint());
    client.setCredentials(TestSupport::EmulatorProcess::credentials());
    ResourceTreeModel model(
        [&client](const QUuid &, QObject *, ResourceTreeModel::ClientCallback done) { done(&client, {}); });
    Models::ResourceFilterModel filter;
    filter.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&filter);
    view.resize(400, 800);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);

    model.setProfiles({Profiles::ProfileStore::sandboxProfile()});
    const QModelIndex project = model.index(0, 0, model.index(0, 0));
    view.expand(filter.mapFromSource(model.index(0, 0)));
    view.expand(filter.mapFromSource(project));
    if (!QTest::qWaitFor([&] { return model.loadState(project) == ResourceTreeModel::LoadState::Loaded; }, 30000))
        return 1;
    QModelIndex topicsFolder;
    for (int r = 0; r < model.rowCount(project); ++r) {
        const QModelIndex i = model.index(r, 0, project);
        if (i.data(ResourceTreeModel::KeyRole).toString() == instanceId)
            topicsFolder = model.index(0, 0, i);
    }
    view.expand(filter.mapFromSource(topicsFolder.parent()));

    // Event-loop stalls: the largest gap between 1 ms timer ticks while loading.
    qint64 maxStall = 0, lastTick = 0, maxStallAt = 0, maxStallBusy = 0;
    int maxStallEvents = 0;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick && now - lastTick > maxStall) {
            maxStall = now - lastTick;
            maxStallAt = now / 1000000;
            maxStallBusy = app.busyNs;
            maxStallEvents = app.events;
        }
        lastTick = now;
        app.busyNs = 0;
        app.events = 0;
    });
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &parent, int first) {
        if (firstRows < 0 && parent == topicsFolder &&
            model.kind(model.index(first, 0, parent)) == ResourceTreeModel::NodeKind::Topic)
            firstRows = clock.elapsed();
    });
    clock.start();
    ticker.start();
    app.measuring = true;
    view.expand(filter.mapFromSource(topicsFolder));
    const bool done = QTest::qWaitFor(
        [&] { return model.loadState(topicsFolder) == ResourceTreeModel::LoadState::Loaded; }, 10 * 60 * 1000);
    const qint64 all = clock.elapsed();
    ticker.stop();
    app.measuring = false;
    out << "topics under one instance: " << model.rowCount(topicsFolder) << (done ? "" : " (timed out)") << Qt::endl
        << "latency added per request: " << latency << " ms, page size " << model.pageSize() << ", fetch-ahead "
        << model.fetchAhead() << Qt::endl
        << "time to first rows: " << firstRows << " ms" << Qt::endl
        << "time to all rows: " << all << " ms" << Qt::endl
        << "longest event-loop stall: " << QString::number(maxStall / 1e6, 'f', 1) << " ms (ending " << maxStallAt
        << " ms into the load; " << QString::number(maxStallBusy / 1e6, 'f', 1) << " ms of it handling "
        << maxStallEvents << " events)" << Qt::endl
        << "longest single event: " << QString::number(app.longestEventNs / 1e6, 'f', 1) << " ms (type "
        << app.longestEventType << " to " << app.longestEventReceiver << ")" << Qt::endl;
    if (!done)
        return 1;

    // F5 on the loaded folder: the same pages again, merged into the rows by key at the end.
    maxStall = lastTick = maxStallBusy = 0;
    maxStallEvents = 0;
    app.longestEventNs = 0;
    bool refreshed = false;
    int changedRows = 0, resets = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         if (topLeft.parent() == topicsFolder)
                             changedRows += bottomRight.row() - topLeft.row() + 1;
                     });
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    QObject::connect(&model, &ResourceTreeModel::containerLoaded, &model,
                     [&](const QModelIndex &index) { refreshed = refreshed || index == topicsFolder; });
    clock.restart();
    ticker.start();
    app.measuring = true;
    model.refresh(topicsFolder);
    const bool refreshDone = QTest::qWaitFor([&] { return refreshed; }, 10 * 60 * 1000);
    const qint64 refreshAll = clock.elapsed();
    ticker.stop();
    app.measuring = false;
    out << "refresh: " << refreshAll << " ms" << (refreshDone ? "" : " (timed out)")
        << ", longest stall: " << QString::number(maxStall / 1e6, 'f', 1) << " ms ("
        << QString::number(maxStallBusy / 1e6, 'f', 1) << " ms of it handling " << maxStallEvents << " events)"
        << Qt::endl
        << "refresh's longest single event: " << QString::number(app.longestEventNs / 1e6, 'f', 1) << " ms (type "
        << app.longestEventType << " to " << app.longestEventReceiver << ")" << Qt::endl
        << "refresh changed " << changedRows << " rows, reset the model " << resets << " times" << Qt::endl;
    return refreshDone ? 0 : 1;
}
