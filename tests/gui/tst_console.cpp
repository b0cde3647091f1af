// Clicks through the console on the offscreen platform, against real emulators (the sandbox
// child process and a second emulator for a user profile). No keychain here: secrets entered
// in the profile dialog are kept for the session only, which this test also checks.
#include "activitydock.h"
#include "api/requestlog.h"
#include "appcontext.h"
#include "consolefixture.h"
#include "createresourcedialog.h"
#include "datatable.h"
#include "emulatorprocess.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "pages/grouppage.h"
#include "pages/instancepage.h"
#include "pages/topicpage.h"
#include "pages/userpage.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "support/prompter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using Models::ResourceTreeModel;
using Kind = ResourceTreeModel::NodeKind;

class tst_Console : public QObject
{
    Q_OBJECT
private:
    TestSupport::ConsoleFixture m_console;
    Gui::ScriptedPrompter &m_prompter = m_console.prompter();

    Gui::MainWindow *window() const { return m_console.window(); }
    QTreeView *tree() const { return m_console.tree(); }
    QAbstractItemModel *view() const { return m_console.view(); }
    QModelIndex waitChild(const QModelIndex &parent, Kind kind, const QString &name = {})
    {
        return m_console.waitChild(parent, kind, name, 20000);
    }
    QModelIndex profileRow(const QString &name) const { return m_console.profileRow(name); }
    QModelIndex sandboxInstance(const QString &version) { return m_console.sandboxInstance(version); }
    void select(const QModelIndex &proxy) { m_console.select(proxy); }
    // Selects a node and waits for its page to finish loading without an error banner.
    template<class Page> Page *openPage(const QModelIndex &proxy)
    {
        select(proxy);
        auto *page = qobject_cast<Page *>(window()->currentPage());
        if (!page)
            return nullptr;
        if (!QTest::qWaitFor([page] { return page->pending() == 0; }, 20000))
            return nullptr;
        if (page->banner()->isVisibleTo(page))
            qWarning() << "page error:" << page->banner()->text();
        return page->banner()->isVisibleTo(page) ? nullptr : page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain for this test (the fixture unsets the session bus): the session-only
        // path is part of what it checks.
        QVERIFY(m_console.start());
    }
    void cleanupTestCase() { m_console.stop(); }

    void firstStartOffersTheSandbox()
    {
        m_prompter.setNextAnswer(true);
        window()->offerSandboxIfEmpty();
        QTRY_COMPARE(m_prompter.asked().size(), 1);
        QVERIFY(m_prompter.asked().first().text.contains(u"sandbox"_s));
        const QModelIndex instance = sandboxInstance(u"4.8.0"_s);
        QVERIFY2(instance.isValid(), "the sandbox emulator started and listed its demo instances");
        QVERIFY(window()->windowTitle().contains(u"Sandbox"_s));
    }

    void expandToTopicAndOpenEveryPage()
    {
        const QModelIndex instance = sandboxInstance(u"4.8.0"_s);
        QVERIFY(instance.isValid());
        auto *instancePage = openPage<Gui::InstancePage>(instance);
        QVERIFY(instancePage);
        QVERIFY(instancePage->findChild<QLabel *>(u"field_Instance id"_s));

        const QModelIndex topics = waitChild(instance, Kind::TopicsFolder);
        const QModelIndex topic = waitChild(topics, Kind::Topic);
        QVERIFY(topic.isValid());
        auto *topicPage = openPage<Gui::TopicPage>(topic);
        QVERIFY(topicPage);
        QVERIFY(topicPage->queues()->rowCount() > 0);
        QStringList tabTitles;
        for (int i = 0; i < topicPage->tabs()->count(); ++i)
            tabTitles << topicPage->tabs()->tabText(i);
        QVERIFY2(tabTitles.contains(u"Messages"_s), qPrintable(tabTitles.join(u", "_s)));

        const QModelIndex groups = waitChild(instance, Kind::GroupsFolder);
        const QModelIndex group = waitChild(groups, Kind::Group);
        auto *groupPage = openPage<Gui::GroupPage>(group);
        QVERIFY(groupPage);
        QVERIFY(groupPage->findChild<QLabel *>(u"lagTotal"_s)->text().contains(u"Total lag"_s));

        const QModelIndex users = waitChild(instance, Kind::UsersFolder);
        const QModelIndex user = waitChild(users, Kind::User);
        QVERIFY(user.isValid());
        auto *userPage = openPage<Gui::UserPage>(user);
        QVERIFY(userPage);

        // Every request went to the activity log, none of them carries the secret key.
        Api::RequestLog *log = m_console.services().context().requestLog;
        QVERIFY(log->rowCount() > 5);
        const QString curl = window()->activityDock()->curlForSelection();
        QVERIFY(curl.startsWith(u"curl"_s));
        QVERIFY(!curl.contains(u"mqdeskSandboxSecretKey"_s));
    }

