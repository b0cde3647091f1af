// Wires the support panels (src/app/support) into the console's pages and menus.
#include "pagehost.h"
#include "support/messagequerypanel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

void registerSupportExtensions(PageHost &host)
{
    const auto messages = [](const NodeContext &c, QWidget *parent) -> QWidget * {
        const QString topic = c.kind == Kind::DeadLetterTopic ? u"%DLQ%"_s + c.group : c.name;
        return new MessageQueryPanel(c.client, c.instanceId, topic, parent);
    };
    host.addTab(Kind::Topic, QCoreApplication::translate("Gui::PageHost", "Messages"), messages);
    host.addTab(Kind::DeadLetterTopic, QCoreApplication::translate("Gui::PageHost", "Messages"), messages);
}

} // namespace Gui
