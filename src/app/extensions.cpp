// Wires the support panels (src/app/support) into the console's pages and menus.
#include "pagehost.h"
#include "support/deadletterpanel.h"
#include "support/messagequerypanel.h"
#include "support/messageviewer.h"
#include "support/supportactions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gui", text);
}

} // namespace

void registerSupportExtensions(PageHost &host)
{
    PageHost *h = &host;
    // Messages tab; a double-click opens the message as a page of its own.
    const auto messages = [h](const NodeContext &c, QWidget *parent) -> QWidget * {
        const QString topic = c.kind == Kind::DeadLetterTopic ? u"%DLQ%"_s + c.group : c.name;
        auto *panel = new MessageQueryPanel(c.client, c.instanceId, topic, parent);
        const QString profile = c.profileId.toString(QUuid::WithoutBraces);
        panel->setLinkBase(profile, c.projectId);
        QObject::connect(panel, &MessageQueryPanel::messageActivated, panel,
                         [h, c, profile](const QString &t, const QString &id) {
                             auto *viewer = new MessageViewer(c.client, c.instanceId, c.prompter);
                             viewer->setLinkBase(profile, c.projectId);
                             viewer->load(t, id);
                             h->openPage(tr("Message %1…").arg(id.left(10)), viewer);
                         });
        return panel;
    };
    host.addTab(Kind::Topic, tr("Messages"), messages);
    host.addTab(Kind::DeadLetterTopic, tr("Messages"), messages);
    host.addTab(Kind::Group, tr("Dead letters"), [](const NodeContext &c, QWidget *parent) -> QWidget * {
        auto *panel = new DeadLetterPanel(c.client, c.instanceId, c.name, c.prompter, parent);
        panel->setLinkBase(c.profileId.toString(QUuid::WithoutBraces), c.projectId);
        panel->refresh();
        return panel;
    });

    host.addAction(Kind::Topic, tr("Send message…"), [](const NodeContext &c, QWidget *parent) {
        SupportActions::openSendMessage(parent, c.client, c.instanceId, c.name);
    });
    host.addAction(Kind::Group, tr("Reset consumer offset…"), [](const NodeContext &c, QWidget *parent) {
        SupportActions::openResetOffset(parent, c.client, c.instanceId, c.name, {}, c.prompter);
    });
    host.addAction(Kind::Group, tr("Verify consumption…"), [](const NodeContext &c, QWidget *parent) {
        SupportActions::openVerifyConsumption(parent, c.client, c.instanceId, {}, c.name, {}, c.prompter);
    });
    for (Kind kind : {Kind::Instance, Kind::Topic, Kind::Group}) {
        host.addAction(
            kind, tr("Trace message id from clipboard"),
            [](const NodeContext &c, QWidget *parent) {
                SupportActions::traceClipboard(parent, c.client, c.instanceId);
            },
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    }
    host.addAction(Kind::Instance, tr("Decode message id…"),
                   [](const NodeContext &, QWidget *parent) { SupportActions::openMessageIdDecoder(parent); });
}

} // namespace Gui
