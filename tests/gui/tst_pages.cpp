// The profile and project pages against the sandbox (a real emulator child process).
#include "apitext.h"
#include "createinstancedialog.h"
#include "datatable.h"
#include "errorbanner.h"
#include "gui/consolefixture.h"
#include "mainwindow.h"
#include "models/deeplink.h"
#include "pages/instancepage.h"
#include "pages/profilepage.h"
#include "pages/projectpage.h"
#include "profiledialog.h"
#include "profiles/connectiontester.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/sandboxlauncher.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;
using Models::ResourceTreeModel;

namespace {

// Every text a user can see (or hover) on the page's widgets.
QStringList visibleTexts(const QWidget *page)
{
    QStringList out;
    const auto widgets = page->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        out.append(w->toolTip());
        if (const auto *l = qobject_cast<const QLabel *>(w))
            out.append(l->text());
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            out.append(b->text());
        else if (const auto *e = qobject_cast<const QLineEdit *>(w))
            out.append(e->text());
        else if (const auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                out.append(list->item(i)->text());
        }
    }
    return out;
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private:
    TestSupport::ConsoleFixture m_console;
    QModelIndex project() { return m_console.waitChild(m_console.profileRow(u"Sandbox"_s), Kind::Project); }
    Gui::MainWindow *window() const { return m_console.window(); }

    // Clicks the page header's Copy link and parses what it put on the clipboard.
    static Models::DeepLink copiedLink(const QWidget *page)
    {
        const auto buttons = page->findChildren<QToolButton *>();
        for (QToolButton *b : buttons) {
            if (b->text() == Gui::DetailPage::tr("Copy link")) {
                QTest::mouseClick(b, Qt::LeftButton);
                return Models::DeepLink::parse(QGuiApplication::clipboard()->text());
            }
        }
        return {};
    }

