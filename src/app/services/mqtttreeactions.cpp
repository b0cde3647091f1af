// An Alibaba Cloud profile's ApsaraMQ for MQTT nodes: the service has no list call, so the
// user adds the instances and topics (kept in the profile's settings through ProfileStore,
// names only) and sends from a topic with the fields filled in. A successful send to an
// instance/topic not in the tree adds it (the send proved it exists), and the dialog says so.
#include "pagehost.h"
#include "services/mqttsenddialog.h"
#include "support/prompter.h"

#include "api/apiclient.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using Kind = Models::ResourceTreeModel::NodeKind;

namespace Gui {

namespace {

// A named translation context (lupdate sees MqttTreeActions::tr as Gui::MqttTreeActions).
class MqttTreeActions
{
    Q_DECLARE_TR_FUNCTIONS(Gui::MqttTreeActions)
};

/// The context's profile when it is an Alibaba Cloud one the store holds; else explains why not.
bool alibabaProfile(const NodeContext &c, QWidget *parent, Profiles::Profile *profile)
{
    if (c.profiles && c.profiles->contains(c.profileId)) {
        *profile = c.profiles->profile(c.profileId);
        if (profile->isAlibaba())
            return true;
    }
    auto *box = new QMessageBox(
        QMessageBox::Information, MqttTreeActions::tr("ApsaraMQ for MQTT"),
        MqttTreeActions::tr("MQTT instances belong to an Alibaba Cloud profile. Add one with File ▸ New "
                            "profile… and the authentication “Alibaba Cloud AccessKey”."),
        QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

/// Asks for a name without a nested event loop; OK stays off while `problem` objects.
void askName(QWidget *parent, const QString &title, const QString &label,
             std::function<QString(const QString &)> problem, std::function<void(const QString &)> accepted)
{
    auto *input = new QInputDialog(parent);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(QStringLiteral("mqttNameInput"));
    input->setWindowTitle(title);
    input->setLabelText(label);
    input->setInputMode(QInputDialog::TextInput);
    QObject::connect(input, &QInputDialog::textValueChanged, input, [input, problem](const QString &text) {
        if (auto *box = input->findChild<QDialogButtonBox *>()) {
            if (QPushButton *ok = box->button(QDialogButtonBox::Ok)) {
                const QString why = problem(text.trimmed());
                ok->setEnabled(why.isEmpty());
                ok->setToolTip(why);
            }
        }
    });
    QObject::connect(input, &QInputDialog::textValueSelected, input, [problem, accepted](const QString &text) {
        if (problem(text.trimmed()).isEmpty())
            accepted(text.trimmed());
    });
    input->open();
    Q_EMIT input->textValueChanged(QString()); // OK starts disabled: the field is empty
}

void openSend(const NodeContext &c, QWidget *parent, const QString &instanceId, const QString &topic)
{
    auto show = [profiles = c.profiles, profileId = c.profileId, parent, instanceId, topic](Api::ApiClient *client) {
        Api::ApiClient *use = client;
        Api::ApiClient *own = nullptr;
        if (client && !client->credentials().isAlibaba()) {
            // The sandbox's key pair doubles as AccessKey ID/secret on the emulator's
            // Alibaba-style endpoint; a Huawei Cloud profile has no MQTT service.
            own = new Api::ApiClient;
            own->setEndpoint(client->endpoint());
            own->setRequestLog(client->requestLog());
            Auth::Credentials credentials = client->credentials();
            credentials.kind = profileId == Profiles::Profile::sandboxId() ? Auth::Credentials::Kind::AlibabaAccessKey
                                                                           : Auth::Credentials::Kind::None;
            own->setCredentials(credentials);
            use = own;
        }
        auto *dialog = new MqttSendDialog(use, instanceId, topic, parent);
        if (own)
            own->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<Profiles::ProfileStore> store(profiles);
        QObject::connect(dialog, &MqttSendDialog::sent, dialog, [dialog, store, profileId] {
            // The send proved the instance and topic: keep them in the tree (Remove undoes it).
            if (!store || !store->contains(profileId))
                return;
            Profiles::Profile p = store->profile(profileId);
            const Api::Mqtt::SendRequest r = dialog->lastSent();
            if (!p.isAlibaba() || p.hasMqttTopic(r.instanceId, r.topic))
                return;
            p.addMqttTopic(r.instanceId, r.topic);
            if (store->save(p))
                dialog->appendNote(MqttTreeActions::tr("Added %1 ▸ %2 to the tree.").arg(r.instanceId, r.topic));
        });
        dialog->show();
    };
    if (c.client || !c.model) {
        show(c.client);
        return;
    }
    const QModelIndex profile = c.model->profileIndex(c.profileId);
    QPointer<QWidget> guard(parent);
    c.model->openClient(profile, c.model, [show, guard, parent](Api::ApiClient *client, const QString &error) {
        if (parent && !guard)
            return;
        if (!client) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, MqttTreeActions::tr("ApsaraMQ for MQTT"),
                                MqttTreeActions::tr("Could not connect: %1").arg(error), QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        show(client);
    });
}

void confirmRemove(const NodeContext &c, QWidget *parent, const QString &text, const QString &confirmText,
                   std::function<bool(Profiles::Profile &)> change)
{
    if (!c.profiles)
        return;
    Question q;
    q.title = MqttTreeActions::tr("Remove from the tree");
    q.text = text;
    q.details = MqttTreeActions::tr("Only the entry in mqdesk goes; nothing changes on Alibaba Cloud.");
    q.confirmText = confirmText;
    Prompter *prompter = c.prompter ? c.prompter : defaultPrompter();
    QPointer<Profiles::ProfileStore> store(c.profiles);
    prompter->confirm(parent, q, c.profiles, [store, id = c.profileId, change](bool yes) {
        if (!yes || !store || !store->contains(id))
            return;
        Profiles::Profile p = store->profile(id);
        if (change(p))
            store->save(p);
    });
}

} // namespace

void registerMqttTreeActions(PageHost &host)
{
    host.addAction(Kind::Profile, MqttTreeActions::tr("Add MQTT instance…"), [](const NodeContext &c, QWidget *parent) {
        Profiles::Profile p;
        if (!alibabaProfile(c, parent, &p))
            return;
        QPointer<Profiles::ProfileStore> store(c.profiles);
        askName(
            parent, MqttTreeActions::tr("Add MQTT instance"),
            MqttTreeActions::tr("ApsaraMQ for MQTT instance ID of “%1” (e.g. post-cn-0pp12gl****):").arg(p.name),
            [](const QString &id) { return Profiles::Profile::mqttInstanceProblem(id); },
            [store, id = c.profileId](const QString &instance) {
                if (!store || !store->contains(id))
                    return;
                Profiles::Profile p = store->profile(id);
                if (p.addMqttInstance(instance))
                    store->save(p);
            });
    });
    host.addAction(Kind::MqttInstance, MqttTreeActions::tr("Add topic…"), [](const NodeContext &c, QWidget *parent) {
        QPointer<Profiles::ProfileStore> store(c.profiles);
        askName(
            parent, MqttTreeActions::tr("Add MQTT topic"),
            MqttTreeActions::tr("Topic on instance %1 (a parent topic, or parent/subtopic):").arg(c.instanceId),
            [](const QString &topic) { return Profiles::Profile::mqttTopicProblem(topic); },
            [store, id = c.profileId, instance = c.instanceId](const QString &topic) {
                if (!store || !store->contains(id))
                    return;
                Profiles::Profile p = store->profile(id);
                if (p.addMqttTopic(instance, topic))
                    store->save(p);
            });
    });
    host.addAction(Kind::MqttInstance, MqttTreeActions::tr("Send an MQTT message…"),
                   [](const NodeContext &c, QWidget *parent) { openSend(c, parent, c.instanceId, {}); });
    host.addAction(Kind::MqttTopic, MqttTreeActions::tr("Send an MQTT message…"),
                   [](const NodeContext &c, QWidget *parent) { openSend(c, parent, c.instanceId, c.name); });
    host.addAction(Kind::MqttInstance, MqttTreeActions::tr("Remove"), [](const NodeContext &c, QWidget *parent) {
        confirmRemove(c, parent,
                      MqttTreeActions::tr("Remove the MQTT instance “%1” and its topics from the profile “%2”?")
                          .arg(c.instanceId, c.profileName),
                      MqttTreeActions::tr("Remove instance"),
                      [instance = c.instanceId](Profiles::Profile &p) { return p.removeMqttInstance(instance); });
    });
    host.addAction(Kind::MqttTopic, MqttTreeActions::tr("Remove"), [](const NodeContext &c, QWidget *parent) {
        confirmRemove(
            c, parent,
            MqttTreeActions::tr("Remove the MQTT topic “%1” of instance %2 from the tree?").arg(c.name, c.instanceId),
            MqttTreeActions::tr("Remove topic"), [instance = c.instanceId, topic = c.name](Profiles::Profile &p) {
                return p.removeMqttTopic(instance, topic);
            });
    });
}

void openMqttSend(const NodeContext &c, QWidget *parent)
{
    openSend(c, parent, c.instanceId, c.kind == Kind::MqttTopic ? c.name : QString());
}

} // namespace Gui
