// API codes shown to people (instance status, task status, engine, permissions, message type)
// are translated when shown, in the "Gui::ApiText" context lupdate files them under: every
// status the API documents has a text, the tree's instance rows and the instance, topic and
// user pages show the translation while the models keep the codes.
#include "api/operations.h"
#include "apitext.h"
#include "createresourcedialog.h"
#include "models/resourcetreemodel.h"
#include "pages/instancepage.h"
#include "pages/topicpage.h"
#include "pages/userpage.h"
#include "resourcetreedelegate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using Gui::ApiText;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace {

// Marks every string of one context, so a test sees which texts went through tr() there.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }

private:
    const char *m_context;
};

QString mark(const QString &s)
{
    return u"«"_s + s + u"»"_s;
}

} // namespace

class tst_ApiText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedStatusHasAText()
    {
        // operations.json carries the status enum of Querying All Instances (errors.md 7.3).
        const Api::Operation *op = Api::OperationTable::builtin().find(u"list_instances"_s);
        QVERIFY(op);
        const Api::OperationParam *status = op->queryParam(u"status"_s);
        QVERIFY(status);
        QCOMPARE(ApiText::instanceStatusCodes(), status->enumValues);
        QSet<QString> texts;
        for (const QString &code : status->enumValues) {
            const QString text = ApiText::instanceStatus(code);
            QVERIFY2(!text.isEmpty() && text != code, qPrintable(code));
            QVERIFY2(!ApiText::instanceStatusDescription(code).isEmpty(), qPrintable(code));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), status->enumValues.size()); // no two statuses read the same
        QCOMPARE(ApiText::instanceStatus(u"RUNNING"_s), u"Running"_s);
        QCOMPARE(ApiText::instanceStatus(u"EXTENDEDFAILED"_s), u"Specification change failed"_s);
        // Values the documentation does not list yet are shown as the service sent them.
        QCOMPARE(ApiText::instanceStatus(u"HIBERNATING"_s), u"HIBERNATING"_s);
        QVERIFY(ApiText::instanceStatusDescription(u"HIBERNATING"_s).isEmpty());
        for (const QString &engine : Api::Operation::engines())
            QCOMPARE(ApiText::engine(engine), u"RocketMQ"_s);
    }

    void otherCodes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("task CREATED") << u"task"_s << u"CREATED"_s << u"Created"_s;
        QTest::newRow("task SUCCESS") << u"task"_s << u"SUCCESS"_s << u"Succeeded"_s;
        QTest::newRow("task FAILED") << u"task"_s << u"FAILED"_s << u"Failed"_s;
        QTest::newRow("task DELETED") << u"task"_s << u"DELETED"_s << u"Deleted"_s;
        QTest::newRow("task EXECUTING") << u"task"_s << u"EXECUTING"_s << u"In progress"_s;
        QTest::newRow("task CANCELLED") << u"task"_s << u"CANCELLED"_s << u"Cancelled"_s;
        QTest::newRow("task unknown") << u"task"_s << u"PAUSED"_s << u"PAUSED"_s;
        QTest::newRow("topic all") << u"topicPerm"_s << u"all"_s << u"Publish and subscribe"_s;
        QTest::newRow("topic pub") << u"topicPerm"_s << u"pub"_s << u"Publish"_s;
        QTest::newRow("topic sub") << u"topicPerm"_s << u"sub"_s << u"Subscribe"_s;
        QTest::newRow("NORMAL") << u"messageType"_s << u"NORMAL"_s << u"Normal"_s;
        QTest::newRow("FIFO") << u"messageType"_s << u"FIFO"_s << u"Ordered (FIFO)"_s;
        QTest::newRow("DELAY") << u"messageType"_s << u"DELAY"_s << u"Scheduled (delay)"_s;
        QTest::newRow("TRANSACTION") << u"messageType"_s << u"TRANSACTION"_s << u"Transactional"_s;
        QTest::newRow("PUB|SUB") << u"access"_s << u"PUB|SUB"_s << u"Publish and subscribe"_s;
        QTest::newRow("PUB") << u"access"_s << u"PUB"_s << u"Publish"_s;
        QTest::newRow("SUB") << u"access"_s << u"SUB"_s << u"Subscribe"_s;
        QTest::newRow("DENY") << u"access"_s << u"DENY"_s << u"Denied"_s;
        QTest::newRow("single") << u"type"_s << u"single"_s << u"Single-node (4.8.0)"_s;
        QTest::newRow("cluster") << u"type"_s << u"cluster"_s << u"Cluster (4.8.0)"_s;
        QTest::newRow("single.basic") << u"type"_s << u"single.basic"_s << u"Single-node, basic edition (5.x)"_s;
        QTest::newRow("cluster.basic") << u"type"_s << u"cluster.basic"_s << u"Cluster, basic edition (5.x)"_s;
        QTest::newRow("cluster.professional")
            << u"type"_s << u"cluster.professional"_s << u"Cluster, professional edition (5.x)"_s;
        QTest::newRow("high I/O") << u"storage"_s << u"dms.physical.storage.high.v2"_s << u"High I/O"_s;
        QTest::newRow("ultra-high I/O") << u"storage"_s << u"dms.physical.storage.ultra.v2"_s << u"Ultra-high I/O"_s;
    }
    void otherCodes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, text);
        const QString shown = kind == u"task"_s ? ApiText::taskStatus(code)
            : kind == u"topicPerm"_s            ? ApiText::topicPermission(code)
            : kind == u"messageType"_s          ? ApiText::messageType(code)
            : kind == u"access"_s               ? ApiText::accessPermission(code)
            : kind == u"type"_s                 ? ApiText::instanceType(code)
                                                : ApiText::storageSpec(code);
        QCOMPARE(shown, text);
    }

    void chargingMode()
    {
        QCOMPARE(ApiText::chargingMode(QJsonValue(1)), u"Pay-per-use"_s);
        QCOMPARE(ApiText::chargingMode(QJsonValue(0)), u"Yearly/monthly"_s);
        QCOMPARE(ApiText::chargingMode(QJsonValue(u"1"_s)), u"Pay-per-use"_s);
        QCOMPARE(ApiText::chargingMode(QJsonValue(7)), u"7"_s);
    }

    void everyInstanceFieldHasATranslatableLabel()
    {
        // Every field of Querying an Instance gets a label through tr(), not one made from its key.
        QFile file(u":/api/operations.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray ops = QJsonDocument::fromJson(file.readAll()).array();
        QJsonObject show;
        for (const QJsonValue &op : ops) {
            if (op["id"_L1].toString() == u"show_instance"_s)
                show = op.toObject();
        }
        const QJsonArray fields = show["response"_L1]["fields"_L1].toArray();
        QVERIFY(fields.size() > 60);
        MarkingTranslator marker("Gui::ApiText");
        QVERIFY(QCoreApplication::installTranslator(&marker));
        QStringList unlabelled;
        for (const QJsonValue &field : fields) {
            const QString key = field["name"_L1].toString();
            const QString label = ApiText::instanceFieldLabel(key);
            if (key != u"tags"_s && !(label.startsWith(u'«') && label.endsWith(u'»')))
                unlabelled.append(key);
        }
        QCoreApplication::removeTranslator(&marker);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u", "_s)));
    }

    void treeRowTranslatesWhenShown()
    {
        // The tree model's roles as ResourceTreeModel gives them: the code in StatusRole.
        QStandardItemModel model;
        auto *item = new QStandardItem(u"orders  ·  4.8.0  ·  Running"_s);
        item->setData(int(Kind::Instance), Models::ResourceTreeModel::KindRole);
        item->setData(u"orders"_s, Models::ResourceTreeModel::NameRole);
        item->setData(u"4.8.0"_s, Models::ResourceTreeModel::EngineVersionRole);
        item->setData(u"RUNNING"_s, Models::ResourceTreeModel::StatusRole);
        model.appendRow(item);
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(Gui::ResourceTreeDelegate::instanceText(index), u"orders  ·  4.8.0  ·  Running"_s);

        MarkingTranslator translator("Gui::ApiText");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(Gui::ResourceTreeDelegate::instanceText(index), u"orders  ·  4.8.0  ·  «Running»"_s);
        QCoreApplication::removeTranslator(&translator);

        item->setData(u"CREATING"_s, Models::ResourceTreeModel::StatusRole);
        item->setData(QString(), Models::ResourceTreeModel::EngineVersionRole);
        QCOMPARE(Gui::ResourceTreeDelegate::instanceText(index), u"orders  ·  Creating"_s);

        // Hovering the row explains the status (the model's own tooltip first).
        item->setData(u"EXTENDEDFAILED"_s, Models::ResourceTreeModel::StatusRole);
        item->setToolTip(u"Instance 1234"_s);
        QTreeView view;
        auto *delegate = new Gui::ResourceTreeDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint pos = view.visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QStyleOptionViewItem option;
        QVERIFY(delegate->helpEvent(&help, &view, option, index));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(),
                 u"Instance 1234\nSpecification change failed: The instance specifications failed to be changed."_s);
        QToolTip::hideText();
    }

    void pagesShowTranslatedCodes()
    {
        MarkingTranslator translator("Gui::ApiText");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // No client: the pages show the node's JSON as the tree listed it, without calls.
        Gui::NodeContext instance;
        instance.kind = Kind::Instance;
        instance.name = u"orders"_s;
        instance.json = QJsonObject {{"name"_L1, "orders"_L1},
                                     {"status"_L1, "FROZEN"_L1},
                                     {"engine"_L1, "reliability"_L1},
                                     {"type"_L1, "cluster"_L1},
                                     {"storage_spec_code"_L1, "dms.physical.storage.ultra.v2"_L1},
                                     {"charging_mode"_L1, 1},
                                     {"ssl_enable"_L1, false}};
        Gui::InstancePage page(instance, nullptr, nullptr);
        auto *status = page.findChild<QLabel *>(u"statusField"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), mark(u"Frozen"_s));
        QVERIFY(status->toolTip().contains(u"FROZEN"_s));
        QVERIFY(status->toolTip().contains(u"account balance"_s));
        const QStringList shown = [&] {
            QStringList out;
            for (const QLabel *l : page.findChildren<QLabel *>())
                out.append(l->text());
            return out;
        }();
        QVERIFY2(shown.contains(mark(u"RocketMQ"_s)), qPrintable(shown.join(u" | "_s)));
        QVERIFY(shown.contains(mark(u"Status"_s))); // the field labels too
        QVERIFY(shown.contains(mark(u"Cluster (4.8.0)"_s)));
        QVERIFY(shown.contains(mark(u"Ultra-high I/O"_s)));
        QVERIFY(shown.contains(mark(u"Pay-per-use"_s)));
        QVERIFY(!shown.contains(u"reliability"_s));

        Gui::NodeContext topic;
        topic.kind = Kind::Topic;
        topic.name = u"orders"_s;
        topic.json = QJsonObject {{"permission"_L1, "all"_L1}, {"message_type"_L1, "FIFO"_L1}};
        Gui::TopicPage topicPage(topic, nullptr, nullptr);
        QVERIFY(topicPage.findChild<QLabel *>(u"field_Permission"_s));
        QCOMPARE(topicPage.findChild<QLabel *>(u"field_Permission"_s)->text(), mark(u"Publish and subscribe"_s));
        QCOMPARE(topicPage.findChild<QLabel *>(u"field_Message type"_s)->text(), mark(u"Ordered (FIFO)"_s));

        Gui::NodeContext user;
        user.kind = Kind::User;
        user.name = u"ak"_s;
        user.json = QJsonObject {{"default_topic_perm"_L1, "PUB|SUB"_L1}, {"default_group_perm"_L1, "DENY"_L1}};
        Gui::UserPage userPage(user, nullptr, nullptr);
        QCOMPARE(userPage.findChild<QLabel *>(u"field_Default topic permission"_s)->text(),
                 mark(u"Publish and subscribe"_s));
        QCOMPARE(userPage.findChild<QLabel *>(u"field_Default group permission"_s)->text(), mark(u"Denied"_s));
        QCoreApplication::removeTranslator(&translator);
    }

    void createTopicOffersTranslatedMessageTypes()
    {
        // 5.x topics: the combo shows the translated type and sends the code.
        Gui::NodeContext instance;
        instance.kind = Kind::Instance;
        instance.instanceName = u"events"_s;
        instance.engineVersion = u"5.x"_s;
        Gui::CreateResourceDialog dialog(Models::ResourceValidator::Kind::Topic, instance);
        auto *types = dialog.findChild<QComboBox *>(u"messageTypeCombo"_s);
        QVERIFY(types);
        QCOMPARE(types->count(), 4);
        QCOMPARE(types->itemText(1), u"Ordered (FIFO)"_s);
        types->setCurrentIndex(1);
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"orders-fifo"_s);
        const QJsonObject body = QJsonDocument::fromJson(dialog.requestBody()).object();
        QCOMPARE(body.value("message_type"_L1).toString(), u"FIFO"_s);
    }
};

QTEST_MAIN(tst_ApiText)
#include "tst_apitext.moc"
