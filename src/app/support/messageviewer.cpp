#include "support/messageviewer.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "models/deeplink.h"
#include "models/messageformat.h"
#include "support/jsonhighlighter.h"
#include "support/prompter.h"
#include "support/supportactions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Models;

namespace Gui {

namespace {

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

} // namespace

MessageViewer::MessageViewer(Api::ApiClient *client, const QString &instanceId, Prompter *prompter, QWidget *parent)
    : QWidget(parent), m_client(client), m_instanceId(instanceId), m_prompter(prompter ? prompter : defaultPrompter())
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(u"header"_s);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    auto addButton = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    addButton(u"traceButton"_s, tr("Trace"), &MessageViewer::openTrace);
    addButton(u"verifyButton"_s, tr("Verify consumption…"), &MessageViewer::openVerify);
    addButton(u"sendCopyButton"_s, tr("Send a copy…"), &MessageViewer::openSendCopy);
    actions->addStretch();
    addButton(u"copyIdButton"_s, tr("Copy id"), [this] { QApplication::clipboard()->setText(m_message.msgId); });
    m_copyLinkButton = addButton(u"copyLinkButton"_s, tr("Copy link"), [this] { LinkProvider::copy(currentLink()); });
    m_copyLinkButton->setToolTip(tr("Copy the mqdesk:// link of this message (Ctrl+Shift+C)"));
    m_copyLinkButton->setEnabled(false);
    addButton(u"copyTicketButton"_s, tr("Copy as text"), [this] { QApplication::clipboard()->setText(ticketText()); });
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    auto *bodyPage = new QWidget(m_tabs);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    auto *bodyBar = new QHBoxLayout;
    m_view = new QComboBox(bodyPage);
    m_view->setObjectName(u"bodyView"_s);
    m_view->addItems({tr("Text"), tr("JSON"), tr("Hex"), tr("Base64")});
    bodyBar->addWidget(m_view);
    m_encoding = new QLabel(bodyPage);
    m_encoding->setObjectName(u"encoding"_s);
    bodyBar->addWidget(m_encoding, 1);
    m_showAllButton = new QPushButton(tr("Show all"), bodyPage);
    m_showAllButton->setObjectName(u"showAllButton"_s);
    m_showAllButton->hide();
    bodyBar->addWidget(m_showAllButton);
    auto *copyBody = new QPushButton(tr("Copy body"), bodyPage);
    copyBody->setObjectName(u"copyBodyButton"_s);
    bodyBar->addWidget(copyBody);
    bodyLayout->addLayout(bodyBar);
    m_bodyEdit = new QPlainTextEdit(bodyPage);
    m_bodyEdit->setObjectName(u"body"_s);
    m_bodyEdit->setReadOnly(true);
    m_bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    bodyLayout->addWidget(m_bodyEdit);
    m_tabs->addTab(bodyPage, tr("Body"));

    auto *propsPage = new QWidget(m_tabs);
    auto *propsLayout = new QVBoxLayout(propsPage);
    m_properties = new QTableWidget(0, 2, propsPage);
    m_properties->setObjectName(u"properties"_s);
    m_properties->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    propsLayout->addWidget(m_properties);
    auto *copyProps = new QPushButton(tr("Copy properties"), propsPage);
    copyProps->setObjectName(u"copyPropertiesButton"_s);
    propsLayout->addWidget(copyProps, 0, Qt::AlignRight);
    m_tabs->addTab(propsPage, tr("Properties"));
    layout->addWidget(m_tabs, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] { showBody(); });
    connect(m_showAllButton, &QPushButton::clicked, this, [this] {
        m_showAll = true;
        showBody();
    });
    connect(copyBody, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_body)); });
    connect(copyProps, &QPushButton::clicked, this, &MessageViewer::copyProperties);
}

MessageViewer::~MessageViewer() = default;

