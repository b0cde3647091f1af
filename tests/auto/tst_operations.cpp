// The operation table against the reference: every TSV row, every example request line of
// the Markdown reference rebuilt from parameters, path escaping, engine spellings, aliases,
// path matching for the emulator's router, and validation messages.
#include "api/apirequest.h"
#include "api/operations.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using Api::ApiRequest;
using Api::Operation;
using Api::OperationTable;

namespace {

const QString kProject = u"0123456789abcdef0123456789abcdef"_s;

QString sample(const QString &placeholder)
{
    // Values that pass the table's checks; engine takes the alias spelling on purpose.
    static const QHash<QString, QString> values {
        {u"project_id"_s, kProject},    {u"engine"_s, u"reliability"_s}, {u"start"_s, u"0"_s},
        {u"limit"_s, u"10"_s},          {u"broker_num"_s, u"1"_s},       {u"product_id"_s, u"rocketmq.b1.large.1"_s},
        {u"topic"_s, u"%DLQ%group-1"_s}};
    return values.value(placeholder, u"sample-"_s + placeholder);
}

bool isPlaceholder(const QString &s)
{
    return s.size() > 2 && s.startsWith(u'{') && s.endsWith(u'}');
}

QList<QStringList> tsvRows(const QString &name)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = TestSupport::readData(u"api/"_s + name).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            rows.append(QString::fromUtf8(lines.at(i)).split(u'\t'));
    return rows;
}

using Query = QList<QPair<QString, QString>>;

Query sorted(Query q)
{
    std::sort(q.begin(), q.end());
    return q;
}

} // namespace

class tst_Operations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTsvRowIsInTheTable_data();
    void everyTsvRowIsInTheTable();
    void tableShape();
    void rebuildExampleRequests_data();
    void rebuildExampleRequests();
    void bothEngineSpellings();
    void pathParametersAreEscaped();
    void missingPathParameter();
    void queryValuesAreFormatted();
    void sdkAliases();
    void matchPrefersTheMostSpecificTemplate();
    void otherServiceRows();
    void validationMessages_data();
    void validationMessages();
    void pagingMetadata();
};

void tst_Operations::everyTsvRowIsInTheTable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    for (const QString &file : {u"endpoints-part1.tsv"_s, u"endpoints-part2.tsv"_s})
        for (const QStringList &row : tsvRows(file))
            QTest::newRow(qPrintable(row.at(0))) << row.at(0) << row.at(1) << row.at(2) << row.at(3);
}

void tst_Operations::everyTsvRowIsInTheTable()
{
    QFETCH(QString, id);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, title);
    const Operation *op = OperationTable::builtin().find(id);
    QVERIFY2(op, qPrintable(id));
    QCOMPARE(QString::fromLatin1(op->method), method);
    QCOMPARE(op->pathTemplate, path);
    QCOMPARE(op->title, title);
    QVERIFY(!op->isAlias());
    // Every placeholder of the template is a documented path parameter.
    for (const QString &segment : path.section(u'?', 0, 0).split(u'/'))
        if (isPlaceholder(segment))
            QVERIFY2(op->pathParam(segment.mid(1, segment.size() - 2)), qPrintable(segment));
}

