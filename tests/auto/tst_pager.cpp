// Api::Pager over a real ApiClient and a loopback HTTP responder that serves a list of N
// topics by offset/limit: first page then bounded parallel pages, in-order emission whatever
// the arrival order, sequential paging without a total, failure and abort.
#include "api/apiclient.h"
#include "api/pager.h"
#include "loopbackhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Api;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::LoopbackHttpServer;

namespace {

struct Recorder
{
    QList<qint64> offsets;
    QStringList names;
    QList<qint64> totals;
    int finished = 0;
    int failed = 0;
    qint64 finishedItems = -1;
    ApiError error;
};

} // namespace

class tst_Pager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesAllPagesInOrder();
    void outOfOrderArrivalIsReordered();
    void withoutTotalPagesSequentially();
    void maxItemsStopsEarly();
    void zeroItemsSendsNothing();
    void failureEndsOnceAndStopsTheRest();
    void abortEmitsNothing();
    void notAListOperation();
    void pauseRetriesOnlyTheFailedPages();
    void pauseOnTheFirstPage();
    void unpagedOperationIsAskedOnce();

private:
    /// Serves `count` topics; with `withTotal` false the answer has no total.
    void serveTopics(int count, bool withTotal = true, int failAtOffset = -1);
    std::shared_ptr<Recorder> record(Pager *pager);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    bool m_hold = false;
    QMap<int, int> m_failures; ///< offset -> how many more times it answers 500
    QMap<int, int> m_asked;    ///< offset -> requests seen
};

void tst_Pager::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.dms = m_server->url();
    endpoint.projectId = u"0123456789abcdef0123456789abcdef"_s;
    m_client->setEndpoint(endpoint);
    m_client->setMaxParallel(8);
    m_client->setMaxRetries(0);
    Auth::Credentials credentials;
    credentials.kind = Auth::Credentials::Kind::AkSk;
    credentials.accessKey = "EXAMPLEAK0123456789Z";
    credentials.secretKey = "EXAMPLEsk0123456789abcdefghijklmnopqrstu";
    m_client->setCredentials(credentials);
    m_hold = false;
    m_failures.clear();
    m_asked.clear();
}

void tst_Pager::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_Pager::serveTopics(int count, bool withTotal, int failAtOffset)
{
    m_server->setHandler([this, count, withTotal, failAtOffset](const HttpRequest &r) -> std::optional<HttpResponse> {
        const QUrlQuery query(QString::fromLatin1(r.query));
        const int offset = query.queryItemValue(u"offset"_s).toInt();
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        if (limit < 1 || limit > 50)
            return HttpResponse::json(400, R"({"error_code":"DMS.00400002","error_msg":"bad limit"})");
        ++m_asked[offset];
        if (offset == failAtOffset || m_failures.value(offset) > 0) {
            --m_failures[offset];
            return HttpResponse::json(500, R"({"error_code":"DMS.00500000","error_msg":"broken page"})");
        }
        if (m_hold && offset > 0)
            return std::nullopt;
        QJsonArray topics;
        for (int i = offset; i < qMin(count, offset + limit); ++i)
            topics.append(QJsonObject {{"name"_L1, u"topic-%1"_s.arg(i, 5, 10, QChar(u'0'))}});
        QJsonObject page {{"topics"_L1, topics}};
        if (withTotal)
            page.insert("total"_L1, count);
        return HttpResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    });
}

std::shared_ptr<Recorder> tst_Pager::record(Pager *pager)
{
    auto rec = std::make_shared<Recorder>();
    connect(pager, &Pager::pageReady, this, [rec](qint64 offset, const QJsonArray &items, const QJsonObject &) {
        rec->offsets.append(offset);
        for (const QJsonValue &v : items)
            rec->names.append(v.toObject().value("name"_L1).toString());
    });
    connect(pager, &Pager::totalKnown, this, [rec](qint64 total) { rec->totals.append(total); });
    connect(pager, &Pager::finished, this, [rec](qint64 items) {
        ++rec->finished;
        rec->finishedItems = items;
    });
    connect(pager, &Pager::failed, this, [rec](const ApiError &error) {
        ++rec->failed;
        rec->error = error;
    });
    return rec;
}