void MessageViewer::load(const QString &topic, const QString &msgId)
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
    }
    m_topic = topic;
    m_msgId = msgId;
    m_copyLinkButton->setEnabled(!currentLink().isEmpty());
    m_status->setText(tr("Loading message %1…").arg(msgId));
    m_status->show();
    const QVariantMap params {
        {u"engine"_s, u"rocketmq"_s}, {u"instance_id"_s, m_instanceId}, {u"topic"_s, topic}, {u"msg_id"_s, msgId}};
    Api::ApiCall *call = m_client->call(u"list_messages"_s, params, this);
    m_call = call;
    connect(call, &Api::ApiCall::finished, this, [this, call, msgId](const QJsonDocument &doc) {
        call->deleteLater();
        const Api::MessageList list = Api::MessageList::fromJson(doc.object(), "messages"_L1);
        if (list.items.isEmpty()) {
            const QString text = tr("Message %1 was not found. It may have expired.").arg(msgId);
            m_status->setText(text);
            Q_EMIT failed(text);
            return;
        }
        // A unique key can match several stored copies (retries); prefer the exact id.
        Api::Message chosen = list.items.first();
        for (const Api::Message &m : list.items) {
            if (m.msgId == msgId)
                chosen = m;
        }
        m_status->hide();
        setMessage(chosen);
        Q_EMIT loaded();
    });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        const QString text = tr("Could not load the message: %1").arg(error.toString());
        m_status->setText(text);
        Q_EMIT failed(text);
    });
}

void MessageViewer::setMessage(const Api::Message &message)
{
    m_message = message;
    if (m_topic.isEmpty())
        m_topic = message.topic;
    if (!message.msgId.isEmpty())
        m_msgId = message.msgId;
    m_copyLinkButton->setEnabled(!currentLink().isEmpty());
    m_body = message.body.toUtf8();
    m_showAll = false;
    const QString uniq = message.property(u"UNIQ_KEY"_s);
    m_header->setText(
        tr("<b>%1</b><br>topic %2 · keys %3 · tags %4<br>stored %5 on %6 · born %7 on %8 · "
           "queue %9 offset %10 · reconsumed %11<br>unique key %12")
            .arg(message.msgId.toHtmlEscaped(), message.topic.toHtmlEscaped(), message.keys().toHtmlEscaped(),
                 message.tags().toHtmlEscaped(), formatTime(message.storeTimestamp), message.storeHost.toHtmlEscaped(),
                 formatTime(message.bornTimestamp), message.bornHost.toHtmlEscaped(), QString::number(message.queueId),
                 QString::number(message.queueOffset), QString::number(message.reconsumeTimes))
            .arg(uniq.toHtmlEscaped()));
    m_properties->setRowCount(int(message.properties.size()));
    for (int i = 0; i < message.properties.size(); ++i) {
        m_properties->setItem(i, 0, new QTableWidgetItem(message.properties[i].name));
        m_properties->setItem(i, 1, new QTableWidgetItem(message.properties[i].value));
    }
    // JSON bodies open in the JSON view.
    const bool json = !MessageFormat::prettyJson(m_body.left(displayLimit)).isNull();
    if (json && m_view->currentIndex() == int(BodyView::Text))
        m_view->setCurrentIndex(int(BodyView::Json));
    showBody();
}

void MessageViewer::setBodyView(BodyView view)
{
    m_view->setCurrentIndex(int(view));
}

