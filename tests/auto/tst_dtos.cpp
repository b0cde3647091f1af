// Every example response of the reference (operations.json and the Markdown pages) parsed
// into its DTO or passed through; real field values asserted; round trips; tolerance of
// missing, unknown and differently typed fields.
#include "api/dto/group.h"
#include "api/dto/instance.h"
#include "api/dto/message.h"
#include "api/dto/topic.h"
#include "api/dto/user.h"
#include "api/operations.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Api;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject example(const QString &id)
{
    const Operation *op = OperationTable::builtin().find(id);
    if (!op)
        qFatal("no operation %s", qPrintable(id));
    return op->exampleResponse().toObject();
}

// Parses with T, checks the round trip and that no top-level key got lost; returns the DTO.
template<class T> T roundTrip(const QJsonObject &o)
{
    const T parsed = T::fromJson(o);
    const QJsonObject written = parsed.toJson();
    const T again = T::fromJson(written);
    if (!(again == parsed))
        qFatal("round trip differs: %s", QJsonDocument(written).toJson(QJsonDocument::Compact).constData());
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!written.contains(it.key()))
            qFatal("key %s lost by toJson()", qPrintable(it.key()));
    return parsed;
}

template<class T> Page<T> pageRoundTrip(const QJsonObject &o, QLatin1StringView key)
{
    const Page<T> parsed = Page<T>::fromJson(o, key);
    const QJsonObject written = parsed.toJson(key);
    if (!(Page<T>::fromJson(written, key) == parsed))
        qFatal("page round trip differs: %s", QJsonDocument(written).toJson(QJsonDocument::Compact).constData());
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!written.contains(it.key()))
            qFatal("key %s lost by toJson()", qPrintable(it.key()));
    return parsed;
}

// The typed DTO for an operation's answer; returns the number of items read, -1 when the
// operation's answer is passed through as JSON.
int parseTyped(const QString &id, const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (id == QLatin1String("list_instances"))
        return int(roundTrip<InstanceList>(o).instances.size());
    if (id == QLatin1String("show_instance"))
        return roundTrip<Instance>(o).instanceId.isEmpty() ? 0 : 1;
    if (id == QLatin1String("list_brokers"))
        return int(pageRoundTrip<Broker>(o, "brokers"_L1).items.size());
    if (id == QLatin1String("list_topics"))
        return int(pageRoundTrip<Topic>(o, "topics"_L1).items.size());
    if (id == QLatin1String("show_topic"))
        return roundTrip<Topic>(o).name.isEmpty() ? 0 : 1;
    if (id == QLatin1String("show_topic_message_count"))
        return int(roundTrip<TopicStatus>(o).brokers.size());
    if (id == QLatin1String("list_consumer_groups"))
        return int(pageRoundTrip<ConsumerGroup>(o, "groups"_L1).items.size());
    if (id == QLatin1String("show_consumer_group"))
        return roundTrip<ConsumerGroup>(o).name.isEmpty() ? 0 : 1;
    if (id == QLatin1String("list_consumer_group_topics")) {
        const GroupTopics t = roundTrip<GroupTopics>(o);
        return int(t.topics.size() + t.brokers.size());
    }
    if (id == QLatin1String("list_consumers"))
        return int(roundTrip<ConsumerList>(o).clients.items.size());
    if (id == QLatin1String("list_messages"))
        return int(pageRoundTrip<Message>(o, "messages"_L1).items.size());
    if (id == QLatin1String("send_message") || id == QLatin1String("send_message_web"))
        return roundTrip<Message>(o).msgId.isEmpty() ? 0 : 1;
    if (id == QLatin1String("export_dead_letter_messages")) {
        int n = 0;
        for (const QJsonValue &item : v.toArray())
            n += roundTrip<Message>(item.toObject()).msgId.isEmpty() ? 0 : 1;
        return n;
    }
    if (id == QLatin1String("list_message_trace"))
        return int(pageRoundTrip<TraceEntry>(o, "trace"_L1).items.size());
    if (id == QLatin1String("resend_dead_letter_messages") || id == QLatin1String("verify_consumption")) {
        const QList<ResendResult> results = resendResultsFromJson(o);
        if (resendResultsFromJson(resendResultsToJson(results)) != results)
            qFatal("resend results round trip differs");
        return int(results.size());
    }
    if (id == QLatin1String("reset_consumer_offset"))
        return int(Json::list<ResetQueueOffset>(o, "queues"_L1).size());
    if (id == QLatin1String("list_users"))
        return int(pageRoundTrip<User>(o, "users"_L1).items.size());
    if (id == QLatin1String("show_user") || id == QLatin1String("create_user") || id == QLatin1String("update_user"))
        return roundTrip<User>(o).accessKey.isEmpty() ? 0 : 1;
    if (id == QLatin1String("list_topic_access_policy") || id == QLatin1String("list_group_access_policy"))
        return int(pageRoundTrip<AccessPolicy>(o, "policies"_L1).items.size());
    return -1;
}

} // namespace

