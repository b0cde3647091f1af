// "Copy link" on messages: the message table's context menu and Ctrl+Shift+C on a row, the
// message page's button and Ctrl+Shift+C, all copy mqdesk://…/message/<topic>/<msg_id>; the
// link parses back to the same place and LinkNavigator opens that message's viewer, whose own
// Ctrl+Shift+C (a window of its own) gives the same link again. Real main window, real
// sandbox emulator (a child process), offscreen.
#include "consolefixture.h"
#include "linknavigator.h"
#include "models/deeplink.h"
#include "models/messagetablemodel.h"
#include "profiles/profile.h"
#include "support/deadletterpanel.h"
#include "support/messagequerypanel.h"
#include "support/messageviewer.h"
#include "support/tracepanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using Models::DeepLink;
using Models::ResourceTreeModel;
using Kind = ResourceTreeModel::NodeKind;

class tst_MessageLink : public QObject
{
    Q_OBJECT
private:
    TestSupport::ConsoleFixture m_console;
    std::unique_ptr<Gui::LinkNavigator> m_navigator; // after m_console: gone before the window
    QString m_project, m_instanceId, m_topic, m_group, m_msgId, m_link;
    QPersistentModelIndex m_groups; ///< the instance's consumer groups folder (filter model)
    QPointer<Gui::MessageQueryPanel> m_panel;

    Gui::MainWindow *window() const { return m_console.window(); }
    QAbstractItemModel *view() const { return m_console.view(); }
    static QString sandbox() { return Profiles::Profile::sandboxId().toString(QUuid::WithoutBraces); }
    static void pressCopyLink(QWidget *w) { QTest::keyClick(w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier); }
    // What the clipboard holds after `copy`, starting from an empty clipboard.
    template<class F> static QString copied(F copy)
    {
        QApplication::clipboard()->clear();
        copy();
        return QApplication::clipboard()->text();
    }
    void verifyMessageLink(const QString &text)
    {
        const DeepLink link = DeepLink::parse(text);
        QVERIFY2(link.isValid(), qPrintable(text + u": "_s + link.error));
        QCOMPARE(link.kind, DeepLink::Kind::Message);
        QCOMPARE(link.profile, sandbox());
        QCOMPARE(link.project, m_project);
        QCOMPARE(link.instance, m_instanceId);
        QCOMPARE(link.name, m_topic);
        QCOMPARE(link.msgId, m_msgId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console.presetSetting(Profiles::Settings::Key::SandboxOffered, true);
        QVERIFY(m_console.start());
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        m_navigator = std::make_unique<Gui::LinkNavigator>(window(), m_console.context());

        const auto rows = m_console.firstSandboxRows();
        QVERIFY(rows.profile.isValid());
        QVERIFY(rows.instance.isValid());
        QVERIFY(rows.topic.isValid());
        QVERIFY(rows.group.isValid());
        m_project = rows.project.data(ResourceTreeModel::KeyRole).toString();
        m_instanceId = rows.instance.data(ResourceTreeModel::KeyRole).toString();
        m_topic = rows.topic.data(ResourceTreeModel::NameRole).toString();
        m_groups = rows.groupsFolder;
        m_group = rows.group.data(ResourceTreeModel::NameRole).toString();
        const QModelIndex topic = rows.topic;

        // The topic page's Messages tab: the demo data has three days of messages on every topic.
        window()->treeView()->selectionModel()->setCurrentIndex(topic, QItemSelectionModel::ClearAndSelect);
        QTRY_VERIFY(window()->currentPage());
        m_panel = window()->currentPage()->findChild<Gui::MessageQueryPanel *>();
        QVERIFY(m_panel);
        window()->currentPage()->tabs()->setCurrentWidget(m_panel);
        m_panel->setPreset(Gui::MessageQueryPanel::Preset::Last3Days);
        m_panel->search();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->proxy()->rowCount() > 0, 30000);
    }
    void cleanupTestCase()
    {
        m_navigator.reset();
        m_console.stop();
    }

