#pragma once

#include "appcontext.h"
#include "mainwindow.h"
#include "models/resourcetreemodel.h"
#include "pagehost.h"
#include "support/prompter.h"

#include <QModelIndex>
#include <QString>
#include <QTemporaryDir>

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
class ConsoleFixture
{
public:
    using Kind = Models::ResourceTreeModel::NodeKind;

    ConsoleFixture();
    ~ConsoleFixture();
    ConsoleFixture(const ConsoleFixture &) = delete;
    ConsoleFixture &operator=(const ConsoleFixture &) = delete;

    /// Services and window; unsets DBUS_SESSION_BUS_ADDRESS first (no keychain: session-only secrets).
    bool start();
    /// Says yes to the sandbox offer and waits until the sandbox lists its 4.8.0 demo instance.
    bool startSandbox();
    /// Closes the window and the services (the sandbox child ends with them).
    void stop();

    QTemporaryDir &dir() { return m_dir; }
    QString settingsFile() const;
    Gui::AppServices &services() { return *m_services; }
    Gui::AppContext context() const;
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
    /// The sandbox profile's instance with this engine version ("4.8.0", "5.x").
    QModelIndex sandboxInstance(const QString &version, int timeoutMs = 30000);
    /// Makes the row current (as a click does).
    void select(const QModelIndex &proxy);
    /// Runs the node's PageHost action titled `text` as its context menu does; false if it has none.
    bool triggerNodeAction(const QModelIndex &proxy, const QString &text);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Gui::AppServices> m_services;
    Gui::ScriptedPrompter m_prompter;
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace TestSupport
