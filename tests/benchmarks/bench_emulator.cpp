// mqdesk-emulator figures from the real executable ($MQDESK_EMULATOR, else the one next to
// this build), median and spread of N runs:
// - start-up time, as a user sees it: from process start to the "listening on" line, with the
//   --demo data (cold: empty data dir, seeds everything; warm: restart on the seeded dir) and
//   without it;
// - list_topics on an instance with many topics (stored straight into the data dir): one
//   50-topic page at the first, middle and last offset, a filtered page, and the whole listing
//   page by page, as the console's tree loads it. Signed GETs over loopback, one at a time;
// - list_topic_consumer_groups on an instance with many groups, every second one consuming the
//   topic (a client subscribed to it): pages of 50 and the whole listing.
// Run: bench_emulator [runs]                          (default 5)
//      bench_emulator --list-topics [topics] [runs]   (default 16000 topics, 20 runs)
//      bench_emulator --topic-groups [groups] [runs]  (default 2000 groups, 20 runs)
#include "emulatorprocess.h"
#include "store.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apirequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    QList<qint64> samples; ///< milliseconds or microseconds, as printed
    qint64 median() const
    {
        QList<qint64> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
    }
    qint64 min() const { return samples.isEmpty() ? -1 : *std::min_element(samples.cbegin(), samples.cend()); }
    qint64 max() const { return samples.isEmpty() ? -1 : *std::max_element(samples.cbegin(), samples.cend()); }
};

qint64 timedStart(TestSupport::EmulatorProcess &emulator)
{
    QElapsedTimer timer;
    timer.start();
    if (!emulator.start(120000)) {
        std::fprintf(stderr, "start failed: %s\n", qPrintable(emulator.errorString()));
        return -1;
    }
    return timer.elapsed();
}

void print(const char *name, const Figures &figures)
{
    std::printf("%-34s median %6lld ms   min %6lld ms   max %6lld ms   (%lld runs)\n", name,
                static_cast<long long>(figures.median()), static_cast<long long>(figures.min()),
                static_cast<long long>(figures.max()), static_cast<long long>(figures.samples.size()));
}

// One empty 4.8.0 instance created through the API, then `count` topics written straight into
// its data dir (16,000 signed creates would take minutes and measure something else).
QString seedTopics(const QString &dataDir, int count)
{
    QString instanceId;
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setDataDir(dataDir);
        emulator.setExtraArguments({u"--create-delay"_s, u"0"_s, u"--sim-speed"_s, u"0"_s});
        if (!emulator.start()) {
            std::fprintf(stderr, "start failed: %s\n", qPrintable(emulator.errorString()));
            return {};
        }
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(TestSupport::EmulatorProcess::credentials());
        const TestSupport::CallResult created = TestSupport::callAndWait(
            client, u"create_instance"_s, {}, TestSupport::compactJson(TestSupport::instanceBody(u"bench-list"_s)));
        instanceId = created.object().value("instance_id"_L1).toString();
        if (!emulator.stop() || instanceId.isEmpty())
            return {};
    }
    Emulator::Store store;
    QString error;
    if (!store.open(dataDir, &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return {};
    }
    const QString brokers = u"[{\"broker_name\":\"broker-0\",\"read_queue_num\":2,\"write_queue_num\":2},"
                            "{\"broker_name\":\"broker-1\",\"read_queue_num\":1,\"write_queue_num\":1}]"_s;
    const bool ok = store.transaction([&] {
        for (int i = 0; i < count; ++i) {
            if (!store.exec(u"INSERT INTO topics(instance_id, name, permission, message_type, description, brokers,"
                            " created_at) VALUES(?, ?, 'all', '', ?, ?, ?)"_s,
                            {instanceId, u"bench-%1"_s.arg(i, 5, 10, QChar(u'0')), u"Benchmark topic"_s, brokers,
                             1700000000000LL + i}))
                return false;
        }
        return true;
    });
    return ok ? instanceId : QString();
}

