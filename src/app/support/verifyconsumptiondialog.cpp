#include "support/verifyconsumptiondialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/dto/group.h"
#include "api/dto/message.h"
#include "support/prompter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

VerifyConsumptionDialog::VerifyConsumptionDialog(Api::ApiClient *client, const QString &instanceId,
                                                 const QString &topic, const QString &group, const QStringList &msgIds,
                                                 Prompter *prompter, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_instanceId(instanceId),
      m_topic(topic),
      m_prompter(prompter ? prompter : defaultPrompter())
{
    setWindowTitle(tr("Verify consumption"));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_groups = new QComboBox(this);
    m_groups->setObjectName(u"groupCombo"_s);
    m_groups->setEditable(true);
    form->addRow(tr("Consumer &group"), m_groups);
    m_clients = new QComboBox(this);
    m_clients->setObjectName(u"clientCombo"_s);
    form->addRow(tr("Online &client"), m_clients);
    m_ids = new QPlainTextEdit(this);
    m_ids->setObjectName(u"idsEdit"_s);
    m_ids->setPlaceholderText(tr("Message ids, one per line"));
    m_ids->setMaximumHeight(90);
    form->addRow(tr("&Messages"), m_ids);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The client runs its listener on each message once more, outside normal delivery: "
                               "no offsets move, no retries, no trace records."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_results = new QTableWidget(0, 2, this);
    m_results->setObjectName(u"resultTable"_s);
    m_results->setHorizontalHeaderLabels({tr("Message id"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->resizeSection(0, 280);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_results, 1);
    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(u"verifyButton"_s);
    m_verify->setDefault(true);
    buttons->addWidget(m_verify);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &VerifyConsumptionDialog::verify);
    connect(m_groups, &QComboBox::currentTextChanged, this, &VerifyConsumptionDialog::loadClients);

    setMessageIds(msgIds);
    if (!group.isEmpty())
        setGroup(group);
    else
        loadGroups();
}

VerifyConsumptionDialog::~VerifyConsumptionDialog() = default;

void VerifyConsumptionDialog::setGroup(const QString &group)
{
    if (m_groups->currentText() == group)
        loadClients();
    else
        m_groups->setCurrentText(group);
}

void VerifyConsumptionDialog::setMessageIds(const QStringList &ids)
{
    m_ids->setPlainText(ids.join(u'\n'));
}

QStringList VerifyConsumptionDialog::ids() const
{
    QStringList out;
    const QStringList lines = m_ids->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const QString id = line.trimmed();
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

void VerifyConsumptionDialog::loadGroups()
{
    if (m_topic.isEmpty())
        return;
    // The groups that consume this topic.
    Api::ApiCall *call =
        m_client->call(u"list_topic_consumer_groups"_s,
                       {{u"instance_id"_s, m_instanceId}, {u"topic"_s, m_topic}, {u"limit"_s, 50}}, this);
    connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
        call->deleteLater();
        const QJsonArray groups = doc.object().value(u"groups").toArray();
        const QString current = m_groups->currentText();
        for (const QJsonValue &g : groups) {
            const QString name = g.isString() ? g.toString() : g[u"name"].toString();
            if (!name.isEmpty())
                m_groups->addItem(name);
        }
        if (!current.isEmpty())
            m_groups->setCurrentText(current);
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        m_status->setText(tr("Could not list the groups of %1: %2").arg(m_topic, error.toString()));
    });
}

void VerifyConsumptionDialog::loadClients()
{
    if (m_clientsCall) {
        m_clientsCall->abort();
        m_clientsCall->deleteLater();
    }
    m_clients->clear();
    const QString group = m_groups->currentText().trimmed();
    if (group.isEmpty())
        return;
    m_status->setText(tr("Loading the online clients of %1…").arg(group));
    Api::ApiCall *call = m_client->call(
        u"list_consumers"_s,
        {{u"instance_id"_s, m_instanceId}, {u"group"_s, group}, {u"is_detail"_s, true}, {u"limit"_s, 50}}, this);
    m_clientsCall = call;
    connect(call, &Api::ApiCall::finished, this, [this, call, group](const QJsonDocument &doc) {
        call->deleteLater();
        const Api::ConsumerList list = Api::ConsumerList::fromJson(doc.object());
        for (const Api::ConsumerClient &c : list.clients.items) {
            m_clients->addItem(c.clientAddr.isEmpty() ? c.clientId : u"%1 (%2)"_s.arg(c.clientId, c.clientAddr),
                               c.clientId);
        }
        m_status->setText(list.clients.items.isEmpty()
                              ? tr("%1 has no online client: start a consumer, then reopen.").arg(group)
                              : QString());
        Q_EMIT clientsLoaded(int(list.clients.items.size()));
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        m_status->setText(tr("Could not list the clients: %1").arg(error.toString()));
        Q_EMIT clientsLoaded(0);
    });
}

void VerifyConsumptionDialog::verify()
{
    const QString group = m_groups->currentText().trimmed();
    const QString clientId = m_clients->currentData().toString();
    const QStringList list = ids();
    if (group.isEmpty() || clientId.isEmpty() || list.isEmpty()) {
        m_status->setText(tr("Choose a group, an online client and at least one message."));
        return;
    }
    Question q;
    q.title = tr("Verify consumption");
    q.text = tr("Deliver %n message(s) once more to %1 of %2?", nullptr, int(list.size())).arg(clientId, group);
    q.details = tr("The client's business logic runs again for each message.");
    q.confirmText = tr("Verify");
    m_prompter->confirm(this, q, this, [this, group, clientId, list](bool yes) {
        if (!yes)
            return;
        m_verify->setEnabled(false);
        m_status->setText(tr("Verifying…"));
        QJsonObject body {
            {u"group"_s, group}, {u"client_id"_s, clientId}, {u"msg_id_list"_s, QJsonArray::fromStringList(list)}};
        if (!m_topic.isEmpty())
            body.insert(u"topic"_s, m_topic);
        Api::ApiCall *call =
            m_client->call(u"verify_consumption"_s, {{u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instanceId}},
                           this, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(call, &Api::ApiCall::finished, this, [this, call](const QJsonDocument &doc) {
            call->deleteLater();
            m_verify->setEnabled(true);
            const QList<Api::ResendResult> results = Api::resendResultsFromJson(doc.object());
            m_results->setRowCount(int(results.size()));
            int ok = 0;
            for (int i = 0; i < results.size(); ++i) {
                const Api::ResendResult &r = results[i];
                m_results->setItem(i, 0, new QTableWidgetItem(r.msgId));
                auto *item = new QTableWidgetItem(r.ok() ? tr("✓ %1").arg(r.errorMessage)
                                                         : tr("✗ %1 %2").arg(r.errorCode, r.errorMessage));
                m_results->setItem(i, 1, item);
                ok += r.ok() ? 1 : 0;
            }
            m_status->setText(tr("%1 of %2 consumed successfully.").arg(ok).arg(results.size()));
            Q_EMIT verified(ok, int(results.size()) - ok);
        });
        connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
            call->deleteLater();
            m_verify->setEnabled(true);
            m_status->setText(tr("Verification failed: %1").arg(error.toString()));
            Q_EMIT verified(0, -1);
        });
    });
}

} // namespace Gui
