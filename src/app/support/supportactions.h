#pragma once

// Entry points of the support workflows (issue D), for the main window and the resource
// tree's context menus and pages ("console": call these, or embed the panel classes
// directly as page tabs — every panel takes its dependencies through its constructor).
//
//  topic page, Messages tab ...... MessageQueryPanel (or openMessageQuery)
//  a message (double-click) ....... openMessage       -> MessageViewer
//  "Find message" / Ctrl+L ........ openMessageIdDecoder, or MessageQueryPanel::searchById
//  Ctrl+Shift+T ................... installTraceShortcut(window, ...) -> openTrace
//  topic context menu ............. openSendMessage
//  group page, Dead letters tab ... DeadLetterPanel (or openDeadLetters)
//  group actions .................. openVerifyConsumption, openResetOffset
//
// Each open* function shows a new top-level window (parented to `parent`, deleted on close)
// and returns it. `prompter` answers confirmations (nullptr: a message box).

#include "api/dto/message.h"

#include <QString>
#include <QStringList>

#include <functional>

class QSettings;
class QWidget;

namespace Api {
class ApiClient;
}

namespace Gui {

class DeadLetterPanel;
class MessageIdDecoderWidget;
class MessageQueryPanel;
class MessageViewer;
class Prompter;
class ResetOffsetDialog;
class SendMessageDialog;
class TracePanel;
class VerifyConsumptionDialog;

namespace SupportActions {

MessageQueryPanel *openMessageQuery(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                    const QString &topic, Prompter *prompter = nullptr);
MessageViewer *openMessage(QWidget *parent, Api::ApiClient *client, const QString &instanceId, const QString &topic,
                           const QString &msgId, Prompter *prompter = nullptr);
TracePanel *openTrace(QWidget *parent, Api::ApiClient *client, const QString &instanceId, const QString &msgId);
/// history nullptr: QSettings() of the application.
SendMessageDialog *openSendMessage(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                   const QString &topic, QSettings *history = nullptr);
/// Send message pre-filled from an existing message (topic, body, tags, keys, user properties).
SendMessageDialog *openSendCopy(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                const Api::Message &message, QSettings *history = nullptr);
DeadLetterPanel *openDeadLetters(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                 const QString &group, Prompter *prompter = nullptr);
VerifyConsumptionDialog *openVerifyConsumption(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                               const QString &topic, const QString &group, const QStringList &msgIds,
                                               Prompter *prompter = nullptr);
/// topic empty: chosen in the dialog from the group's subscriptions.
ResetOffsetDialog *openResetOffset(QWidget *parent, Api::ApiClient *client, const QString &instanceId,
                                   const QString &group, const QString &topic = {}, Prompter *prompter = nullptr,
                                   const QString &journalPath = {});
MessageIdDecoderWidget *openMessageIdDecoder(QWidget *parent, const QString &id = {});

/// Where Ctrl+Shift+T traces: the client and instance of the current selection.
struct TraceTarget
{
    Api::ApiClient *client = nullptr;
    QString instanceId;
};
/// Ctrl+Shift+T on `window`: traces the message id on the clipboard in the instance that
/// `currentTarget` names at that moment (nothing happens without a client, instance or id).
void installTraceShortcut(QWidget *window, std::function<TraceTarget()> currentTarget);
void installTraceShortcut(QWidget *window, Api::ApiClient *client, std::function<QString()> currentInstance);
/// Traces the id on the clipboard; false (nothing opened) when the clipboard holds none.
bool traceClipboard(QWidget *parent, Api::ApiClient *client, const QString &instanceId);
/// The message id in a clipboard text: the first 32/34/56-character hex word, or empty.
QString messageIdFromText(const QString &text);

/// Properties a producer set itself (what "Send a copy" carries over): not system ones.
QList<Api::MessageProperty> userProperties(const Api::Message &message);

} // namespace SupportActions
} // namespace Gui