void MessageViewer::showBody()
{
    const auto view = BodyView(m_view->currentIndex());
    const MessageFormat::BodyEncoding enc = MessageFormat::detectEncoding(m_body);
    const bool partial = !m_showAll && m_body.size() > displayLimit;
    const QByteArray shown = partial ? m_body.left(displayLimit) : m_body;
    QString label = enc.kind == MessageFormat::BodyEncoding::Kind::Binary
        ? tr("binary, %1").arg(MessageFormat::formatSize(m_body.size()))
        : tr("%1, %2").arg(MessageFormat::encodingName(enc.kind), MessageFormat::formatSize(m_body.size()));
    if (partial) {
        label += u" — "_s +
            tr("showing %1 of %2")
                .arg(MessageFormat::formatSize(shown.size()), MessageFormat::formatSize(m_body.size()));
    }
    QString text;
    bool highlight = false;
    switch (view) {
    case BodyView::Text:
        text = MessageFormat::decodeBody(shown, enc);
        break;
    case BodyView::Json:
        text = partial ? QString() : MessageFormat::prettyJson(shown);
        if (text.isNull()) {
            label += u" — "_s + (partial ? tr("show all to format as JSON") : tr("not valid JSON"));
            text = MessageFormat::decodeBody(shown, enc);
        } else {
            highlight = true;
        }
        break;
    case BodyView::Hex:
        text = MessageFormat::hexDump(shown);
        break;
    case BodyView::Base64:
        text = QString::fromLatin1(shown.toBase64());
        break;
    }
    m_encoding->setText(label);
    m_showAllButton->setVisible(partial);
    if (highlight && !m_highlighter)
        m_highlighter = new JsonHighlighter(m_bodyEdit->document());
    else if (!highlight && m_highlighter) {
        m_highlighter->setDocument(nullptr);
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    m_bodyEdit->setPlainText(text);
}

void MessageViewer::copyProperties()
{
    QString tsv;
    for (const Api::MessageProperty &p : std::as_const(m_message.properties))
        tsv += p.name + u'\t' + p.value + u'\n';
    QApplication::clipboard()->setText(tsv);
}

QString MessageViewer::ticketText() const
{
    const Api::Message &m = m_message;
    QString out;
    out += u"Message id:   %1\n"_s.arg(m.msgId);
    out += u"Unique key:   %1\n"_s.arg(m.property(u"UNIQ_KEY"_s));
    out += u"Topic:        %1\n"_s.arg(m.topic);
    out += u"Keys / tags:  %1 / %2\n"_s.arg(m.keys(), m.tags());
    out += u"Store time:   %1 (%2)\n"_s.arg(
        QDateTime::fromMSecsSinceEpoch(m.storeTimestamp, Qt::UTC).toString(Qt::ISODateWithMs), m.storeHost);
    out += u"Born time:    %1 (%2)\n"_s.arg(
        QDateTime::fromMSecsSinceEpoch(m.bornTimestamp, Qt::UTC).toString(Qt::ISODateWithMs), m.bornHost);
    out += u"Queue/offset: %1 / %2, reconsumed %3\n"_s.arg(m.queueId).arg(m.queueOffset).arg(m.reconsumeTimes);
    out += u"Properties:\n"_s;
    for (const Api::MessageProperty &p : m.properties)
        out += u"  %1 = %2\n"_s.arg(p.name, p.value);
    out += u"Body (%1 bytes):\n%2\n"_s.arg(m_body.size()).arg(QString::fromUtf8(m_body));
    return out;
}

void MessageViewer::setLinkBase(const QString &profile, const QString &project)
{
    m_profile = profile;
    m_project = project;
    m_copyLinkButton->setEnabled(!currentLink().isEmpty());
}

QString MessageViewer::currentLink() const
{
    return Models::DeepLink::messageLink(m_profile, m_project, m_instanceId, m_topic, m_msgId);
}

void MessageViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    installCopyLinkShortcut(this); // a window of its own; in the console the main window's action asks us
}

void MessageViewer::openTrace()
{
    const QString uniq = m_message.property(u"UNIQ_KEY"_s);
    SupportActions::openTrace(this, m_client, m_instanceId, uniq.isEmpty() ? m_message.msgId : uniq);
}

void MessageViewer::openVerify()
{
    SupportActions::openVerifyConsumption(this, m_client, m_instanceId, m_message.topic, {}, {m_message.msgId},
                                          m_prompter);
}

void MessageViewer::openSendCopy()
{
    SupportActions::openSendCopy(this, m_client, m_instanceId, m_message);
}

} // namespace Gui
