#pragma once

#include "appcontext.h"
#include "mainwindow.h"
#include "models/resourcetreemodel.h"
#include "pagehost.h"
#include "profiles/settings.h"
#include "support/prompter.h"

#include <QModelIndex>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

class QAbstractItemModel;
class QTreeView;

namespace TestSupport {

/// The console as GUI tests drive it: a MainWindow on the offscreen platform with its own
/// temporary settings file (the sandbox data dir in the same temporary directory), a
/// ScriptedPrompter for confirmations, and helpers that wait for lazily loaded tree rows.
/// Indexes are the tree view's (proxy) indexes. Usage:
///
///     TestSupport::ConsoleFixture console;
///     QVERIFY(console.start());                 // window shown and exposed
///     QVERIFY(console.startSandbox());          // answers the first-start offer, waits for 4.8.0
///     const QModelIndex topics = console.waitChild(console.sandboxInstance(u"4.8.0"_s), Kind::TopicsFolder);
///
/// Tests of windows themselves use startServices() and newWindow() instead of start(); tests
/// that need a fresh window (nothing loaded, nothing selected) call recreateWindow().
class ConsoleFixture
{
public:
    using Kind = Models::ResourceTreeModel::NodeKind;

    ConsoleFixture();
    ~ConsoleFixture();
    ConsoleFixture(const ConsoleFixture &) = delete;
    ConsoleFixture &operator=(const ConsoleFixture &) = delete;

    /// A value the settings file holds when the services start (call before start()/startServices()),
    /// e.g. Key::SandboxOffered.
    void presetSetting(Profiles::Settings::Key key, const QVariant &value);
    /// Services and window; unsets DBUS_SESSION_BUS_ADDRESS first (no keychain: session-only secrets).
    bool start();
    /// The services alone, as start() makes them, without the fixture's window.
    bool startServices();
    /// Replaces the fixture's window by a new one on the same services (as a restart of the
    /// window shows it: nothing loaded or selected), shown; false if it was not exposed.
    /// Objects that hold the old window must be gone first.
    bool recreateWindow();
    /// Another main window on the fixture's services and prompter, shown and exposed (null if it
    /// was not exposed); the caller owns it.
    std::unique_ptr<Gui::MainWindow> newWindow();
    /// Says yes to the sandbox offer and waits until the sandbox lists its 4.8.0 demo instance.
    bool startSandbox();
    /// Closes the window and the services (the sandbox child ends with them).
    void stop();

    QTemporaryDir &dir() { return m_dir; }
    QString settingsFile() const;
    Gui::AppServices &services() { return *m_services; }
    Gui::AppContext context() const;
    Profiles::Settings *settings() const { return m_services->context().settings; }
    Gui::MainWindow *window() const { return m_window.get(); }
    Gui::ScriptedPrompter &prompter() { return m_prompter; }

    QTreeView *tree() const;
    QAbstractItemModel *view() const;
    const Models::ResourceTreeModel *model() const;
    QModelIndex source(const QModelIndex &proxy) const;
    /// What pages and actions get for the row (NodeContext::fromIndex on the source index,
    /// with the fixture's prompter).
    Gui::NodeContext nodeContext(const QModelIndex &proxy) const;

    /// The first row of `kind` (named `name`, if given) under `parent`, expanding it and
    /// waiting for its children; invalid after `timeoutMs`.
    QModelIndex waitChild(const QModelIndex &parent, Kind kind, const QString &name = {}, int timeoutMs = 30000);
    QModelIndex profileRow(const QString &name) const;
    /// The built-in sandbox profile's row (found by its id, whatever its name).
    QModelIndex sandboxProfile() const;
    /// The sandbox profile's first project, first instance, and that instance's first topic
    /// and first consumer group (with their folders), loading the tree on the way. A row not
    /// found within `timeoutMs` is invalid, and so is everything below it.
    struct SandboxRows
    {
        QModelIndex profile, project, instance, topicsFolder, topic, groupsFolder, group;
    };
    SandboxRows firstSandboxRows(int timeoutMs = 30000);
    /// The sandbox profile's instance with this engine version ("4.8.0", "5.x").
    QModelIndex sandboxInstance(const QString &version, int timeoutMs = 30000);
    /// Makes the row current (as a click does).
    void select(const QModelIndex &proxy);
    /// Runs the node's PageHost action titled `text` as its context menu does; false if it has none.
    bool triggerNodeAction(const QModelIndex &proxy, const QString &text);

private:
    QTemporaryDir m_dir;
    QVariantMap m_presets; ///< settings key name -> value
    std::unique_ptr<Gui::AppServices> m_services;
    Gui::ScriptedPrompter m_prompter;
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace TestSupport
