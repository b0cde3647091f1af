#include "consolefixture.h"

#include "models/resourcefiltermodel.h"
#include "profiles/profile.h"
#include "profiles/settings.h"

#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Models::ResourceTreeModel;

namespace TestSupport {

ConsoleFixture::ConsoleFixture() = default;

ConsoleFixture::~ConsoleFixture()
{
    stop();
}

QString ConsoleFixture::settingsFile() const
{
    return m_dir.filePath(u"mqdesk.ini"_s);
}

void ConsoleFixture::presetSetting(Profiles::Settings::Key key, const QVariant &value)
{
    m_presets.insert(Profiles::Settings::keyName(key), value);
}

bool ConsoleFixture::start()
{
    return startServices() && recreateWindow();
}

bool ConsoleFixture::startServices()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!m_dir.isValid())
        return false;
    {
        QSettings s(settingsFile(), QSettings::IniFormat);
        s.setValue(Profiles::Settings::keyName(Profiles::Settings::Key::SandboxDataDir), m_dir.filePath(u"sandbox"_s));
        for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it)
            s.setValue(it.key(), it.value());
    }
    m_services = std::make_unique<Gui::AppServices>(settingsFile());
    return true;
}

bool ConsoleFixture::recreateWindow()
{
    m_window.reset();
    m_window = std::make_unique<Gui::MainWindow>(context());
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

std::unique_ptr<Gui::MainWindow> ConsoleFixture::newWindow()
{
    auto w = std::make_unique<Gui::MainWindow>(context());
    w->show();
    return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
}

bool ConsoleFixture::startSandbox()
{
    m_prompter.setNextAnswer(true);
    m_window->offerSandboxIfEmpty();
    return sandboxInstance(u"4.8.0"_s).isValid();
}

void ConsoleFixture::stop()
{
    m_window.reset();
    m_services.reset();
}

Gui::AppContext ConsoleFixture::context() const
{
    Gui::AppContext c = m_services->context();
    c.prompter = const_cast<Gui::ScriptedPrompter *>(&m_prompter);
    return c;
}

QTreeView *ConsoleFixture::tree() const
{
    return m_window->treeView();
}

QAbstractItemModel *ConsoleFixture::view() const
{
    return tree()->model();
}

const ResourceTreeModel *ConsoleFixture::model() const
{
    return static_cast<const ResourceTreeModel *>(static_cast<QSortFilterProxyModel *>(view())->sourceModel());
}

QModelIndex ConsoleFixture::source(const QModelIndex &proxy) const
{
    return static_cast<QSortFilterProxyModel *>(view())->mapToSource(proxy);
}

Gui::NodeContext ConsoleFixture::nodeContext(const QModelIndex &proxy) const
{
    Gui::NodeContext ctx = Gui::NodeContext::fromIndex(source(proxy), model());
    ctx.prompter = const_cast<Gui::ScriptedPrompter *>(&m_prompter); // as MainWindow::contextFor() does
    return ctx;
}

QModelIndex ConsoleFixture::waitChild(const QModelIndex &parent, Kind kind, const QString &name, int timeoutMs)
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
        timeoutMs);
    return found;
}

QModelIndex ConsoleFixture::profileRow(const QString &name) const
{
    for (int r = 0; r < view()->rowCount(); ++r) {
        const QModelIndex i = view()->index(r, 0);
        if (i.data(ResourceTreeModel::NameRole).toString() == name)
            return i;
    }
    return {};
}

QModelIndex ConsoleFixture::sandboxProfile() const
{
    return m_window->filterModel()->mapFromSource(m_window->treeModel()->profileIndex(Profiles::Profile::sandboxId()));
}

ConsoleFixture::SandboxRows ConsoleFixture::firstSandboxRows(int timeoutMs)
{
    SandboxRows rows;
    const auto below = [&](const QModelIndex &parent, Kind kind) {
        return parent.isValid() ? waitChild(parent, kind, {}, timeoutMs) : QModelIndex();
    };
    rows.profile = sandboxProfile();
    rows.project = below(rows.profile, Kind::Project);
    rows.instance = below(rows.project, Kind::Instance);
    rows.topicsFolder = below(rows.instance, Kind::TopicsFolder);
    rows.topic = below(rows.topicsFolder, Kind::Topic);
    rows.groupsFolder = below(rows.instance, Kind::GroupsFolder);
    rows.group = below(rows.groupsFolder, Kind::Group);
    return rows;
}

QModelIndex ConsoleFixture::sandboxInstance(const QString &version, int timeoutMs)
{
    const QModelIndex project = waitChild(profileRow(u"Sandbox"_s), Kind::Project, {}, timeoutMs);
    if (!project.isValid())
        return {};
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
        timeoutMs);
    return found;
}

void ConsoleFixture::select(const QModelIndex &proxy)
{
    tree()->scrollTo(proxy);
    tree()->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
}

bool ConsoleFixture::triggerNodeAction(const QModelIndex &proxy, const QString &text)
{
    select(proxy);
    const Gui::NodeContext ctx = nodeContext(proxy);
    const auto actions = m_window->pageHost()->actionsFor(ctx.kind);
    for (const auto &a : actions) {
        if (a.text == text) {
            a.trigger(ctx, m_window.get());
            return true;
        }
    }
    return false;
}

} // namespace TestSupport
