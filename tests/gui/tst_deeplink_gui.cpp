// mqdesk:// links end to end: a first main window listens on its own local socket (as main()
// does), a second "process" hands it links through Gui::SingleInstance's real client code (on
// another thread, blocking, as a second mqdesk does), and the window must select the node,
// loading the tree lazily from the sandbox emulator (a child process) on the way.
#include "consolefixture.h"
#include "linknavigator.h"
#include "models/deeplink.h"
#include "profiles/profile.h"
#include "singleinstance.h"
#include "support/messageviewer.h"
#include "support/tracepanel.h"

#include <QAction>
#include <QClipboard>
#include <QFuture>
#include <QGuiApplication>
#include <QTreeView>
#include <QtConcurrent>
#include <QtTest>

using namespace Qt::StringLiterals;
using Models::DeepLink;
using Models::ResourceTreeModel;
using Kind = ResourceTreeModel::NodeKind;

class tst_DeepLinkGui : public QObject
{
    Q_OBJECT
private:
    TestSupport::ConsoleFixture m_console;
    std::unique_ptr<Gui::LinkNavigator> m_navigator; // after m_console: gone before the window
    std::unique_ptr<Gui::SingleInstance> m_instance;
    QString m_project, m_instanceId, m_topic, m_group;

    Gui::MainWindow *window() const { return m_console.window(); }
    // A fresh window (nothing loaded) with the navigator and the local server, as main() has.
    void newWindow()
    {
        m_instance.reset();
        m_navigator.reset();
        QVERIFY(m_console.recreateWindow());
        m_navigator = std::make_unique<Gui::LinkNavigator>(window(), m_console.context());
        m_instance = std::make_unique<Gui::SingleInstance>(u"mqdesk-test-%1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY2(m_instance->listen(), qPrintable(m_instance->errorString()));
        connect(m_instance.get(), &Gui::SingleInstance::messageReceived, m_navigator.get(),
                [this](const QString &link) { m_navigator->open(link); });
    }
    // The second process: SingleInstance's blocking client, off the GUI thread.
    bool handOver(const QString &link)
    {
        const QString name = m_instance->serverName();
        QFuture<bool> sent = QtConcurrent::run([name, link] { return Gui::SingleInstance::sendToRunning(name, link); });
        if (!QTest::qWaitFor([&] { return sent.isFinished(); }, 10000))
            return false;
        return sent.result();
    }
    QString currentTreeLink() const { return ResourceTreeModel::linkFor(window()->currentIndex()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_console.presetSetting(Profiles::Settings::Key::SandboxOffered, true);
        QVERIFY(m_console.startServices());
        newWindow();
        // Find real names in the sandbox's demo data through the tree.
        const auto rows = m_console.firstSandboxRows();
        QVERIFY(rows.profile.isValid());
        QVERIFY(rows.instance.isValid());
        QVERIFY(rows.topic.isValid() && rows.group.isValid());
        m_project = rows.project.data(ResourceTreeModel::KeyRole).toString();
        m_instanceId = rows.instance.data(ResourceTreeModel::KeyRole).toString();
        m_topic = rows.topic.data(ResourceTreeModel::NameRole).toString();
        m_group = rows.group.data(ResourceTreeModel::NameRole).toString();
        const QModelIndex group = rows.group;

        // "Copy link" on a tree node writes the canonical link.
        window()->treeView()->selectionModel()->setCurrentIndex(group, QItemSelectionModel::ClearAndSelect);
        QAction *copy = nullptr;
        for (QAction *a : window()->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
                copy = a;
        }
        QVERIFY(copy);
        copy->trigger();
        const DeepLink copied = DeepLink::parse(QGuiApplication::clipboard()->text());
        QVERIFY2(copied.isValid(), qPrintable(QGuiApplication::clipboard()->text()));
        QCOMPARE(copied.kind, DeepLink::Kind::Group);
        QCOMPARE(copied.name, m_group);
        QCOMPARE(copied.instance, m_instanceId);
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"/group/"_s));
    }
    void cleanupTestCase()
    {
        m_instance.reset();
        m_navigator.reset();
        m_console.stop();
    }

    void linkFromSecondProcessSelectsTopic()
    {
        newWindow(); // nothing loaded: the link has to expand its way down
        QVERIFY(!window()->currentIndex().isValid() ||
                window()->treeModel()->kind(window()->currentIndex()) != Kind::Topic);
        DeepLink l;
        l.kind = DeepLink::Kind::Topic;
        l.profile = Profiles::Profile::sandboxId().toString(QUuid::WithoutBraces);
        l.project = m_project;
        l.instance = m_instanceId;
        l.name = m_topic;
        QSignalSpy opened(m_navigator.get(), &Gui::LinkNavigator::opened);
        QVERIFY(handOver(l.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(currentTreeLink(), l.treeLink(), 30000);
        QCOMPARE(window()->treeModel()->kind(window()->currentIndex()), Kind::Topic);
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::NameRole).toString(), m_topic);
        QCOMPARE(opened.size(), 1);
    }
    void profileByNameAndDeadLetterTopic()
    {
        newWindow();
        // Hand-written: the profile by its name, the dead-letter topic as %DLQ%<group>.
        const QString link = u"mqdesk://Sandbox/%1/%2/dlq/%3"_s.arg(
            m_project, m_instanceId, QString::fromLatin1(QUrl::toPercentEncoding(m_group)));
        QVERIFY(handOver(link));
        QTRY_COMPARE_WITH_TIMEOUT(int(window()->treeModel()->kind(window()->currentIndex())),
                                  int(Kind::DeadLetterTopic), 30000);
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::GroupNameRole).toString(), m_group);
    }
    void messageLinkOpensViewerAndTrace()
    {
        const QString msgId = u"7F00000100002A9F0000000000000001"_s;
        DeepLink l;
        l.kind = DeepLink::Kind::Message;
        l.profile = Profiles::Profile::sandboxId().toString(QUuid::WithoutBraces);
        l.project = m_project;
        l.instance = m_instanceId;
        l.name = m_topic;
        l.msgId = msgId;
        QSignalSpy message(m_navigator.get(), &Gui::LinkNavigator::messageOpened);
        QVERIFY(handOver(l.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(message.size(), 1, 30000);
        auto *viewer = message.at(0).at(0).value<Gui::MessageViewer *>();
        auto *trace = message.at(0).at(1).value<Gui::TracePanel *>();
        QVERIFY(viewer && trace);
        QVERIFY(viewer->windowTitle().contains(msgId));
        QCOMPARE(window()->currentIndex().data(ResourceTreeModel::NameRole).toString(), m_topic);
        viewer->close();
        trace->close();
    }
    void badLinksAreRejected()
    {
        QSignalSpy failed(m_navigator.get(), &Gui::LinkNavigator::failed);
        QVERIFY(handOver(u"mqdesk://no-such-profile/p/i/topic/t"_s)); // delivered, then refused
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"no-such-profile"_s));
        QVERIFY(!m_navigator->open(u"mqdesk://Sandbox/p/i/queue/t"_s));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(u"queue"_s));
    }
    void noServerMeansNoHandOver()
    {
        QVERIFY(!Gui::SingleInstance::sendToRunning(u"mqdesk-test-nobody-%1"_s.arg(QCoreApplication::applicationPid()),
                                                    u"mqdesk://x"_s, 500));
        // A second server on the same name is refused while the first one runs.
        Gui::SingleInstance second(m_instance->serverName());
        QVERIFY(!second.listen());
    }
};

QTEST_MAIN(tst_DeepLinkGui)
#include "tst_deeplink_gui.moc"