// `groups` consumer groups written straight into the data dir of an instance seeded above;
// every second group has an online client subscribed to `topic`, the others to another topic.
bool seedGroups(const QString &dataDir, const QString &instanceId, const QString &topic, int groups)
{
    Emulator::Store store;
    QString error;
    if (!store.open(dataDir, &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return false;
    }
    return store.transaction([&] {
        for (int i = 0; i < groups; ++i) {
            const QString name = u"group-%1"_s.arg(i, 5, 10, QChar(u'0'));
            const QString subscribed = i % 2 == 0 ? topic : u"other-topic"_s;
            if (!store.exec(u"INSERT INTO consumer_groups(instance_id, name, enabled, broadcast, consume_orderly,"
                            " retry_max_times, description, created_at) VALUES(?, ?, 1, 0, 0, 16, '', ?)"_s,
                            {instanceId, name, 1700000000000LL + i}) ||
                !store.exec(u"INSERT INTO broker_clients(instance_id, group_name, client_id, client_addr, language,"
                            " version, subscriptions, online) VALUES(?, ?, ?, '10.0.0.1:4000', 'JAVA', 'V4_9_4', ?,"
                            " 1)"_s,
                            {instanceId, name, QString(u"10.0.0.1@"_s + name),
                             u"[{\"expression\":\"*\",\"topic\":\"%1\",\"type\":\"TAG\"}]"_s.arg(subscribed)}))
                return false;
        }
        return true;
    });
}

qint64 listPage(Api::ApiClient &client, const QString &instanceId, int offset, const QString &filter, int *total,
                const QString &topic = {})
{
    Api::ApiRequest request;
    request.path = u"/v2/%1/instances/%2/topics"_s.arg(TestSupport::EmulatorProcess::projectId(), instanceId);
    if (!topic.isEmpty())
        request.path += u"/"_s + topic + u"/groups"_s;
    request.query = {{u"offset"_s, QString::number(offset)}, {u"limit"_s, u"50"_s}};
    if (!filter.isEmpty())
        request.query.append({u"name"_s, filter});
    // An event loop that ends with the call: QTest::qWaitFor would round every answer up to its
    // 10 ms polling step.
    QObject owner;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    Api::ApiCall *call = client.send(request, &owner);
    QObject::connect(call, &Api::ApiCall::finished, &loop, &QEventLoop::quit);
    QObject::connect(call, &Api::ApiCall::failed, &loop, &QEventLoop::quit);
    if (!call->isDone())
        loop.exec();
    const qint64 us = timer.nsecsElapsed() / 1000;
    if (call->error().isError()) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(call->error().toString()));
        return -1;
    }
    *total = call->result().object().value("total"_L1).toInt();
    return us;
}

void printMicros(const char *name, const Figures &figures)
{
    std::printf("%-40s median %8.2f ms   min %8.2f ms   max %8.2f ms   (%lld runs)\n", name,
                double(figures.median()) / 1000, double(figures.min()) / 1000, double(figures.max()) / 1000,
                static_cast<long long>(figures.samples.size()));
}

int benchListTopics(int topics, int runs)
{
    QTemporaryDir dir(QFileInfo(u"/dev/shm"_s).isDir() ? u"/dev/shm/mqdesk-bench-XXXXXX"_s : QString());
    QElapsedTimer seeding;
    seeding.start();
    const QString instanceId = seedTopics(dir.path(), topics);
    if (instanceId.isEmpty())
        return 1;
    std::printf("seeded %d topics in %lld ms\n", topics, static_cast<long long>(seeding.elapsed()));

    TestSupport::EmulatorProcess emulator;
    emulator.setDataDir(dir.path());
    emulator.setExtraArguments(
        {u"--sim-speed"_s, u"0"_s, u"--max-topics"_s, QString::number(std::max(2000, topics + 100))});
    if (timedStart(emulator) < 0)
        return 1;
    Api::ApiClient client;
    client.setEndpoint(emulator.endpoint());
    client.setCredentials(TestSupport::EmulatorProcess::credentials());
    client.setMaxRetries(0);

    int total = 0;
    const int last = std::max(0, topics - 50);
    const QList<std::pair<QByteArray, std::pair<int, QString>>> cases {
        {"page at offset 0", {0, {}}},
        {"page at offset " + QByteArray::number(topics / 2), {topics / 2, {}}},
        {"page at offset " + QByteArray::number(last), {last, {}}},
        {"filtered page (name=bench-1, offset 0)", {0, u"bench-1"_s}},
    };
    (void)listPage(client, instanceId, 0, {}, &total); // warm-up: connection, page cache
    for (const auto &[name, query] : cases) {
        Figures figures;
        for (int i = 0; i < runs; ++i) {
            const qint64 us = listPage(client, instanceId, query.first, query.second, &total);
            if (us < 0)
                return 1;
            figures.samples.append(us);
        }
        printMicros(name.constData(), figures);
    }
    if (total <= 0)
        return 1;

    QElapsedTimer whole;
    whole.start();
    int pages = 0;
    for (int offset = 0; offset < topics; offset += 50, ++pages) {
        if (listPage(client, instanceId, offset, {}, &total) < 0)
            return 1;
    }
    std::printf("whole listing: %d pages of 50 in %lld ms (total %d)\n", pages, static_cast<long long>(whole.elapsed()),
                total);
    return emulator.stop() ? 0 : 1;
}