    static void verifyNoSecret(const QWidget *page)
    {
        const QString secret = QString::fromLatin1(Profiles::SandboxLauncher::secretKey());
        QVERIFY(!secret.isEmpty());
        const QStringList texts = visibleTexts(page);
        for (const QString &t : texts)
            QVERIFY2(!t.contains(secret), qPrintable(u"the secret key shows in: "_s + t));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_console.start()); }

    // The project row is there before its profile is opened (as with a restored selection):
    // selecting it opens the profile (here: starts the sandbox) and then shows the page.
    void projectOfAnUnopenedProfileShowsItsPage()
    {
        const QModelIndex profile = m_console.profileRow(u"Sandbox"_s);
        QVERIFY(profile.isValid());
        QVERIFY(!m_console.nodeContext(profile).client);
        QModelIndex project;
        for (int r = 0; r < m_console.view()->rowCount(profile); ++r) {
            const QModelIndex i = m_console.view()->index(r, 0, profile);
            if (i.data(ResourceTreeModel::KindRole).toInt() == int(Kind::Project))
                project = i;
        }
        QVERIFY(project.isValid());
        m_console.select(project);
        QVERIFY(!window()->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<Gui::ProjectPage *>(window()->currentPage()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<Gui::ProjectPage *>(window()->currentPage())->instances()->rowCount(), 2,
                                  20000);
    }

    void profilePageShowsTheSandboxAndNoSecret()
    {
        m_console.select(m_console.profileRow(u"Sandbox"_s));
        auto *page = qobject_cast<Gui::ProfilePage *>(window()->currentPage());
        QVERIFY(page);
        QCOMPARE(page->findChild<QLabel *>(u"breadcrumb"_s)->text(), u"Sandbox"_s);
        const QUrl url = m_console.context().sandbox->url();
        QVERIFY(url.isValid() && !url.isEmpty());
        auto *urlField = page->findChild<QLabel *>(u"sandboxUrlField"_s);
        QVERIFY(urlField);
        QCOMPARE(urlField->text(), url.toString());
        QCOMPARE(page->findChild<QLabel *>(u"sandboxStateField"_s)->text(), Gui::ProfilePage::tr("Running"));
        QVERIFY(page->findChild<QAbstractButton *>(u"openDataFolder"_s));
        const Models::DeepLink link = copiedLink(page);
        QCOMPARE(link.kind, Models::DeepLink::Kind::Profile);
        QCOMPARE(link.profile, Profiles::Profile::sandboxId().toString(QUuid::WithoutBraces));
        // The sandbox's settings are built in.
        QVERIFY(!page->findChild<QAbstractButton *>(u"editProfileButton"_s)->isEnabled());
        verifyNoSecret(page);

        // Test connection: the four steps of the profile dialog's test, listed on the page.
        auto *results = page->findChild<QListWidget *>(u"testResults"_s);
        QVERIFY(results && !results->isVisibleTo(page));
        auto *test = page->findChild<QAbstractButton *>(u"testConnectionButton"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(results->isVisibleTo(page));
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
        QCOMPARE(results->count(), 4);
        for (int i = 0; i < results->count(); ++i)
            QVERIFY2(results->item(i)->text().startsWith(u"✓"_s), qPrintable(results->item(i)->text()));
        QVERIFY(results->item(3)->text().contains(
            Profiles::ConnectionTester::stepName(Profiles::ConnectionTester::Step::Authentication)));
        verifyNoSecret(page);
    }

    void profilePageShowsACloudProfile()
    {
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Pages test"_s;
        p.region = u"cn-north-4"_s;
        p.dmsEndpoint = QUrl(u"https://dms.cn-north-4.myhuaweicloud.com"_s);
        p.iamEndpoint = QUrl(u"https://iam.cn-north-4.myhuaweicloud.com"_s);
        p.projectId = u"0123456789abcdef0123456789abcdef"_s;
        p.accessKey = u"AKPAGESTEST0001"_s;
        p.environment = Profiles::Profile::Environment::Prod;
        QVERIFY(m_console.context().profiles->save(p));
        QTRY_VERIFY(m_console.profileRow(p.name).isValid());
        m_console.select(m_console.profileRow(p.name));
        auto *page = qobject_cast<Gui::ProfilePage *>(window()->currentPage());
        QVERIFY(page);
        const auto field = [page](const QString &label) {
            const auto *l = page->findChild<QLabel *>(u"field_"_s + label);
            return l ? l->text() : QString();
        };
        QCOMPARE(field(u"Region"_s), u"cn-north-4"_s);
        QCOMPARE(field(u"DMS endpoint"_s), p.dmsEndpoint.toString());
        QCOMPARE(field(u"IAM endpoint"_s), p.iamEndpoint.toString());
        QCOMPARE(field(u"Project ID"_s), p.projectId);
        QCOMPARE(field(u"Access key ID"_s), p.accessKey);
        QCOMPARE(field(u"Authentication"_s), Profiles::Profile::authKindName(Auth::Credentials::Kind::AkSk));
        // The proxy is looked up off the GUI thread (it may take seconds) and shown when known.
        QTRY_VERIFY2(field(u"Proxy"_s) != u"—"_s && !field(u"Proxy"_s).isEmpty(), qPrintable(field(u"Proxy"_s)));
        // Where the secret lives, from what the stores know: the page reads no keychain entry.
        const QString secrets = page->findChild<QLabel *>(u"secretsField"_s)->text();
        QVERIFY2(secrets.contains(Gui::ProfilePage::tr("Secret key (SK)")), qPrintable(secrets));
        QVERIFY(page->findChild<QLabel *>(u"environmentBand"_s)); // production: the red band
        QVERIFY(!page->findChild<QLabel *>(u"sandboxUrlField"_s));

        // Edit profile… opens the profile dialog on this profile.
        auto *edit = page->findChild<QAbstractButton *>(u"editProfileButton"_s);
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        Gui::ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<Gui::ProfileDialog *>()));
        QCOMPARE(dialog->profile().id, p.id);
        dialog->reject();

        // A change in the store shows on the page.
        p.region = u"ap-southeast-1"_s;
        QVERIFY(m_console.context().profiles->save(p));
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::ProfileIdRole).toUuid(), p.id);
        const auto region = [this] {
            const auto *l = window()->currentPage()->findChild<QLabel *>(u"field_Region"_s);
            return l ? l->text() : QString();
        };
        QTRY_COMPARE(region(), u"ap-southeast-1"_s);
        QVERIFY(m_console.context().profiles->remove(p.id));
    }

    void profilePageNamesTheSecretsOfEachAuthKind_data()
    {
        QTest::addColumn<int>("kindId");
        QTest::addColumn<QString>("secrets");
        QTest::addColumn<QString>("identityLabel");
        QTest::addColumn<QString>("identity");
        QTest::newRow("AK/SK") << int(Auth::Credentials::Kind::AkSk) << Gui::ProfilePage::tr("Secret key (SK)")
                               << u"Access key ID"_s << u"AKPAGES0001"_s;
        QTest::newRow("temporary AK/SK") << int(Auth::Credentials::Kind::TemporaryAkSk)
                                         << Gui::ProfilePage::tr("Secret key (SK)") + u", "_s +
                Gui::ProfilePage::tr("Security token")
                                         << u"Access key ID"_s << u"AKPAGES0001"_s;
        QTest::newRow("IAM password") << int(Auth::Credentials::Kind::IamPassword) << Gui::ProfilePage::tr("Password")
                                      << u"IAM user"_s << u"ops-reader"_s;
    }

    void profilePageNamesTheSecretsOfEachAuthKind()
    {
        QFETCH(int, kindId);
        const auto kind = Auth::Credentials::Kind(kindId);
        QFETCH(QString, secrets);
        QFETCH(QString, identityLabel);
        QFETCH(QString, identity);
        Profiles::Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Auth kinds"_s;
        p.region = u"cn-north-4"_s;
        p.dmsEndpoint = QUrl(u"https://dms.cn-north-4.myhuaweicloud.com"_s);
        p.authKind = kind;
        p.accessKey = kind == Auth::Credentials::Kind::IamPassword ? QString() : u"AKPAGES0001"_s;
        p.userName = kind == Auth::Credentials::Kind::IamPassword ? u"ops-reader"_s : QString();
        p.domainName = kind == Auth::Credentials::Kind::IamPassword ? u"example-account"_s : QString();
        QVERIFY(m_console.context().profiles->save(p));
        Gui::NodeContext ctx;
        ctx.kind = Kind::Profile;
        ctx.profileId = p.id;
        ctx.profileName = p.name;
        ctx.name = p.name;
        Gui::ProfilePage page(ctx, nullptr, m_console.context());
        const QString text = page.findChild<QLabel *>(u"secretsField"_s)->text();
        QVERIFY2(text.startsWith(secrets + u": "_s), qPrintable(text));
        QCOMPARE(page.findChild<QLabel *>(u"field_"_s + identityLabel)->text(), identity);
        if (kind == Auth::Credentials::Kind::IamPassword)
            QCOMPARE(page.findChild<QLabel *>(u"field_Account (domain)"_s)->text(), p.domainName);
        QVERIFY(m_console.context().profiles->remove(p.id));
        QCOMPARE(page.findChild<QLabel *>(u"field_Profile"_s)->text(),
                 Gui::ProfilePage::tr("This profile was removed."));
    }

    void projectPageListsTheInstances()
    {
        const QModelIndex p = project();
        QVERIFY(p.isValid());
        m_console.select(p);
        auto *page = qobject_cast<Gui::ProjectPage *>(window()->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->pending(), 0, 20000);
        QVERIFY(!page->banner()->isVisibleTo(page));
        Gui::DataTable *table = page->instances();
        QCOMPARE(table->rowCount(), 2);
        const Models::DeepLink link = copiedLink(page);
        QCOMPARE(link.kind, Models::DeepLink::Kind::Project);
        QCOMPARE(link.project, Profiles::SandboxLauncher::projectId());
        QStringList engines;
        for (int r = 0; r < table->rowCount(); ++r) {
            // Translated: the API's RUNNING reads "Running", as in the tree.
            QCOMPARE(table->cellText(r, 2), Gui::ApiText::instanceStatus(u"RUNNING"_s));
            QVERIFY(table->cellText(r, 2) != u"RUNNING"_s);
            QVERIFY(!table->cellText(r, 6).isEmpty()); // instance id
            engines.append(table->cellText(r, 1));
        }
        engines.sort();
        QCOMPARE(engines,
                 QStringList({Gui::ApiText::engine(u"rocketmq"_s) + u" 4.8.0"_s,
                              Gui::ApiText::engine(u"rocketmq"_s) + u" 5.x"_s}));
        // The filter box narrows the table.
        auto *filter = table->findChild<QLineEdit *>(u"tableFilter"_s);
        QTest::keyClicks(filter, u"5.x"_s);
        QCOMPARE(table->proxy()->rowCount(), 1);
        filter->clear();
        QCOMPARE(table->proxy()->rowCount(), 2);
        // New instance… opens the Resource menu's Create instance dialog.
        auto *create = page->findChild<QAbstractButton *>(u"newInstanceButton"_s);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        Gui::CreateInstanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<Gui::CreateInstanceDialog *>()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        verifyNoSecret(page);
    }

    void reloadWhileLoadingListsEachInstanceOnce()
    {
        m_console.select(project());
        auto *page = qobject_cast<Gui::ProjectPage *>(window()->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->pending(), 0, 20000);
        page->reload();
        QCOMPARE(page->pending(), 1); // the first page is out...
        page->reload();               // ...when F5 comes again: its answer must not land as well
        QTRY_COMPARE_WITH_TIMEOUT(page->pending(), 0, 20000);
        QCOMPARE(page->instances()->rowCount(), 2);
    }

    void doubleClickSelectsTheInstance()
    {
        m_console.select(project());
        auto *page = qobject_cast<Gui::ProjectPage *>(window()->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->instances()->rowCount(), 2, 20000);
        QTableView *view = page->instances()->view();
        const QModelIndex row = view->model()->index(1, 0);
        const QString id = view->model()->index(1, 6).data().toString();
        const QString name = row.data().toString();
        QVERIFY(!id.isEmpty());
        const QPoint at = view->visualRect(row).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(window()->currentIndex().data(ResourceTreeModel::InstanceIdRole).toString(), id);
        QCOMPARE(window()->treeModel()->kind(window()->currentIndex()), Kind::Instance);
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::NameRole).toString(), name);
        QVERIFY(qobject_cast<Gui::InstancePage *>(window()->currentPage()));
    }

    void enterOpensTheInstance()
    {
        m_console.select(project());
        auto *page = qobject_cast<Gui::ProjectPage *>(window()->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->instances()->rowCount(), 2, 20000);
        QTableView *view = page->instances()->view();
        const QString id = view->model()->index(0, 6).data().toString();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(window()->currentIndex().data(ResourceTreeModel::InstanceIdRole).toString(), id);
    }

    void cleanupTestCase() { m_console.stop(); }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
