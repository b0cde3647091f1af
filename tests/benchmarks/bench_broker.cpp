// Broker figures: signed sends per second through the HTTP API, and the message log's
// lookups with a million stored messages.
//
//   build/<dir>/tests/bench_broker [sends=2000] [messages=1000000]
//
// The million messages go straight through Broker::MessageStore in one transaction (not over
// HTTP); the data-dir size is measured after a WAL checkpoint.

#include "api/apiclient.h"
#include "broker/broker.h"
#include "broker/brokerschema.h"
#include "broker/simulation.h"
#include "server.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

qint64 dirSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString addInstanceAndTopic(Emulator::Store &store, const QString &projectId, int queues)
{
    const QString id = u"bench0000-0000-0000-0000-000000000001"_s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    store.exec(u"INSERT INTO instances(id, project_id, name, engine, engine_version, status, broker_num, created_at,"
               " ready_at) VALUES(?, ?, 'bench', 'reliability', '4.8.0', 'RUNNING', 1, ?, ?)"_s,
               {id, projectId, now, now});
    const QString brokers =
        u"[{\"broker_name\":\"broker-0\",\"read_queue_num\":%1,\"write_queue_num\":%1}]"_s.arg(queues);
    store.exec(
        u"INSERT INTO topics(instance_id, name, permission, brokers, created_at) VALUES(?, 'bench', 'all', ?, ?)"_s,
        {id, brokers, now});
    return id;
}

void benchSends(int count)
{
    QTemporaryDir dir;
    Emulator::Settings settings = Emulator::Settings::sandbox();
    settings.dataDir = dir.path();
    settings.simSpeed = 0;
    Emulator::Server server(settings);
    QString error;
    if (!server.start(&error)) {
        out << "server: " << error << Qt::endl;
        return;
    }
    const QString instance = addInstanceAndTopic(server.store(), settings.projectId, 8);
    Api::ApiClient client;
    client.setEndpoint({server.url(), server.url(), u"cn-north-4"_s, settings.projectId});
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::AkSk;
    credentials.accessKey = settings.accessKey;
    credentials.secretKey = settings.secretKey;
    client.setCredentials(credentials);
    client.setMaxParallel(4);

    const QByteArray body =
        QJsonDocument(QJsonObject {{u"topic"_s, u"bench"_s},
                                   {u"body"_s, QString(200, u'x')},
                                   {u"property_list"_s,
                                    QJsonArray {QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, u"order-1"_s}}}}})
            .toJson(QJsonDocument::Compact);
    const QVariantMap params {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, instance}};
    QEventLoop loop; // a benchmark harness, not product code
    int done = 0;
    int failed = 0;
    int started = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        if (started >= count)
            return;
        ++started;
        Api::ApiCall *call = client.call(u"send_message"_s, params, &loop, body);
        QObject::connect(call, &Api::ApiCall::finished, &loop, [&, call](const QJsonDocument &) {
            call->deleteLater();
            if (++done + failed == count)
                loop.quit();
            next();
        });
        QObject::connect(call, &Api::ApiCall::failed, &loop, [&, call](const Api::ApiError &e) {
            call->deleteLater();
            if (failed++ == 0)
                out << "send failed: " << e.toString() << Qt::endl;
            if (done + failed == count)
                loop.quit();
            next();
        });
    };
    for (int i = 0; i < 4; ++i)
        next();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << "signed sends over HTTP (4 in flight, 200-byte body, synchronous=FULL): " << done << " ok, " << failed
        << " failed, " << QString::number(done / seconds, 'f', 0) << " sends/s" << Qt::endl;
}

