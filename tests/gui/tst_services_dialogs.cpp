// The three service dialogs, offscreen, driven through their widgets against the in-process
// emulator: Kafka resend, DMS queue batch (limits enforced before sending) and ApsaraMQ for
// MQTT send (V3-signed; documented errors shown as clear text).
#include "api/apiclient.h"
#include "api/kafka.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "kafka/kafkaservice.h"
#include "mqtt/mqttservice.h"
#include "queues/queueservice.h"
#include "server.h"
#include "services/kafkaresenddialog.h"
#include "services/mqttsenddialog.h"
#include "services/queuesenddialog.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::InProcessEmulator;

class tst_ServicesDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<InProcessEmulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        TestSupport::seedServicesDemo(m_emulator->server());
        m_client = std::make_unique<Api::ApiClient>();
        m_client->setEndpoint(m_emulator->endpoint());
        m_client->setCredentials(InProcessEmulator::credentials());
    }
    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void kafkaResend()
    {
        const auto list = TestSupport::waitForCall(Api::Kafka::listInstances(m_client.get(), this));
        const QString instance = list.object()["instances"_L1].toArray().at(0)["instance_id"_L1].toString();
        Gui::KafkaResendDialog dialog(m_client.get(), instance, u"demo-kafka"_s);
        QSignalSpy loaded(&dialog, &Gui::KafkaResendDialog::topicsLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.wait());
        auto *topic = dialog.findChild<QComboBox *>(u"topicCombo"_s);
        auto *partition = dialog.findChild<QSpinBox *>(u"partitionSpin"_s);
        auto *offset = dialog.findChild<QLineEdit *>(u"offsetEdit"_s);
        auto *button = dialog.findChild<QPushButton *>(u"resendButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(topic && partition && offset && button && result && error);
        topic->setCurrentText(u"topic-test"_s);
        QCOMPARE(partition->maximum(), 2); // three partitions
        QVERIFY(!button->isEnabled());     // no offset yet
        QTest::keyClicks(offset, u"4"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"consumerKeyEdit"_s), u"keyA"_s);
        QVERIFY(button->isEnabled());
        QSignalSpy resent(&dialog, &Gui::KafkaResendDialog::resent);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(resent.wait());
        QVERIFY(result->text().contains(u"offset 4"_s));
        QVERIFY(result->text().contains(u"keyA"_s));
        QCOMPARE(Emulator::Kafka::messageCount(m_emulator->server().store(), instance, u"topic-test"_s, 0), 11);

        offset->setText(u"999"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(error->text().contains(u"DMS.00400800"_s));
        QCOMPARE(Emulator::Kafka::messageCount(m_emulator->server().store(), instance, u"topic-test"_s, 0), 11);
    }

    void queueBatch()
    {
        const QString queue =
            m_emulator->server().store().scalar(u"SELECT id FROM dms_queues WHERE name = 'demo-queue'"_s).toString();
        Gui::QueueSendDialog dialog(m_client.get(), queue, u"demo-queue"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
        auto *add = dialog.findChild<QPushButton *>(u"addButton"_s);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        auto *results = dialog.findChild<QTableWidget *>(u"resultsTable"_s);
        QVERIFY(send && add && error && results);
        QVERIFY(!send->isEnabled()); // empty batch

        dialog.addMessage(u"TEST11"_s, u"{\"attribute1\": \"value1\"}"_s);
        dialog.addMessage(u"{\"foo\": \"test02\"}"_s);
        dialog.findChild<QCheckBox *>(u"returnIdCheck"_s)->setChecked(true);
        QVERIFY(send->isEnabled());
        QSignalSpy sent(&dialog, &Gui::QueueSendDialog::sent);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(sent.wait());
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->item(0, 1)->text(), u"Sent"_s);
        QVERIFY(!results->item(1, 2)->text().isEmpty()); // the message id
        QCOMPARE(Emulator::Queues::messageCount(m_emulator->server().store(), queue), 2);

        // 11 messages: the Add button stops at 10 and Send stays off.
        for (int i = 0; i < 8; ++i)
            QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!add->isEnabled());
        dialog.addMessage(u"eleventh"_s);
        QVERIFY(!send->isEnabled());
        QVERIFY(error->text().contains(u"10"_s));
        // 600 KB in one message: refused before sending.
        auto *table = dialog.findChild<QTableWidget *>(u"messagesTable"_s);
        while (table->rowCount() > 1)
            table->removeRow(table->rowCount() - 1);
        table->item(0, 0)->setText(QString(600 * 1024, u'x'));
        QVERIFY(!send->isEnabled());
        QVERIFY(error->text().contains(u"512 KB"_s));
        dialog.send(); // even when forced, nothing leaves
        QCOMPARE(Emulator::Queues::messageCount(m_emulator->server().store(), queue), 2);
    }

    void mqttSend()
    {
        Auth::Credentials alibaba;
        alibaba.kind = Auth::Credentials::Kind::AlibabaAccessKey;
        alibaba.accessKey = Emulator::Settings::sandboxAccessKey();
        alibaba.secretKey = Emulator::Settings::sandboxSecretKey();
        m_client->setCredentials(alibaba);
        Gui::MqttSendDialog dialog(m_client.get(), u"mqtt-demo-1"_s, u"TopicA"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(!send->isEnabled()); // no payload
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"payloadEdit"_s), u"hello"_s);
        QVERIFY(send->isEnabled());
        QSignalSpy sent(&dialog, &Gui::MqttSendDialog::sent);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(sent.wait());
        QVERIFY(result->text().contains(u"MsgId"_s));
        QVERIFY(result->text().contains(sent.first().first().value<Api::Mqtt::SendResult>().requestId));
        QCOMPARE(Emulator::Mqtt::messageCount(m_emulator->server().store(), u"mqtt-demo-1"_s), 1);

        auto *instance = dialog.findChild<QLineEdit *>(u"instanceEdit"_s);
        instance->setText(u"post-cn-unknown"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(error->text().contains(u"InstancePermissionCheckFailed"_s));
        QVERIFY(error->text().contains(u"does not exist or this account may not use it"_s));
        QCOMPARE(Emulator::Mqtt::messageCount(m_emulator->server().store(), u"mqtt-demo-1"_s), 1);
    }

private:
    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
};

QTEST_MAIN(tst_ServicesDialogs)
#include "tst_services_dialogs.moc"
