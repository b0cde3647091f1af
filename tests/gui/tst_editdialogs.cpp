// The edit dialogs (instance, topic, consumer group, user) driven offscreen from the
// console's Edit… actions against the sandbox emulator (a real child process); every change
// is read back from the service.
#include "api/apicall.h"
#include "api/apiclient.h"
#include "appcontext.h"
#include "callwait.h"
#include "createinstancedialog.h"
#include "editresourcedialog.h"
#include "mainwindow.h"
#include "models/resourcetreemodel.h"
#include "profiles/settings.h"
#include "support/prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
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
    QTemporaryDir m_dir;
    std::unique_ptr<Gui::AppServices> m_services;
    Gui::ScriptedPrompter m_prompter;
    std::unique_ptr<Gui::MainWindow> m_window;

    QTreeView *tree() const { return m_window->treeView(); }
    QAbstractItemModel *view() const { return tree()->model(); }
    QModelIndex source(const QModelIndex &proxy) const
    {
        return static_cast<QSortFilterProxyModel *>(view())->mapToSource(proxy);
    }
    const ResourceTreeModel *model() const
    {
        return static_cast<const ResourceTreeModel *>(static_cast<QSortFilterProxyModel *>(view())->sourceModel());
    }

    QModelIndex waitChild(const QModelIndex &parent, Kind kind, const QString &name = {})
    {
        tree()->expand(parent);
        QModelIndex found;
        (void)QTest::qWaitFor(
            [&] {
                for (int r = 0; r < view()->rowCount(parent); ++r) {
                    const QModelIndex i = view()->index(r, 0, parent);
                    if (i.data(ResourceTreeModel::KindRole).toInt() == int(kind) &&
                        (name.isEmpty() || i.data(ResourceTreeModel::NameRole).toString() == name)) {
                        found = i;
                        return true;
                    }
                }
                return false;
            },
            30000);
        return found;
    }
    QModelIndex sandboxInstance(const QString &version)
    {
        QModelIndex profile;
        for (int r = 0; r < view()->rowCount(); ++r) {
            if (view()->index(r, 0).data(ResourceTreeModel::NameRole).toString() == u"Sandbox"_s)
                profile = view()->index(r, 0);
        }
        const QModelIndex project = waitChild(profile, Kind::Project);
        tree()->expand(project);
        QModelIndex found;
        (void)QTest::qWaitFor(
            [&] {
                for (int r = 0; r < view()->rowCount(project); ++r) {
                    const QModelIndex i = view()->index(r, 0, project);
                    if (i.data(ResourceTreeModel::EngineVersionRole).toString() == version)
                        found = i;
                }
                return found.isValid();
            },
            30000);
        return found;
    }
    // Runs the node's "Edit…" context action (as the menu does) and returns its dialog.
    Gui::EditResourceDialog *edit(const QModelIndex &proxy)
    {
        tree()->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
        const QModelIndex s = source(proxy);
        Gui::NodeContext ctx = Gui::NodeContext::fromIndex(s, model());
        const auto actions = m_window->pageHost()->actionsFor(ctx.kind);
        for (const auto &a : actions) {
            if (a.text == u"Edit…"_s) {
                a.trigger(ctx, m_window.get());
                return m_window->findChild<Gui::EditResourceDialog *>();
            }
        }
        return nullptr;
    }
    // MQDESK_SCREENSHOT_DIR=<dir>: saves the dialog as <dir>/<name>.png and, on an X server
    // (xvfb-run with QT_QPA_PLATFORM=xcb), the whole screen as <dir>/<name>-screen.png.
    static void snap(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MQDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        w->grab().save(dir + u'/' + name + u".png"_s);
        if (QGuiApplication::platformName() == u"xcb"_s)
            QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u'/' + name + u"-screen.png"_s});
    }
    static QPushButton *saveButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    }
    QJsonObject show(const QModelIndex &proxy, const QString &op, const QString &param)
    {
        const Gui::NodeContext ctx = Gui::NodeContext::fromIndex(source(proxy), model());
        std::unique_ptr<Api::ApiCall> call(
            ctx.client->call(op, {{u"instance_id"_s, ctx.instanceId}, {param, ctx.name}}, this));
        const TestSupport::CallResult r = TestSupport::waitForCall(call.get());
        return r.ok ? r.json.object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(m_dir.isValid());
        const QString ini = m_dir.filePath(u"mqdesk.ini"_s);
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(Profiles::Settings::keyName(Profiles::Settings::Key::SandboxDataDir),
                       m_dir.filePath(u"sandbox"_s));
        }
        m_services = std::make_unique<Gui::AppServices>(ini);
        Gui::AppContext c = m_services->context();
        c.prompter = &m_prompter;
        m_window = std::make_unique<Gui::MainWindow>(c);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_prompter.setNextAnswer(true);
        m_window->offerSandboxIfEmpty();
        QVERIFY2(sandboxInstance(u"4.8.0"_s).isValid(), "the sandbox emulator listed its demo instances");
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void createInstance()
    {
        const QModelIndex project = sandboxInstance(u"4.8.0"_s).parent();
        const Gui::NodeContext ctx = Gui::NodeContext::fromIndex(source(project), model());
        QVERIFY(ctx.kind == Kind::Project);
        bool triggered = false;
        const auto actions = m_window->pageHost()->actionsFor(Kind::Project);
        for (const auto &a : actions) {
            if (a.text == u"Create instance…"_s) {
                a.trigger(ctx, m_window.get());
                triggered = true;
            }
        }
        QVERIFY(triggered);
        QPointer<Gui::CreateInstanceDialog> dialog = m_window->findChild<Gui::CreateInstanceDialog *>();
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
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
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
};

QTEST_MAIN(tst_EditDialogs)
#include "tst_editdialogs.moc"
