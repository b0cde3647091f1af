// Paging and name filtering of the emulator's long lists (list_topics, list_consumer_groups,
// list_users) through core's signed Api::ApiClient over loopback: offset/limit edges, totals,
// the quota fields, the case-insensitive substring filter with %, _ and \ taken literally, and
// pages that add up to the whole sorted list. Expectations come from a reference built here
// (QString::contains(Qt::CaseInsensitive), byte order) plus hand-counted totals.
#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "broker/broker.h"
#include "catalog.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;
using TestSupport::CallResult;

namespace {

constexpr int kOmit = INT_MIN; // leave the query parameter out
constexpr int kMaxGroups = 4000;

// Valid topic and group names (letters, digits, _ - % |): literal %, _ and mixed case on purpose.
const QStringList kNames {
    u"alpha-one"_s, u"Alpha-Two"_s, u"ALPHA-three"_s, u"beta_1"_s,      u"betax1"_s,  u"beta%1"_s,  u"beta%%2"_s,
    u"gamma|x"_s,   u"pct-100%"_s,  u"under_score"_s, u"underXscore"_s, u"x_y_z"_s,   u"xAy"_s,     u"zeta-9"_s,
    u"Zulu"_s,      u"mixedCASE"_s, u"case-s"_s,      u"kelvin-k"_s,    u"bulk-00"_s, u"bulk-01"_s, u"bulk-02"_s,
    u"bulk-03"_s,   u"bulk-04"_s,   u"bulk-05"_s,     u"bulk-06"_s,     u"bulk-07"_s, u"bulk-08"_s, u"bulk-09"_s,
    u"bulk-10"_s,   u"bulk-11"_s,   u"omega"_s};

// Users need 7-64 characters starting with a letter (no % or |).
QStringList userNames()
{
    QStringList names;
    for (int i = 0; i < 13; ++i)
        names.append((i % 2 ? u"Reader-%1"_s : u"writer-%1"_s).arg(i, 2, 10, QLatin1Char('0')));
    return names;
}

enum class Kind { Topics, Groups, Users };

QString arrayKey(Kind kind)
{
    return kind == Kind::Topics ? u"topics"_s : kind == Kind::Groups ? u"groups"_s : u"users"_s;
}

QStringList names(const QJsonObject &page, Kind kind)
{
    QStringList result;
    const QJsonArray items = page.value(arrayKey(kind)).toArray();
    for (const QJsonValue &value : items)
        result.append(value.toObject().value(kind == Kind::Users ? u"access_key"_s : u"name"_s).toString());
    return result;
}

/// What the list must hold: every name containing `filter` case-insensitively, in byte order.
QStringList reference(QStringList all, const QString &filter)
{
    std::sort(all.begin(), all.end());
    QStringList result;
    for (const QString &name : std::as_const(all)) {
        if (filter.isEmpty() || name.contains(filter, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

} // namespace

class TestEmulatorPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
    QString m_instance;

    CallResult on(const QString &op, QVariantMap params = {}, const QByteArray &body = {})
    {
        params.insert(u"instance_id"_s, m_instance);
        return TestSupport::callAndWait(*m_client, op, params, body);
    }
    // A raw signed GET: the client's operation table lists no name filter for list_topics,
    // while the console's service (and the emulator) take one.
    CallResult list(Kind kind, const QString &filter, int offset, int limit)
    {
        Api::ApiRequest request;
        request.path = u"/v2/%1/instances/%2/%3"_s.arg(TestSupport::EmulatorProcess::projectId(), m_instance,
                                                       kind == Kind::Topics       ? u"topics"_s
                                                           : kind == Kind::Groups ? u"groups"_s
                                                                                  : u"users"_s);
        if (!filter.isEmpty())
            request.query.append({kind == Kind::Groups ? u"group"_s : u"name"_s, filter});
        if (offset != kOmit)
            request.query.append({u"offset"_s, QString::number(offset)});
        if (limit != kOmit)
            request.query.append({u"limit"_s, QString::number(limit)});
        return TestSupport::sendAndWait(*m_client, request);
    }
    static QStringList all(Kind kind) { return kind == Kind::Users ? userNames() : kNames; }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<TestSupport::InProcessEmulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_client = std::make_unique<Api::ApiClient>();
        m_emulator->configure(*m_client);
        m_client->setMaxRetries(0);
        const CallResult created = TestSupport::callAndWait(
            *m_client, u"create_instance"_s, {}, TestSupport::compactJson(TestSupport::instanceBody(u"paging"_s)));
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        m_instance = created.object().value(u"instance_id"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(on(u"show_instance"_s).object().value(u"status"_s).toString(), u"RUNNING"_s, 10000);

        for (const QString &name : kNames) {
            const CallResult topic =
                on(u"create_or_batch_delete_topics"_s, {}, TestSupport::compactJson({{u"name"_s, name}}));
            QVERIFY2(topic.ok, qPrintable(name + u": "_s + topic.error.toString()));
            const CallResult group = on(u"create_or_batch_delete_consumer_groups"_s, {},
                                        TestSupport::compactJson({{u"name"_s, name}, {u"group_desc"_s, name}}));
            QVERIFY2(group.ok, qPrintable(name + u": "_s + group.error.toString()));
        }
        for (const QString &name : userNames()) {
            const CallResult user =
                on(u"create_user"_s, {},
                   TestSupport::compactJson({{u"access_key"_s, name}, {u"secret_key"_s, u"Str0ng-Secret"_s}}));
            QVERIFY2(user.ok, qPrintable(name + u": "_s + user.error.toString()));
        }
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void page_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expectedTotal"); // counted by hand
        QTest::addColumn<int>("expectedItems");

        const int n = int(kNames.size());      // 31
        const int u = int(userNames().size()); // 13
        for (const Kind kind : {Kind::Topics, Kind::Groups}) {
            const char *prefix = kind == Kind::Topics ? "topics: " : "groups: ";
            const auto row = [&](const char *name, const QString &filter, int offset, int limit, int total, int items) {
                QTest::addRow("%s%s", prefix, name) << int(kind) << filter << offset << limit << total << items;
            };
            row("defaults (offset 0, limit 10)", {}, kOmit, kOmit, n, 10);
            row("offset only", {}, 25, kOmit, n, 6);
            row("first page", {}, 0, 7, n, 7);
            row("middle page", {}, 7, 7, n, 7);
            row("last short page", {}, 28, 7, n, 3);
            row("last full page", {}, n - 7, 7, n, 7);
            row("offset at the end", {}, n, 5, n, 0);
            row("offset beyond the end", {}, 1000, 10, n, 0);
            row("limit 1", {}, 3, 1, n, 1);
            row("limit 50", {}, 0, 50, n, n);
            row("offset not a multiple of limit", {}, 5, 3, n, 3);
            row("percent is literal", u"%"_s, 0, 50, 3, 3);
            row("two percents are literal", u"%%"_s, 0, 50, 1, 1);
            row("underscore is literal", u"_"_s, 0, 50, 3, 3);
            row("underscore inside a name", u"beta_1"_s, 0, 50, 1, 1);
            row("backslash matches nothing", u"\\"_s, 0, 50, 0, 0);
            row("backslash before percent", u"\\%"_s, 0, 50, 0, 0);
            row("pipe", u"|"_s, 0, 50, 1, 1);
            row("upper-case filter", u"ALPHA"_s, 0, 50, 3, 3);
            row("lower-case filter, mixed-case name", u"mixedcase"_s, 0, 50, 1, 1);
            row("filter with paging", u"alpha"_s, 1, 1, 3, 1);
            row("filter, offset beyond its matches", u"alpha"_s, 5, 2, 3, 0);
            row("filter, default paging", u"bulk"_s, kOmit, kOmit, 12, 10);
            row("filter, last short page", u"bulk-"_s, 10, 10, 12, 2);
            row("no match", u"nomatch"_s, 0, 10, 0, 0);
            // Case folding as QString::contains(Qt::CaseInsensitive): U+017F folds to s, U+212A to k.
            row("long s folds to s", u"\u017F"_s, 0, 50, 4, 4);
            row("kelvin sign folds to k", u"\u212A"_s, 0, 50, 13, 13);
        }
        const auto userRow = [&](const char *name, int offset, int limit, int items) {
            QTest::addRow("users: %s", name) << int(Kind::Users) << QString() << offset << limit << u << items;
        };
        userRow("defaults", kOmit, kOmit, 10);
        userRow("second default page", 10, kOmit, 3);
        userRow("first page", 0, 4, 4);
        userRow("last short page", 12, 4, 1);
        userRow("offset at the end", u, 4, 0);
        userRow("offset beyond the end", 500, 4, 0);
        userRow("limit 50", 0, 50, u);
    }

    void page()
    {
        QFETCH(int, kind);
        QFETCH(QString, filter);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(int, expectedTotal);
        QFETCH(int, expectedItems);
        const Kind k = Kind(kind);

        const CallResult result = list(k, filter, offset, limit);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const QJsonObject page = result.object();

        const QStringList matching = reference(all(k), filter);
        QCOMPARE(int(matching.size()), expectedTotal);
        const int from = offset == kOmit ? 0 : offset;
        const int size = limit == kOmit ? 10 : limit;
        const QStringList expected = matching.mid(std::min<qsizetype>(from, matching.size()), size);
        QCOMPARE(int(expected.size()), expectedItems);
        QCOMPARE(names(page, k), expected);
        QCOMPARE(page.value(u"total"_s).toInt(), expectedTotal);
        QCOMPARE(page.value(u"next_offset"_s).toInt(), from + size < expectedTotal ? from + size : -1);
        QCOMPARE(page.value(u"previous_offset"_s).toInt(), from > 0 ? std::max(0, from - size) : -1);

        // The quota fields count the whole instance, whatever the filter.
        if (k == Kind::Topics) {
            const int max = TestSupport::InProcessEmulator::defaultSettings().maxTopics;
            QCOMPARE(page.value(u"max"_s).toInt(), max);
            QCOMPARE(page.value(u"remaining"_s).toInt(), max - int(kNames.size()));
        } else if (k == Kind::Groups) {
            QCOMPARE(page.value(u"max"_s).toInt(), kMaxGroups);
            QCOMPARE(page.value(u"remaining"_s).toInt(), kMaxGroups - int(kNames.size()));
        } else {
            QVERIFY(!page.contains(u"max"_s));
        }
    }

    // Every item of a page is the full resource, the same object the show_* call answers.
    void itemsMatchShow_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("topics") << int(Kind::Topics);
        QTest::newRow("groups") << int(Kind::Groups);
        QTest::newRow("users") << int(Kind::Users);
    }

    void itemsMatchShow()
    {
        QFETCH(int, kind);
        const Kind k = Kind(kind);
        const QString show = k == Kind::Topics ? u"show_topic"_s
            : k == Kind::Groups                ? u"show_consumer_group"_s
                                               : u"show_user"_s;
        const QString param = k == Kind::Topics ? u"topic"_s : k == Kind::Groups ? u"group"_s : u"user_name"_s;
        const QJsonArray items = list(k, {}, 4, 6).object().value(arrayKey(k)).toArray();
        QCOMPARE(items.size(), 6);
        for (const QJsonValue &item : items) {
            const QString name = item.toObject().value(k == Kind::Users ? u"access_key"_s : u"name"_s).toString();
            const CallResult shown = on(show, {{param, name}});
            QVERIFY2(shown.ok, qPrintable(shown.error.toString()));
            QCOMPARE(item.toObject(), shown.object());
        }
    }

    // Walking next_offset from 0 gives the whole sorted list once: no gaps, no duplicates.
    void pagesAddUp_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("limit");
        for (const int limit : {1, 4, 7, 50}) {
            QTest::addRow("topics, limit %d", limit) << int(Kind::Topics) << QString() << limit;
            QTest::addRow("groups, limit %d", limit) << int(Kind::Groups) << QString() << limit;
            QTest::addRow("users, limit %d", limit) << int(Kind::Users) << QString() << limit;
        }
        QTest::addRow("topics, filter a") << int(Kind::Topics) << u"A"_s << 4;
        QTest::addRow("groups, filter _") << int(Kind::Groups) << u"_"_s << 2;
    }

    void pagesAddUp()
    {
        QFETCH(int, kind);
        QFETCH(QString, filter);
        QFETCH(int, limit);
        const Kind k = Kind(kind);
        const QStringList expected = reference(all(k), filter);
        QStringList seen;
        int offset = 0;
        for (int pages = 0; offset >= 0; ++pages) {
            QVERIFY(pages <= expected.size());
            const CallResult result = list(k, filter, offset, limit);
            QVERIFY2(result.ok, qPrintable(result.error.toString()));
            QCOMPARE(result.object().value(u"total"_s).toInt(), int(expected.size()));
            seen += names(result.object(), k);
            offset = result.object().value(u"next_offset"_s).toInt();
        }
        QCOMPARE(seen, expected);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
    }

    // The catalog's paged reads as other emulator code calls them.
    void catalogSlices()
    {
        const Emulator::Catalog &catalog = m_emulator->server().catalog();
        const QStringList sorted = reference(kNames, {});
        QCOMPARE(catalog.topicCount(m_instance), int(kNames.size()));
        QCOMPARE(catalog.groupCount(m_instance), int(kNames.size()));
        QCOMPARE(catalog.topicCount(u"no-such-instance"_s), 0);

        auto topics = catalog.topicPage(m_instance, {}, 2, 3);
        QCOMPARE(topics.total, int(kNames.size()));
        QCOMPARE(topics.items.size(), 3);
        QCOMPARE(topics.items.at(0).name, sorted.at(2));
        QCOMPARE(topics.items.at(0).brokers.size(), 2); // the whole row, brokers included
        // A negative limit is no rows (SQLite would read it as "no limit"); a negative offset is 0.
        QCOMPARE(catalog.topicPage(m_instance, {}, 0, -1).items.size(), 0);
        QCOMPARE(catalog.topicPage(m_instance, {}, -5, 1).items.at(0).name, sorted.at(0));

        const auto groups = catalog.groupPage(m_instance, u"SCORE"_s, 0, 10);
        QCOMPARE(groups.total, 2);
        QCOMPARE(groups.items.size(), 2);
        QCOMPARE(groups.items.at(0).name, u"underXscore"_s);
        QCOMPARE(groups.items.at(0).description, u"underXscore"_s);
        QVERIFY(groups.items.at(0).createdAt > 0);
        QCOMPARE(catalog.groupPage(m_instance, u"%"_s, 1, 10).items.size(), 2);
    }

    // list_topic_consumer_groups: the groups that consume one topic (a client subscribes to it
    // or the group has offsets on its queues), in name order, paged like the other lists.
    void topicGroups()
    {
        Emulator::Broker::Service *broker = Emulator::Broker::serviceFor(m_emulator->server().store());
        QVERIFY(broker);
        const QString topic = u"beta%1"_s;
        QStringList expected;
        const auto subscribe = [&](const QString &group, const QStringList &topics, bool online = true) {
            Emulator::Broker::Client client;
            client.clientId = u"10.0.0.1@%1"_s.arg(group);
            client.clientAddr = u"10.0.0.1:4000"_s;
            client.online = online;
            for (const QString &t : topics)
                client.subscriptions.append(
                    QJsonObject {{u"topic"_s, t}, {u"type"_s, u"TAG"_s}, {u"expression"_s, u"*"_s}});
            broker->setClients(m_instance, group, {client});
        };
        // Subscribed by a client (online or not), among other topics.
        for (const QString &group : {u"Zulu"_s, u"alpha-one"_s, u"bulk-03"_s, u"x_y_z"_s}) {
            subscribe(group, {u"omega"_s, topic});
            expected.append(group);
        }
        subscribe(u"beta%%2"_s, {topic}, false);
        expected.append(u"beta%%2"_s);
        // Offsets on one of the topic's queues, no client.
        Emulator::Broker::MessageStore &messages = broker->messages();
        const Emulator::Broker::Queue queue = messages.queue(m_instance, topic, u"broker-0"_s, 1);
        for (const QString &group : {u"gamma|x"_s, u"Alpha-Two"_s, u"alpha-one"_s})
            messages.setConsumerOffset(m_instance, group, queue.ref, 0);
        expected += {u"gamma|x"_s, u"Alpha-Two"_s};
        // Not listed: other topics, names that only contain the topic's, retry and dead-letter
        // topics, groups the catalog does not know.
        subscribe(u"omega"_s, {u"omega"_s, u"beta%1x"_s, u"%RETRY%beta%1"_s, u"%DLQ%beta%1"_s});
        subscribe(u"no-such-group"_s, {topic});
        messages.setConsumerOffset(m_instance, u"another-unknown"_s, queue.ref, 3);
        const Emulator::Broker::Queue other = messages.queue(m_instance, u"betax1"_s, u"broker-0"_s, 0);
        messages.setConsumerOffset(m_instance, u"zeta-9"_s, other.ref, 0);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(expected.size(), 7);

        const auto groupsOf = [&](const QString &t, int offset, int limit) {
            return on(u"list_topic_consumer_groups"_s, {{u"topic"_s, t}, {u"offset"_s, offset}, {u"limit"_s, limit}});
        };
        for (const int limit : {1, 3, 7, 10}) {
            QStringList seen;
            for (int offset = 0, pages = 0; offset >= 0; ++pages) {
                QVERIFY(pages <= expected.size());
                const CallResult result = groupsOf(topic, offset, limit);
                QVERIFY2(result.ok, qPrintable(result.error.toString()));
                const QJsonObject page = result.object();
                QCOMPARE(page.value(u"total"_s).toInt(), int(expected.size()));
                QCOMPARE(page.value(u"previous_offset"_s).toInt(), offset > 0 ? std::max(0, offset - limit) : -1);
                const QJsonArray items = page.value(u"groups"_s).toArray();
                QCOMPARE(items.size(), std::min<qsizetype>(limit, expected.size() - offset));
                for (const QJsonValue &item : items)
                    seen.append(item.toString()); // bare names, not objects
                offset = page.value(u"next_offset"_s).toInt();
            }
            QCOMPARE(seen, expected);
        }
        const CallResult beyond = groupsOf(topic, 100, 5);
        QVERIFY2(beyond.ok, qPrintable(beyond.error.toString()));
        QCOMPARE(beyond.object().value(u"groups"_s).toArray().size(), 0);
        QCOMPARE(beyond.object().value(u"total"_s).toInt(), int(expected.size()));
        QCOMPARE(beyond.object().value(u"next_offset"_s).toInt(), -1);

        const CallResult zeta = groupsOf(u"betax1"_s, 0, 10);
        QCOMPARE(zeta.object().value(u"groups"_s).toArray(), QJsonArray {u"zeta-9"_s});
        const CallResult none = groupsOf(u"bulk-00"_s, 0, 10);
        QVERIFY2(none.ok, qPrintable(none.error.toString()));
        QCOMPARE(none.object().value(u"total"_s).toInt(), 0);
        QCOMPARE(none.object().value(u"groups"_s).toArray().size(), 0);
        const CallResult missing = groupsOf(u"no-such-topic"_s, 0, 10);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error.httpStatus, 404);

        // Leave the other tests' groups as they found them.
        for (const QString &group :
             {u"Zulu"_s, u"alpha-one"_s, u"bulk-03"_s, u"x_y_z"_s, u"beta%%2"_s, u"omega"_s, u"no-such-group"_s})
            broker->setClients(m_instance, group, {});
    }

