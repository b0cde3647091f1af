// DMS queue API v1.0 end to end (in-process emulator over loopback): list queues, send a
// batch with per-message results, and the documented limits (10 messages, 512 KB) enforced on
// both sides with nothing half-sent, verified by listing afterwards.
#include "api/apiclient.h"
#include "api/operations.h"
#include "api/queues.h"
#include "api/requestlog.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "server.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::InProcessEmulator;
using TestSupport::waitForCall;
namespace Queues = Api::Queues;

class tst_DmsQueues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(TestSupport::startServicesEmulator(m_emulator, m_client, &error), qPrintable(error));
        const QList<Queues::Queue> queues = list();
        QCOMPARE(queues.size(), 1);
        QCOMPARE(queues.first().name, u"demo-queue"_s);
        QCOMPARE(queues.first().producedMessages, 0);
        m_queue = queues.first().id;
    }
    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void sendBatchWithIds()
    {
        const QList<Queues::Message> batch {
            {u"TEST11"_s, QJsonObject {{u"attribute1"_s, u"value1"_s}, {u"attribute2"_s, u"value2"_s}}},
            {QJsonObject {{u"foo"_s, u"test02"_s}}, QJsonObject {{u"attribute1"_s, u"value1"_s}}},
        };
        const auto result = waitForCall(Queues::sendMessages(m_client.get(), m_queue, batch, true, this));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.status, 201);
        const QList<Queues::MessageResult> results = Queues::resultsFromJson(result.object());
        QCOMPARE(results.size(), 2);
        for (const auto &r : results) {
            QVERIFY(r.ok());
            QVERIFY(!r.id.isEmpty());
        }
        QVERIFY(results.at(0).id != results.at(1).id);
        QCOMPARE(list().first().producedMessages, 2);

        // Without returnId no ids come back (the documented default).
        const auto plain = waitForCall(Queues::sendMessages(m_client.get(), m_queue, {{u"x"_s, {}}}, false, this));
        QVERIFY(plain.ok);
        QVERIFY(Queues::resultsFromJson(plain.object()).first().id.isEmpty());
    }

    void documentedExampleBody()
    {
        const Api::Operation *op = Api::OperationTable::builtin().find(u"dms_v1_send_queue_messages"_s);
        QVERIFY(op);
        const QByteArray body = QJsonDocument(op->exampleRequest().toObject()).toJson();
        const auto result = TestSupport::callAndWait(*m_client, op->id, {{u"queue_id"_s, m_queue}}, body);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(Queues::resultsFromJson(result.object()).size(), 2);
    }

    void exactlyTheLimits()
    {
        QList<Queues::Message> ten;
        for (int i = 0; i < 10; ++i)
            ten.append({u"m%1"_s.arg(i), {}});
        QVERIFY(Queues::batchProblem(ten).isEmpty());
        QVERIFY(waitForCall(Queues::sendMessages(m_client.get(), m_queue, ten, false, this)).ok);
        // {"body":"..."} is the text plus 11 bytes: exactly 512 KB passes, one byte more does not.
        QList<Queues::Message> full {{QString(Queues::MaxBatchBytes - 11, u'x'), {}}};
        QCOMPARE(Queues::batchSize(full), Queues::MaxBatchBytes);
        QVERIFY(waitForCall(Queues::sendMessages(m_client.get(), m_queue, full, false, this)).ok);
        full.first().body = QString(Queues::MaxBatchBytes - 10, u'x');
        QVERIFY(!Queues::batchProblem(full).isEmpty());
        QCOMPARE(list().first().producedMessages, 11);
    }

    void overTheLimitsSendsNothing_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("bytesEach");
        QTest::addColumn<QString>("code");
        QTest::newRow("11 messages") << 11 << 10 << u"DMS.10540010"_s;
        QTest::newRow("600 KB") << 3 << 200 * 1024 << u"DMS.10540011"_s;
        QTest::newRow("one message of 600 KB") << 1 << 600 * 1024 << u"DMS.10540011"_s;
    }
    void overTheLimitsSendsNothing()
    {
        QFETCH(int, count);
        QFETCH(int, bytesEach);
        QFETCH(QString, code);
        QList<Queues::Message> batch;
        for (int i = 0; i < count; ++i)
            batch.append({QString(bytesEach, QChar(u'a' + i)), {}});
        // The typed call refuses before sending...
        const qsizetype logged = m_client->requestLog()->entries().size();
        const auto local = waitForCall(Queues::sendMessages(m_client.get(), m_queue, batch, false, this));
        QVERIFY(!local.ok);
        QCOMPARE(local.error.kind, Api::ApiError::Kind::Client);
        QVERIFY(!local.error.errorMessage.isEmpty());
        QCOMPARE(m_client->requestLog()->entries().size(), logged);
        // ...and the emulator answers the documented error when it is sent anyway.
        QJsonArray messages;
        for (const auto &m : batch)
            messages.append(m.toJson());
        const auto remote =
            TestSupport::callAndWait(*m_client, u"dms_v1_send_queue_messages"_s, {{u"queue_id"_s, m_queue}},
                                     QJsonDocument(QJsonObject {{u"messages"_s, messages}}).toJson());
        QVERIFY(!remote.ok);
        QCOMPARE(remote.error.httpStatus, 400);
        QCOMPARE(remote.error.errorCode, code);
        QCOMPARE(list().first().producedMessages, 0);
    }

    void unknownQueueAndBadMessage()
    {
        auto result =
            waitForCall(Queues::sendMessages(m_client.get(), u"no-such-queue"_s, {{u"x"_s, {}}}, false, this));
        QCOMPARE(result.error.httpStatus, 404);
        QCOMPARE(result.error.errorCode, u"DMS.10240401"_s);
        // One good and one body-less message: the batch is refused whole.
        result = TestSupport::callAndWait(*m_client, u"dms_v1_send_queue_messages"_s, {{u"queue_id"_s, m_queue}},
                                          R"({"messages":[{"body":"ok"},{"attributes":{"a":"b"}}]})");
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.error.errorCode, u"DMS.10540001"_s);
        QCOMPARE(list().first().producedMessages, 0);
    }

    void resultParsing()
    {
        // The table's "message" spelling and failed entries (state 1 with error and code).
        const auto results = Queues::resultsFromJson(
            QJsonDocument::fromJson(
                R"({"message":[{"state":0,"error":null,"error_code":null},{"state":1,"error":"too big","error_code":10540011}]})")
                .object());
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).ok());
        QVERIFY(!results.at(1).ok());
        QCOMPARE(results.at(1).error, u"too big"_s);
        QCOMPARE(results.at(1).errorCode, 10540011);
    }

private:
    QList<Queues::Queue> list()
    {
        const auto result = waitForCall(Queues::listQueues(m_client.get(), this));
        if (!result.ok)
            qWarning() << result.error.toString();
        return Queues::queuesFromJson(result.object());
    }

    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
    QString m_queue;
};

QTEST_GUILESS_MAIN(tst_DmsQueues)
#include "tst_dms_queues.moc"
