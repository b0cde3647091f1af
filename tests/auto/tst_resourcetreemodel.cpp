// The resource tree against a real (in-process) emulator, always under QAbstractItemModelTester.
#include "api/apiclient.h"
#include "emulatorprocess.h"
#include "loopbackhttpserver.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <numeric>

using namespace Qt::StringLiterals;
using Models::ResourceTreeModel;
using Kind = ResourceTreeModel::NodeKind;

namespace {

struct Fixture
{
    explicit Fixture(const QStringList &arguments) { emulator.setExtraArguments(arguments); }
    bool start() { return startEmulator() && createModel(); }
    bool startEmulator()
    {
        if (!emulator.start()) {
            qWarning() << emulator.errorString();
            return false;
        }
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(TestSupport::EmulatorProcess::credentials());
        client.setMaxRetries(0);
        return true;
    }
    // The model (and its tester, which fetches every container it sees) comes after the data.
    bool createModel()
    {
        model = std::make_unique<ResourceTreeModel>(
            [this](const QUuid &, QObject *, ResourceTreeModel::ClientCallback done) {
                ++opened;
                done(&client, {});
            });
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profiles::Profile p = Profiles::ProfileStore::sandboxProfile();
        model->setProfiles({p});
        return true;
    }
    QModelIndex project() const { return model->index(0, 0, model->index(0, 0)); }
    // Fetches a container and waits until it is no longer loading.
    bool load(const QModelIndex &container)
    {
        if (model->canFetchMore(container))
            model->fetchMore(container);
        return QTest::qWaitFor([&] { return model->loadState(container) != ResourceTreeModel::LoadState::Loading; },
                               15000);
    }
    QModelIndex child(const QModelIndex &parent, Kind kind, const QString &name = {}) const
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (model->kind(i) == kind && (name.isEmpty() || i.data(ResourceTreeModel::NameRole).toString() == name))
                return i;
        }
        return {};
    }
    QModelIndex firstInstance(const QString &version)
    {
        for (int r = 0; r < model->rowCount(project()); ++r) {
            const QModelIndex i = model->index(r, 0, project());
            if (i.data(ResourceTreeModel::EngineVersionRole).toString() == version)
                return i;
        }
        return {};
    }

    TestSupport::EmulatorProcess emulator;
    Api::ApiClient client;
    std::unique_ptr<ResourceTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    int opened = 0;
};

// The mqdesk-emulator executable with its demo data (and optional faults).
QStringList demoSettings(const QString &faults = {})
{
    QStringList args {u"--demo"_s};
    if (!faults.isEmpty())
        args << u"--faults"_s << faults;
    return args;
}

// A loopback responder for one instance whose Topics folder lists `total` topics, with the
// offsets each page was asked for, pages that fail on purpose and pages held to answer later.
struct TopicServer
{
    explicit TopicServer(int total) : total(total) { }
    bool start()
    {
        if (!server.listen())
            return false;
        server.setHandler([this](const TestSupport::HttpRequest &r) -> std::optional<TestSupport::HttpResponse> {
            if (r.path.endsWith("/instances")) {
                const QJsonObject instance {{"instance_id"_L1, u"i-1"_s},
                                            {"name"_L1, u"one"_s},
                                            {"engine_version"_L1, u"5.x"_s},
                                            {"status"_L1, u"RUNNING"_s}};
                return json({{"instances"_L1, QJsonArray {instance}}, {"instance_num"_L1, 1}});
            }
            if (!r.path.endsWith("/topics"))
                return json({{"groups"_L1, QJsonArray()}, {"users"_L1, QJsonArray()}, {"total"_L1, 0}});
            const QUrlQuery query(QString::fromLatin1(r.query));
            const int offset = query.queryItemValue(u"offset"_s).toInt();
            ++asked[offset];
            if (failures.value(offset) > 0) {
                --failures[offset];
                return TestSupport::HttpResponse::json(500, R"({"error_code":"DMS.00500000","error_msg":"lost page"})");
            }
            if (holdAfterFirst && offset > 0)
                return std::nullopt;
            return page(offset, query.queryItemValue(u"limit"_s).toInt());
        });
        Api::Endpoint endpoint;
        endpoint.dms = server.url();
        endpoint.projectId = u"0123456789abcdef0123456789abcdef"_s;
        client.setEndpoint(endpoint);
        client.setCredentials(TestSupport::EmulatorProcess::credentials());
        client.setMaxRetries(0);
        return true;
    }
    static TestSupport::HttpResponse json(const QJsonObject &o)
    {
        return TestSupport::HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    TestSupport::HttpResponse page(int offset, int limit) const
    {
        QJsonArray topics;
        for (int i = offset; i < qMin(total, offset + limit); ++i)
            topics.append(QJsonObject {{"name"_L1, name(reversed ? total - 1 - i : i)}, {"queue_num"_L1, queueNum}});
        return json({{"topics"_L1, topics}, {"total"_L1, total}});
    }
    void answerHeld()
    {
        holdAfterFirst = false;
        const QList<int> held = server.heldRequests();
        for (int index : held) {
            const QUrlQuery query(QString::fromLatin1(server.requests().at(index).query));
            server.respond(index,
                           page(query.queryItemValue(u"offset"_s).toInt(), query.queryItemValue(u"limit"_s).toInt()));
        }
    }
    static QString name(int i) { return u"t-%1"_s.arg(i, 3, 10, QChar(u'0')); }

    int total;
    TestSupport::LoopbackHttpServer server;
    Api::ApiClient client;
    QMap<int, int> asked;    ///< topic offset -> requests
    QMap<int, int> failures; ///< topic offset -> failures still to answer
    bool holdAfterFirst = false;
    bool reversed = false; ///< list the topics last to first
    int queueNum = 3;
};

} // namespace

