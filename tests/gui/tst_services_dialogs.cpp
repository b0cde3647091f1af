// The three service dialogs, offscreen, driven through their widgets against the in-process
// emulator: Kafka resend, DMS queue batch (limits enforced before sending) and ApsaraMQ for
// MQTT send (V3-signed; documented errors shown as clear text).
#include "api/apiclient.h"
#include "api/kafka.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "kafka/kafkaservice.h"
#include "models/resourcetreemodel.h"
#include "mqtt/mqttservice.h"
#include "pagehost.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "queues/queueservice.h"
#include "server.h"
#include "services/kafkaresenddialog.h"
#include "services/mqttsenddialog.h"
#include "services/queuesenddialog.h"
#include "store.h"
#include "support/prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::InProcessEmulator;

class tst_ServicesDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(TestSupport::startServicesEmulator(m_emulator, m_client, &error), qPrintable(error));
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

    void mqttFromTreeNodes()
    {
        // An Alibaba Cloud profile with one instance and topic, its tree following the store,
        // and the context actions the main window shows, triggered on the tree's indexes.
        Auth::Credentials alibaba;
        alibaba.kind = Auth::Credentials::Kind::AlibabaAccessKey;
        alibaba.accessKey = Emulator::Settings::sandboxAccessKey();
        alibaba.secretKey = Emulator::Settings::sandboxSecretKey();
        m_client->setCredentials(alibaba);
        QTemporaryDir dir;
        auto settings = Profiles::Settings::createForFile(dir.filePath(u"mqdesk.ini"_s));
        Profiles::ProfileStore store(settings.get());
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"aliyun"_s;
        p.cloud = Profiles::Profile::Cloud::AlibabaCloud;
        p.authKind = Auth::Credentials::Kind::AlibabaAccessKey;
        p.accessKey = QString::fromLatin1(alibaba.accessKey);
        p.addMqttTopic(u"mqtt-demo-1"_s, u"TopicA"_s);
        QVERIFY(store.save(p));
        int opened = 0;
        using M = Models::ResourceTreeModel;
        M model([&](const QUuid &, QObject *, M::ClientCallback done) {
            ++opened;
            done(m_client.get(), {});
        });
        model.setProfiles(store.profiles());
        connect(&store, &Profiles::ProfileStore::profileChanged, &model, [&] { model.setProfiles(store.profiles()); });
        Gui::PageHost host;
        Gui::registerServicesExtensions(host);
        Gui::ScriptedPrompter prompter;
        QWidget window;
        window.show();
        auto context = [&](const QModelIndex &index) {
            Gui::NodeContext c = Gui::NodeContext::fromIndex(index, &model);
            c.model = &model;
            c.profiles = &store;
            c.prompter = &prompter;
            return c;
        };
        auto trigger = [&](M::NodeKind kind, const QString &text, const QModelIndex &index) {
            const auto actions = host.actionsFor(kind);
            for (const auto &a : actions) {
                if (a.text == text) {
                    a.trigger(context(index), &window);
                    return true;
                }
            }
            return false;
        };
        const QModelIndex profile = model.profileIndex(p.id);
        const QPersistentModelIndex instance = model.index(0, 0, profile);
        const QModelIndex topic = model.index(0, 0, instance);
        QCOMPARE(model.kind(topic), M::NodeKind::MqttTopic);

        // Send from the topic node: the client opens on demand, instance and topic are filled in.
        QVERIFY(trigger(M::NodeKind::MqttTopic, u"Send an MQTT message…"_s, topic));
        Gui::MqttSendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Gui::MqttSendDialog *>()) != nullptr);
        QCOMPARE(opened, 1);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"instanceEdit"_s)->text(), u"mqtt-demo-1"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"topicEdit"_s)->text(), u"TopicA"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"payloadEdit"_s), u"from the tree"_s);
        QSignalSpy sent(dialog, &Gui::MqttSendDialog::sent);
        auto *send = dialog->findChild<QPushButton *>(u"sendButton"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(sent.wait());
        QCOMPARE(Emulator::Mqtt::messageCount(m_emulator->server().store(), u"mqtt-demo-1"_s), 1);
        QCOMPARE(model.rowCount(instance), 1); // known topic: nothing added

        // A successful send to a topic the tree lacks adds it, and the dialog says so.
        dialog->findChild<QLineEdit *>(u"topicEdit"_s)->setText(u"TopicA/new"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(sent.wait());
        QTRY_COMPARE(model.rowCount(instance), 2);
        QCOMPARE(model.index(1, 0, instance).data(M::KeyRole).toString(), u"TopicA/new"_s);
        QVERIFY(store.profile(p.id).hasMqttTopic(u"mqtt-demo-1"_s, u"TopicA/new"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"Added"_s));
        dialog->close();

        // Remove asks first, naming the topic; "no" keeps it, "yes" removes it.
        const QModelIndex added = model.index(1, 0, instance);
        QVERIFY(trigger(M::NodeKind::MqttTopic, u"Remove"_s, added));
        QTRY_COMPARE(prompter.asked().size(), 1);
        QVERIFY(prompter.asked().last().text.contains(u"TopicA/new"_s));
        QCOMPARE(model.rowCount(instance), 2);
        prompter.setNextAnswer(true);
        QVERIFY(trigger(M::NodeKind::MqttTopic, u"Remove"_s, added));
        QTRY_COMPARE(model.rowCount(instance), 1);
        QVERIFY(!store.profile(p.id).hasMqttTopic(u"mqtt-demo-1"_s, u"TopicA/new"_s));

        // Add an instance: OK stays off for an ID with a space.
        QVERIFY(trigger(M::NodeKind::Profile, u"Add MQTT instance…"_s, profile));
        QInputDialog *input = nullptr;
        QTRY_VERIFY((input = window.findChild<QInputDialog *>(u"mqttNameInput"_s)) != nullptr);
        QPushButton *ok = input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        input->setTextValue(u"post cn"_s);
        QVERIFY(!ok->isEnabled());
        input->setTextValue(u"mqtt-demo-2"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(model.rowCount(profile), 2);
        QCOMPARE(model.index(1, 0, profile).data(M::KeyRole).toString(), u"mqtt-demo-2"_s);
    }

private:
    std::unique_ptr<InProcessEmulator> m_emulator;
    std::unique_ptr<Api::ApiClient> m_client;
};

QTEST_MAIN(tst_ServicesDialogs)
#include "tst_services_dialogs.moc"
