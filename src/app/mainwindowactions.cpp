// MainWindow's actions, menus, context menus and the create/delete flows.
#include "activitydock.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "appearance.h"
#include "auth/keychainstore.h"
#include "createresourcedialog.h"
#include "linkprovider.h"
#include "mainwindow.h"
#include "models/deeplink.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "pages/detailpage.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"
#include "support/prompter.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

void MainWindow::createActions()
{
    auto add = [this](const QString &id, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(id);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.insert(id, a);
        return a;
    };
    add(u"newProfile"_s, tr("&New profile…"), QKeySequence::New, [this] { newProfile(); });
    add(u"editProfile"_s, tr("&Edit profile…"), {},
        [this] { editProfile(currentIndex().data(Models::ResourceTreeModel::ProfileIdRole).toUuid()); });
    add(u"duplicateProfile"_s, tr("D&uplicate profile"), {}, [this] {
        const Profiles::Profile copy =
            m_ctx.profiles->duplicate(currentIndex().data(Models::ResourceTreeModel::ProfileIdRole).toUuid());
        if (copy.isValid())
            editProfile(copy.id);
    });
    add(u"removeProfile"_s, tr("&Remove profile…"), {}, [this] {
        const QUuid id = currentIndex().data(Models::ResourceTreeModel::ProfileIdRole).toUuid();
        const Profiles::Profile p = m_ctx.profiles->profile(id);
        if (!p.isValid() || p.isSandbox())
            return;
        Question q {tr("Remove profile"),
                    tr("Remove the profile “%1” and its saved secrets from this computer?").arg(p.name),
                    {},
                    tr("Remove")};
        m_ctx.prompter->confirm(this, q, this, [this, p](bool yes) {
            if (!yes)
                return;
            for (const QString &name : p.secretNames())
                m_ctx.keychain->remove(Profiles::SessionManager::secretEntry(p, name), this, {});
            m_ctx.profiles->remove(p.id);
        });
    });
    add(u"quit"_s, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    add(u"refresh"_s, tr("&Refresh"), QKeySequence(Qt::Key_F5), [this] { refresh(); });
    add(u"find"_s, tr("&Filter the tree"), QKeySequence::Find, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    add(u"copyLink"_s, tr("Copy &link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        // What has the focus first (a message page, the selected message of a table), then an
        // open message page, then the tree node.
        QString own = LinkProvider::linkAround(QApplication::focusWidget());
        if (own.isEmpty() && !m_tree->hasFocus()) {
            if (const auto *page = dynamic_cast<const LinkProvider *>(m_pages->currentWidget()))
                own = page->currentLink();
        }
        if (LinkProvider::copy(own))
            return;
        // The canonical form (…/topic/<name>); other services' nodes keep the tree's path.
        const QString path = Models::ResourceTreeModel::linkFor(currentIndex());
        const Models::DeepLink link = Models::DeepLink::fromTreeLink(path);
        QApplication::clipboard()->setText(link.isValid() ? link.toString() : path);
    });
    add(u"delete"_s, tr("&Delete…"), QKeySequence::Delete, [this] { deleteSelected(); });
    add(u"newTopic"_s, tr("New &topic…"), {}, [this] { createResource(Kind::Topic); });
    add(u"newGroup"_s, tr("New consumer &group…"), {}, [this] { createResource(Kind::Group); });
    add(u"newUser"_s, tr("New &user…"), {}, [this] { createResource(Kind::User); });
    // Enabled when a project or anything under it is current: creates the instance there.
    QAction *newInstance = add(u"newInstance"_s, tr("New &instance…"), {}, [this] { createInstance(); });
    const auto updateNewInstance = [this, newInstance] {
        newInstance->setEnabled(contextFor(projectOf(currentIndex())).client != nullptr);
    };
    updateNewInstance();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, newInstance, updateNewInstance);
    add(u"focusTree"_s, tr("Go to the tree"), QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_tree->setFocus(); });
    add(u"focusPage"_s, tr("Go to the page"), QKeySequence(Qt::ALT | Qt::Key_2), [this] {
        if (m_pages->currentWidget())
            m_pages->currentWidget()->setFocus();
    });
    add(u"focusActivity"_s, tr("Go to the activity log"), QKeySequence(Qt::ALT | Qt::Key_3), [this] {
        m_activity->show();
        m_activity->view()->setFocus();
    });
    add(u"nextTab"_s, tr("Next page tab"), QKeySequence(Qt::CTRL | Qt::Key_Tab), [this] {
        if (QTabWidget *tabs = m_page ? m_page->tabs() : nullptr)
            tabs->setCurrentIndex((tabs->currentIndex() + 1) % qMax(1, tabs->count()));
    });
    add(u"about"_s, tr("&About mqdesk"), {}, [this] { showAbout(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(u"newProfile"_s));
    file->addAction(m_actions.value(u"editProfile"_s));
    file->addAction(m_actions.value(u"duplicateProfile"_s));
    file->addAction(m_actions.value(u"removeProfile"_s));
    file->addSeparator();
    file->addAction(m_actions.value(u"quit"_s));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.value(u"find"_s));
    edit->addAction(m_actions.value(u"copyLink"_s));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.value(u"refresh"_s));
    QAction *toggle = m_activity->toggleViewAction();
    toggle->setText(tr("&Activity"));
    view->addAction(toggle);
    view->addSeparator();
    view->addAction(m_actions.value(u"focusTree"_s));
    view->addAction(m_actions.value(u"focusPage"_s));
    view->addAction(m_actions.value(u"focusActivity"_s));
    view->addAction(m_actions.value(u"nextTab"_s));
    view->addSeparator();
    // Light/dark: the system's, or forced; applies at once.
    QMenu *scheme = view->addMenu(tr("&Colours"));
    auto *schemes = new QActionGroup(scheme);
    const auto currentScheme =
        Appearance::fromString(m_ctx.settings->value(Profiles::Settings::Key::ColorScheme).toString());
    const std::pair<Appearance::Scheme, QString> schemeChoices[] = {{Appearance::Scheme::System, tr("System")},
                                                                    {Appearance::Scheme::Light, tr("Light")},
                                                                    {Appearance::Scheme::Dark, tr("Dark")}};
    for (const auto &[value, text] : schemeChoices) {
        QAction *a = scheme->addAction(text);
        a->setCheckable(true);
        a->setChecked(value == currentScheme);
        a->setObjectName(u"scheme_"_s + Appearance::toString(value));
        schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, value] {
            m_ctx.settings->setValue(Profiles::Settings::Key::ColorScheme, Appearance::toString(value));
            Appearance::apply(value);
        });
    }
    // The UI language: the system's or a chosen one, stored in Settings, applied at start.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = m_ctx.settings->value(Profiles::Settings::Key::Language).toString();
    QStringList choices {QString()};
    choices << Translations::available();
    for (const QString &code : std::as_const(choices)) {
        QAction *a = language->addAction(code.isEmpty() ? tr("System default") : Translations::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            m_ctx.settings->setValue(Profiles::Settings::Key::Language, code);
            statusBar()->showMessage(tr("The language changes when mqdesk starts again."), 10000);
        });
    }
    QMenu *resource = menuBar()->addMenu(tr("&Resource"));
    resource->addAction(m_actions.value(u"newInstance"_s));
    resource->addAction(m_actions.value(u"newTopic"_s));
    resource->addAction(m_actions.value(u"newGroup"_s));
    resource->addAction(m_actions.value(u"newUser"_s));
    resource->addSeparator();
    resource->addAction(m_actions.value(u"delete"_s));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value(u"about"_s));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex source = m_filter->mapToSource(m_tree->indexAt(pos));
    if (!source.isValid())
        return;
    QMenu menu(this);
    const Kind kind = m_model->kind(source);
    switch (kind) {
    case Kind::Profile:
        menu.addAction(m_actions.value(u"editProfile"_s));
        menu.addAction(m_actions.value(u"duplicateProfile"_s));
        if (!m_ctx.profiles->profile(source.data(Models::ResourceTreeModel::ProfileIdRole).toUuid()).isSandbox())
            menu.addAction(m_actions.value(u"removeProfile"_s));
        break;
    case Kind::Instance:
    case Kind::TopicsFolder:
        menu.addAction(m_actions.value(u"newTopic"_s));
        if (kind == Kind::TopicsFolder)
            break;
        [[fallthrough]];
    case Kind::GroupsFolder:
        menu.addAction(m_actions.value(u"newGroup"_s));
        if (kind == Kind::GroupsFolder)
            break;
        [[fallthrough]];
    case Kind::UsersFolder:
        menu.addAction(m_actions.value(u"newUser"_s));
        break;
    case Kind::Error: {
        QAction *retry = menu.addAction(tr("Retry"));
        connect(retry, &QAction::triggered, this, [this, p = QPersistentModelIndex(source)] { m_model->retry(p); });
        break;
    }
    default:
        break;
    }
    const NodeContext ctx = contextFor(source);
    const auto extensions = m_host->actionsFor(kind);
    if (!extensions.isEmpty() && ctx.client) {
        menu.addSeparator();
        for (const auto &ext : extensions) {
            QAction *a = menu.addAction(ext.text);
            connect(a, &QAction::triggered, this, [this, ext, ctx] { ext.trigger(ctx, this); });
        }
    }
    menu.addSeparator();
    menu.addAction(m_actions.value(u"refresh"_s));
    menu.addAction(m_actions.value(u"copyLink"_s));
    // The destructive action last, apart from the others.
    if (kind == Kind::Instance || kind == Kind::Topic || kind == Kind::Group || kind == Kind::User) {
        menu.addSeparator();
        menu.addAction(m_actions.value(u"delete"_s));
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QModelIndex MainWindow::projectOf(const QModelIndex &source) const
{
    QModelIndex project = source;
    while (project.isValid() && m_model->kind(project) != Kind::Project)
        project = project.parent();
    return project;
}

void MainWindow::createInstance()
{
    const QModelIndex project = projectOf(currentIndex());
    const NodeContext ctx = contextFor(project);
    if (!project.isValid() || !ctx.client) {
        statusBar()->showMessage(tr("Select a project, or anything in it, to create an instance there."), 10000);
        return;
    }
    openCreateInstance(ctx, *m_host, this);
}

void MainWindow::createResource(Kind kind)
{
    const QModelIndex source = currentIndex();
    NodeContext ctx = contextFor(source);
    if (ctx.instanceId.isEmpty() || !ctx.client) {
        statusBar()->showMessage(tr("Select an instance (or one of its folders) first."), 5000);
        return;
    }
    const auto vkind = kind == Kind::Topic ? Models::ResourceValidator::Kind::Topic
        : kind == Kind::Group              ? Models::ResourceValidator::Kind::Group
                                           : Models::ResourceValidator::Kind::User;
    auto *dialog = new CreateResourceDialog(vkind, ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPersistentModelIndex instance = source;
    while (instance.isValid() && m_model->kind(instance) != Kind::Instance)
        instance = instance.parent();
    connect(dialog, &CreateResourceDialog::created, this, [this, instance, kind](const QString &name) {
        statusBar()->showMessage(tr("Created %1.").arg(name), 5000);
        const QString folder = kind == Kind::Topic ? u"topics"_s : kind == Kind::Group ? u"groups"_s : u"users"_s;
        const QModelIndex f = m_model->indexForLink(Models::ResourceTreeModel::linkFor(instance) + u'/' + folder);
        if (f.isValid())
            m_model->refresh(f);
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    QList<QPersistentModelIndex> targets;
    const auto rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &proxy : rows) {
        const QModelIndex s = m_filter->mapToSource(proxy);
        const Kind k = m_model->kind(s);
        if (k == Kind::Topic || k == Kind::Group || k == Kind::User || k == Kind::Instance)
            targets.append(s);
    }
    if (targets.isEmpty())
        return;
    const Kind kind = m_model->kind(targets.first());
    const QModelIndex folder = targets.first().parent();
    QStringList names, ids;
    for (const auto &t : std::as_const(targets)) {
        if (m_model->kind(t) == kind && t.parent() == folder) {
            names.append(t.data(Models::ResourceTreeModel::NameRole).toString());
            ids.append(t.data(Models::ResourceTreeModel::KeyRole).toString());
        }
    }
    const NodeContext ctx = contextFor(targets.first());
    const QString what = kind == Kind::Topic ? tr("topic")
        : kind == Kind::Group                ? tr("consumer group")
        : kind == Kind::Instance             ? tr("instance")
                                             : tr("user");
    Question q;
    q.title = tr("Delete");
    q.text = names.size() == 1
        ? tr("Delete the %1 “%2” on %3? This cannot be undone.").arg(what, names.first(), ctx.instanceName)
        : tr("Delete %n %1(s) on %2: %3? This cannot be undone.", nullptr, int(names.size()))
              .arg(what, ctx.instanceName, names.join(u", "_s));
    if (kind == Kind::Instance)
        q.text = tr("Delete the instance “%1” with all its topics, consumer groups, users and messages? This cannot "
                    "be undone.")
                     .arg(names.join(u"”, “"_s));
    q.confirmText = tr("Delete");
    QPersistentModelIndex folderIdx = folder;
    m_ctx.prompter->confirm(this, q, this, [this, ctx, kind, names, ids, folderIdx](bool yes) {
        if (!yes || !ctx.client)
            return;
        auto done = [this, folderIdx](const QString &message) {
            statusBar()->showMessage(message, 8000);
            if (folderIdx.isValid())
                m_model->refresh(folderIdx);
        };
        QList<Api::ApiCall *> calls;
        const QVariantMap base {{u"instance_id"_s, ctx.instanceId}};
        if (kind == Kind::Topic || kind == Kind::Group) {
            // Both have a documented batch delete: one call for the whole selection.
            const bool topics = kind == Kind::Topic;
            QVariantMap params = base;
            params.insert(u"action"_s, u"delete"_s);
            QJsonObject body {{topics ? "topics"_L1 : "groups"_L1, QJsonArray::fromStringList(names)}};
            calls.append(ctx.client->call(topics ? u"create_or_batch_delete_topics"_s
                                                 : u"create_or_batch_delete_consumer_groups"_s,
                                          params, this, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        } else if (kind == Kind::Instance) {
            for (const QString &id : ids) {
                calls.append(ctx.client->call(u"delete_instance"_s, {{u"instance_id"_s, id}}, this));
            }
        } else {
            for (const QString &n : names) {
                QVariantMap params = base;
                params.insert(u"user_name"_s, n);
                calls.append(ctx.client->call(u"delete_user"_s, params, this));
            }
        }
        auto remaining = std::make_shared<int>(int(calls.size()));
        for (Api::ApiCall *c : std::as_const(calls)) {
            connect(c, &Api::ApiCall::finished, this, [remaining, done, names] {
                if (--*remaining == 0)
                    done(tr("Deleted %1.").arg(names.join(u", "_s)));
            });
            connect(c, &Api::ApiCall::failed, this, [this, remaining, done](const Api::ApiError &e) {
                --*remaining;
                done(tr("Delete failed: %1").arg(e.toString()));
                QMessageBox::warning(this, tr("Delete failed"), e.toString());
            });
        }
    });
}

void MainWindow::newProfile()
{
    auto *dialog = new ProfileDialog(m_ctx, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::saved, this, [this](const QUuid &id) { openProfile(id); });
    dialog->open();
}

void MainWindow::editProfile(const QUuid &id)
{
    const Profiles::Profile p = m_ctx.profiles->profile(id);
    if (!p.isValid() || p.isSandbox())
        return;
    auto *dialog = new ProfileDialog(m_ctx, p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About mqdesk"),
                       tr("<h3>mqdesk %1</h3><p>A desktop console for Huawei Cloud DMS for RocketMQ.</p>"
                          "<p>Qt %2 (built with %3)<br>QtKeychain %4</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), QStringLiteral(MQDESK_QTKEYCHAIN_VERSION)));
}

} // namespace Gui