    void tableRowCopiesItsLink()
    {
        auto *table = m_panel->findChild<QTableView *>(u"table"_s);
        QVERIFY(table);
        const QModelIndex row = table->model()->index(0, 1);
        table->setCurrentIndex(row);
        m_msgId = row.data(Models::MessageTableModel::MsgIdRole).toString();
        QVERIFY(!m_msgId.isEmpty());

        // The context menu, as a right-click shows it.
        QMenu *menu = m_panel->rowMenu();
        menu->popup(table->viewport()->mapToGlobal(table->visualRect(row).center()));
        QTRY_VERIFY(menu->isVisible());
        auto *action = menu->findChild<QAction *>(u"copyLinkAction"_s);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        m_link = copied([&] { action->trigger(); });
        menu->close();
        window()->activateWindow(); // offscreen leaves the closed menu the active window
        QTRY_COMPARE(QApplication::activeWindow(), window());
        verifyMessageLink(m_link);

        // Ctrl+Shift+C on the table: the main window's Copy link takes the row, not the topic.
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(copied([&] { pressCopyLink(table); }), m_link);
        // ... and in the tree, the tree node's.
        window()->treeView()->setFocus();
        const DeepLink node = DeepLink::parse(copied([&] { pressCopyLink(window()->treeView()); }));
        QCOMPARE(node.kind, DeepLink::Kind::Topic);
        QCOMPARE(node.name, m_topic);
    }

