#pragma once

#include "api/dto/message.h"
#include "linkprovider.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Gui {

class JsonHighlighter;
class Prompter;

/// One message: header, body as text / JSON / hex / base64 (encoding shown, large bodies
/// paged in explicitly, never cut silently), properties, copy buttons and the follow-up
/// actions (trace, verify consumption, send a copy, copy link).
class MessageViewer final : public QWidget, public LinkProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageViewer)
public:
    enum class BodyView { Text, Json, Hex, Base64 };
    /// Bodies above this are shown in part until "Show all" is pressed.
    static constexpr qsizetype displayLimit = 1024 * 1024;

    MessageViewer(Api::ApiClient *client, const QString &instanceId, Prompter *prompter = nullptr,
                  QWidget *parent = nullptr);
    ~MessageViewer() override;

    /// Fetches the message (list_messages by msg_id) and shows it.
    void load(const QString &topic, const QString &msgId);
    void setMessage(const Api::Message &message);
    const Api::Message &message() const { return m_message; }
    void setBodyView(BodyView view);
    /// Plain text for a ticket: header fields, properties and the body.
    QString ticketText() const;
    /// Where the message lives, for Copy link: the profile (its id) and project of the
    /// instance (the viewer's own). Without them there is no link to copy.
    void setLinkBase(const QString &profile, const QString &project);
    /// mqdesk://<profile>/<project>/<instance>/message/<topic>/<msg_id>, empty without a base.
    QString currentLink() const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showBody();
    void copyProperties();
    void openTrace();
    void openVerify();
    void openSendCopy();

    Api::ApiClient *m_client;
    QString m_instanceId;
    QString m_profile;
    QString m_project;
    QString m_topic; ///< as asked for in load() (a dead letter's is %DLQ%<group>)
    QString m_msgId;
    Prompter *m_prompter;
    Api::Message m_message;
    QByteArray m_body;
    bool m_showAll = false;
    QPointer<Api::ApiCall> m_call;

    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_view = nullptr;
    QLabel *m_encoding = nullptr;
    QPushButton *m_showAllButton = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QTableWidget *m_properties = nullptr;
};

} // namespace Gui