int benchTopicGroups(int groups, int runs)
{
    QTemporaryDir dir(QFileInfo(u"/dev/shm"_s).isDir() ? u"/dev/shm/mqdesk-bench-XXXXXX"_s : QString());
    const QString instanceId = seedTopics(dir.path(), 2);
    const QString topic = u"bench-00000"_s;
    if (instanceId.isEmpty() || !seedGroups(dir.path(), instanceId, topic, groups))
        return 1;
    const int listed = (groups + 1) / 2;
    std::printf("%d groups, %d of them consume %s\n", groups, listed, qPrintable(topic));

    TestSupport::EmulatorProcess emulator;
    emulator.setDataDir(dir.path());
    emulator.setExtraArguments({u"--sim-speed"_s, u"0"_s});
    if (timedStart(emulator) < 0)
        return 1;
    Api::ApiClient client;
    client.setEndpoint(emulator.endpoint());
    client.setCredentials(TestSupport::EmulatorProcess::credentials());
    client.setMaxRetries(0);

    int total = 0;
    const int last = std::max(0, listed - 50);
    (void)listPage(client, instanceId, 0, {}, &total, topic); // warm-up
    for (const int offset : {0, listed / 2, last}) {
        Figures figures;
        for (int i = 0; i < runs; ++i) {
            const qint64 us = listPage(client, instanceId, offset, {}, &total, topic);
            if (us < 0)
                return 1;
            figures.samples.append(us);
        }
        printMicros(QByteArray("page of 50 at offset " + QByteArray::number(offset)).constData(), figures);
    }
    if (total != listed) {
        std::fprintf(stderr, "total %d, expected %d\n", total, listed);
        return 1;
    }
    QElapsedTimer whole;
    whole.start();
    int pages = 0;
    for (int offset = 0; offset < listed; offset += 50, ++pages) {
        if (listPage(client, instanceId, offset, {}, &total, topic) < 0)
            return 1;
    }
    std::printf("whole listing: %d pages of 50 in %lld ms (total %d)\n", pages, static_cast<long long>(whole.elapsed()),
                total);
    return emulator.stop() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("MQDESK_EMULATOR")) {
        const QString sibling =
            QDir(QCoreApplication::applicationDirPath()).filePath(u"../src/emulator/mqdesk-emulator"_s);
        qputenv("MQDESK_EMULATOR", QFile::encodeName(QDir::cleanPath(sibling)));
    }
    if (argc > 1 && QByteArray(argv[1]) == "--list-topics") {
        const int topics = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 16000;
        const int runs = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 20;
        std::printf("list_topics, %d topics (%s)\n", topics, qPrintable(TestSupport::EmulatorProcess::executable()));
        return benchListTopics(topics, runs);
    }
    if (argc > 1 && QByteArray(argv[1]) == "--topic-groups") {
        const int groups = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 2000;
        const int runs = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 20;
        std::printf("list_topic_consumer_groups (%s)\n", qPrintable(TestSupport::EmulatorProcess::executable()));
        return benchTopicGroups(groups, runs);
    }
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    std::printf("mqdesk-emulator start-up (%s)\n", qPrintable(TestSupport::EmulatorProcess::executable()));

    Figures coldDemo, warmDemo, coldEmpty, warmEmpty;
    for (int i = 0; i < runs; ++i) {
        for (const bool demo : {true, false}) {
            QTemporaryDir dir;
            TestSupport::EmulatorProcess emulator;
            emulator.setDataDir(dir.path());
            if (demo)
                emulator.setExtraArguments({u"--demo"_s});
            const qint64 cold = timedStart(emulator);
            if (cold < 0 || !emulator.stop())
                return 1;
            const qint64 warm = timedStart(emulator);
            if (warm < 0 || !emulator.stop())
                return 1;
            (demo ? coldDemo : coldEmpty).samples.append(cold);
            (demo ? warmDemo : warmEmpty).samples.append(warm);
        }
    }
    print("cold start, --demo (seeding)", coldDemo);
    print("warm restart, --demo (seeded dir)", warmDemo);
    print("cold start, empty", coldEmpty);
    print("warm restart, empty", warmEmpty);
    return 0;
}
