#include "pagehost.h"

#include "models/deeplink.h"

#include <QModelIndex>

namespace Gui {

NodeContext NodeContext::fromIndex(const QModelIndex &index, const Models::ResourceTreeModel *model)
{
    using M = Models::ResourceTreeModel;
    NodeContext c;
    if (!index.isValid())
        return c;
    c.kind = M::NodeKind(index.data(M::KindRole).toInt());
    c.client = model->clientFor(index);
    c.profileId = index.data(M::ProfileIdRole).toUuid();
    c.profileName = model->data(model->profileIndex(c.profileId), M::NameRole).toString();
    c.environment = index.data(M::EnvironmentRole).toInt();
    c.projectId = index.data(M::ProjectIdRole).toString();
    c.instanceId = index.data(M::InstanceIdRole).toString();
    c.instanceName = index.data(M::InstanceNameRole).toString();
    c.engineVersion = index.data(M::EngineVersionRole).toString();
    c.name = index.data(M::NameRole).toString();
    c.group = index.data(M::GroupNameRole).toString();
    c.json = index.data(M::JsonRole).toJsonObject();
    c.link = index.data(M::LinkRole).toString();
    if (const Models::DeepLink link = Models::DeepLink::fromTreeLink(c.link); link.isValid())
        c.link = link.toString();
    return c;
}

PageHost::PageHost(QObject *parent) : QObject(parent) { }

PageHost::~PageHost() = default;

void PageHost::addTab(NodeKind kind, const QString &title, TabFactory create)
{
    m_tabs.append({kind, title, std::move(create)});
}

void PageHost::addAction(NodeKind kind, const QString &text, ActionHandler trigger, const QKeySequence &shortcut)
{
    m_actions.append({kind, text, std::move(trigger), shortcut});
}

QList<PageHost::Tab> PageHost::tabsFor(NodeKind kind) const
{
    QList<Tab> out;
    for (const Tab &t : m_tabs) {
        if (t.kind == kind)
            out.append(t);
    }
    return out;
}

QList<PageHost::Action> PageHost::actionsFor(NodeKind kind) const
{
    QList<Action> out;
    for (const Action &a : m_actions) {
        if (a.kind == kind)
            out.append(a);
    }
    return out;
}

} // namespace Gui