void tst_Operations::tableShape()
{
    const OperationTable &table = OperationTable::builtin();
    QSet<QString> ids;
    int documented = 0;
    int rocketmq = 0;
    for (const Operation &op : table.all()) {
        QVERIFY2(!ids.contains(op.id), qPrintable(op.id));
        ids.insert(op.id);
        if (op.source.startsWith(QLatin1String("mqdesk"))) {
            continue; // rows mqdesk adds to the vendor table (other services, issue E)
        } else if (!op.isAlias()) {
            ++documented;
            rocketmq += op.isRocketMq() ? 1 : 0;
        } else {
            QVERIFY(table.find(op.aliasOf));
            if (op.isRocketMq())
                QVERIFY(op.pathTemplate.startsWith(u"/v2/{project_id}/rocketmq/"_s));
            QCOMPARE(op.method, table.find(op.aliasOf)->method);
        }
    }
    QCOMPARE(documented, 61);
    QCOMPARE(rocketmq, 58);                       // 57 from the API reference + the web page's send_message_web
    QCOMPARE(&OperationTable::builtin(), &table); // loaded once
    QString error;
    QVERIFY(OperationTable::fromJson("{\"not\": \"a list\"}", &error).all().isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_Operations::rebuildExampleRequests_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonValue>("body");
    const QJsonArray examples = QJsonDocument::fromJson(TestSupport::readData(u"api/example-requests.json"_s)).array();
    QVERIFY(examples.size() >= 60);
    int n = 0;
    for (const QJsonValue &v : examples) {
        const QJsonObject e = v.toObject();
        QTest::addRow("%d %s", ++n, qPrintable(e.value("id"_L1).toString()))
            << e.value("id"_L1).toString() << e.value("method"_L1).toString() << e.value("url"_L1).toString()
            << e.value("body"_L1);
    }
}

void tst_Operations::rebuildExampleRequests()
{
    QFETCH(QString, id);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QJsonValue, body);
    const Operation *op = OperationTable::builtin().find(id);
    QVERIFY(op);
    QCOMPARE(QString::fromLatin1(op->method), method);

    // Known misprints of the reference's example lines (recorded in operations.json notes).
    url.replace(u"{group_id}"_s, u"{group}"_s).replace(u"&Limit="_s, u"&limit="_s).replace(u"?start="_s, u"?offset="_s);

    const QString examplePath = url.section(u'?', 0, 0);
    const QString exampleQuery = url.section(u'?', 1);
    const QString templ = op->pathTemplate.section(u'?', 0, 0);
    const QStringList exampleSegments = examplePath.split(u'/');
    const QStringList templateSegments = templ.split(u'/');
    QCOMPARE(exampleSegments.size(), templateSegments.size());

    QVariantMap params;
    QString expectedPath;
    for (qsizetype i = 0; i < templateSegments.size(); ++i) {
        const QString &t = templateSegments.at(i);
        const QString &e = exampleSegments.at(i);
        if (!isPlaceholder(t)) {
            QCOMPARE(e, t);
        } else {
            // The example either keeps the placeholder or spells a value (engine).
            const QString value = isPlaceholder(e) ? sample(e.mid(1, e.size() - 2)) : e;
            params.insert(t.mid(1, t.size() - 2), value);
        }
        if (i > 0)
            expectedPath += u'/';
        expectedPath +=
            isPlaceholder(e) ? QString::fromLatin1(QUrl::toPercentEncoding(sample(e.mid(1, e.size() - 2)))) : e;
    }
    Query expectedQuery;
    QStringList undeclared;
    for (const QString &pair : exampleQuery.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        QString value = pair.section(u'=', 1);
        if (isPlaceholder(value))
            value = sample(value.mid(1, value.size() - 2));
        if (op->pathTemplate.contains(u'?' + key + u'=')) { // fixed query in the template
            expectedQuery.append({key, value});
            continue;
        }
        params.insert(key, value);
        if (op->queryParam(key))
            expectedQuery.append({key, value});
        else
            undeclared.append(key);
    }
    // send_message_web's example appends ?topic= although no query parameter is documented.
    QCOMPARE(undeclared, id == QLatin1String("send_message_web") ? QStringList {u"topic"_s} : QStringList {});
    QCOMPARE(op->unknownParams(params), undeclared);
    if (op->queryParam(u"engine"_s) && !params.contains(u"engine"_s))
        expectedQuery.append({u"engine"_s, u"rocketmq"_s});

    ApiRequest request;
    QString error;
    QVERIFY2(op->buildRequest(params, &request, &error), qPrintable(error));
    QCOMPARE(request.method, op->method);
    QCOMPARE(request.path, expectedPath);
    QCOMPARE(sorted(request.query), sorted(expectedQuery));
    QCOMPARE(request.operationId, id);

    // The router finds the same operation (send_message_web shares send_message's path).
    QVariantMap captured;
    const Operation *matched = OperationTable::builtin().match(request.method, request.path, &captured);
    QVERIFY(matched);
    QCOMPARE(matched->id, id == QLatin1String("send_message_web") ? u"send_message"_s : id);
    for (const Api::OperationParam &p : op->pathParams)
        QCOMPARE(captured.value(p.name).toString(), params.value(p.name).toString());

    // The example body passes the table's checks.
    const QStringList problems = op->validate(params, body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void tst_Operations::bothEngineSpellings()
{
    const Operation *op = OperationTable::builtin().find(u"list_messages"_s);
    QVERIFY(op);
    const QVariantMap base {{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}, {u"topic"_s, u"t"_s}};
    ApiRequest request;
    QString error;
    QVERIFY(op->buildRequest(base, &request, &error));
    QCOMPARE(request.path, u"/v2/rocketmq/"_s + kProject + u"/instances/i-1/messages"_s);
    QVariantMap reliability = base;
    reliability.insert(u"engine"_s, u"reliability"_s);
    QVERIFY(op->buildRequest(reliability, &request, &error));
    QCOMPARE(request.path, u"/v2/reliability/"_s + kProject + u"/instances/i-1/messages"_s);
    QVERIFY(op->validate(reliability).isEmpty());
    QVERIFY(OperationTable::builtin().match("GET", request.path));

    QVariantMap kafka = base;
    kafka.insert(u"engine"_s, u"kafka"_s);
    const QStringList problems = op->validate(kafka);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"rocketmq, reliability"_s), qPrintable(problems.first()));
    QVERIFY(!OperationTable::builtin().match("GET", u"/v2/kafka/"_s + kProject + u"/instances/i-1/messages"_s));

    // list_instances takes engine as a required query parameter: it defaults too.
    const Operation *list = OperationTable::builtin().find(u"list_instances"_s);
    QVERIFY(list->buildRequest({{u"project_id"_s, kProject}}, &request, &error));
    QCOMPARE(request.query, (Query {{u"engine"_s, u"rocketmq"_s}}));
    QVERIFY(list->validate({{u"project_id"_s, kProject}}).isEmpty());
    QVERIFY(list->buildRequest({{u"project_id"_s, kProject}, {u"engine"_s, u"reliability"_s}}, &request, &error));
    QCOMPARE(request.query, (Query {{u"engine"_s, u"reliability"_s}}));
}