class tst_Dtos : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExampleResponse_data();
    void everyExampleResponse();
    void instance();
    void instanceList();
    void brokers();
    void topics();
    void topicStatusAcceptsObjectOrList();
    void groups();
    void groupTopicDetails();
    void consumers();
    void messages();
    void deadLetterExport();
    void trace();
    void resendResults();
    void users();
    void missingFieldsGiveDefaults();
    void unknownFieldsSurvive();
    void numbersAsStringsAndBack();
    void timestamps_data();
    void timestamps();
};

void tst_Dtos::everyExampleResponse_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonValue>("json");
    int n = 0;
    for (const Operation &op : OperationTable::builtin().all()) {
        if (op.isAlias() || op.exampleResponse().isNull() || op.exampleResponse().isUndefined())
            continue;
        QTest::addRow("json %d %s", ++n, qPrintable(op.id)) << op.id << op.exampleResponse();
    }
    QVERIFY(n >= 50);
    const QJsonArray md = QJsonDocument::fromJson(TestSupport::readData(u"api/md-examples.json"_s)).array();
    for (const QJsonValue &v : md) {
        const QJsonObject e = v.toObject();
        if (e.value("kind"_L1).toString() != QLatin1String("response"))
            continue;
        QTest::addRow("md %d %s", ++n, qPrintable(e.value("id"_L1).toString()))
            << e.value("id"_L1).toString() << e.value("json"_L1);
    }
}

void tst_Dtos::everyExampleResponse()
{
    QFETCH(QString, id);
    QFETCH(QJsonValue, json);
    QVERIFY(OperationTable::builtin().find(id));
    QVERIFY(json.isObject() || json.isArray());
    const int items = parseTyped(id, json);
    if (items < 0) {
        // Pass-through: the JSON reaches the caller unchanged.
        const QJsonDocument doc = json.isObject() ? QJsonDocument(json.toObject()) : QJsonDocument(json.toArray());
        QCOMPARE(QJsonDocument::fromJson(doc.toJson()), doc);
    } else if (id != QLatin1String("list_consumer_group_topics") || json.toObject().contains("topics"_L1)) {
        QVERIFY2(items > 0, "a typed example must yield at least one item");
    }
}

void tst_Dtos::instance()
{
    const Instance i = Instance::fromJson(example(u"show_instance"_s));
    QCOMPARE(i.name, u"reliability-test"_s);
    QCOMPARE(i.status, u"RUNNING"_s);
    QCOMPARE(i.engine, u"reliability"_s);
    QCOMPARE(i.engineVersion, u"5.x"_s);
    QVERIFY(i.is5x());
    QCOMPARE(i.type, u"single.basic"_s);
    QCOMPARE(i.instanceId, u"68fdc9a8-805e-439d-8dd9-25adc1c58bf6"_s);
    QCOMPARE(i.createdAt, Q_INT64_C(1636699753874)); // a string in the answer
    QCOMPARE(i.productId, u"rocketmq.b1.large.1"_s);
    QCOMPARE(i.availableZones.size(), 1);
    QVERIFY(i.extra.contains("subnet_name"_L1)); // not modelled, kept
    QCOMPARE(i.toJson().value("created_at"_L1).toString(), u"1636699753874"_s);
}

void tst_Dtos::instanceList()
{
    const InstanceList l = InstanceList::fromJson(example(u"list_instances"_s));
    QVERIFY(!l.instances.isEmpty());
    QCOMPARE(l.instances.first().name, u"reliability-ztest"_s);
    QCOMPARE(l.instances.first().status, u"RUNNING"_s);
    QCOMPARE(l.instances.first().engineVersion, u"4.8.0"_s);
    QVERIFY(!l.instances.first().is5x());
    QCOMPARE(l.instanceNum, qint64(example(u"list_instances"_s).value("instance_num"_L1).toInt()));
}

