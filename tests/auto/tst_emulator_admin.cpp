// The emulator's admin resources through core's signed Api::ApiClient over loopback:
// instances (lifecycle, filters, paging), brokers, topics, consumer groups, users and ACL,
// tags, background tasks, configs, metadata migration, AZs, products, feature switches, and
// the documented 400/404/405 error bodies.
#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "api/operations.h"
#include "router.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CallResult;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject instanceBody(const QString &name, const QString &version = u"4.8.0"_s, int brokers = 2)
{
    return {{u"name"_s, name},
            {u"engine"_s, u"reliability"_s},
            {u"engine_version"_s, version},
            {u"storage_space"_s, 600},
            {u"vpc_id"_s, u"vpc-1"_s},
            {u"subnet_id"_s, u"subnet-1"_s},
            {u"security_group_id"_s, u"sg-1"_s},
            {u"available_zones"_s, QJsonArray {u"9f1c5806706d4c1fb0eb72f0a9b18c77"_s}},
            {u"product_id"_s, version == "5.x"_L1 ? u"rocketmq.b2.large.4"_s : u"c6.4u8g.cluster"_s},
            {u"storage_spec_code"_s, u"dms.physical.storage.high.v2"_s},
            {u"broker_num"_s, brokers}};
}

QStringList names(const QJsonArray &array, const QString &key = u"name"_s)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toObject().value(key).toString());
    return result;
}

} // namespace

class TestEmulatorAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
    QString m_instance; // a RUNNING 4.8.0 instance with 2 brokers

    CallResult call(const QString &op, QVariantMap params = {}, const QByteArray &body = {})
    {
        return TestSupport::callAndWait(*m_client, op, params, body);
    }
    CallResult on(const QString &op, QVariantMap params = {}, const QByteArray &body = {})
    {
        params.insert(u"instance_id"_s, m_instance);
        return call(op, params, body);
    }
    CallResult raw(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query = {})
    {
        Api::ApiRequest request;
        request.method = method;
        request.path = path;
        request.query = query;
        return TestSupport::sendAndWait(*m_client, request);
    }
    static bool isError(const CallResult &result, int status, const QString &code)
    {
        if (result.ok || result.error.httpStatus != status || result.error.errorCode != code) {
            qWarning() << "expected" << status << code << "got" << result.error.toString();
            return false;
        }
        return !result.requestId.isEmpty() || !result.error.requestId.isEmpty();
    }
    QString createRunningInstance(const QJsonObject &body)
    {
        const CallResult created = call(u"create_instance"_s, {}, json(body));
        if (!created.ok)
            return {};
        const QString id = created.object().value(u"instance_id"_s).toString();
        if (!QTest::qWaitFor(
                [&] {
                    return call(u"show_instance"_s, {{u"instance_id"_s, id}}).object().value(u"status"_s) ==
                        u"RUNNING"_s;
                },
                10000))
            return {};
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<TestSupport::InProcessEmulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_client = std::make_unique<Api::ApiClient>();
        m_client->setEndpoint(m_emulator->endpoint());
        m_client->setCredentials(m_emulator->credentials());
        m_client->setMaxRetries(0);
        m_instance = createRunningInstance(instanceBody(u"admin-test"_s));
        QVERIFY(!m_instance.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void instanceLifecycle()
    {
        const CallResult created = call(u"create_instance"_s, {}, json(instanceBody(u"lifecycle-1"_s, u"5.x"_s, 1)));
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        const QString id = created.object().value(u"instance_id"_s).toString();
        QCOMPARE(call(u"show_instance"_s, {{u"instance_id"_s, id}}).object().value(u"status"_s).toString(),
                 u"CREATING"_s);
        QVERIFY(isError(call(u"delete_instance"_s, {{u"instance_id"_s, id}}), 400, u"DMS.00400099"_s));
        QTRY_COMPARE(call(u"show_instance"_s, {{u"instance_id"_s, id}}).object().value(u"status"_s).toString(),
                     u"RUNNING"_s);
        const QJsonObject shown = call(u"show_instance"_s, {{u"instance_id"_s, id}}).object();
        QCOMPARE(shown.value(u"engine_version"_s).toString(), u"5.x"_s);
        QCOMPARE(shown.value(u"name"_s).toString(), u"lifecycle-1"_s);
        QCOMPARE(shown.value(u"available_zone_names"_s).toArray().first().toString(), u"AZ 3"_s);

        const CallResult updated = call(u"update_instance"_s, {{u"instance_id"_s, id}},
                                        json({{u"name"_s, u"lifecycle-2"_s}, {u"description"_s, u"renamed"_s}}));
        QVERIFY2(updated.ok, qPrintable(updated.error.toString()));
        QCOMPARE(updated.status, 204);
        const QJsonObject renamed = call(u"show_instance"_s, {{u"instance_id"_s, id}}).object();
        QCOMPARE(renamed.value(u"name"_s).toString(), u"lifecycle-2"_s);
        QCOMPARE(renamed.value(u"description"_s).toString(), u"renamed"_s);
        QVERIFY(isError(call(u"update_instance"_s, {{u"instance_id"_s, id}}, json({{u"name"_s, u"admin-test"_s}})), 400,
                        u"DMS.00400060"_s));

        QCOMPARE(call(u"delete_instance"_s, {{u"instance_id"_s, id}}).status, 204);
        QVERIFY(isError(call(u"show_instance"_s, {{u"instance_id"_s, id}}), 404, u"DMS.00404022"_s));
    }

    void createInstanceValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject body = instanceBody(u"valid-name"_s);
            if (value.isUndefined())
                body.remove(key);
            else
                body.insert(key, value);
            return json(body);
        };
        QTest::newRow("bad name") << with(u"name"_s, u"x!"_s) << u"DMS.00400010"_s;
        QTest::newRow("duplicate name") << with(u"name"_s, u"admin-test"_s) << u"DMS.00400060"_s;
        QTest::newRow("bad version") << with(u"engine_version"_s, u"3.0"_s) << u"DMS.00400008"_s;
        QTest::newRow("product of 5.x") << with(u"product_id"_s, u"rocketmq.b1.large.1"_s) << u"DMS.00400022"_s;
        QTest::newRow("unknown AZ") << with(u"available_zones"_s, QJsonArray {u"nowhere"_s}) << u"DMS.00400042"_s;
        QTest::newRow("missing vpc") << with(u"vpc_id"_s, QJsonValue(QJsonValue::Undefined)) << u"DMS.00400800"_s;
        QTest::newRow("engine enum") << with(u"engine"_s, u"kafka"_s) << u"DMS.00400800"_s;
        QTest::newRow("malformed JSON") << QByteArray("{\"name\": ") << u"DMS.00400005"_s;
        QTest::newRow("empty body") << QByteArray() << u"DMS.00400004"_s;
    }

    void createInstanceValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QVERIFY(isError(call(u"create_instance"_s, {}, body), 400, code));
    }

    void listInstancesFiltersAndPaging()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(u"create_instance"_s, {}, json(instanceBody(u"paging-%1"_s.arg(i)))).ok);
        const CallResult all = call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
        QCOMPARE(all.object().value(u"instance_num"_s).toInt(), 5);
        const CallResult firstPage =
            call(u"list_instances"_s, {{u"engine"_s, u"rocketmq"_s}, {u"limit"_s, 2}, {u"offset"_s, 0}});
        const CallResult secondPage =
            call(u"list_instances"_s, {{u"engine"_s, u"rocketmq"_s}, {u"limit"_s, 2}, {u"offset"_s, 2}});
        QCOMPARE(firstPage.object().value(u"instances"_s).toArray().size(), 2);
        QCOMPARE(firstPage.object().value(u"instance_num"_s).toInt(), 5);
        const QStringList first = names(firstPage.object().value(u"instances"_s).toArray());
        const QStringList second = names(secondPage.object().value(u"instances"_s).toArray());
        for (const QString &name : second)
            QVERIFY(!first.contains(name));

        QCOMPARE(call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}, {u"name"_s, u"paging"_s}})
                     .object()
                     .value(u"instance_num"_s)
                     .toInt(),
                 4);
        QCOMPARE(call(u"list_instances"_s,
                      {{u"engine"_s, u"reliability"_s}, {u"name"_s, u"paging"_s}, {u"exact_match_name"_s, u"true"_s}})
                     .object()
                     .value(u"instance_num"_s)
                     .toInt(),
                 0);
        const auto count = [this](const QString &status) {
            return call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}, {u"status"_s, status}})
                .object()
                .value(u"instance_num"_s)
                .toInt();
        };
        QVERIFY(count(u"RUNNING"_s) >= 1);
        QCOMPARE(count(u"RUNNING"_s) + count(u"CREATING"_s), 5);
        QCOMPARE(count(u"ERROR"_s), 0);
        QCOMPARE(call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}, {u"instance_id"_s, m_instance}})
                     .object()
                     .value(u"instances"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"admin-test"_s);
        QVERIFY(isError(call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}, {u"limit"_s, 51}}), 400,
                        u"DMS.10240042"_s));
        QVERIFY(isError(call(u"list_instances"_s, {{u"engine"_s, u"reliability"_s}, {u"status"_s, u"SLEEPING"_s}}), 400,
                        u"DMS.00400800"_s));
    }

    void batchDeleteAndBrokers()
    {
        const QJsonObject brokers = on(u"list_brokers"_s).object();
        QCOMPARE(names(brokers.value(u"brokers"_s).toArray(), u"broker_name"_s),
                 (QStringList {u"broker-0"_s, u"broker-1"_s}));
        const QString other = createRunningInstance(instanceBody(u"batch-1"_s));
        const CallResult result =
            call(u"batch_delete_instances"_s, {},
                 json({{u"action"_s, u"delete"_s}, {u"instances"_s, QJsonArray {other, u"missing-id"_s}}}));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const QJsonArray results = result.object().value(u"results"_s).toArray();
        QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(results.at(1).toObject().value(u"result"_s).toString(), u"failed"_s);
        QVERIFY(isError(call(u"show_instance"_s, {{u"instance_id"_s, other}}), 404, u"DMS.00404022"_s));
    }

    void topics()
    {
        const CallResult created =
            on(u"create_or_batch_delete_topics"_s, {},
               json({{u"name"_s, u"orders"_s}, {u"permission"_s, u"all"_s}, {u"queue_num"_s, 5}}));
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        QCOMPARE(created.object().value(u"id"_s).toString(), u"orders"_s);
        // 5 queues spread over the 2 brokers.
        QJsonObject shown = on(u"show_topic"_s, {{u"topic"_s, u"orders"_s}}).object();
        QCOMPARE(shown.value(u"total_read_queue_num"_s).toInt(), 5);
        const QJsonArray brokers = shown.value(u"brokers"_s).toArray();
        QCOMPARE(brokers.size(), 2);
        QCOMPARE(brokers.at(0).toObject().value(u"write_queue_num"_s).toInt(), 3);
        QCOMPARE(brokers.at(1).toObject().value(u"write_queue_num"_s).toInt(), 2);

        QVERIFY(on(u"create_or_batch_delete_topics"_s, {},
                   json({{u"name"_s, u"pinned"_s},
                         {u"permission"_s, u"pub"_s},
                         {u"queues"_s, QJsonArray {QJsonObject {{u"broker"_s, u"broker-1"_s}, {u"queue_num"_s, 3}}}}}))
                    .ok);
        shown = on(u"show_topic"_s, {{u"topic"_s, u"pinned"_s}}).object();
        QCOMPARE(shown.value(u"permission"_s).toString(), u"pub"_s);
        QCOMPARE(shown.value(u"brokers"_s).toArray().first().toObject().value(u"broker_name"_s).toString(),
                 u"broker-1"_s);

        QVERIFY(isError(on(u"create_or_batch_delete_topics"_s, {}, json({{u"name"_s, u"orders"_s}})), 400,
                        u"DMS.40050005"_s));
        QVERIFY(
            isError(on(u"create_or_batch_delete_topics"_s, {}, json({{u"name"_s, u"a b"_s}})), 400, u"DMS.10240007"_s));
        QVERIFY(isError(on(u"create_or_batch_delete_topics"_s, {},
                           json({{u"name"_s, u"bad-perm"_s}, {u"permission"_s, u"everything"_s}})),
                        400, u"DMS.00400800"_s));

        QVERIFY(on(u"update_topic"_s, {{u"topic"_s, u"orders"_s}},
                   json({{u"permission"_s, u"sub"_s}, {u"read_queue_num"_s, 8}, {u"topic_desc"_s, u"orders topic"_s}}))
                    .ok);
        shown = on(u"show_topic"_s, {{u"topic"_s, u"orders"_s}}).object();
        QCOMPARE(shown.value(u"permission"_s).toString(), u"sub"_s);
        QCOMPARE(shown.value(u"total_read_queue_num"_s).toInt(), 8);
        QCOMPARE(shown.value(u"total_write_queue_num"_s).toInt(), 5);

        for (int i = 0; i < 12; ++i)
            QVERIFY(on(u"create_or_batch_delete_topics"_s, {},
                       json({{u"name"_s, u"bulk-%1"_s.arg(i, 2, 10, QLatin1Char('0'))}}))
                        .ok);
        const QJsonObject page = on(u"list_topics"_s, {{u"limit"_s, 5}, {u"offset"_s, 5}}).object();
        QCOMPARE(page.value(u"total"_s).toInt(), 14);
        QCOMPARE(page.value(u"topics"_s).toArray().size(), 5);
        QCOMPARE(page.value(u"next_offset"_s).toInt(), 10);
        QCOMPARE(page.value(u"previous_offset"_s).toInt(), 0);
        QCOMPARE(page.value(u"remaining"_s).toInt(), page.value(u"max"_s).toInt() - 14);

        const CallResult batch = on(u"create_or_batch_delete_topics"_s, {{u"action"_s, u"delete"_s}},
                                    json({{u"topics"_s, QJsonArray {u"bulk-00"_s, u"bulk-01"_s}}}));
        QVERIFY2(batch.ok, qPrintable(batch.error.toString()));
        QVERIFY(!batch.object().value(u"job_id"_s).toString().isEmpty());
        QCOMPARE(on(u"delete_topic"_s, {{u"topic"_s, u"pinned"_s}}).status, 204);
        QCOMPARE(on(u"list_topics"_s).object().value(u"total"_s).toInt(), 11);
        QVERIFY(isError(on(u"show_topic"_s, {{u"topic"_s, u"pinned"_s}}), 404, u"DMS.10240401"_s));
        QVERIFY(isError(on(u"delete_topic"_s, {{u"topic"_s, u"pinned"_s}}), 404, u"DMS.10240401"_s));
    }

    void groups()
    {
        const CallResult created = on(u"create_or_batch_delete_consumer_groups"_s, {},
                                      json({{u"name"_s, u"GID_billing"_s},
                                            {u"brokers"_s, QJsonArray {u"broker-0"_s}},
                                            {u"broadcast"_s, true},
                                            {u"retry_max_time"_s, 5},
                                            {u"group_desc"_s, u"billing"_s}}));
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        QCOMPARE(created.object().value(u"name"_s).toString(), u"GID_billing"_s);
        QVERIFY(on(u"create_or_batch_delete_consumer_groups"_s, {}, json({{u"name"_s, u"GID_other"_s}})).ok);
        QVERIFY(isError(on(u"create_or_batch_delete_consumer_groups"_s, {}, json({{u"name"_s, u"GID_other"_s}})), 400,
                        u"DMS.40050015"_s));

        QJsonObject shown = on(u"show_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}}).object();
        QCOMPARE(shown.value(u"broadcast"_s).toBool(), true);
        QCOMPARE(shown.value(u"retry_max_time"_s).toInt(), 5);
        QCOMPARE(shown.value(u"group_desc"_s).toString(), u"billing"_s);
        QCOMPARE(shown.value(u"enabled"_s).toBool(), true);

        QCOMPARE(on(u"update_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}},
                    json({{u"enabled"_s, false}, {u"broadcast"_s, false}, {u"retry_max_time"_s, 16}}))
                     .status,
                 204);
        shown = on(u"show_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}}).object();
        QCOMPARE(shown.value(u"enabled"_s).toBool(), false);
        QCOMPARE(shown.value(u"retry_max_time"_s).toInt(), 16);
        QVERIFY(
            isError(on(u"update_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}}, json({{u"retry_max_time"_s, 17}})),
                    400, u"DMS.00400800"_s));

        const CallResult batch =
            on(u"batch_update_consumer_groups"_s, {},
               json({{u"groups"_s,
                      QJsonArray {QJsonObject {{u"name"_s, u"GID_other"_s}, {u"consume_orderly"_s, true}}}}}));
        QVERIFY2(batch.ok, qPrintable(batch.error.toString()));
        QVERIFY(
            on(u"show_consumer_group"_s, {{u"group"_s, u"GID_other"_s}}).object().value(u"consume_orderly"_s).toBool());

        QCOMPARE(names(on(u"list_consumer_groups"_s, {{u"group"_s, u"bill"_s}}).object().value(u"groups"_s).toArray()),
                 QStringList {u"GID_billing"_s});
        QCOMPARE(on(u"list_consumer_groups"_s, {{u"limit"_s, 1}}).object().value(u"next_offset"_s).toInt(), 1);

        QCOMPARE(on(u"delete_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}}).status, 204);
        QVERIFY(isError(on(u"show_consumer_group"_s, {{u"group"_s, u"GID_billing"_s}}), 404, u"DMS.10240405"_s));
        QVERIFY(on(u"create_or_batch_delete_consumer_groups"_s, {{u"action"_s, u"delete"_s}},
                   json({{u"groups"_s, QJsonArray {u"GID_other"_s}}}))
                    .ok);
        QCOMPARE(on(u"list_consumer_groups"_s).object().value(u"total"_s).toInt(), 0);
    }

    void usersAndAccessPolicies()
    {
        QVERIFY(on(u"create_or_batch_delete_topics"_s, {}, json({{u"name"_s, u"secured"_s}})).ok);
        QVERIFY(on(u"create_or_batch_delete_consumer_groups"_s, {}, json({{u"name"_s, u"GID_secured"_s}})).ok);
        const QJsonObject user {
            {u"access_key"_s, u"producer-1"_s},
            {u"secret_key"_s, u"Str0ng-Secret"_s},
            {u"admin"_s, false},
            {u"default_topic_perm"_s, u"DENY"_s},
            {u"default_group_perm"_s, u"SUB"_s},
            {u"topic_perms"_s, QJsonArray {QJsonObject {{u"name"_s, u"secured"_s}, {u"perm"_s, u"PUB"_s}}}}};
        const CallResult created = on(u"create_user"_s, {}, json(user));
        QVERIFY2(created.ok, qPrintable(created.error.toString()));
        QCOMPARE(created.object().value(u"access_key"_s).toString(), u"producer-1"_s);
        QVERIFY(isError(on(u"create_user"_s, {}, json(user)), 400, u"DMS.00400800"_s));
        QJsonObject weak = user;
        weak.insert(u"access_key"_s, u"producer-2"_s);
        weak.insert(u"secret_key"_s, u"weakweak"_s);
        QVERIFY(isError(on(u"create_user"_s, {}, json(weak)), 400, u"DMS.00400019"_s));
        weak.insert(u"access_key"_s, u"p2"_s);
        QVERIFY(isError(on(u"create_user"_s, {}, json(weak)), 400, u"DMS.00400015"_s));

        QJsonArray policies =
            on(u"list_topic_access_policy"_s, {{u"topic"_s, u"secured"_s}}).object().value(u"policies"_s).toArray();
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().toObject().value(u"perm"_s).toString(), u"PUB"_s);
        policies =
            on(u"list_group_access_policy"_s, {{u"group"_s, u"GID_secured"_s}}).object().value(u"policies"_s).toArray();
        QCOMPARE(policies.first().toObject().value(u"perm"_s).toString(), u"SUB"_s);

        const CallResult updated = on(u"update_user"_s, {{u"user_name"_s, u"producer-1"_s}},
                                      json({{u"admin"_s, true}, {u"white_remote_address"_s, u"10.0.0.1"_s}}));
        QVERIFY2(updated.ok, qPrintable(updated.error.toString()));
        const QJsonObject shown = on(u"show_user"_s, {{u"user_name"_s, u"producer-1"_s}}).object();
        QCOMPARE(shown.value(u"admin"_s).toBool(), true);
        QCOMPARE(shown.value(u"white_remote_address"_s).toString(), u"10.0.0.1"_s);
        QCOMPARE(shown.value(u"default_topic_perm"_s).toString(), u"DENY"_s);
        QCOMPARE(on(u"list_users"_s).object().value(u"users"_s).toArray().size(), 1);
        // An update takes the same password rules (three kinds, 8 to 32 characters) and changes
        // nothing when it fails; an unknown user is 404.
        for (const QString &secret : QStringList {u"weakweak"_s, u"Ab1!"_s, u"Ab1!"_s.repeated(8) + u"x"_s}) {
            QVERIFY(isError(on(u"update_user"_s, {{u"user_name"_s, u"producer-1"_s}},
                               json({{u"secret_key"_s, secret}, {u"admin"_s, false}})),
                            400, u"DMS.00400019"_s));
        }
        QCOMPARE(on(u"show_user"_s, {{u"user_name"_s, u"producer-1"_s}}).object().value(u"admin"_s).toBool(), true);
        QVERIFY(
            on(u"update_user"_s, {{u"user_name"_s, u"producer-1"_s}}, json({{u"secret_key"_s, u"Ab1!"_s.repeated(8)}}))
                .ok);
        QVERIFY(isError(on(u"update_user"_s, {{u"user_name"_s, u"nobody-1"_s}}, json({{u"admin"_s, true}})), 404,
                        u"DMS.00404001"_s));

        QCOMPARE(on(u"delete_user"_s, {{u"user_name"_s, u"producer-1"_s}}).object().value(u"message"_s).toString(),
                 u"delete user success."_s);
        QVERIFY(isError(on(u"show_user"_s, {{u"user_name"_s, u"producer-1"_s}}), 404, u"DMS.00404001"_s));
    }

    void tagsTasksAndConfigs()
    {
        const QJsonArray tags {QJsonObject {{u"key"_s, u"env"_s}, {u"value"_s, u"test"_s}},
                               QJsonObject {{u"key"_s, u"team"_s}, {u"value"_s, u"queue-ops"_s}}};
        QCOMPARE(
            on(u"batch_create_or_delete_instance_tags"_s, {}, json({{u"action"_s, u"create"_s}, {u"tags"_s, tags}}))
                .status,
            204);
        QCOMPARE(names(on(u"list_instance_tags"_s).object().value(u"tags"_s).toArray(), u"key"_s),
                 (QStringList {u"env"_s, u"team"_s}));
        const QJsonArray projectTags = call(u"list_project_tags"_s).object().value(u"tags"_s).toArray();
        QCOMPARE(projectTags.first().toObject().value(u"values"_s).toArray().first().toString(), u"test"_s);
        QVERIFY(on(u"batch_create_or_delete_instance_tags"_s, {},
                   json({{u"action"_s, u"delete"_s}, {u"tags"_s, QJsonArray {tags.first()}}}))
                    .ok);
        QCOMPARE(on(u"list_instance_tags"_s).object().value(u"total"_s).toInt(), 1);
        QVERIFY(
            isError(on(u"batch_create_or_delete_instance_tags"_s, {},
                       json({{u"action"_s, u"create"_s}, {u"tags"_s, QJsonArray {QJsonObject {{u"key"_s, u""_s}}}}})),
                    400, u"DMS.10240035"_s));

        QJsonArray configs = on(u"list_rocketmq_configs"_s).object().value(u"rocketmq_configs"_s).toArray();
        QVERIFY(names(configs).contains(u"fileReservedTime"_s));
        QCOMPARE(on(u"update_rocketmq_configs"_s, {},
                    json({{u"rocketmq_configs"_s,
                           QJsonArray {QJsonObject {{u"name"_s, u"fileReservedTime"_s}, {u"value"_s, u"72"_s}}}}}))
                     .status,
                 204);
        configs = on(u"list_rocketmq_configs"_s).object().value(u"rocketmq_configs"_s).toArray();
        for (const QJsonValue &config : std::as_const(configs)) {
            if (config.toObject().value(u"name"_s) == u"fileReservedTime"_s)
                QCOMPARE(config.toObject().value(u"value"_s).toString(), u"72"_s);
        }
        QVERIFY(isError(on(u"update_rocketmq_configs"_s, {},
                           json({{u"rocketmq_configs"_s,
                                  QJsonArray {QJsonObject {{u"name"_s, u"noSuchConfig"_s}, {u"value"_s, u"1"_s}}}}})),
                        400, u"DMS.00400063"_s));
        QVERIFY(isError(
            on(u"update_rocketmq_configs"_s, {},
               json({{u"rocketmq_configs"_s,
                      QJsonArray {QJsonObject {{u"name"_s, u"fileReservedTime"_s}, {u"value"_s, u"9999"_s}}}}})),
            400, u"DMS.00400066"_s));

        const QJsonObject tasks = on(u"list_background_tasks"_s).object();
        QVERIFY(tasks.value(u"task_count"_s).toString().toInt() >= 2); // createInstance, modifyConfigs
        const QString taskId = tasks.value(u"tasks"_s).toArray().first().toObject().value(u"id"_s).toString();
        QCOMPARE(on(u"show_background_task"_s, {{u"task_id"_s, taskId}}).object().value(u"tasks"_s).toArray().size(),
                 1);
        QCOMPARE(on(u"show_background_task_progress"_s, {{u"task_id"_s, taskId}})
                     .object()
                     .value(u"progress_percentage"_s)
                     .toInt(),
                 100);
        QCOMPARE(on(u"delete_background_task"_s, {{u"task_id"_s, taskId}}).status, 204);
        QVERIFY(isError(on(u"show_background_task"_s, {{u"task_id"_s, taskId}}), 404, u"DMS.00404001"_s));
    }

    void specificationSslAndMigration()
    {
        QVERIFY(!on(u"resize_instance"_s, {{u"engine"_s, u"reliability"_s}},
                    json({{u"oper_type"_s, u"storage"_s}, {u"new_storage_space"_s, 1200}}))
                     .object()
                     .value(u"job_id"_s)
                     .toString()
                     .isEmpty());
        QCOMPARE(
            call(u"show_instance"_s, {{u"instance_id"_s, m_instance}}).object().value(u"total_storage_space"_s).toInt(),
            1200);
        QVERIFY(on(u"show_extend_precheck"_s).object().value(u"success"_s).toBool());
        QVERIFY(!on(u"list_extend_products"_s, {{u"engine"_s, u"reliability"_s}})
                     .object()
                     .value(u"products"_s)
                     .toArray()
                     .isEmpty());
        const CallResult ssl =
            on(u"modify_instance_ssl"_s, {{u"engine"_s, u"rocketmq"_s}}, json({{u"tls_mode"_s, u"SSL"_s}}));
        QVERIFY2(ssl.ok, qPrintable(ssl.error.toString()));
        QCOMPARE(call(u"show_instance"_s, {{u"instance_id"_s, m_instance}}).object().value(u"ssl_enable"_s).toBool(),
                 true);

        const CallResult task =
            on(u"create_metadata_migration_task"_s,
               {{u"overwrite"_s, u"true"_s}, {u"name"_s, u"migrate-1"_s}, {u"type"_s, u"rocketmq"_s}},
               json({{u"topicConfigTable"_s, QJsonObject()}}));
        QVERIFY2(task.ok, qPrintable(task.error.toString()));
        const QString taskId = task.object().value(u"task_id"_s).toString();
        QCOMPARE(names(on(u"list_metadata_migration_tasks"_s).object().value(u"task"_s).toArray()),
                 QStringList {u"migrate-1"_s});
        QCOMPARE(on(u"batch_delete_metadata_migration_tasks"_s, {}, json({{u"task_ids"_s, QJsonArray {taskId}}}))
                     .object()
                     .value(u"success_task_list"_s)
                     .toArray()
                     .size(),
                 1);
        QVERIFY(isError(on(u"create_metadata_migration_task"_s,
                           {{u"overwrite"_s, u"maybe"_s}, {u"name"_s, u"x"_s}, {u"type"_s, u"rocketmq"_s}}, json({})),
                        400, u"DMS.00400800"_s));
    }

    void catalogue()
    {
        const QJsonObject zones = call(u"list_available_zones"_s).object();
        QCOMPARE(zones.value(u"available_zones"_s).toArray().size(), 3);
        QCOMPARE(zones.value(u"region_id"_s).toString(), m_emulator->server().settings().region);
        const QJsonObject products = call(u"list_products"_s, {{u"engine"_s, u"rocketmq"_s}}).object();
        QVERIFY(products.value(u"products"_s).toArray().size() >= 10);
        QVERIFY(products.value(u"versions"_s).toArray().contains(u"5.x"_s));
        const QJsonArray one =
            call(u"list_products"_s, {{u"engine"_s, u"rocketmq"_s}, {u"product_id"_s, u"c6.8u16g.cluster"_s}})
                .object()
                .value(u"products"_s)
                .toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value(u"product_id"_s).toString(), u"c6.8u16g.cluster"_s);
        QVERIFY(isError(call(u"list_products"_s, {{u"engine"_s, u"rocketmq"_s}, {u"product_id"_s, u"c9.huge"_s}}), 400,
                        u"DMS.00400800"_s));
        QVERIFY(!call(u"list_config_features"_s).object().value(u"features"_s).toArray().isEmpty());
        QCOMPARE(call(u"show_flavor_cores"_s, {{u"product_id"_s, u"c6.4u8g.cluster"_s}, {u"broker_num"_s, u"2"_s}})
                     .object()
                     .value(u"core_num"_s)
                     .toInt(),
                 24);
        QVERIFY(isError(call(u"show_flavor_cores"_s, {{u"broker_num"_s, u"2"_s}}), 400, u"DMS.00400800"_s));
        QVERIFY(on(u"show_ces_hierarchy"_s).object().contains(u"dimensions"_s));
    }

    void everyRocketMqOperationHasAHandler()
    {
        QStringList missing;
        const QStringList ids = m_emulator->server().router().operationIdsWithoutHandler();
        for (const QString &id : ids) {
            const Api::Operation *op = Api::OperationTable::builtin().find(id);
            if (op && op->isRocketMq())
                missing.append(id);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void unknownPathsAndMethods()
    {
        const QString project = m_emulator->server().settings().projectId;
        QVERIFY(isError(raw("GET", u"/v2/%1/nothing-here"_s.arg(project)), 404, u"DMS.00404001"_s));
        QVERIFY(isError(raw("PATCH", u"/v2/%1/instances/%2"_s.arg(project, m_instance)), 405, u"DMS.00405001"_s));
        QVERIFY(isError(raw("GET", u"/v2/%1/instances/%2/topics/none"_s.arg(project, u"missing"_s)), 404,
                        u"DMS.00404022"_s));
        QVERIFY(isError(raw("GET", u"/v2/unknownproject/instances"_s, {{u"engine"_s, u"reliability"_s}}), 403,
                        u"DMS.10240309"_s));
        // The SDK spelling of the configs path serves the same resource.
        const CallResult sdk = raw("GET", u"/v2/%1/rocketmq/instances/%2/configs"_s.arg(project, m_instance));
        QVERIFY2(sdk.ok, qPrintable(sdk.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAdmin)
#include "tst_emulator_admin.moc"