    void messagePageCopiesItsLink()
    {
        QVERIFY(!m_msgId.isEmpty());
        auto *table = m_panel->findChild<QTableView *>(u"table"_s);
        const int tabs = window()->pageTabs()->count();
        Q_EMIT table->doubleClicked(table->currentIndex());
        QTRY_COMPARE(window()->pageTabs()->count(), tabs + 1);
        auto *viewer = qobject_cast<Gui::MessageViewer *>(window()->pageTabs()->currentWidget());
        QVERIFY(viewer);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->message().msgId, m_msgId, 30000);
        auto *button = viewer->findChild<QPushButton *>(u"copyLinkButton"_s);
        QVERIFY(button && button->isEnabled());
        QCOMPARE(copied([&] { button->click(); }), m_link);
        // Ctrl+Shift+C in the message page: one shortcut in the window, no ambiguity.
        auto *body = viewer->findChild<QWidget *>(u"body"_s);
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QCOMPARE(copied([&] { pressCopyLink(body); }), m_link);
        window()->pageTabs()->removeTab(window()->pageTabs()->indexOf(viewer));
        delete viewer;
    }

    void copiedLinkOpensTheMessage()
    {
        QVERIFY(!m_link.isEmpty());
        QSignalSpy opened(m_navigator.get(), &Gui::LinkNavigator::messageOpened);
        QVERIFY(m_navigator->open(m_link));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QPointer<Gui::MessageViewer> viewer = opened.at(0).at(0).value<Gui::MessageViewer *>();
        QPointer<Gui::TracePanel> trace = opened.at(0).at(1).value<Gui::TracePanel *>();
        QVERIFY(viewer && trace);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->message().msgId, m_msgId, 30000);
        QCOMPARE(viewer->message().topic, m_topic);
        QCOMPARE(viewer->currentLink(), m_link);
        // A window of its own: its own Ctrl+Shift+C.
        QVERIFY(viewer->isWindow());
        trace->close();
        viewer->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), viewer.data());
        QCOMPARE(copied([&] { pressCopyLink(viewer); }), m_link);
        viewer->close();
    }

    void deadLetterLinkOpensUnderItsGroup()
    {
        // A message of a dead-letter topic (its Messages tab, the Dead letters tab) lives in the
        // tree under its group, not in the topic list: the link must lead there.
        DeepLink l;
        l.kind = DeepLink::Kind::Message;
        l.profile = sandbox();
        l.project = m_project;
        l.instance = m_instanceId;
        l.name = u"%DLQ%"_s + m_group;
        l.msgId = u"7F00000100002A9F0000000000000001"_s;
        QVERIFY(l.treeLink().endsWith(u"/groups/%1/dlq"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_group)))));
        QCOMPARE(DeepLink::parse(l.toString()), l);
        QSignalSpy opened(m_navigator.get(), &Gui::LinkNavigator::messageOpened);
        QVERIFY(m_navigator->open(l.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(int(window()->treeModel()->kind(window()->currentIndex())), int(Kind::DeadLetterTopic));
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::GroupNameRole).toString(), m_group);
        QPointer<Gui::MessageViewer> viewer = opened.at(0).at(0).value<Gui::MessageViewer *>();
        QPointer<Gui::TracePanel> trace = opened.at(0).at(1).value<Gui::TracePanel *>();
        QVERIFY(viewer && trace);
        QCOMPARE(viewer->currentLink(), l.toString()); // and it copies the same link again
        viewer->close();
        trace->close();
    }

    void deadLetterRowCopiesItsLink()
    {
        // The demo data's dead letters depend on the random message ids: look through the groups.
        Gui::DeadLetterPanel *panel = nullptr;
        QString group;
        for (int r = 0; r < view()->rowCount(m_groups) && !panel; ++r) {
            const QModelIndex g = view()->index(r, 0, m_groups);
            if (g.data(ResourceTreeModel::KindRole).toInt() != int(Kind::Group))
                continue;
            window()->treeView()->selectionModel()->setCurrentIndex(g, QItemSelectionModel::ClearAndSelect);
            QTRY_VERIFY(window()->currentPage() &&
                        window()->currentPage()->findChild<Gui::DeadLetterPanel *>() != nullptr);
            auto *p = window()->currentPage()->findChild<Gui::DeadLetterPanel *>();
            p->findChild<QComboBox *>(u"rangeCombo"_s)->setCurrentIndex(3); // 7 days: all of the demo
            QTRY_VERIFY_WITH_TIMEOUT(!p->model()->isLoading() && p->model()->total() >= 0, 30000);
            if (p->model()->rowCount() > 0) {
                panel = p;
                group = g.data(ResourceTreeModel::NameRole).toString();
            }
        }
        if (!panel)
            QSKIP("no dead letters in this demo data");
        window()->currentPage()->tabs()->setCurrentWidget(panel);
        auto *table = panel->findChild<QTableView *>(u"table"_s);
        table->setCurrentIndex(table->model()->index(0, 1));
        const QString msgId = table->currentIndex().data(Models::MessageTableModel::MsgIdRole).toString();
        QMenu *menu = panel->rowMenu();
        menu->popup(table->viewport()->mapToGlobal(table->visualRect(table->currentIndex()).center()));
        QTRY_VERIFY(menu->isVisible());
        auto *action = menu->findChild<QAction *>(u"copyLinkAction"_s);
        QVERIFY(action && action->isEnabled());
        const QString link = copied([&] { action->trigger(); });
        menu->close();
        window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window());
        const DeepLink parsed = DeepLink::parse(link);
        QCOMPARE(parsed.kind, DeepLink::Kind::Message);
        QCOMPARE(parsed.name, u"%DLQ%"_s + group);
        QCOMPARE(parsed.msgId, msgId);
        QCOMPARE(parsed.instance, m_instanceId);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(copied([&] { pressCopyLink(table); }), link);

        // The link opens that dead letter.
        QSignalSpy opened(m_navigator.get(), &Gui::LinkNavigator::messageOpened);
        QVERIFY(m_navigator->open(link));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QPointer<Gui::MessageViewer> viewer = opened.at(0).at(0).value<Gui::MessageViewer *>();
        QPointer<Gui::TracePanel> trace = opened.at(0).at(1).value<Gui::TracePanel *>();
        QVERIFY(viewer && trace);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->message().msgId, msgId, 30000);
        viewer->close();
        trace->close();
    }

    void noLinkWithoutItsPlace()
    {
        // A viewer that does not know its profile and project has nothing to copy.
        Gui::MessageViewer viewer(nullptr, m_instanceId);
        Api::Message m;
        m.msgId = m_msgId;
        m.topic = m_topic;
        viewer.setMessage(m);
        QVERIFY(viewer.currentLink().isEmpty());
        QVERIFY(!viewer.findChild<QPushButton *>(u"copyLinkButton"_s)->isEnabled());
        viewer.setLinkBase(sandbox(), m_project);
        QCOMPARE(viewer.currentLink(), m_link);
    }
};

QTEST_MAIN(tst_MessageLink)
#include "tst_messagelink.moc"