void benchMillion(int count)
{
    using namespace Emulator::Broker;
    QTemporaryDir dir;
    Emulator::Store store;
    QString error;
    if (!store.open(dir.path(), &error)) {
        out << "store: " << error << Qt::endl;
        return;
    }
    auto owned = std::make_unique<MessageStore>(store);
    MessageStore &messages = *owned;
    if (!migrateSchema(store, &error)) {
        out << "schema: " << error << Qt::endl;
        return;
    }
    const QString instance = u"bench-instance"_s;
    QList<Queue> queues;
    for (int q = 0; q < 8; ++q)
        queues.append(messages.queue(instance, u"bench"_s, u"broker-0"_s, q));

    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 250; // 4 msg/s: 1M over ~3 days
    QElapsedTimer timer;
    timer.start();
    QStringList uniqSamples;
    QStringList offsetSamples;
    store.transaction([&] {
        messages.beginBatch();
        for (int i = 0; i < count; ++i) {
            NewMessage m;
            m.body =
                QByteArrayLiteral("{\"orderId\":") + QByteArray::number(i) + QByteArrayLiteral(",\"amount\":12.5}");
            const QString uniq = u"0A000001%1"_s.arg(i, 24, 16, QChar(u'0')).toUpper();
            m.properties = {{u"KEYS"_s, u"order-%1"_s.arg(i)},
                            {u"TAGS"_s, u"TagA"_s},
                            {u"UNIQ_KEY"_s, uniq},
                            {u"CLUSTER"_s, u"DmsCluster"_s},
                            {u"WAIT"_s, u"true"_s}};
            m.bornTs = t0 + qint64(i) * 250;
            m.bornHost = u"10.0.0.1:50000"_s;
            const auto stored = messages.append(instance, u"bench"_s, queues.at(i % 8), m, t0 + qint64(i) * 250 + 1);
            if (i % (count / 100 + 1) == 0 && stored) {
                uniqSamples.append(uniq);
                offsetSamples.append(stored->msgId);
            }
        }
        return messages.endBatch();
    });
    const double insertSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "insert " << count
        << " messages (one transaction, MessageStore::append): " << QString::number(insertSeconds, 'f', 1) << " s ("
        << QString::number(count / insertSeconds, 'f', 0) << " msg/s)" << Qt::endl;

    const int lookups = 1000;
    auto *rng = QRandomGenerator::global();
    timer.restart();
    int hits = 0;
    for (int i = 0; i < lookups; ++i) {
        MessageStore::Query query;
        query.topic = u"bench"_s;
        query.key = u"order-%1"_s.arg(rng->bounded(count));
        query.startTs = 0;
        query.endTs = std::numeric_limits<qint64>::max();
        qint64 total = 0;
        hits += int(messages.query(instance, query, &total).size());
    }
    out << "query by key (with total), " << count
        << " stored: " << QString::number(double(timer.nsecsElapsed()) / 1e6 / lookups, 'f', 3) << " ms per query ("
        << hits << "/" << lookups << " hits)" << Qt::endl;
    timer.restart();
    hits = 0;
    for (int i = 0; i < lookups; ++i)
        hits += int(messages.byMsgId(instance, uniqSamples.at(i % uniqSamples.size()), u"bench"_s).size());
    out << "query by UNIQ_KEY: " << QString::number(double(timer.nsecsElapsed()) / 1e6 / lookups, 'f', 3)
        << " ms per query (" << hits << " hits)" << Qt::endl;
    timer.restart();
    hits = 0;
    for (int i = 0; i < lookups; ++i)
        hits += int(messages.byMsgId(instance, offsetSamples.at(i % offsetSamples.size()), u"bench"_s).size());
    out << "query by offsetMsgId: " << QString::number(double(timer.nsecsElapsed()) / 1e6 / lookups, 'f', 3)
        << " ms per query (" << hits << " hits)" << Qt::endl;
    timer.restart();
    for (int i = 0; i < 100; ++i) {
        MessageStore::Query query;
        query.topic = u"bench"_s;
        query.startTs = t0 + qint64(rng->bounded(count)) * 250;
        query.endTs = query.startTs + 3600000;
        query.limit = 50;
        qint64 total = 0;
        messages.query(instance, query, &total);
    }
    out << "query by time range (1 h window, page of 50 + total): "
        << QString::number(double(timer.nsecsElapsed()) / 1e6 / 100, 'f', 3) << " ms per query" << Qt::endl;
    timer.restart();
    for (int i = 0; i < 1000; ++i)
        messages.searchOffset(*messages.queueByRef(queues.at(i % 8).ref), t0 + qint64(rng->bounded(count)) * 250);
    out << "offset for a timestamp (binary search per queue): "
        << QString::number(double(timer.nsecsElapsed()) / 1e6 / 1000, 'f', 3) << " ms" << Qt::endl;
    owned.reset(); // finalizes its prepared statements, so the checkpoint can run
    store.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    out << "data dir per 1M messages (~40-byte body, 5 properties, all indexes): "
        << QString::number(double(dirSize(dir.path())) / count * 1e6 / 1048576.0, 'f', 0) << " MiB" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sends = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int messages = argc > 2 ? QByteArray(argv[2]).toInt() : 1000000;
    benchSends(sends);
    benchMillion(messages);
    return 0;
}