void tst_Pager::fetchesAllPagesInOrder()
{
    serveTopics(1234);
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setMaxInFlight(6);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->failed, 0);
    QCOMPARE(rec->totals, QList<qint64> {1234});
    QCOMPARE(rec->finishedItems, 1234);
    QCOMPARE(rec->names.size(), 1234);
    QCOMPARE(rec->names.first(), u"topic-00000"_s);
    QCOMPARE(rec->names.last(), u"topic-01233"_s);
    QStringList sorted = rec->names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(rec->names, sorted);
    QCOMPARE(rec->offsets.size(), 25); // 24 full pages of 50 and one of 34
    QCOMPARE(rec->offsets.at(1), 50);
    QCOMPARE(m_server->requestCount(), 25);
    QVERIFY(m_server->maxInProgress() <= 6);
    // The last page asks only for what is left; every request is signed and paged <= 50.
    const HttpRequest &last = m_server->requests().last();
    QVERIFY(last.header("Authorization").startsWith("SDK-HMAC-SHA256"));
    QVERIFY(!pager.isRunning());
}

void tst_Pager::outOfOrderArrivalIsReordered()
{
    serveTopics(200);
    m_hold = true; // pages after the first are held, then answered last-first
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setMaxInFlight(3);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(m_server->heldRequests().size(), 3);
    QCOMPARE(rec->offsets, QList<qint64> {0});
    m_hold = false;
    const QList<int> held = m_server->heldRequests();
    for (qsizetype i = held.size() - 1; i >= 0; --i) {
        const HttpRequest &r = m_server->requests().at(held.at(i));
        const int offset = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(u"offset"_s).toInt();
        QJsonArray topics;
        for (int n = offset; n < offset + 50; ++n)
            topics.append(QJsonObject {{"name"_L1, u"topic-%1"_s.arg(n, 5, 10, QChar(u'0'))}});
        m_server->respond(
            held.at(i),
            HttpResponse::json(
                200,
                QJsonDocument(QJsonObject {{"topics"_L1, topics}, {"total"_L1, 200}}).toJson(QJsonDocument::Compact)));
    }
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->offsets, (QList<qint64> {0, 50, 100, 150}));
    QCOMPARE(rec->names.size(), 200);
    QCOMPARE(rec->names.at(120), u"topic-00120"_s);
}

void tst_Pager::withoutTotalPagesSequentially()
{
    serveTopics(120, false);
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->finished, 1);
    QVERIFY(rec->totals.isEmpty());
    QCOMPARE(rec->finishedItems, 120);
    QCOMPARE(rec->offsets, (QList<qint64> {0, 50, 100}));
    QCOMPARE(m_server->maxInProgress(), 1);
}

void tst_Pager::maxItemsStopsEarly()
{
    serveTopics(1000);
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}, {u"offset"_s, 100}});
    pager.setPageSize(20);
    pager.setMaxItems(70);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->finishedItems, 70);
    QCOMPARE(rec->names.first(), u"topic-00100"_s);
    QCOMPARE(rec->names.last(), u"topic-00169"_s);
    QCOMPARE(rec->offsets, (QList<qint64> {100, 120, 140, 160}));
    // The last request asked for the 10 still missing, not a full page.
    const HttpRequest &last = m_server->requests().last();
    QCOMPARE(QUrlQuery(QString::fromLatin1(last.query)).queryItemValue(u"limit"_s), u"10"_s);
}

void tst_Pager::zeroItemsSendsNothing()
{
    serveTopics(10);
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setMaxItems(0);
    const auto rec = record(&pager);
    pager.start();
    QCOMPARE(rec->finished, 0); // never from inside start()
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->finishedItems, 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_Pager::failureEndsOnceAndStopsTheRest()
{
    serveTopics(1000, true, 150);
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setMaxInFlight(2);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->failed, 1);
    QCOMPARE(rec->finished, 0);
    QCOMPARE(rec->error.httpStatus, 500);
    QCOMPARE(rec->error.errorCode, u"DMS.00500000"_s);
    QVERIFY(!pager.canResume()); // StopAll is the default
    const int sent = m_server->requestCount();
    QVERIFY(sent < 20);
    QVERIFY(!rec->offsets.contains(150));
    // Nothing more goes out or comes back after the failure.
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), sent);
    QCOMPARE(rec->failed + rec->finished, 1);
}

void tst_Pager::abortEmitsNothing()
{
    serveTopics(500);
    m_hold = true;
    auto pager = std::make_unique<Pager>(m_client.get(), u"list_topics"_s, QVariantMap {{u"instance_id"_s, u"i"_s}});
    const auto rec = record(pager.get());
    pager->start();
    QTRY_VERIFY(!m_server->heldRequests().isEmpty());
    pager->abort();
    QVERIFY(!pager->isRunning());
    m_server->respondToAllHeld(HttpResponse::json(200, R"({"topics":[],"total":500})"));
    QTest::qWait(50);
    QCOMPARE(rec->finished + rec->failed, 0);
    QCOMPARE(rec->offsets, QList<qint64> {0});
    pager.reset(); // deleting after abort is fine
}