void tst_Operations::pathParametersAreEscaped()
{
    const Operation *op = OperationTable::builtin().find(u"show_topic"_s);
    ApiRequest request;
    QString error;
    const QString topic = u"%DLQ%group 1/ä?#"_s;
    QVERIFY(op->buildRequest({{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}, {u"topic"_s, topic}}, &request,
                             &error));
    QCOMPARE(request.path, u"/v2/"_s + kProject + u"/instances/i-1/topics/%25DLQ%25group%201%2F%C3%A4%3F%23"_s);
    QVariantMap captured;
    const Operation *matched = OperationTable::builtin().match("GET", request.path, &captured);
    QVERIFY(matched);
    QCOMPARE(matched->id, u"show_topic"_s);
    QCOMPARE(captured.value(u"topic"_s).toString(), topic);
    QCOMPARE(captured.value(u"instance_id"_s).toString(), u"i-1"_s);
}

void tst_Operations::missingPathParameter()
{
    const Operation *op = OperationTable::builtin().find(u"delete_consumer_group"_s);
    ApiRequest request;
    request.path = u"untouched"_s;
    QString error;
    QVERIFY(!op->buildRequest({{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}}, &request, &error));
    QVERIFY2(error.contains(u"group"_s), qPrintable(error));
    QCOMPARE(request.path, u"untouched"_s);
    QVERIFY(!op->buildRequest({{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}, {u"group"_s, QString()}},
                              &request, &error));
    const QStringList problems = op->validate({{u"instance_id"_s, u"i-1"_s}});
    QCOMPARE(problems, (QStringList {u"project_id is required."_s, u"group is required."_s}));
}

void tst_Operations::queryValuesAreFormatted()
{
    const Operation *op = OperationTable::builtin().find(u"list_consumers"_s);
    ApiRequest request;
    QString error;
    QVERIFY(op->buildRequest({{u"project_id"_s, kProject},
                              {u"instance_id"_s, u"i-1"_s},
                              {u"group"_s, u"g"_s},
                              {u"is_detail"_s, true},
                              {u"offset"_s, 100},
                              {u"limit"_s, 50},
                              {u"unknown"_s, u"dropped"_s}},
                             &request, &error));
    // Table order, booleans spelled true/false, undeclared keys left out.
    QCOMPARE(request.query, (Query {{u"limit"_s, u"50"_s}, {u"offset"_s, u"100"_s}, {u"is_detail"_s, u"true"_s}}));
    QCOMPARE(request.path, u"/v2/rocketmq/"_s + kProject + u"/instances/i-1/groups/g/clients"_s);
}

