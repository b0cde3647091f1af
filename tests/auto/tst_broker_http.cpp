// The broker over loopback with the real mqdesk-emulator binary and the signed Api::ApiClient:
// sends answered 200 survive kill -9; the --demo sandbox has lag, traces and dead letters.
#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "api/messageid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::callAndWait;

class TestBrokerHttp : public QObject
{
    Q_OBJECT

private:
    static QByteArray json(const QJsonObject &object) { return TestSupport::compactJson(object); }

    static QString createInstance(Api::ApiClient &client)
    {
        const QByteArray body = json(TestSupport::instanceBody(u"broker-durable"_s));
        return callAndWait(client, u"create_instance"_s, {}, body).object().value(u"instance_id"_s).toString();
    }

private Q_SLOTS:
    void sendsSurviveKillDashNine()
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--create-delay"_s, u"0"_s, u"--sim-speed"_s, u"0"_s});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());
        const QString instance = createInstance(client);
        QVERIFY(!instance.isEmpty());
        QVERIFY(callAndWait(client, u"create_or_batch_delete_topics"_s, {{u"instance_id"_s, instance}},
                            json({{u"name"_s, u"durable"_s}, {u"permission"_s, u"all"_s}, {u"queue_num"_s, 4}}))
                    .ok);

        constexpr int N = 50;
        QStringList ids;
        for (int i = 0; i < N; ++i) {
            const auto sent =
                callAndWait(client, u"send_message"_s, {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, instance}},
                            json({{u"topic"_s, u"durable"_s},
                                  {u"body"_s, u"payload %1"_s.arg(i)},
                                  {u"property_list"_s,
                                   QJsonArray {QJsonObject {{u"name"_s, u"KEYS"_s}, {u"value"_s, u"k%1"_s.arg(i)}}}}}));
            QVERIFY2(sent.ok, qPrintable(sent.error.toString()));
            ids.append(sent.object().value(u"msg_id"_s).toString());
        }
        emulator.kill(); // right after the last 200
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        client.setEndpoint(emulator.endpoint());

        const auto all = callAndWait(client, u"list_messages"_s,
                                     {{u"engine"_s, u"rocketmq"_s},
                                      {u"instance_id"_s, instance},
                                      {u"topic"_s, u"durable"_s},
                                      {u"start_time"_s, u"0"_s},
                                      {u"end_time"_s, QString::number(QDateTime::currentMSecsSinceEpoch())},
                                      {u"limit"_s, 50}});
        QVERIFY2(all.ok, qPrintable(all.error.toString()));
        QCOMPARE(all.object().value(u"total"_s).toInt(), N);
        // Every acknowledged id is there, by key and by id.
        for (int i = 0; i < N; i += 7) {
            const auto one = callAndWait(client, u"list_messages"_s,
                                         {{u"engine"_s, u"reliability"_s},
                                          {u"instance_id"_s, instance},
                                          {u"topic"_s, u"durable"_s},
                                          {u"msg_id"_s, ids.at(i)}});
            QVERIFY2(one.ok, qPrintable(one.error.toString()));
            QCOMPARE(one.object().value(u"messages"_s).toArray().first()[u"body"_s].toString(), u"payload %1"_s.arg(i));
        }
        // The status counts them per queue; new sends continue the commit log after the restart.
        const auto status = callAndWait(client, u"show_topic_message_count"_s,
                                        {{u"instance_id"_s, instance}, {u"topic"_s, u"durable"_s}});
        QVERIFY(status.ok);
        QCOMPARE(status.object().value(u"max_offset"_s).toInteger(), N);
        const auto again =
            callAndWait(client, u"send_message"_s, {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, instance}},
                        json({{u"topic"_s, u"durable"_s}, {u"body"_s, u"after"_s}}));
        QVERIFY(again.ok);
        QVERIFY(!ids.contains(again.object().value(u"msg_id"_s).toString()));
    }

    // The group operations answer 404 for an unknown instance or group (instance first); the
    // dead-letter operations take only a %DLQ% topic.
    void groupAndDeadLetterErrors()
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--create-delay"_s, u"0"_s, u"--sim-speed"_s, u"0"_s});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());
        client.setMaxRetries(0);
        const QString instance = createInstance(client);
        QVERIFY(!instance.isEmpty());
        QVERIFY(callAndWait(client, u"create_or_batch_delete_topics"_s, {{u"instance_id"_s, instance}},
                            json({{u"name"_s, u"orders"_s}}))
                    .ok);
        QVERIFY(callAndWait(client, u"create_or_batch_delete_consumer_groups"_s, {{u"instance_id"_s, instance}},
                            json({{u"name"_s, u"GID_known"_s}}))
                    .ok);
        const auto expectError = [](const TestSupport::CallResult &result, int status, const QString &code,
                                    const QString &message = {}) {
            QVERIFY2(!result.ok, "answered 200");
            QCOMPARE(result.error.httpStatus, status);
            QCOMPARE(result.error.errorCode, code);
            if (!message.isEmpty())
                QCOMPARE(result.error.errorMessage, message);
        };
        const QByteArray reset = json({{u"topic"_s, u"orders"_s}, {u"timestamp"_s, 0}});
        for (const QString &op : {u"list_consumers"_s, u"list_consumer_group_topics"_s, u"reset_consumer_offset"_s}) {
            const QByteArray body = op == "reset_consumer_offset"_L1 ? reset : QByteArray();
            const QVariantMap known {
                {u"engine"_s, u"reliability"_s}, {u"instance_id"_s, instance}, {u"group"_s, u"GID_known"_s}};
            QVariantMap params = known;
            const auto ok = callAndWait(client, op, params, body);
            QVERIFY2(ok.ok, qPrintable(op + u": "_s + ok.error.toString()));
            params.insert(u"group"_s, u"GID_unknown"_s);
            expectError(callAndWait(client, op, params, body), 404, u"DMS.10240405"_s);
            params.insert(u"instance_id"_s, u"00000000-0000-0000-0000-000000000000"_s);
            expectError(callAndWait(client, op, params, body), 404, u"DMS.00404022"_s);
        }
        for (const QString &op : {u"export_dead_letter_messages"_s, u"resend_dead_letter_messages"_s}) {
            const auto answer = callAndWait(client, op, {{u"engine"_s, u"reliability"_s}, {u"instance_id"_s, instance}},
                                            json({{u"topic"_s, u"orders"_s}, {u"msg_id_list"_s, QJsonArray {u"x"_s}}}));
            expectError(answer, 400, u"DMS.00400800"_s, u"orders is not a dead letter topic (%DLQ%<group>)."_s);
        }
    }

    void demoSandboxHasLagTracesAndDeadLetters()
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--demo"_s, u"--sim-speed"_s, u"0"_s});
        QVERIFY2(emulator.start(60000), qPrintable(emulator.errorString()));
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());
        const auto instances = callAndWait(client, u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
        QVERIFY(instances.ok);
        QString v4;
        for (const QJsonValue &i : instances.object().value(u"instances"_s).toArray()) {
            if (i[u"engine_version"_s] == u"4.8.0"_s)
                v4 = i[u"instance_id"_s].toString();
        }
        QVERIFY(!v4.isEmpty());
        // The offline service group lags on its topics; its consumer list says offline.
        const auto topics = callAndWait(client, u"list_consumer_group_topics"_s,
                                        {{u"instance_id"_s, v4}, {u"group"_s, u"GID_shipping_service"_s}});
        QVERIFY2(topics.ok, qPrintable(topics.error.toString()));
        qint64 lag = 0;
        for (const QJsonValue &t : topics.object().value(u"topics"_s).toArray()) {
            const auto detail = callAndWait(
                client, u"list_consumer_group_topics"_s,
                {{u"instance_id"_s, v4}, {u"group"_s, u"GID_shipping_service"_s}, {u"topic"_s, t.toString()}});
            lag += detail.object().value(u"lag"_s).toInteger();
        }
        QVERIFY(lag > 0);
        const auto clients =
            callAndWait(client, u"list_consumers"_s, {{u"instance_id"_s, v4}, {u"group"_s, u"GID_shipping_service"_s}});
        QVERIFY(clients.ok);
        QCOMPARE(clients.object().value(u"online"_s).toBool(), false);
        // Dead letters exist for the failing audit groups, exportable and traced. Which messages are
        // poison depends on their ids (time and PID), so a single group may have none in one seed:
        // take the first audit group that has some (about eight are expected over the six groups).
        TestSupport::CallResult dead;
        const QStringList domains {u"orders"_s, u"payments"_s, u"inventory"_s, u"shipping"_s, u"users"_s, u"billing"_s};
        for (const QString &domain : domains) {
            const QVariantMap query {{u"engine"_s, u"rocketmq"_s},
                                     {u"instance_id"_s, v4},
                                     {u"topic"_s, QString(u"%DLQ%GID_"_s + domain + u"_audit"_s)},
                                     {u"start_time"_s, u"0"_s},
                                     {u"end_time"_s, QString::number(QDateTime::currentMSecsSinceEpoch())}};
            dead = callAndWait(client, u"list_messages"_s, query);
            QVERIFY2(dead.ok, qPrintable(dead.error.toString()));
            if (dead.object().value(u"total"_s).toInt() > 0)
                break;
        }
        QVERIFY(dead.object().value(u"total"_s).toInt() > 0);
        const QJsonObject letter = dead.object().value(u"messages"_s).toArray().first().toObject();
        QCOMPARE(letter[u"reconsume_times"_s].toInt(), 4); // max retries 3, + 1
        QString uniq;
        for (const QJsonValue &p : letter[u"property_list"_s].toArray()) {
            if (p[u"name"_s] == u"UNIQ_KEY"_s)
                uniq = p[u"value"_s].toString();
        }
        QCOMPARE(Api::MessageId::classify(uniq), Api::MessageId::Kind::UniqKeyV0);
        const auto trace = callAndWait(client, u"list_message_trace"_s,
                                       {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, v4}, {u"msg_id"_s, uniq}});
        QVERIFY(trace.ok);
        const QJsonArray entries = trace.object().value(u"trace"_s).toArray();
        QCOMPARE(entries.first()[u"trace_type"_s].toString(), u"Pub"_s);
        int failures = 0;
        for (const QJsonValue &e : entries)
            failures += e[u"trace_type"_s] == u"SubAfter"_s && e[u"consume_status"_s].toInt() == 5;
        QCOMPARE(failures, 4);
    }
};

QTEST_GUILESS_MAIN(TestBrokerHttp)
#include "tst_broker_http.moc"
