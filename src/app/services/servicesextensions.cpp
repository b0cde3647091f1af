// Wires the Kafka, DMS queue and ApsaraMQ for MQTT dialogs (src/app/services) into the
// console's context menus and page toolbars.
#include "pagehost.h"
#include "services/kafkaresenddialog.h"
#include "services/mqttsenddialog.h"
#include "services/queuesenddialog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

namespace {

// A named translation context (lupdate sees ServicesExtensions::tr as Gui::ServicesExtensions).
class ServicesExtensions
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ServicesExtensions)
};

void openKafkaResend(const NodeContext &c, QWidget *parent, const QString &topic)
{
    auto *dialog = new KafkaResendDialog(c.client, c.instanceId, c.instanceName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!topic.isEmpty())
        dialog->setTopic(topic);
    dialog->show();
}

} // namespace

void registerServicesExtensions(PageHost &host)
{
    host.addAction(Kind::KafkaInstance, ServicesExtensions::tr("Resend a message…"),
                   [](const NodeContext &c, QWidget *parent) { openKafkaResend(c, parent, {}); });
    host.addAction(Kind::KafkaTopic, ServicesExtensions::tr("Resend a message…"),
                   [](const NodeContext &c, QWidget *parent) { openKafkaResend(c, parent, c.name); });
    host.addAction(Kind::Queue, ServicesExtensions::tr("Send messages…"), [](const NodeContext &c, QWidget *parent) {
        auto *dialog = new QueueSendDialog(c.client, c.json.value("id"_L1).toString(), c.name, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->addMessage(QString());
        dialog->show();
    });
    host.addAction(Kind::Profile, ServicesExtensions::tr("Send an MQTT message (ApsaraMQ for MQTT)…"), &openMqttSend);
    registerMqttTreeActions(host);
}

} // namespace Gui