void tst_Dtos::brokers()
{
    const BrokerList l = BrokerList::fromJson(example(u"list_brokers"_s), "brokers"_L1);
    QCOMPARE(l.total, 1);
    QCOMPARE(l.nextOffset, -1);
    QCOMPARE(l.items.size(), 1);
    QCOMPARE(l.items.first().brokerName, u"broker-0"_s);
    QCOMPARE(l.items.first().ids, (QList<qint64> {0, 1, 2}));
}

void tst_Dtos::topics()
{
    const TopicList l = TopicList::fromJson(example(u"list_topics"_s), "topics"_L1);
    QCOMPARE(l.total, 3);
    QCOMPARE(l.max, 2000);
    QCOMPARE(l.remaining, 1997);
    QCOMPARE(l.items.size(), 3);
    QCOMPARE(l.items.at(1).name, u"topic-2"_s);
    QCOMPARE(l.items.at(0).permission, u"all"_s);
    QCOMPARE(l.items.at(0).messageType, u"NORMAL"_s);
    QCOMPARE(l.items.at(0).brokers.first().readQueueNum, 3);
    QCOMPARE(l.totalOrCount(), 3);
    const Topic t = Topic::fromJson(example(u"show_topic"_s));
    QCOMPARE(t.name, u"topic"_s);
    QCOMPARE(t.totalWriteQueueNum, 3);
}

void tst_Dtos::topicStatusAcceptsObjectOrList()
{
    // The reference's example has brokers as one object; the table documents a list.
    const TopicStatus s = TopicStatus::fromJson(example(u"show_topic_message_count"_s));
    QCOMPARE(s.brokers.size(), 1);
    QCOMPARE(s.brokers.first().brokerName, u"broker-0"_s);
    QCOMPARE(s.brokers.first().queues.first().maxOffset, 2);
    QCOMPARE(s.brokers.first().queues.first().lastMessageTime, Q_INT64_C(1662689877152));
    QCOMPARE(s.messageCount(), 2);
    const TopicStatus list = TopicStatus::fromJson(s.toJson());
    QVERIFY(s.toJson().value("brokers"_L1).isArray());
    QCOMPARE(list, s);
}

void tst_Dtos::groups()
{
    const ConsumerGroupList l = ConsumerGroupList::fromJson(example(u"list_consumer_groups"_s), "groups"_L1);
    QCOMPARE(l.total, 1);
    QCOMPARE(l.max, 4000);
    const ConsumerGroup &g = l.items.first();
    QCOMPARE(g.name, u"group-1"_s);
    QCOMPARE(g.description, u"test"_s);
    QCOMPARE(g.brokers, QStringList {u"broker-0"_s});
    QCOMPARE(g.createdAt, Q_INT64_C(1709087952686));
    QCOMPARE(g.retryMaxTime, 16);
    QVERIFY(g.enabled);
    QVERIFY(!g.online);
    const ConsumerGroup one = ConsumerGroup::fromJson(example(u"show_consumer_group"_s));
    QCOMPARE(one.name, u"test"_s);
    QVERIFY(one.broadcast);
    QCOMPARE(one.retryMaxTime, 10);
}

void tst_Dtos::groupTopicDetails()
{
    const QJsonArray md = QJsonDocument::fromJson(TestSupport::readData(u"api/md-examples.json"_s)).array();
    bool seen = false;
    for (const QJsonValue &v : md) {
        const QJsonObject e = v.toObject();
        const QJsonObject json = e.value("json"_L1).toObject();
        if (e.value("id"_L1).toString() != QLatin1String("list_consumer_group_topics") || !json.contains("lag"_L1))
            continue;
        const GroupTopics t = GroupTopics::fromJson(json);
        QCOMPARE(t.maxOffset, 1);
        QCOMPARE(t.consumerOffset, 1);
        QCOMPARE(t.brokers.first().queues.size(), 3);
        QCOMPARE(t.brokers.first().queues.at(1).lastMessageTime, Q_INT64_C(1679398537088));
        seen = true;
    }
    QVERIFY(seen);
    const GroupTopics names = GroupTopics::fromJson(example(u"list_consumer_group_topics"_s));
    QCOMPARE(names.topics, QStringList {u"topic-test"_s});
    QCOMPARE(names.total, 1);
}