    void createAndDeleteTopic()
    {
        const QModelIndex instance = sandboxInstance(u"4.8.0"_s);
        const QModelIndex topics = waitChild(instance, Kind::TopicsFolder);
        select(topics);
        window()->findChild<QAction *>(u"newTopic"_s)->trigger();
        Gui::CreateResourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<Gui::CreateResourceDialog *>()));
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QTest::keyClicks(name, u"ab"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(u"3 to 64"_s));
        QTest::keyClicks(name, u" c"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(u"only letters"_s));
        name->clear();
        QTest::keyClicks(name, u"gui-test-topic"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(error->text().isEmpty());
        QTest::mouseClick(ok, Qt::LeftButton);
        const QModelIndex created = waitChild(topics, Kind::Topic, u"gui-test-topic"_s);
        QVERIFY2(created.isValid(), "the new topic shows up in the refreshed folder");

        select(created);
        m_prompter.setNextAnswer(true);
        const auto askedBefore = m_prompter.asked().size();
        window()->findChild<QAction *>(u"delete"_s)->trigger();
        QTRY_COMPARE(m_prompter.asked().size(), askedBefore + 1);
        QVERIFY(m_prompter.asked().last().text.contains(u"gui-test-topic"_s)); // names the object
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < view()->rowCount(topics); ++r) {
                    if (view()->index(r, 0, topics).data(ResourceTreeModel::NameRole) == u"gui-test-topic"_s)
                        return false;
                }
                return true;
            }(),
            20000);
    }

    void addProfileAndSeeErrorRow()
    {
        // A second emulator whose topic lists always fail with 500.
        TestSupport::EmulatorProcess emulator;
        emulator.setExtraArguments({u"--demo"_s, u"--faults"_s, u"error=1:500,paths=/topics"_s});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));

        window()->findChild<QAction *>(u"newProfile"_s)->trigger();
        Gui::ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<Gui::ProfileDialog *>()));
        auto *save = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Staging"_s);
        auto *region = dialog->findChild<QComboBox *>(u"regionCombo"_s);
        region->setCurrentIndex(region->findData(u"cn-north-4"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"dmsEdit"_s)->text(), u"https://dms.cn-north-4.myhuaweicloud.com"_s);
        region->setCurrentIndex(region->count() - 1); // custom endpoints
        auto *dms = dialog->findChild<QLineEdit *>(u"dmsEdit"_s);
        dms->clear();
        QTest::keyClicks(dms, emulator.url().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"projectEdit"_s), TestSupport::EmulatorProcess::projectId());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accessKeyEdit"_s),
                         QString::fromLatin1(TestSupport::EmulatorProcess::accessKey()));
        QVERIFY(!save->isEnabled()); // the SK is still missing

        // Test connection lists each step; a wrong secret fails authentication only.
        auto *secret = dialog->findChild<QLineEdit *>(u"secretKeyEdit"_s);
        auto *test = dialog->findChild<QPushButton *>(u"testButton"_s);
        auto *results = dialog->findChild<QListWidget *>(u"testResults"_s);
        QTest::keyClicks(secret, u"NotTheSecret-123"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled()); // one test at a time
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
        QCOMPARE(results->count(), 4);
        QVERIFY2(results->item(0)->text().startsWith(u"✓ Name resolution and TCP"_s),
                 qPrintable(results->item(0)->text()));
        QVERIFY2(results->item(1)->text().startsWith(u"✓ TLS"_s), qPrintable(results->item(1)->text()));
        QVERIFY2(results->item(2)->text().startsWith(u"✓ Clock skew"_s), qPrintable(results->item(2)->text()));
        QVERIFY2(results->item(3)->text().startsWith(u"✗ Authentication"_s), qPrintable(results->item(3)->text()));
        QVERIFY2(results->item(3)->text().contains(u"401"_s), qPrintable(results->item(3)->text()));
        secret->clear();
        QTest::keyClicks(secret, QString::fromLatin1(TestSupport::EmulatorProcess::secretKey()));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
        QCOMPARE(results->count(), 4);
        for (int i = 0; i < results->count(); ++i)
            QVERIFY2(results->item(i)->text().startsWith(u"✓"_s), qPrintable(results->item(i)->text()));
        QVERIFY(results->item(3)->text().contains(u"signed in"_s));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<Gui::ProfileDialog *>() || !dialog->isVisible(), 20000);

        // Saved without its secret in the settings file.
        const Profiles::Profile p = m_console.services().context().profiles->findByName(u"Staging"_s);
        QVERIFY(p.isValid());
        m_console.services().context().settings->sync();
        QFile ini(m_console.settingsFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(TestSupport::EmulatorProcess::secretKey()));

        // The tree shows it; its Topics folder turns into an error row with the 500.
        QModelIndex profile;
        QTRY_VERIFY((profile = profileRow(u"Staging"_s)).isValid());
        const QModelIndex project = waitChild(profile, Kind::Project);
        const QModelIndex instance = waitChild(project, Kind::Instance);
        QVERIFY(instance.isValid());
        const QModelIndex topics = waitChild(instance, Kind::TopicsFolder);
        const QModelIndex errorRow = waitChild(topics, Kind::Error);
        QVERIFY(errorRow.isValid());
        QVERIFY(errorRow.data().toString().contains(u"500"_s));
        QVERIFY(tree()->visualRect(errorRow).isValid());
        // Without a keychain the status bar says the sign-in is for this session only.
        auto *keychain = window()->findChild<QLabel *>(u"keychainLabel"_s);
        QVERIFY(keychain->isVisible());
        QVERIFY(keychain->text().contains(u"session"_s, Qt::CaseInsensitive));
    }
};

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