    // Out-of-range paging answers what it answered before the lists were paged in SQL.
    void badPaging_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("status"); // 200: answered; then expectedItems
        QTest::addColumn<int>("items");
        QTest::newRow("topics: limit 51") << int(Kind::Topics) << 0 << 51 << 400 << 0;
        QTest::newRow("groups: limit 51") << int(Kind::Groups) << 0 << 51 << 400 << 0;
        QTest::newRow("topics: limit 0") << int(Kind::Topics) << 0 << 0 << 400 << 0;
        QTest::newRow("groups: limit 0 clamps to 1") << int(Kind::Groups) << 0 << 0 << 200 << 1;
        QTest::newRow("users: limit 0 clamps to 1") << int(Kind::Users) << 0 << 0 << 200 << 1;
        QTest::newRow("topics: negative offset") << int(Kind::Topics) << -1 << 5 << 400 << 0;
        QTest::newRow("groups: negative offset") << int(Kind::Groups) << -1 << 5 << 400 << 0;
        QTest::newRow("users: negative offset") << int(Kind::Users) << -1 << 5 << 400 << 0;
    }

    void badPaging()
    {
        QFETCH(int, kind);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(int, status);
        QFETCH(int, items);
        const Kind k = Kind(kind);
        const CallResult result = list(k, {}, offset, limit);
        if (status != 200) {
            QVERIFY(!result.ok);
            QCOMPARE(result.error.httpStatus, status);
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(int(names(result.object(), k).size()), items);
        QCOMPARE(result.object().value(u"total"_s).toInt(), int(all(k).size()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPaging)
#include "tst_emulator_paging.moc"
