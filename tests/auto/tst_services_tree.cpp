// The resource tree's other-service folders against the in-process emulator: "Kafka
// instances" (list_instances engine=kafka) with topics under each instance, and "Queues
// (DMS v1.0)", next to the project; off by default so the RocketMQ tree keeps its shape.
#include "api/apiclient.h"
#include "callwait.h"
#include "emulatorprocess.h"
#include "models/resourcetreemodel.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

class tst_ServicesTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alibabaProfileRoundTrip()
    {
        // Saved and read back: cloud, auth kind and endpoint; the secret is a keychain entry only.
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"mqdesk.ini"_s);
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"aliyun"_s;
        p.cloud = Profiles::Profile::Cloud::AlibabaCloud;
        p.region = u"cn-hangzhou"_s;
        p.dmsEndpoint = QUrl(u"https://onsmqtt.cn-hangzhou.aliyuncs.com"_s);
        p.authKind = Auth::Credentials::Kind::AlibabaAccessKey;
        p.accessKey = u"LTAI5tExampleId"_s;
        {
            auto settings = Profiles::Settings::createForFile(ini);
            Profiles::ProfileStore store(settings.get());
            QVERIFY(store.save(p));
        }
        auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore store(settings.get());
        const Profiles::Profile back = store.profile(p.id);
        QVERIFY(back.isAlibaba());
        QCOMPARE(back.authKind, Auth::Credentials::Kind::AlibabaAccessKey);
        QCOMPARE(back.dmsEndpoint, p.dmsEndpoint);
        QCOMPARE(back.secretNames(), QStringList {u"secret_key"_s});
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("alibaba-accesskey"));

        // Its tree node has no DMS project (and so no RocketMQ list call with Alibaba keys).
        Models::ResourceTreeModel model([](const QUuid &, QObject *, Models::ResourceTreeModel::ClientCallback done) {
            done(nullptr, u"unused"_s);
        });
        model.setOtherServicesShown(true);
        model.setProfiles({back});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void foldersListKafkaAndQueues()
    {
        TestSupport::InProcessEmulator emulator;
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));
        TestSupport::seedServicesDemo(emulator.server());
        Api::ApiClient client;
        client.setEndpoint(emulator.endpoint());
        client.setCredentials(TestSupport::InProcessEmulator::credentials());

        Models::ResourceTreeModel model(
            [&client](const QUuid &, QObject *, Models::ResourceTreeModel::ClientCallback done) { done(&client, {}); });
        QAbstractItemModelTester tester(&model);
        Profiles::Profile profile;
        profile.id = QUuid::createUuid();
        profile.name = u"test"_s;
        profile.projectId = TestSupport::EmulatorProcess::projectId();

        model.setProfiles({profile});
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // off: only the project

        model.setOtherServicesShown(true);
        model.setProfiles({});
        model.setProfiles({profile});
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 3);
        const QModelIndex kafka = model.index(1, 0, root);
        const QModelIndex queues = model.index(2, 0, root);
        QCOMPARE(model.kind(kafka), Kind::KafkaFolder);
        QCOMPARE(model.kind(queues), Kind::QueuesFolder);

        model.fetchMore(kafka);
        QTRY_COMPARE(model.data(kafka, Models::ResourceTreeModel::LoadStateRole).toInt(),
                     int(Models::ResourceTreeModel::LoadState::Loaded));
        QCOMPARE(model.rowCount(kafka), 1);
        const QModelIndex instance = model.index(0, 0, kafka);
        QCOMPARE(model.kind(instance), Kind::KafkaInstance);
        QCOMPARE(instance.data(Models::ResourceTreeModel::NameRole).toString(), u"demo-kafka"_s);
        QCOMPARE(instance.data(Models::ResourceTreeModel::StatusRole).toString(), u"RUNNING"_s);

        QVERIFY(model.hasChildren(instance)); // a list container (the tester may have started it)
        model.fetchMore(instance);
        QTRY_COMPARE(model.data(instance, Models::ResourceTreeModel::LoadStateRole).toInt(),
                     int(Models::ResourceTreeModel::LoadState::Loaded));
        QStringList topics;
        for (int i = 0; i < model.rowCount(instance); ++i) {
            const QModelIndex t = model.index(i, 0, instance);
            QCOMPARE(model.kind(t), Kind::KafkaTopic);
            QCOMPARE(t.data(Models::ResourceTreeModel::InstanceIdRole).toString(),
                     instance.data(Models::ResourceTreeModel::KeyRole).toString());
            topics.append(t.data(Models::ResourceTreeModel::NameRole).toString());
        }
        QVERIFY(topics.contains(u"topic-test"_s));

        model.fetchMore(queues);
        QTRY_COMPARE(model.data(queues, Models::ResourceTreeModel::LoadStateRole).toInt(),
                     int(Models::ResourceTreeModel::LoadState::Loaded));
        QCOMPARE(model.rowCount(queues), 1);
        const QModelIndex queue = model.index(0, 0, queues);
        QCOMPARE(model.kind(queue), Kind::Queue);
        QCOMPARE(queue.data(Models::ResourceTreeModel::NameRole).toString(), u"demo-queue"_s);
        QVERIFY(!queue.data(Models::ResourceTreeModel::KeyRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ServicesTree)
#include "tst_services_tree.moc"
