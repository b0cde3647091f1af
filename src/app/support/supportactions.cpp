#include "support/supportactions.h"

#include "api/messageid.h"
#include "support/deadletterpanel.h"
#include "support/messageiddecoderwidget.h"
#include "support/messagequerypanel.h"
#include "support/messageviewer.h"
#include "support/resetoffsetdialog.h"
#include "support/sendmessagedialog.h"
#include "support/tracepanel.h"
#include "support/verifyconsumptiondialog.h"

#include <QApplication>
#include <QClipboard>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Gui::SupportActions {

namespace {

template<class W> W *showWindow(W *w, const QSize &size)
{
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    w->resize(size);
    w->show();
    return w;
}

QSettings *historySettings(QWidget *owner, QSettings *given)
{
    return given ? given : new QSettings(owner);
}

} // namespace

MessageQueryPanel *openMessageQuery(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                    const QString &topic, Prompter *prompter)
{
    auto *panel = new MessageQueryPanel(client, instanceId, topic, parent);
    QObject::connect(panel, &MessageQueryPanel::messageActivated, panel,
                     [panel, client, instanceId, prompter](const QString &t, const QString &id) {
                         MessageViewer *viewer = openMessage(panel, client, instanceId, t, id, prompter);
                         viewer->setLinkBase(panel->linkProfile(), panel->linkProject());
                     });
    return showWindow(panel, {1000, 640});
}

MessageViewer *openMessage(QWidget *parent, Api::ApiClient *client, const QString &instanceId, const QString &topic,
                           const QString &msgId, Prompter *prompter)
{
    auto *viewer = new MessageViewer(client, instanceId, prompter, parent);
    viewer->setWindowTitle(QApplication::translate("Gui::SupportActions", "Message %1").arg(msgId));
    viewer->load(topic, msgId);
    return showWindow(viewer, {820, 640});
}

TracePanel *openTrace(QWidget *parent, Api::ApiClient *client, const QString &instanceId, const QString &msgId)
{
    auto *panel = new TracePanel(client, instanceId, parent);
    panel->load(msgId);
    return showWindow(panel, {900, 560});
}

SendMessageDialog *openSendMessage(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                   const QString &topic, QSettings *history)
{
    auto *dialog = new SendMessageDialog(client, instanceId, topic.isEmpty() ? QStringList() : QStringList {topic},
                                         nullptr, parent);
    auto *settings = historySettings(dialog, history);
    delete dialog;
    dialog = new SendMessageDialog(client, instanceId, topic.isEmpty() ? QStringList() : QStringList {topic}, settings,
                                   parent);
    if (!history)
        settings->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QList<Api::MessageProperty> userProperties(const Api::Message &message)
{
    static const QSet<QString> system = {u"KEYS"_s,
                                         u"TAGS"_s,
                                         u"UNIQ_KEY"_s,
                                         u"WAIT"_s,
                                         u"DELAY"_s,
                                         u"RETRY_TOPIC"_s,
                                         u"REAL_TOPIC"_s,
                                         u"REAL_QID"_s,
                                         u"ORIGIN_MESSAGE_ID"_s,
                                         u"RECONSUME_TIME"_s,
                                         u"MAX_RECONSUME_TIMES"_s,
                                         u"MIN_OFFSET"_s,
                                         u"MAX_OFFSET"_s,
                                         u"TRAN_MSG"_s,
                                         u"PGROUP"_s,
                                         u"CLUSTER"_s,
                                         u"MSG_REGION"_s,
                                         u"TRACE_ON"_s,
                                         u"CONSUME_START_TIME"_s,
                                         u"__transactionId__"_s,
                                         u"TRAN_PREPARED_QUEUE_OFFSET"_s,
                                         u"TRANSACTION_CHECK_TIMES"_s,
                                         u"CHECK_IMMUNITY_TIME_IN_SECONDS"_s,
                                         u"POP_CK"_s,
                                         u"1ST_POP_TIME"_s};
    QList<Api::MessageProperty> out;
    for (const Api::MessageProperty &p : message.properties) {
        if (!system.contains(p.name) && !p.name.startsWith(u"__RMQ"_s))
            out.append(p);
    }
    return out;
}

SendMessageDialog *openSendCopy(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                const Api::Message &message, QSettings *history)
{
    // A dead letter's copy goes to the original topic.
    const QString retryTopic = message.property(u"RETRY_TOPIC"_s);
    const QString topic = message.topic.startsWith(u"%"_s) && !retryTopic.isEmpty() ? retryTopic : message.topic;
    SendMessageDialog *dialog = openSendMessage(parent, client, instanceId, topic, history);
    dialog->setWindowTitle(QApplication::translate("Gui::SupportActions", "Send a copy of %1").arg(message.msgId));
    dialog->setBody(message.body);
    dialog->setTags(message.tags());
    dialog->setKeys(message.keys());
    dialog->setProperties(userProperties(message));
    return dialog;
}

DeadLetterPanel *openDeadLetters(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                 const QString &group, Prompter *prompter)
{
    auto *panel = new DeadLetterPanel(client, instanceId, group, prompter, parent);
    panel->refresh();
    return showWindow(panel, {1000, 600});
}

VerifyConsumptionDialog *openVerifyConsumption(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                               const QString &topic, const QString &group, const QStringList &msgIds,
                                               Prompter *prompter)
{
    auto *dialog = new VerifyConsumptionDialog(client, instanceId, topic, group, msgIds, prompter, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ResetOffsetDialog *openResetOffset(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                   const QString &group, const QString &topic, Prompter *prompter,
                                   const QString &journalPath)
{
    auto *dialog = new ResetOffsetDialog(client, instanceId, group, topic, prompter, journalPath, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

MessageIdDecoderWidget *openMessageIdDecoder(QWidget *parent, const QString &id)
{
    auto *w = new MessageIdDecoderWidget(nullptr, parent);
    w->setId(id);
    return showWindow(w, {620, 120});
}

QString messageIdFromText(const QString &text)
{
    static const QRegularExpression hexWord(u"\\b[0-9A-Fa-f]{32,56}\\b"_s);
    QRegularExpressionMatchIterator it = hexWord.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (Api::MessageId::classify(word) != Api::MessageId::Kind::Invalid)
            return word.toUpper();
    }
    return {};
}

bool traceClipboard(QWidget *parent, Api::ApiClient *client, const QString &instanceId)
{
    const QString id = messageIdFromText(QApplication::clipboard()->text());
    if (id.isEmpty() || !client || instanceId.isEmpty())
        return false;
    openTrace(parent, client, instanceId, id);
    return true;
}

void installTraceShortcut(QWidget *window, std::function<TraceTarget()> currentTarget)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), window);
    shortcut->setObjectName(u"traceClipboardShortcut"_s);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, window, [window, currentTarget] {
        const TraceTarget target = currentTarget ? currentTarget() : TraceTarget {};
        traceClipboard(window, target.client, target.instanceId);
    });
}

void installTraceShortcut(QWidget *window, Api::ApiClient *client, std::function<QString()> currentInstance)
{
    installTraceShortcut(window, [client, currentInstance] {
        return TraceTarget {client, currentInstance ? currentInstance() : QString()};
    });
}

} // namespace Gui::SupportActions