void tst_Operations::sdkAliases()
{
    const OperationTable &table = OperationTable::builtin();
    const QList<const Operation *> aliases = table.aliasesOf(u"list_messages"_s);
    QCOMPARE(aliases.size(), 1);
    const Operation *alias = aliases.first();
    QCOMPARE(alias->id, u"list_messages_for_rocketmq"_s);
    QCOMPARE(alias->canonicalId(), u"list_messages"_s);
    QCOMPARE(alias->pathTemplate, u"/v2/{project_id}/rocketmq/instances/{instance_id}/messages"_s);
    QVERIFY(!alias->pathParam(u"engine"_s));
    QVERIFY(alias->queryParam(u"topic"_s));
    ApiRequest request;
    QString error;
    QVERIFY(alias->buildRequest({{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}, {u"topic"_s, u"t"_s}},
                                &request, &error));
    QCOMPARE(request.path, u"/v2/"_s + kProject + u"/rocketmq/instances/i-1/messages"_s);
    QCOMPARE(table.match("GET", request.path)->id, u"list_messages_for_rocketmq"_s);

    // Every alias the issue names, with its documented twin.
    const QStringList expected {u"create_instance"_s,
                                u"list_messages"_s,
                                u"send_message"_s,
                                u"list_message_trace"_s,
                                u"resend_dead_letter_messages"_s,
                                u"verify_consumption"_s,
                                u"reset_consumer_offset"_s,
                                u"list_consumers"_s};
    for (const QString &id : expected)
        QVERIFY2(!table.aliasesOf(id).isEmpty(), qPrintable(id));
    QCOMPARE(table.match("POST", u"/v2/p/rocketmq/instances"_s)->canonicalId(), u"create_instance"_s);
    QCOMPARE(table.match("POST", u"/v2/p/rocketmq/instances/i/groups/g/reset-message-offset"_s)->canonicalId(),
             u"reset_consumer_offset"_s);
    QCOMPARE(table.match("GET", u"/v2/p/rocketmq/instances/i/groups/g/clients"_s)->canonicalId(), u"list_consumers"_s);
}

void tst_Operations::matchPrefersTheMostSpecificTemplate()
{
    const OperationTable &table = OperationTable::builtin();
    QCOMPARE(table.match("POST", u"/v2/p/instances/action"_s)->id, u"batch_delete_instances"_s);
    QCOMPARE(table.match("GET", u"/v2/p/instances/i"_s)->id, u"show_instance"_s);
    QCOMPARE(table.match("GET", u"/v2/p/rocketmq/tags"_s)->id, u"list_project_tags"_s);
    QCOMPARE(table.match("GET", u"/v2/p/rocketmq/i/tags"_s)->id, u"list_instance_tags"_s);
    QCOMPARE(table.match("GET", u"/v2/rocketmq/products"_s)->id, u"list_products"_s);
    QCOMPARE(table.match("GET", u"/v2/rocketmq/products/cores"_s)->id, u"show_flavor_cores"_s);
    QCOMPARE(table.match("GET", u"/v2/config/features"_s)->id, u"list_config_features"_s);
    QCOMPARE(table.match("POST", u"/v2/rocketmq/p/instances/i/messages"_s)->id, u"send_message"_s);
    QCOMPARE(table.match("POST", u"/v2/p/rocketmq/instances/i/extend"_s)->id, u"resize_instance_for_rocketmq"_s);
    QCOMPARE(table.match("GET", u"/v2/p/rocketmq/instances/i/extend-check"_s)->id, u"show_extend_precheck"_s);
    QVERIFY(!table.match("PATCH", u"/v2/p/instances/i"_s));
    QVERIFY(!table.match("GET", u"/v2/p/instances/i/nothing"_s));
    QVERIFY(!table.match("GET", u"/v2/p/instances//topics"_s)); // empty instance id
}

void tst_Operations::otherServiceRows()
{
    const OperationTable &table = OperationTable::builtin();
    const Operation *mqtt = table.find(u"mqtt_send_message"_s);
    QVERIFY(mqtt);
    QVERIFY(!mqtt->isRocketMq());
    QCOMPARE(mqtt->method, QByteArray("RPC"));
    ApiRequest request;
    QString error;
    const Operation *kafka = table.find(u"kafka_resend_message"_s);
    QVERIFY(kafka->buildRequest({{u"project_id"_s, kProject}, {u"instance_id"_s, u"k"_s}}, &request, &error));
    QCOMPARE(request.path, u"/v2/"_s + kProject + u"/mqs/instances/k/messages/action"_s);
    QCOMPARE(request.query, (Query {{u"action_id"_s, u"resend"_s}}));
    QCOMPARE(table.match("POST", request.path)->id, u"kafka_resend_message"_s);
}

