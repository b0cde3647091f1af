// The edit dialogs (instance, topic, consumer group, user) driven offscreen from the
// console's Edit… actions against the sandbox emulator (a real child process); every change
// is read back from the service.
#include "api/apicall.h"
#include "api/apiclient.h"
#include "appcontext.h"
#include "callwait.h"
#include "consolefixture.h"
#include "createinstancedialog.h"
#include "editresourcedialog.h"
#include "mainwindow.h"
#include "models/resourcetreemodel.h"
#include "permissiontable.h"
#include "profiles/settings.h"
#include "screenshot.h"
#include "support/prompter.h"
#include "userchanges.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using Models::ResourceTreeModel;
using Kind = ResourceTreeModel::NodeKind;

class tst_EditDialogs : public QObject
{
    Q_OBJECT
private:
    TestSupport::ConsoleFixture m_console;

    Gui::MainWindow *window() const { return m_console.window(); }
    QAbstractItemModel *view() const { return m_console.view(); }
    QModelIndex waitChild(const QModelIndex &parent, Kind kind, const QString &name = {})
    {
        return m_console.waitChild(parent, kind, name);
    }
    QModelIndex sandboxInstance(const QString &version) { return m_console.sandboxInstance(version); }
    // Runs the node's "Edit…" context action (as the menu does) and returns its dialog, not
    // yet loaded: it reads the object with show_* first.
    Gui::EditResourceDialog *openEdit(const QModelIndex &proxy)
    {
        if (!m_console.triggerNodeAction(proxy, u"Edit…"_s))
            return nullptr;
        return window()->findChild<Gui::EditResourceDialog *>();
    }
    // The same, once the form shows the service's current values.
    Gui::EditResourceDialog *edit(const QModelIndex &proxy)
    {
        Gui::EditResourceDialog *dialog = openEdit(proxy);
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->isLoaded(); }, 15000))
            return nullptr;
        return dialog;
    }
    // MQDESK_SCREENSHOT_DIR=<dir>: the dialog and, on an X server, the whole screen.
    static void snap(QWidget *w, const QString &name)
    {
        TestSupport::saveScreenshot(w, name, TestSupport::ScreenshotScope::WidgetAndScreen);
    }
    static QPushButton *saveButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    }
    TestSupport::CallResult call(const QModelIndex &proxy, const QString &op, const QString &param,
                                 const QByteArray &body = {})
    {
        const Gui::NodeContext ctx = m_console.nodeContext(proxy);
        std::unique_ptr<Api::ApiCall> c(
            ctx.client->call(op, {{u"instance_id"_s, ctx.instanceId}, {param, ctx.name}}, this, body));
        return TestSupport::waitForCall(c.get());
    }
    QJsonObject show(const QModelIndex &proxy, const QString &op, const QString &param)
    {
        const TestSupport::CallResult r = call(proxy, op, param);
        return r.ok ? r.json.object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_console.start());
        QVERIFY2(m_console.startSandbox(), "the sandbox emulator listed its demo instances");
    }
    void cleanupTestCase() { m_console.stop(); }

    void userChanges_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        const QByteArray user = R"({"admin":false,"white_remote_address":"","default_topic_perm":"SUB",
            "default_group_perm":"DENY","topic_perms":[{"name":"orders","perm":"PUB"}],
            "group_perms":[{"name":"GID_a","perm":"SUB"}]})";
        QTest::newRow("nothing") << user
                                 << QByteArray(R"({"admin":false,"white_remote_address":"","default_topic_perm":"SUB",
            "default_group_perm":"DENY","topic_perms":[{"name":"orders","perm":"PUB"}],
            "group_perms":[{"name":"GID_a","perm":"SUB"}]})")
                                 << QStringList();
        QTest::newRow("admin and whitelist")
            << user << QByteArray(R"({"admin":true,"white_remote_address":"10.0.0.0/8"})")
            << QStringList {u"Administrator: no → yes"_s, u"IP whitelist: any address → “10.0.0.0/8”"_s};
        QTest::newRow("defaults and secret")
            << user << QByteArray(R"({"default_topic_perm":"PUB|SUB","default_group_perm":"SUB","secret_key":"x"})")
            << QStringList {u"Default topic permission: Subscribe only (SUB) → Publish and subscribe (PUB|SUB)"_s,
                            u"Default group permission: No permission (DENY) → Subscribe (SUB)"_s,
                            u"Secret key: replaced"_s};
        QTest::newRow("special permissions")
            << user << QByteArray(R"({"topic_perms":[{"name":"orders","perm":"DENY"},{"name":"audit","perm":"SUB"}],
                              "group_perms":[]})")
            << QStringList {u"Topic “audit”: Subscribe only (SUB) (new)"_s,
                            u"Topic “orders”: Publish only (PUB) → No permission (DENY)"_s,
                            u"Consumer group “GID_a”: Subscribe (SUB) removed (the default applies)"_s};
        QTest::newRow("arrays left out stay") << user << QByteArray(R"({"admin":false})") << QStringList();
    }
    void userChanges()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QCOMPARE(Gui::UserChanges::describe(QJsonDocument::fromJson(before).object(),
                                            QJsonDocument::fromJson(body).object()),
                 expected);
    }

    void createInstance()
    {
        const QModelIndex project = sandboxInstance(u"4.8.0"_s).parent();
        const Gui::NodeContext ctx = m_console.nodeContext(project);
        QVERIFY(ctx.kind == Kind::Project);
        bool triggered = false;
        const auto actions = window()->pageHost()->actionsFor(Kind::Project);
        for (const auto &a : actions) {
            if (a.text == u"Create instance…"_s) {
                a.trigger(ctx, window());
                triggered = true;
            }
        }
        QVERIFY(triggered);
        QPointer<Gui::CreateInstanceDialog> dialog = window()->findChild<Gui::CreateInstanceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        auto *flavor = dialog->findChild<QComboBox *>(u"flavorCombo"_s);
        QVERIFY2(flavor->count() > 0, "flavors from list_products");
        QVERIFY(flavor->currentText().startsWith(u"c6."_s)); // 4.8.0 flavors only
        QVERIFY(dialog->findChild<QListWidget *>(u"zonesList"_s)->count() == 3);
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"gui-instance"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(u"VPC"_s));
        dialog->findChild<QLineEdit *>(u"vpcEdit"_s)->setText(u"vpc-test"_s);
        dialog->findChild<QLineEdit *>(u"subnetEdit"_s)->setText(u"subnet-test"_s);
        dialog->findChild<QLineEdit *>(u"securityGroupEdit"_s)->setText(u"sg-test"_s);
        auto *brokers = dialog->findChild<QSpinBox *>(u"brokersSpin"_s);
        brokers->setValue(2);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(error->text().contains(u"600 to"_s), qPrintable(error->text()));
        dialog->findChild<QSpinBox *>(u"storageSpin"_s)->setValue(600);
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        snap(dialog, u"createinstance"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        // The project reloads with the new instance; the emulator takes it from CREATING to RUNNING.
        const QModelIndex created = waitChild(project, Kind::Instance, u"gui-instance"_s);
        QVERIFY2(created.isValid(), "the new instance shows up in the refreshed project");
        const QString id = created.data(ResourceTreeModel::InstanceIdRole).toString();
        QString status;
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::unique_ptr<Api::ApiCall> call(
                    ctx.client->call(u"show_instance"_s, {{u"instance_id"_s, id}}, this));
                const TestSupport::CallResult r = TestSupport::waitForCall(call.get());
                status = r.json.object().value("status"_L1).toString();
                return status == u"RUNNING"_s;
            },
            30000));
        QCOMPARE(status, u"RUNNING"_s);
    }

    void editTopicPermission()
    {
        const QModelIndex topics = waitChild(sandboxInstance(u"4.8.0"_s), Kind::TopicsFolder);
        const QModelIndex topic = waitChild(topics, Kind::Topic);
        QVERIFY(topic.isValid());
        const QString name = topic.data(ResourceTreeModel::NameRole).toString();
        QPointer<Gui::EditResourceDialog> dialog = edit(topic);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(name)); // names the object
        auto *permission = dialog->findChild<QComboBox *>(u"permissionCombo"_s);
        QVERIFY(permission);
        permission->setCurrentIndex(permission->findData(u"sub"_s));
        auto *read = dialog->findChild<QSpinBox *>(u"readQueuesSpin"_s);
        read->setValue(51);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"1 to 50"_s));
        read->setValue(4);
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000); // closed on success
        const QJsonObject shown = show(topic, u"show_topic"_s, u"topic"_s);
        QCOMPARE(shown.value("permission"_L1).toString(), u"sub"_s);
        QCOMPARE(shown.value("total_read_queue_num"_L1).toInt(), 4);
    }

    void editGroupRetries()
    {
        const QModelIndex groups = waitChild(sandboxInstance(u"4.8.0"_s), Kind::GroupsFolder);
        const QModelIndex group = waitChild(groups, Kind::Group);
        QVERIFY(group.isValid());
        QPointer<Gui::EditResourceDialog> dialog = edit(group);
        QVERIFY(dialog);
        auto *retry = dialog->findChild<QSpinBox *>(u"retrySpin"_s);
        retry->setValue(17);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"1 to 16"_s));
        retry->setValue(5);
        dialog->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"edited by tst_editdialogs"_s);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        const QJsonObject shown = show(group, u"show_consumer_group"_s, u"group"_s);
        QCOMPARE(shown.value("retry_max_time"_L1).toInt(), 5);
        QCOMPARE(shown.value("group_desc"_L1).toString(), u"edited by tst_editdialogs"_s);
    }

    void editUser()
    {
        const QModelIndex users = waitChild(sandboxInstance(u"4.8.0"_s), Kind::UsersFolder);
        const QModelIndex user = waitChild(users, Kind::User);
        QVERIFY(user.isValid());
        QPointer<Gui::EditResourceDialog> dialog = edit(user);
        QVERIFY(dialog);
        auto *whitelist = dialog->findChild<QLineEdit *>(u"whitelistEdit"_s);
        whitelist->setText(u"10.0.0.0/8, 300.1.1.1"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        snap(dialog, u"edituser"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"300.1.1.1"_s));
        whitelist->setText(u"10.0.0.0/8,192.168.1.7"_s);
        auto *secret = dialog->findChild<QLineEdit *>(u"secretEdit"_s);
        QTest::keyClicks(secret, u"weak"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        secret->clear(); // keeps the current secret
        QVERIFY(saveButton(dialog)->isEnabled());
        auto *perm = dialog->findChild<QComboBox *>(u"topicPermCombo"_s);
        perm->setCurrentIndex(perm->findData(u"SUB"_s));
        dialog->findChild<QCheckBox *>(u"adminCheck"_s)->setChecked(false);
        const auto asked = m_console.prompter().asked().size();
        m_console.prompter().setNextAnswer(true);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_console.prompter().asked().size(), asked + 1); // the changes, confirmed
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        const QJsonObject shown = show(user, u"show_user"_s, u"user_name"_s);
        QCOMPARE(shown.value("white_remote_address"_L1).toString(), u"10.0.0.0/8,192.168.1.7"_s);
        QCOMPARE(shown.value("default_topic_perm"_L1).toString(), u"SUB"_s);
        QCOMPARE(shown.value("admin"_L1).toBool(), false);
    }

    void editInstanceName()
    {
        const QModelIndex instance =
            sandboxInstance(u"5.x"_s).isValid() ? sandboxInstance(u"5.x"_s) : sandboxInstance(u"4.8.0"_s);
        QVERIFY(instance.isValid());
        QPointer<Gui::EditResourceDialog> dialog = edit(instance);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        name->setText(u"1bad"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"starts with a letter"_s));
        name->setText(u"renamed-by-test"_s);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        // The project reloads and shows the new name.
        const QModelIndex project = instance.parent();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < view()->rowCount(project); ++r) {
                    if (view()->index(r, 0, project).data(ResourceTreeModel::NameRole) == u"renamed-by-test"_s)
                        return true;
                }
                return false;
            }(),
            20000);
    }

    void editUserPermissions()
    {
        const QModelIndex instance = sandboxInstance(u"4.8.0"_s);
        const QModelIndex topic = waitChild(waitChild(instance, Kind::TopicsFolder), Kind::Topic);
        const QModelIndex group = waitChild(waitChild(instance, Kind::GroupsFolder), Kind::Group);
        const QModelIndex user = waitChild(waitChild(instance, Kind::UsersFolder), Kind::User);
        QVERIFY(topic.isValid() && group.isValid() && user.isValid());
        const QString topicName = topic.data(ResourceTreeModel::NameRole).toString();
        const QString groupName = group.data(ResourceTreeModel::NameRole).toString();
        // Start from a known state: no special permissions.
        QVERIFY(call(user, u"update_user"_s, u"user_name"_s, R"({"topic_perms":[],"group_perms":[]})").ok);

        QPointer<Gui::EditResourceDialog> dialog = edit(user);
        QVERIFY(dialog);
        auto *topics = dialog->findChild<Gui::PermissionTable *>(u"topicPermsTable"_s);
        auto *groups = dialog->findChild<Gui::PermissionTable *>(u"groupPermsTable"_s);
        QVERIFY(topics && groups);
        QCOMPARE(topics->rowCount(), 0);
        QVERIFY(topics->findChild<QLabel *>(u"emptyLabel"_s)->isVisibleTo(topics)); // says the default applies
        // The name cells complete from the instance's topics and groups.
        QTRY_VERIFY_WITH_TIMEOUT(topics->knownNames().contains(topicName), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(groups->knownNames().contains(groupName), 15000);

        QTest::mouseClick(topics->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QCOMPARE(topics->rowCount(), 1);
        QVERIFY(!topics->findChild<QLabel *>(u"emptyLabel"_s)->isVisibleTo(topics));
        QVERIFY(!saveButton(dialog)->isEnabled()); // a row without a name
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY2(error->text().contains(u"no topic name"_s), qPrintable(error->text()));
        auto *name = qobject_cast<QComboBox *>(topics->table()->cellWidget(0, 0));
        QVERIFY(name && name->isEditable());
        QVERIFY(name->findText(topicName) >= 0); // offered in the list
        QTest::keyClicks(name->lineEdit(), topicName);
        auto *perm = qobject_cast<QComboBox *>(topics->table()->cellWidget(0, 1));
        QCOMPARE(perm->count(), 4); // PUB|SUB, PUB, SUB, DENY
        perm->setCurrentIndex(perm->findData(u"PUB"_s));
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(error->text()));

        // The same topic twice is refused until the second row goes.
        topics->addRow(topicName, u"SUB"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY2(error->text().contains(u"listed twice"_s), qPrintable(error->text()));
        topics->table()->setCurrentCell(1, 0);
        QTest::mouseClick(topics->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        QCOMPARE(topics->rowCount(), 1);
        QVERIFY(saveButton(dialog)->isEnabled());

        QTest::mouseClick(groups->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        auto *groupName_ = qobject_cast<QComboBox *>(groups->table()->cellWidget(0, 0));
        QTest::keyClicks(groupName_->lineEdit(), groupName);
        auto *groupPerm = qobject_cast<QComboBox *>(groups->table()->cellWidget(0, 1));
        QCOMPARE(groupPerm->count(), 2); // SUB, DENY
        groupPerm->setCurrentIndex(groupPerm->findData(u"DENY"_s));
        QVERIFY(saveButton(dialog)->isEnabled());
        snap(dialog, u"edituserpermissions"_s);

        // Declining the confirmation keeps the dialog and changes nothing.
        auto &prompter = m_console.prompter();
        const auto asked = prompter.asked().size();
        prompter.setNextAnswer(false);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(prompter.asked().size(), asked + 1);
        const QString question = prompter.asked().last().text;
        QVERIFY2(question.contains(u"Topic “%1”: Publish only (PUB) (new)"_s.arg(topicName)), qPrintable(question));
        QVERIFY2(question.contains(u"Consumer group “%1”: No permission (DENY) (new)"_s.arg(groupName)),
                 qPrintable(question));
        QTRY_VERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(show(user, u"show_user"_s, u"user_name"_s).value("topic_perms"_L1).toArray().isEmpty());

        prompter.setNextAnswer(true);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(prompter.asked().size(), asked + 2);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        const QJsonObject shown = show(user, u"show_user"_s, u"user_name"_s);
        QCOMPARE(shown.value("topic_perms"_L1).toArray(),
                 QJsonArray({QJsonObject {{u"name"_s, topicName}, {u"perm"_s, u"PUB"_s}}}));
        QCOMPARE(shown.value("group_perms"_L1).toArray(),
                 QJsonArray({QJsonObject {{u"name"_s, groupName}, {u"perm"_s, u"DENY"_s}}}));

        // Editing again shows them; changing one names the old and the new value.
        dialog = edit(user);
        QVERIFY(dialog);
        topics = dialog->findChild<Gui::PermissionTable *>(u"topicPermsTable"_s);
        QCOMPARE(topics->rowCount(), 1);
        QCOMPARE(topics->permissions().first().name, topicName);
        perm = qobject_cast<QComboBox *>(topics->table()->cellWidget(0, 1));
        QCOMPARE(perm->currentData().toString(), u"PUB"_s);
        perm->setCurrentIndex(perm->findData(u"SUB"_s));
        prompter.setNextAnswer(true);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(prompter.asked().size(), asked + 3);
        QVERIFY2(prompter.asked().last().text.contains(
                     u"Topic “%1”: Publish only (PUB) → Subscribe only (SUB)"_s.arg(topicName)),
                 qPrintable(prompter.asked().last().text));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 15000);
        QCOMPARE(show(user, u"show_user"_s, u"user_name"_s)
                     .value("topic_perms"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("perm"_L1)
                     .toString(),
                 u"SUB"_s);
    }

    void editFormStartsFromTheServer()
    {
        const QModelIndex group = waitChild(waitChild(sandboxInstance(u"4.8.0"_s), Kind::GroupsFolder), Kind::Group);
        QVERIFY(group.isValid());
        const QString listed = m_console.nodeContext(group).json.value("group_desc"_L1).toString();
        // Someone else changes the group: the tree's list value is stale now.
        const QString fresh = u"changed behind the console's back"_s;
        QVERIFY(fresh != listed);
        QVERIFY(call(group, u"update_consumer_group"_s, u"group"_s,
                     TestSupport::compactJson({{u"group_desc"_s, fresh}, {u"retry_max_time"_s, 7}}))
                    .ok);
        QPointer<Gui::EditResourceDialog> dialog = openEdit(group);
        QVERIFY(dialog);
        // Loading: says so, nothing to edit or save yet.
        QVERIFY(!dialog->isLoaded());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"loadingLabel"_s)->text().contains(u"Loading"_s));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"descriptionEdit"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        QVERIFY(!dialog->findChild<QLabel *>(u"loadingLabel"_s)->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"descriptionEdit"_s)->text(), fresh);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"retrySpin"_s)->value(), 7);
        QVERIFY(saveButton(dialog)->isEnabled());
        dialog->reject();
    }

    void editFormLoadErrorOffersRetry()
    {
        // A user that is gone by the time the dialog reads it: the error shows inline with Retry.
        const QModelIndex user = waitChild(waitChild(sandboxInstance(u"4.8.0"_s), Kind::UsersFolder), Kind::User);
        Gui::NodeContext ctx = m_console.nodeContext(user);
        ctx.name = u"gone_user_1"_s;
        auto *dialog = new Gui::EditResourceDialog(Models::ResourceValidator::Kind::User, ctx, window());
        std::unique_ptr<Gui::EditResourceDialog> owner(dialog);
        auto *status = dialog->findChild<QLabel *>(u"loadingLabel"_s);
        auto *retry = dialog->findChild<QPushButton *>(u"retryButton"_s);
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
        QVERIFY2(status->text().contains(u"Could not load"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"404"_s), qPrintable(status->text())); // the service's answer
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(!dialog->isLoaded());
        // Create the user meanwhile; Retry loads it.
        const QByteArray body = TestSupport::compactJson({{u"access_key"_s, u"gone_user_1"_s},
                                                          {u"secret_key"_s, u"Abcd1234!x"_s},
                                                          {u"default_topic_perm"_s, u"SUB"_s}});
        std::unique_ptr<Api::ApiCall> create(
            ctx.client->call(u"create_user"_s, {{u"instance_id"_s, ctx.instanceId}}, this, body));
        QVERIFY(TestSupport::waitForCall(create.get()).ok);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        QVERIFY(!retry->isVisible());
        auto *perm = dialog->findChild<QComboBox *>(u"topicPermCombo"_s);
        QCOMPARE(perm->currentData().toString(), u"SUB"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        // Saving without a change asks nothing and sends nothing.
        const auto asked = m_console.prompter().asked().size();
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QLabel *>(u"errorLabel"_s)->text(), u"Nothing changed."_s);
        QCOMPARE(m_console.prompter().asked().size(), asked);
        QVERIFY(dialog->isVisible());
    }

    void createInstanceFromResourceMenu()
    {
        QAction *newInstance = window()->findChild<QAction *>(u"newInstance"_s);
        QVERIFY(newInstance);
        // In the Resource menu.
        bool inMenu = false;
        const auto menus = window()->menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus)
            inMenu = inMenu || (menu->title() == u"&Resource"_s && menu->actions().contains(newInstance));
        QVERIFY(inMenu);
        // Nothing under a project selected: disabled.
        m_console.select(m_console.profileRow(u"Sandbox"_s));
        QVERIFY(!newInstance->isEnabled());
        // A topic deep under the project: enabled, and the dialog is for that project.
        const QModelIndex instance = sandboxInstance(u"4.8.0"_s);
        const QModelIndex topic = waitChild(waitChild(instance, Kind::TopicsFolder), Kind::Topic);
        m_console.select(topic);
        QVERIFY(newInstance->isEnabled());
        const QString projectId = m_console.nodeContext(instance.parent()).projectId;
        QVERIFY(!projectId.isEmpty());
        newInstance->trigger();
        QPointer<Gui::CreateInstanceDialog> dialog;
        QTRY_VERIFY((dialog = window()->findChild<Gui::CreateInstanceDialog *>()));
        QVERIFY2(dialog->windowTitle().contains(projectId), qPrintable(dialog->windowTitle()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(tst_EditDialogs)
#include "tst_editdialogs.moc"