void tst_Pager::notAListOperation()
{
    Pager pager(m_client.get(), u"show_topic"_s, {});
    const auto rec = record(&pager);
    pager.start();
    QCOMPARE(rec->failed, 0); // never from inside start()
    QTRY_COMPARE(rec->failed, 1);
    QCOMPARE(rec->error.kind, ApiError::Kind::Client);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_Pager::pauseRetriesOnlyTheFailedPages()
{
    serveTopics(1000);
    m_failures = {{150, 1}, {700, 1}};
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setMaxInFlight(4);
    pager.setFailureMode(Pager::FailureMode::Pause);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->failed, 1);
    QCOMPARE(rec->finished, 0);
    QCOMPARE(rec->error.httpStatus, 500);
    QVERIFY(pager.canResume());
    QVERIFY(!pager.isRunning());
    // The pages before the gap were handed out, the ones after it are kept for later.
    QCOMPARE(rec->offsets, (QList<qint64> {0, 50, 100}));
    QCOMPARE(pager.failedOffsets(), QList<qint64> {150});
    // At most four in flight with 150: nothing went out after the failure.
    QVERIFY(m_asked.lastKey() <= 300);
    const int sent = m_server->requestCount();
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), sent);

    pager.resume();
    QCOMPARE(rec->failed + rec->finished, 1); // nothing from inside resume()
    QTRY_COMPARE(rec->failed, 2);             // 700 fails on its first try
    QCOMPARE(pager.failedOffsets(), QList<qint64> {700});
    QCOMPARE(rec->offsets.last(), 650);
    pager.resume();
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->failed, 2);
    QCOMPARE(rec->finishedItems, 1000);
    QCOMPARE(rec->names.size(), 1000);
    QCOMPARE(rec->names.at(150), u"topic-00150"_s);
    QStringList sorted = rec->names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(rec->names, sorted);
    QVERIFY(pager.failedOffsets().isEmpty());
    QVERIFY(!pager.canResume());
    // Only the failed pages were asked twice.
    for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it)
        QCOMPARE(it.value(), it.key() == 150 || it.key() == 700 ? 2 : 1);
    QCOMPARE(m_server->requestCount(), 22);
}

void tst_Pager::pauseOnTheFirstPage()
{
    serveTopics(120);
    m_failures = {{0, 1}};
    Pager pager(m_client.get(), u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
    pager.setFailureMode(Pager::FailureMode::Pause);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->failed, 1);
    QVERIFY(rec->offsets.isEmpty());
    QCOMPARE(pager.failedOffsets(), QList<qint64> {0});
    pager.resume();
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->totals, QList<qint64> {120});
    QCOMPARE(rec->offsets, (QList<qint64> {0, 50, 100}));
    QCOMPARE(rec->finishedItems, 120);
    // abort() forgets a paused run.
    m_failures = {{50, 1}};
    pager.start();
    QTRY_COMPARE(rec->failed, 2);
    QVERIFY(pager.canResume());
    pager.abort();
    QVERIFY(!pager.canResume());
    pager.resume();
    QVERIFY(!pager.isRunning());
}

void tst_Pager::unpagedOperationIsAskedOnce()
{
    // dms_v1_list_queues has no offset/limit: one request, whatever the total says.
    m_server->setHandler([](const HttpRequest &) -> std::optional<HttpResponse> {
        QJsonArray queues;
        for (int i = 0; i < 60; ++i)
            queues.append(QJsonObject {{"id"_L1, u"q-%1"_s.arg(i)}, {"name"_L1, u"queue-%1"_s.arg(i)}});
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject {{"queues"_L1, queues}, {"total"_L1, 60}}).toJson(QJsonDocument::Compact));
    });
    Pager pager(m_client.get(), u"dms_v1_list_queues"_s, {});
    pager.setItemsKey(u"queues"_s);
    const auto rec = record(&pager);
    pager.start();
    QTRY_COMPARE(rec->finished, 1);
    QCOMPARE(rec->finishedItems, 60);
    QCOMPARE(rec->offsets, QList<qint64> {0});
    QCOMPARE(m_server->requestCount(), 1);
    const QUrlQuery query(QString::fromLatin1(m_server->requests().first().query));
    QVERIFY(!query.hasQueryItem(u"offset"_s));
    QVERIFY(!query.hasQueryItem(u"limit"_s));
}

QTEST_GUILESS_MAIN(tst_Pager)
#include "tst_pager.moc"