void tst_Operations::validationMessages_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QStringList>("expected");
    const QVariantMap inst {{u"project_id"_s, kProject}, {u"instance_id"_s, u"i-1"_s}};
    auto with = [&inst](std::initializer_list<std::pair<QString, QVariant>> extra) {
        QVariantMap m = inst;
        for (const auto &[k, v] : extra)
            m.insert(k, v);
        return m;
    };
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("limit too large") << u"list_topics"_s << with({{u"limit"_s, 51}}) << none
                                     << QStringList {u"limit must be between 1 and 50, not 51."_s};
    QTest::newRow("limit not a number") << u"list_topics"_s << with({{u"limit"_s, u"ten"_s}}) << none
                                        << QStringList {u"limit must be a number, not \"ten\"."_s};
    QTest::newRow("offset 0 is fine") << u"list_topics"_s << with({{u"offset"_s, 0}, {u"limit"_s, 50}}) << none
                                      << QStringList {};
    QTest::newRow("negative offset") << u"list_users"_s << with({{u"offset"_s, -1}}) << none
                                     << QStringList {u"offset must be at least 0, not -1."_s};
    QTest::newRow("status enum") << u"list_instances"_s
                                 << QVariantMap {{u"project_id"_s, kProject}, {u"status"_s, u"BOGUS"_s}} << none
                                 << QStringList {u"status must be one of CREATING, RUNNING, ERROR, RESTARTING, "
                                                 u"STARTING, EXTENDING, EXTENDEDFAILED, FROZEN, FREEZING, UPGRADING, "
                                                 u"ROLLINGBACK, DELETING, not \"BOGUS\"."_s};
    QTest::newRow("required query") << u"list_messages"_s << inst << none << QStringList {u"topic is required."_s};
    QTest::newRow("required body fields")
        << u"reset_consumer_offset"_s << with({{u"group"_s, u"g"_s}}) << QJsonValue(QJsonObject {{"topic"_L1, "t"_L1}})
        << QStringList {u"timestamp is required in the body."_s};
    QTest::newRow("body range") << u"update_consumer_group"_s << with({{u"group"_s, u"g"_s}})
                                << QJsonValue(QJsonObject {
                                       {"enabled"_L1, true}, {"broadcast"_L1, false}, {"retry_max_time"_L1, 17}})
                                << QStringList {u"retry_max_time must be between 1 and 16, not 17."_s};
    QTest::newRow("body enum and type")
        << u"create_or_batch_delete_topics"_s << inst
        << QJsonValue(QJsonObject {{"name"_L1, "t"_L1}, {"permission"_L1, "write"_L1}, {"brokers"_L1, "broker-0"_L1}})
        << QStringList {u"brokers must be a list."_s, u"permission must be one of pub, sub, all, not \"write\"."_s};
    QTest::newRow("partial update") << u"update_consumer_group"_s << with({{u"group"_s, u"g"_s}})
                                    << QJsonValue(QJsonObject {{"group_desc"_L1, "only this"_L1}}) << QStringList {};
    QTest::newRow("body not an object") << u"send_message"_s << inst << QJsonValue(QJsonArray {1})
                                        << QStringList {u"The request body must be a JSON object."_s};
    QTest::newRow("batch delete body") << u"create_or_batch_delete_topics"_s << with({{u"action"_s, u"delete"_s}})
                                       << QJsonValue(QJsonObject {{"topics"_L1, QJsonArray {"a"_L1}}})
                                       << QStringList {};
    QTest::newRow("action enum") << u"create_or_batch_delete_topics"_s << with({{u"action"_s, u"purge"_s}}) << none
                                 << QStringList {u"action must be one of delete, not \"purge\"."_s};
    QTest::newRow("boolean") << u"list_consumers"_s << with({{u"group"_s, u"g"_s}, {u"is_detail"_s, u"yes"_s}}) << none
                             << QStringList {u"is_detail must be true or false, not \"yes\"."_s};
}

void tst_Operations::validationMessages()
{
    QFETCH(QString, id);
    QFETCH(QVariantMap, params);
    QFETCH(QJsonValue, body);
    QFETCH(QStringList, expected);
    const Operation *op = OperationTable::builtin().find(id);
    QVERIFY(op);
    QCOMPARE(op->validate(params, body), expected);
}

void tst_Operations::pagingMetadata()
{
    const OperationTable &table = OperationTable::builtin();
    QVERIFY(table.find(u"list_topics"_s)->isPaged());
    QCOMPARE(table.find(u"list_topics"_s)->listItemsKey(), u"topics"_s);
    QCOMPARE(table.find(u"list_consumer_groups"_s)->listItemsKey(), u"groups"_s);
    QCOMPARE(table.find(u"list_consumers"_s)->listItemsKey(), u"clients"_s);
    QCOMPARE(table.find(u"list_message_trace"_s)->listItemsKey(), u"trace"_s);
    QCOMPARE(table.find(u"list_instances"_s)->listItemsKey(), u"instances"_s);
    QVERIFY(table.find(u"list_brokers"_s)->isPaged()); // paged by the SDKs, not in the reference
    QVERIFY(!table.find(u"show_topic"_s)->isPaged());
    QVERIFY(table.find(u"show_topic"_s)->listItemsKey().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Operations)
#include "tst_operations.moc"