class tst_ResourceTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lazyTreeDownToTopics()
    {
        Fixture f(demoSettings());
        QVERIFY(f.start());
        QCOMPARE(f.model->rowCount(), 1);
        QCOMPARE(f.model->kind(f.model->index(0, 0)), Kind::Profile);
        QVERIFY(f.model->hasChildren(f.project()));
        // (The model tester has already asked for the project's children.)
        QVERIFY(f.load(f.project()));
        QCOMPARE(f.opened, 1); // one client per profile, however many containers load
        QCOMPARE(f.model->loadState(f.project()), ResourceTreeModel::LoadState::Loaded);
        const QModelIndex instance = f.firstInstance(u"4.8.0"_s);
        QVERIFY(instance.isValid());
        QCOMPARE(f.model->rowCount(instance), 3);
        QVERIFY(instance.data().toString().contains(u"4.8.0"_s));
        QCOMPARE(instance.data(ResourceTreeModel::StatusRole).toString(), u"RUNNING"_s);

        const QModelIndex topics = f.child(instance, Kind::TopicsFolder);
        QVERIFY(f.load(topics));
        QVERIFY(f.model->rowCount(topics) > 0);
        QCOMPARE(topics.data(ResourceTreeModel::TotalRole).toLongLong(), qint64(f.model->rowCount(topics)));
        QVERIFY(topics.data().toString().contains(u'(')); // "Topics (n)"
        const QModelIndex topic = f.model->index(0, 0, topics);
        QCOMPARE(f.model->kind(topic), Kind::Topic);
        QCOMPARE(topic.data(ResourceTreeModel::InstanceIdRole), instance.data(ResourceTreeModel::KeyRole));
        QCOMPARE(f.model->clientFor(topic), &f.client);
        // Links round-trip.
        const QString link = ResourceTreeModel::linkFor(topic);
        QVERIFY(link.startsWith(u"mqdesk://"_s));
        QCOMPARE(f.model->indexForLink(link), topic);

        const QModelIndex groups = f.child(instance, Kind::GroupsFolder);
        QVERIFY(f.load(groups));
        QVERIFY(f.model->rowCount(groups) > 0);
        const QModelIndex group = f.model->index(0, 0, groups);
        const QModelIndex dlq = f.model->index(0, 0, group);
        QCOMPARE(f.model->kind(dlq), Kind::DeadLetterTopic);
        // Leaves say so (views skip per-row work for them); a group has its dead-letter row.
        QVERIFY(topic.flags() & Qt::ItemNeverHasChildren);
        QVERIFY(dlq.flags() & Qt::ItemNeverHasChildren);
        QVERIFY(!(group.flags() & Qt::ItemNeverHasChildren));
        QCOMPARE(dlq.data(ResourceTreeModel::NameRole).toString(),
                 u"%DLQ%"_s + group.data(ResourceTreeModel::NameRole).toString());

        const QModelIndex users = f.child(instance, Kind::UsersFolder);
        QVERIFY(f.load(users));
        QCOMPARE(f.model->loadState(users), ResourceTreeModel::LoadState::Loaded);
    }

    void pagesInParallelAndInOrder()
    {
        Fixture f(demoSettings());
        QVERIFY(f.startEmulator());
        const auto instances = TestSupport::callAndWait(f.client, u"list_instances"_s, {});
        QVERIFY2(instances.ok, qPrintable(instances.error.toString()));
        QString instanceId;
        for (const QJsonValue &i : instances.object().value("instances"_L1).toArray()) {
            if (i["engine_version"_L1].toString() == u"5.x")
                instanceId = i["instance_id"_L1].toString();
        }
        QVERIFY(!instanceId.isEmpty());
        for (int i = 0; i < 60; ++i) {
            const QByteArray body = QJsonDocument(QJsonObject {{"name"_L1, u"bulk-%1"_s.arg(i, 3, 10, QChar(u'0'))},
                                                               {"queue_num"_L1, 2},
                                                               {"message_type"_L1, u"NORMAL"_s}})
                                        .toJson(QJsonDocument::Compact);
            const auto r = TestSupport::callAndWait(f.client, u"create_or_batch_delete_topics"_s,
                                                    {{u"instance_id"_s, instanceId}}, body);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
        }
        const auto all = TestSupport::callAndWait(f.client, u"list_topics"_s,
                                                  {{u"instance_id"_s, instanceId}, {u"limit"_s, 50}, {u"offset"_s, 0}});
        const qint64 total = qint64(all.object().value("total"_L1).toDouble());
        QVERIFY(total >= 60);

        QVERIFY(f.createModel());
        f.model->setPageSize(7);
        f.model->setFetchAhead(4);
        QVERIFY(f.load(f.project()));
        const QModelIndex instance = f.firstInstance(u"5.x"_s);
        QVERIFY(instance.isValid());
        const QModelIndex topics = f.child(instance, Kind::TopicsFolder);
        QSignalSpy loadedSpy(f.model.get(), &ResourceTreeModel::containerLoaded);
        const auto loaded = [&] {
            int n = 0;
            for (const auto &args : std::as_const(loadedSpy))
                n += args.at(0).toModelIndex() == topics ? 1 : 0;
            return n;
        };
        QVERIFY(f.load(topics));
        QCOMPARE(qint64(f.model->rowCount(topics)), total);
        // Same order as the service's, no duplicates, no placeholder left.
        QStringList names;
        for (int r = 0; r < f.model->rowCount(topics); ++r)
            names.append(f.model->index(r, 0, topics).data(ResourceTreeModel::NameRole).toString());
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QVERIFY(names.contains(u"bulk-000"_s) && names.contains(u"bulk-059"_s));
        QVERIFY(names.indexOf(u"bulk-000"_s) < names.indexOf(u"bulk-059"_s));

        // Filter over the loaded tree.
        Models::ResourceFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(f.model.get());
        filter.setFilterText(u"BULK-05"_s);
        const QModelIndex ft = filter.mapFromSource(topics);
        QVERIFY(ft.isValid());
        QCOMPARE(filter.rowCount(ft), 10);

        // F5 keeps the nodes (persistent indexes survive) and picks up changes.
        const QPersistentModelIndex kept = f.child(topics, Kind::Topic, u"bulk-010"_s);
        QVERIFY(kept.isValid());
        QVERIFY(TestSupport::callAndWait(f.client, u"delete_topic"_s,
                                         {{u"instance_id"_s, instanceId}, {u"topic"_s, u"bulk-020"_s}})
                    .ok);
        const int before = loaded();
        f.model->refresh(topics);
        QTRY_COMPARE_WITH_TIMEOUT(loaded(), before + 1, 15000);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ResourceTreeModel::NameRole).toString(), u"bulk-010"_s);
        QVERIFY(!f.child(topics, Kind::Topic, u"bulk-020"_s).isValid());
        QCOMPARE(qint64(f.model->rowCount(topics)), total - 1);
    }

    void errorRowAndRetry()
    {
        Fixture f(demoSettings(u"error=1:500,paths=/topics"_s));
        QVERIFY(f.start());
        QVERIFY(f.load(f.project()));
        const QModelIndex instance = f.firstInstance(u"4.8.0"_s);
        const QModelIndex topics = f.child(instance, Kind::TopicsFolder);
        QSignalSpy failedSpy(f.model.get(), &ResourceTreeModel::containerFailed);
        // The model tester fetches other containers too: count this folder's failures only.
        const auto failed = [&] {
            int n = 0;
            for (const auto &args : std::as_const(failedSpy))
                n += args.at(0).toModelIndex() == topics ? 1 : 0;
            return n;
        };
        QVERIFY(f.load(topics));
        QCOMPARE(failed(), 1);
        QCOMPARE(f.model->loadState(topics), ResourceTreeModel::LoadState::Failed);
        QCOMPARE(f.model->rowCount(topics), 1);
        const QModelIndex errorRow = f.model->index(0, 0, topics);
        QCOMPARE(f.model->kind(errorRow), Kind::Error);
        const auto error = errorRow.data(ResourceTreeModel::ErrorRole).value<Api::ApiError>();
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(errorRow.data().toString().contains(u"500"_s));
        // Retry goes back to loading (and fails again: the fault is permanent here).
        f.model->retry(errorRow);
        QCOMPARE(f.model->loadState(topics), ResourceTreeModel::LoadState::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(failed(), 2, 15000);
        QCOMPARE(f.model->rowCount(topics), 1);
        // Other folders are unaffected.
        const QModelIndex groups = f.child(instance, Kind::GroupsFolder);
        QVERIFY(f.load(groups));
        QCOMPARE(f.model->loadState(groups), ResourceTreeModel::LoadState::Loaded);
    }

    // A page failing in the middle of a listing: what arrived before it stays, the pages in
    // flight behind it are kept, and retry() asks for that page alone. Served by a loopback
    // responder so that exactly the chosen page fails.
    void failedPageInTheMiddleIsRetriedAlone()
    {
        TopicServer ts(230);
        QVERIFY(ts.start());
        auto &asked = ts.asked;
        auto &failures = ts.failures;
        Api::ApiClient &client = ts.client;
        ResourceTreeModel model(
            [&client](const QUuid &, QObject *, ResourceTreeModel::ClientCallback done) { done(&client, {}); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setFetchAhead(4);
        QSignalSpy failedSpy(&model, &ResourceTreeModel::containerFailed);
        QSignalSpy loadedSpy(&model, &ResourceTreeModel::containerLoaded);
        failures = {{60, 1}}; // the model tester fetches every container it sees, this one too
        model.setProfiles({Profiles::ProfileStore::sandboxProfile()});
        const QModelIndex project = model.index(0, 0, model.index(0, 0));
        QTRY_COMPARE(model.loadState(project), ResourceTreeModel::LoadState::Loaded);
        const QModelIndex topics = model.index(0, 0, model.index(0, 0, project));
        QCOMPARE(model.kind(topics), Kind::TopicsFolder);
        const auto count = [&](const QSignalSpy &spy) {
            int n = 0;
            for (const auto &args : spy)
                n += args.at(0).toModelIndex() == topics ? 1 : 0;
            return n;
        };
        const auto names = [&] {
            QStringList n;
            for (int r = 0; r < model.rowCount(topics); ++r) {
                const QModelIndex i = model.index(r, 0, topics);
                if (model.kind(i) == Kind::Topic)
                    n.append(i.data(ResourceTreeModel::NameRole).toString());
            }
            return n;
        };
        const auto expected = [](int count) {
            QStringList n;
            for (int i = 0; i < count; ++i)
                n.append(u"t-%1"_s.arg(i, 3, 10, QChar(u'0')));
            return n;
        };

        // First page alone, then 20/40/60/80 in flight: 60 fails, 80 lands behind the gap.
        if (model.canFetchMore(topics))
            model.fetchMore(topics);
        QTRY_COMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Failed);
        QCOMPARE(count(failedSpy), 1);
        QCOMPARE(names(), expected(60));
        QCOMPARE(topics.data(ResourceTreeModel::TotalRole).toLongLong(), 230);
        const QModelIndex errorRow = model.index(model.rowCount(topics) - 1, 0, topics);
        QCOMPARE(model.kind(errorRow), Kind::Error);
        QCOMPARE(errorRow.data(ResourceTreeModel::ErrorRole).value<Api::ApiError>().httpStatus, 500);
        QCOMPARE(asked.value(80), 1); // asked with 60, landed, held behind the gap
        const int loadingBefore = model.loadingCount();

        model.retry(errorRow);
        QCOMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Loading);
        QCOMPARE(model.loadingCount(), loadingBefore + 1);
        QTRY_COMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Loaded);
        QCOMPARE(model.loadingCount(), loadingBefore);
        QCOMPARE(names(), expected(230)); // complete, in order, no placeholder left
        QCOMPARE(model.rowCount(topics), 230);
        QCOMPARE(asked.value(60), 2);
        for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
            if (it.key() != 60)
                QCOMPARE(it.value(), 1);
        }
        QCOMPARE(count(loadedSpy), 1);

        // A refresh that loses a page: the old rows stay with an error row; retry finishes it
        // (asking for the lost page alone) and the rows survive the merge.
        const QPersistentModelIndex kept = model.index(150, 0, topics);
        asked.clear();
        failures = {{100, 1}};
        model.refresh(topics);
        QTRY_COMPARE(count(failedSpy), 2);
        QCOMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Failed);
        QCOMPARE(names(), expected(230));
        QCOMPARE(model.kind(model.index(230, 0, topics)), Kind::Error);
        model.retry(model.index(230, 0, topics));
        QTRY_COMPARE(count(loadedSpy), 2);
        QCOMPARE(model.rowCount(topics), 230);
        QCOMPARE(names(), expected(230));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 150);
        QCOMPARE(asked.value(100), 2);
        QCOMPARE(asked.value(120), 1);

        // Topics created since show up on the next refresh, behind the kept rows.
        ts.total = 245;
        model.refresh(topics);
        QTRY_COMPARE(count(loadedSpy), 3);
        QCOMPARE(names(), expected(245));
        QCOMPARE(topics.data(ResourceTreeModel::TotalRole).toLongLong(), 245);
        QCOMPARE(kept.row(), 150);

        // Changed fields update the rows in place.
        ts.queueNum = 8;
        const QPersistentModelIndex seventh = model.index(7, 0, topics);
        model.refresh(topics);
        QTRY_COMPARE(count(loadedSpy), 4);
        QCOMPARE(seventh.row(), 7);
        QCOMPARE(seventh.data(ResourceTreeModel::JsonRole).toJsonObject().value("queue_num"_L1).toInt(), 8);
        QCOMPARE(model.rowCount(topics), 245);

        // A list in another order still merges (by a reset, which is rare).
        ts.reversed = true;
        model.refresh(topics);
        QTRY_COMPARE(count(loadedSpy), 5);
        QStringList reversed = expected(245);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(names(), reversed);
    }

    // The first page shows at once; pages that arrive together go in as one insert (each insert
    // makes a tree view lay out the whole folder again).
    void pagesArrivingTogetherGoInTogether()
    {
        TopicServer ts(100);
        QVERIFY(ts.start());
        ts.holdAfterFirst = true;
        ResourceTreeModel model(
            [&ts](const QUuid &, QObject *, ResourceTreeModel::ClientCallback done) { done(&ts.client, {}); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setFetchAhead(4);
        QList<int> inserts; // sizes of the topic inserts, in order
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first, int last) {
            if (model.kind(model.index(first, 0, parent)) == Kind::Topic)
                inserts.append(last - first + 1);
        });
        model.setProfiles({Profiles::ProfileStore::sandboxProfile()}); // the tester fetches every folder
        const QModelIndex project = model.index(0, 0, model.index(0, 0));
        QTRY_COMPARE(model.loadState(project), ResourceTreeModel::LoadState::Loaded);
        const QModelIndex topics = model.index(0, 0, model.index(0, 0, project));
        if (model.canFetchMore(topics))
            model.fetchMore(topics);
        QTRY_COMPARE(ts.server.heldRequests().size(), 4); // 20, 40, 60 and 80 in flight
        QCOMPARE(inserts, QList<int> {20});
        QCOMPARE(model.rowCount(topics), 21); // and the loading row
        QCOMPARE(model.kind(model.index(20, 0, topics)), Kind::Loading);
        QCOMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Loading);

        ts.answerHeld();
        QTRY_COMPARE(model.loadState(topics), ResourceTreeModel::LoadState::Loaded);
        QCOMPARE(model.rowCount(topics), 100);
        for (int r = 0; r < 100; ++r)
            QCOMPARE(model.index(r, 0, topics).data(ResourceTreeModel::NameRole).toString(), TopicServer::name(r));
        QCOMPARE(std::accumulate(inserts.cbegin(), inserts.cend(), 0), 100);
        QVERIFY2(inserts.size() <= 3, qPrintable(u"%1 inserts for 5 pages"_s.arg(inserts.size())));
    }

    void openerFailureShowsErrorRow()
    {
        ResourceTreeModel model([](const QUuid &, QObject *, ResourceTreeModel::ClientCallback done) {
            done(nullptr, u"No keychain is available."_s);
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({Profiles::ProfileStore::sandboxProfile()});
        const QModelIndex project = model.index(0, 0, model.index(0, 0));
        model.fetchMore(project);
        QTRY_COMPARE(model.loadState(project), ResourceTreeModel::LoadState::Failed);
        QCOMPARE(model.kind(model.index(0, 0, project)), Kind::Error);
        QVERIFY(model.index(0, 0, project).data().toString().contains(u"keychain"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ResourceTreeModel)
#include "tst_resourcetreemodel.moc"
