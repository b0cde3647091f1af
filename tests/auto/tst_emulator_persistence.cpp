// The emulator keeps its state in SQLite (WAL, synchronous=FULL) under --data-dir: a clean
// restart and a kill -9 right after the answers both keep every acknowledged change.
#include "emulatorprocess.h"

#include "api/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestEmulatorPersistence : public QObject
{
    Q_OBJECT

private:
    static QByteArray json(const QJsonObject &object) { return TestSupport::compactJson(object); }

    static QString createInstance(Api::ApiClient &client, const QString &name)
    {
        const auto result =
            TestSupport::callAndWait(client, u"create_instance"_s, {}, json(TestSupport::instanceBody(name)));
        if (!result.ok)
            qWarning() << result.error.toString();
        return result.object().value(u"instance_id"_s).toString();
    }

    static QStringList topicNames(Api::ApiClient &client, const QString &instanceId)
    {
        QStringList names;
        for (int offset = 0;; offset += 50) {
            const auto page = TestSupport::callAndWait(
                client, u"list_topics"_s, {{u"instance_id"_s, instanceId}, {u"offset"_s, offset}, {u"limit"_s, 50}});
            if (!page.ok)
                return {u"<error %1>"_s.arg(page.error.toString())};
            const QJsonArray topics = page.object().value(u"topics"_s).toArray();
            for (const QJsonValue &topic : topics)
                names.append(topic.toObject().value(u"name"_s).toString());
            if (page.object().value(u"next_offset"_s).toInt(-1) < 0)
                break;
        }
        return names;
    }

private Q_SLOTS:
    void killDashNineKeepsAcknowledgedChanges()
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--create-delay"_s, u"0"_s});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());

        const QString instanceId = createInstance(client, u"durable-1"_s);
        QVERIFY(!instanceId.isEmpty());
        constexpr int N = 60;
        QStringList expected;
        for (int i = 0; i < N; ++i) {
            const QString name = u"topic-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            const auto created =
                TestSupport::callAndWait(client, u"create_or_batch_delete_topics"_s, {{u"instance_id"_s, instanceId}},
                                         json({{u"name"_s, name}, {u"permission"_s, u"all"_s}, {u"queue_num"_s, 4}}));
            QVERIFY2(created.ok, qPrintable(created.error.toString()));
            expected.append(name);
        }
        const auto group = TestSupport::callAndWait(client, u"create_or_batch_delete_consumer_groups"_s,
                                                    {{u"instance_id"_s, instanceId}},
                                                    json({{u"name"_s, u"GID_durable"_s}, {u"retry_max_time"_s, 7}}));
        QVERIFY(group.ok);

        emulator.kill(); // SIGKILL right after the last acknowledged answer
        QVERIFY(!emulator.isRunning());
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        client.setEndpoint(emulator.endpoint());

        QCOMPARE(topicNames(client, instanceId), expected);
        const auto shown = TestSupport::callAndWait(client, u"show_consumer_group"_s,
                                                    {{u"instance_id"_s, instanceId}, {u"group"_s, u"GID_durable"_s}});
        QVERIFY(shown.ok);
        QCOMPARE(shown.object().value(u"retry_max_time"_s).toInt(), 7);
        const auto instance = TestSupport::callAndWait(client, u"show_instance"_s, {{u"instance_id"_s, instanceId}});
        QCOMPARE(instance.object().value(u"status"_s).toString(), u"RUNNING"_s);
        QCOMPARE(instance.object().value(u"broker_num"_s).toInt(), 2);
    }

    void cleanRestartKeepsStateAndDemoIsSeededOnce()
    {
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--demo"_s});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(emulator.credentials());
        const auto before = TestSupport::callAndWait(client, u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
        QVERIFY2(before.ok, qPrintable(before.error.toString()));
        QCOMPARE(before.object().value(u"instance_num"_s).toInt(), 2);
        const QString instanceId =
            before.object().value(u"instances"_s).toArray().first().toObject().value(u"instance_id"_s).toString();
        const auto deleted = TestSupport::callAndWait(
            client, u"delete_topic"_s,
            {{u"instance_id"_s, instanceId}, {u"topic"_s, topicNames(client, instanceId).first()}});
        QVERIFY2(deleted.ok, qPrintable(deleted.error.toString()));
        const QStringList topicsBefore = topicNames(client, instanceId);

        QVERIFY(emulator.stop()); // SIGTERM: exit code 0
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        client.setEndpoint(emulator.endpoint());
        const auto after = TestSupport::callAndWait(client, u"list_instances"_s, {{u"engine"_s, u"reliability"_s}});
        QCOMPARE(after.object().value(u"instance_num"_s).toInt(), 2); // --demo did not seed again
        QCOMPARE(topicNames(client, instanceId), topicsBefore);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPersistence)
#include "tst_emulator_persistence.moc"