void tst_Dtos::consumers()
{
    const ConsumerList l = ConsumerList::fromJson(example(u"list_consumers"_s));
    QCOMPARE(l.groupName, u"test"_s);
    QVERIFY(l.online);
    QVERIFY(l.subscriptionConsistency);
    QCOMPARE(l.clients.total, 1);
    const ConsumerClient &c = l.clients.items.first();
    QCOMPARE(c.clientId, u"192.168.0.1@consumer1"_s);
    QCOMPARE(c.language, u"JAVA"_s);
    QCOMPARE(c.subscriptions.first().topic, u"topicA"_s);
    QCOMPARE(c.subscriptions.first().expression, u"tagA"_s);
}

void tst_Dtos::messages()
{
    const MessageList l = MessageList::fromJson(example(u"list_messages"_s), "messages"_L1);
    QCOMPARE(l.total, 1);
    const Message &m = l.items.first();
    QCOMPARE(m.msgId, u"C0A807C9000027740000000000000030"_s);
    QCOMPARE(m.topic, u"topic-test"_s);
    QCOMPARE(m.storeTimestamp, Q_INT64_C(1648888166319));
    QCOMPARE(m.bornTimestamp, Q_INT64_C(1648888166275));
    QCOMPARE(m.queueId, 2);
    QCOMPARE(m.bodyCrc, Q_INT64_C(1932557065));
    QCOMPARE(m.property(u"UNIQ_KEY"_s), u"7F00000123DC6E0BE85808B037820000"_s);
    QCOMPARE(m.property(u"CLUSTER"_s), u"DmsCluster"_s);
    QVERIFY(m.tags().isEmpty());
    const Message sent = Message::fromJson(example(u"send_message"_s));
    QCOMPARE(sent.msgId, u"644F0E2A315323EAB33D8F4733110009"_s);
    QCOMPARE(sent.brokerName, u"broker-0"_s);
    QCOMPARE(sent.body, u"test"_s);
}

void tst_Dtos::deadLetterExport()
{
    const QJsonArray items =
        OperationTable::builtin().find(u"export_dead_letter_messages"_s)->exampleResponse().toArray();
    QCOMPARE(items.size(), 1);
    // property_list is one object here instead of a list: read as a one-element list.
    const Message m = Message::fromJson(items.first().toObject());
    QCOMPARE(m.properties.size(), 1);
    QCOMPARE(m.property(u"ORIGIN_MESSAGE_ID"_s), u"C0A8005B00002775000000000000EBAE"_s);
    QCOMPARE(m.reconsumeTimes, 5);
    QCOMPARE(m.body, u"Hello world"_s);
}

void tst_Dtos::trace()
{
    const TraceList l = TraceList::fromJson(example(u"list_message_trace"_s), "trace"_L1);
    QCOMPARE(l.items.size(), 1);
    const TraceEntry &t = l.items.first();
    QVERIFY(t.success);
    QCOMPARE(t.traceType, u"Pub"_s);
    QCOMPARE(t.timestamp, Q_INT64_C(1634822858013));
    QCOMPARE(t.costTime, 47);
    QCOMPARE(t.tags, u"TagA"_s);
    QCOMPARE(t.keys, u"OrderID188"_s);
    QCOMPARE(t.transactionState, u"Ack"_s);
}

void tst_Dtos::resendResults()
{
    const QList<ResendResult> r = resendResultsFromJson(example(u"resend_dead_letter_messages"_s));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().msgId, u"C0A8149E0000277600000000000B6835"_s);
    QVERIFY(r.first().ok());
    const ResendResult failed = ResendResult::fromJson(
        object(R"({"msg_id":"x","error_code":"DMS.00404014","error_message":"Message not found."})"));
    QVERIFY(!failed.ok());
}

void tst_Dtos::users()
{
    const UserList l = UserList::fromJson(example(u"list_users"_s), "users"_L1);
    QCOMPARE(l.total, 1);
    const User &u = l.items.first();
    QCOMPARE(u.accessKey, u"test_01"_s);
    QCOMPARE(u.defaultTopicPerm, u"SUB"_s);
    QCOMPARE(u.defaultGroupPerm, u"DENY"_s);
    QVERIFY(!u.admin);
    User written = u;
    written.secretKey.clear(); // an answer without the secret does not invent one
    QVERIFY(!written.toJson().contains("secret_key"_L1));
    const AccessPolicyList p = AccessPolicyList::fromJson(example(u"list_topic_access_policy"_s), "policies"_L1);
    QCOMPARE(p.items.first().accessKey, u"dms_test"_s);
    QCOMPARE(p.items.first().perm, u"PUB|SUB"_s);
    QCOMPARE(p.extra.value("name"_L1).toString(), u"test"_s);
}

