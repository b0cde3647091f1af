// Wires Create instance… (projects) and Edit… (instances, topics, groups, users) into the context menus.
#include "createinstancedialog.h"
#include "editresourcedialog.h"
#include "pagehost.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;
using VKind = Models::ResourceValidator::Kind;

namespace Gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gui", text);
}

} // namespace

void openCreateInstance(const NodeContext &project, PageHost &host, QWidget *parent)
{
    auto *dialog = new CreateInstanceDialog(project, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    PageHost *h = &host;
    QObject::connect(dialog, &CreateInstanceDialog::created, h, [h, link = project.link] { h->requestRefresh(link); });
    dialog->open();
}

void registerEditExtensions(PageHost &host)
{
    PageHost *h = &host;
    host.addAction(Kind::Project, tr("Create instance…"),
                   [h](const NodeContext &c, QWidget *parent) { openCreateInstance(c, *h, parent); });
    for (const auto &[kind, vkind] :
         {std::pair {Kind::Instance, VKind::Instance}, std::pair {Kind::Topic, VKind::Topic},
          std::pair {Kind::Group, VKind::Group}, std::pair {Kind::User, VKind::User}}) {
        host.addAction(kind, tr("Edit…"), [h, v = vkind](const NodeContext &c, QWidget *parent) {
            auto *dialog = new EditResourceDialog(v, c, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &EditResourceDialog::saved, h, [h, link = c.link] { h->requestRefresh(link); });
            dialog->open();
        });
    }
}

} // namespace Gui
