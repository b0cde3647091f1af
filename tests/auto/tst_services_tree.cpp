// The resource tree's other-service folders against the in-process emulator: "Kafka
// instances" (list_instances engine=kafka) with topics under each instance, and "Queues
// (DMS v1.0)", next to the project; off by default so the RocketMQ tree keeps its shape.
// An Alibaba Cloud profile shows the MQTT instances and topics the user added, kept in its
// settings.
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

namespace {

// An Alibaba Cloud (MQTT) profile signing with an AccessKey pair, as the profile dialog makes one.
Profiles::Profile alibabaProfile()
{
    Profiles::Profile p;
    p.id = QUuid::createUuid();
    p.name = u"aliyun"_s;
    p.cloud = Profiles::Profile::Cloud::AlibabaCloud;
    p.dmsEndpoint = QUrl(u"https://onsmqtt.cn-hangzhou.aliyuncs.com"_s);
    p.authKind = Auth::Credentials::Kind::AlibabaAccessKey;
    p.accessKey = u"LTAI5tExampleId"_s;
    return p;
}

// The tree's client opener for profiles whose nodes must make no call: it never gives a client.
void noClient(const QUuid &, QObject *, Models::ResourceTreeModel::ClientCallback done)
{
    done(nullptr, u"unused"_s);
}

} // namespace

class tst_ServicesTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alibabaProfileRoundTrip()
    {
        // Saved and read back: cloud, auth kind and endpoint; the secret is a keychain entry only.
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"mqdesk.ini"_s);
        Profiles::Profile p = alibabaProfile();
        p.region = u"cn-hangzhou"_s;
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
        Models::ResourceTreeModel model(noClient);
        model.setOtherServicesShown(true);
        model.setProfiles({back});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void mqttNodesPersistAndFollowTheStore()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"mqdesk.ini"_s);
        const Profiles::Profile p = alibabaProfile();
        using M = Models::ResourceTreeModel;
        {
            auto settings = Profiles::Settings::createForFile(ini);
            Profiles::ProfileStore store(settings.get());
            QVERIFY(store.save(p));
            M model(noClient);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setProfiles(store.profiles());
            QObject::connect(&store, &Profiles::ProfileStore::profileChanged, &model,
                             [&] { model.setProfiles(store.profiles()); });
            const QPersistentModelIndex profile = model.profileIndex(p.id);
            QCOMPARE(model.rowCount(profile), 0);

            Profiles::Profile edit = store.profile(p.id);
            QVERIFY(edit.addMqttInstance(u"post-cn-1"_s));
            QVERIFY(!edit.addMqttInstance(u"post-cn-1"_s)); // already there
            QVERIFY(edit.addMqttTopic(u"post-cn-1"_s, u"TopicA"_s));
            QVERIFY(edit.addMqttTopic(u"post-cn-2"_s, u"TopicB/sub"_s)); // adds the instance too
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            QVERIFY(store.save(edit));
            QVERIFY(profile.isValid()); // the profile row stays (only MQTT rows change)
            QCOMPARE(model.rowCount(profile), 2);
            const QModelIndex one = model.index(0, 0, profile);
            QCOMPARE(model.kind(one), Kind::MqttInstance);
            QCOMPARE(one.data(M::KeyRole).toString(), u"post-cn-1"_s);
            QCOMPARE(model.rowCount(one), 1);
            const QModelIndex topicA = model.index(0, 0, one);
            QCOMPARE(model.kind(topicA), Kind::MqttTopic);
            QCOMPARE(topicA.data(Qt::DisplayRole).toString(), u"TopicA"_s);
            QCOMPARE(topicA.data(M::InstanceIdRole).toString(), u"post-cn-1"_s);
            QCOMPARE(topicA.data(M::ProfileIdRole).toUuid(), p.id);
            QCOMPARE(model.index(0, 0, model.index(1, 0, profile)).data(M::NameRole).toString(), u"TopicB/sub"_s);
            QVERIFY(!inserted.isEmpty());

            // Expanded state survives an edit: the instance row's persistent index stays valid.
            const QPersistentModelIndex keep(one);
            edit = store.profile(p.id);
            QVERIFY(edit.addMqttTopic(u"post-cn-1"_s, u"TopicC"_s));
            QVERIFY(edit.removeMqttInstance(u"post-cn-2"_s));
            QVERIFY(store.save(edit));
            QVERIFY(keep.isValid());
            QCOMPARE(model.rowCount(profile), 1);
            QCOMPARE(model.rowCount(keep), 2);
            QCOMPARE(model.index(1, 0, keep).data(M::KeyRole).toString(), u"TopicC"_s);
            edit = store.profile(p.id);
            QVERIFY(edit.removeMqttTopic(u"post-cn-1"_s, u"TopicA"_s));
            QVERIFY(!edit.removeMqttTopic(u"post-cn-1"_s, u"TopicA"_s));
            QVERIFY(store.save(edit));
            QCOMPARE(model.rowCount(keep), 1);
        }
        // A new store and model (the next start) show the same nodes; the file holds names only.
        auto settings = Profiles::Settings::createForFile(ini);
        Profiles::ProfileStore store(settings.get());
        QCOMPARE(store.profile(p.id).mqttInstances.size(), 1);
        M model(noClient);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(store.profiles());
        const QModelIndex profile = model.profileIndex(p.id);
        QCOMPARE(model.rowCount(profile), 1);
        const QModelIndex instance = model.index(0, 0, profile);
        QCOMPARE(instance.data(M::KeyRole).toString(), u"post-cn-1"_s);
        QCOMPARE(model.rowCount(instance), 1);
        QCOMPARE(model.index(0, 0, instance).data(M::KeyRole).toString(), u"TopicC"_s);
        QVERIFY(!model.canFetchMore(instance)); // nothing to list
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("post-cn-1"));
        QVERIFY(!text.contains("post-cn-2"));
        QVERIFY(!text.contains("TopicA"));

        // Editing a connection setting rebuilds the subtree from the saved list.
        Profiles::Profile renamed = store.profile(p.id);
        renamed.accessKey = u"LTAI5tOther"_s;
        QVERIFY(store.save(renamed));
        model.setProfiles(store.profiles());
        QCOMPARE(model.rowCount(model.profileIndex(p.id)), 1);
    }

    void mqttNameProblems()
    {
        using P = Profiles::Profile;
        QVERIFY(P::mqttInstanceProblem(u"post-cn-0pp12gl"_s).isEmpty());
        QVERIFY(!P::mqttInstanceProblem(u"  "_s).isEmpty());
        QVERIFY(!P::mqttInstanceProblem(u"post cn"_s).isEmpty());
        QVERIFY(!P::mqttInstanceProblem(QString(129, u'a')).isEmpty());
        QVERIFY(P::mqttTopicProblem(u"TopicA/sub/x"_s).isEmpty());
        QVERIFY(P::mqttTopicProblem(u"TopicA/#"_s).contains(u"wildcards"_s));
        QVERIFY(!P::mqttTopicProblem(u"TopicA/+/x"_s).isEmpty());
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