void tst_Dtos::missingFieldsGiveDefaults()
{
    const Instance i = Instance::fromJson({});
    QVERIFY(i.name.isEmpty());
    QCOMPARE(i.createdAt, 0);
    QVERIFY(i.tags.isEmpty());
    const ConsumerGroup g = ConsumerGroup::fromJson(object(R"({"name": "g", "brokers": null})"));
    QCOMPARE(g.name, u"g"_s);
    QVERIFY(g.enabled); // the service's default
    QCOMPARE(g.retryMaxTime, 16);
    QVERIFY(g.brokers.isEmpty());
    const TopicList empty = TopicList::fromJson({}, "topics"_L1);
    QCOMPARE(empty.total, -1);
    QCOMPARE(empty.totalOrCount(), 0);
    const ConsumerList c = ConsumerList::fromJson(object(R"({"clients": [{}]})"));
    QCOMPARE(c.clients.items.size(), 1);
    QVERIFY(c.clients.items.first().subscriptions.isEmpty());
}

void tst_Dtos::unknownFieldsSurvive()
{
    const QJsonObject in =
        object(R"({"name": "t", "permission": "all", "future_field": {"a": 1}, "brokers": [], "queue_type": "x"})");
    const Topic t = Topic::fromJson(in);
    QCOMPARE(t.extra.value("queue_type"_L1).toString(), u"x"_s);
    const QJsonObject out = t.toJson();
    QCOMPARE(out.value("future_field"_L1).toObject().value("a"_L1).toInt(), 1);
    QCOMPARE(out.value("name"_L1).toString(), u"t"_s);
    // A known field set in the struct wins over a stale copy in extra.
    Topic changed = t;
    changed.extra.insert("name"_L1, u"stale"_s);
    QCOMPARE(changed.toJson().value("name"_L1).toString(), u"t"_s);
    // Unknown envelope fields of a list survive too.
    const TopicList l = TopicList::fromJson(object(R"({"topics": [], "total": 0, "cursor": "abc"})"), "topics"_L1);
    QCOMPARE(l.toJson("topics"_L1).value("cursor"_L1).toString(), u"abc"_s);
}

void tst_Dtos::numbersAsStringsAndBack()
{
    const ConsumerGroup g = ConsumerGroup::fromJson(
        object(R"({"retry_max_time": "7", "enabled": "false", "created_at": "1709087952686", "brokers": "broker-0"})"));
    QCOMPARE(g.retryMaxTime, 7);
    QVERIFY(!g.enabled);
    QCOMPARE(g.createdAt, Q_INT64_C(1709087952686));
    QCOMPARE(g.brokers, QStringList {u"broker-0"_s});
    const Instance i = Instance::fromJson(object(R"({"instance_id": 42, "storage_space": "600", "broker_num": 3.0})"));
    QCOMPARE(i.instanceId, u"42"_s);
    QCOMPARE(i.storageSpace, 600);
    QCOMPARE(i.brokerNum, 3);
    const Message m =
        Message::fromJson(object(R"({"queue_offset": "12345678901", "store_timestamp": 1.6488881663e12})"));
    QCOMPARE(m.queueOffset, Q_INT64_C(12345678901));
    QCOMPARE(m.storeTimestamp, Q_INT64_C(1648888166300));
}

void tst_Dtos::timestamps_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QJsonValue(1662689877152.0) << Q_INT64_C(1662689877152);
    QTest::newRow("numeric string") << QJsonValue(u"1636699753874"_s) << Q_INT64_C(1636699753874);
    QTest::newRow("iso utc") << QJsonValue(u"2022-09-09T02:17:57.152Z"_s) << Q_INT64_C(1662689877152);
    QTest::newRow("iso offset") << QJsonValue(u"2022-09-09T10:17:57.152+08:00"_s) << Q_INT64_C(1662689877152);
    QTest::newRow("task list style") << QJsonValue(u"2022-09-09 02:17:57.152"_s) << Q_INT64_C(1662689877152);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << Q_INT64_C(0);
    QTest::newRow("garbage") << QJsonValue(u"yesterday"_s) << Q_INT64_C(0);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << Q_INT64_C(0);
}

void tst_Dtos::timestamps()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QCOMPARE(Json::epochMs(value), expected);
}

QTEST_GUILESS_MAIN(tst_Dtos)
#include "tst_dtos.moc"
