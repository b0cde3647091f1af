#include "pages/userpage.h"

#include "apitext.h"
#include "datatable.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Gui {

UserPage::UserPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : DetailPage(context, host, settings, parent)
{
    setObjectName(u"userPage"_s);
    m_perms = new DataTable(u"user.permissions"_s, {tr("Kind"), tr("Name"), tr("Permission")}, settings, tabs());
    m_perms->setObjectName(u"permissionsTable"_s);
    m_perms->setEmptyText(tr("No special permissions: the defaults apply."));
    tabs()->addTab(m_perms, tr("Permissions"));
    m_overview = addFormTab(tr("Overview"));
    addExtensionTabs();
    if (!context.json.isEmpty())
        showUser(context.json);
    reload();
}

UserPage::~UserPage() = default;

void UserPage::load()
{
    fetch(u"show_user"_s, {{u"user_name"_s, context().name}}, tr("Could not load the user"),
          [this](const QJsonObject &o) { showUser(o); });
}

void UserPage::showUser(const QJsonObject &o)
{
    clearForm(m_overview);
    addField(m_overview, tr("User name (access key)"), context().name, true);
    addField(m_overview, tr("Administrator"), jsonText(o.value("admin"_L1)));
    addField(m_overview, tr("White-listed addresses"), o.value("white_remote_address"_L1).toString());
    addField(m_overview, tr("Default topic permission"),
             ApiText::accessPermission(o.value("default_topic_perm"_L1).toString()));
    addField(m_overview, tr("Default group permission"),
             ApiText::accessPermission(o.value("default_group_perm"_L1).toString()));
    m_perms->clear();
    for (const QJsonValue &p : o.value("topic_perms"_L1).toArray())
        m_perms->addRow({tr("Topic"), p["name"_L1].toString(), ApiText::accessPermission(p["perm"_L1].toString())});
    for (const QJsonValue &p : o.value("group_perms"_L1).toArray())
        m_perms->addRow({tr("Group"), p["name"_L1].toString(), ApiText::accessPermission(p["perm"_L1].toString())});
}

} // namespace Gui
