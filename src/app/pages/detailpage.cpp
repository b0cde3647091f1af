#include "pages/detailpage.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

QString formatTime(const QJsonValue &value)
{
    QDateTime t;
    if (value.isDouble())
        t = QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()));
    else if (value.isString()) {
        bool ok = false;
        const qint64 ms = value.toString().toLongLong(&ok);
        t = ok ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    if (!t.isValid() || t.toMSecsSinceEpoch() <= 0)
        return value.isString() ? value.toString() : QString();
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("Gui::DetailPage", "Yes")
                              : QCoreApplication::translate("Gui::DetailPage", "No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'f', value.toDouble() == double(qint64(value.toDouble())) ? 0 : 2);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object: {
        if (value.isArray()) {
            QStringList parts;
            bool simple = true;
            for (const QJsonValue &v : value.toArray()) {
                simple = simple && !v.isArray() && !v.isObject();
                parts.append(jsonText(v));
            }
            if (simple)
                return parts.join(u", "_s);
        }
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    default:
        return {};
    }
}

DetailPage::DetailPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_host(host),
      m_settings(settings),
      m_breadcrumb(new QLabel(this)),
      m_banner(new ErrorBanner(this)),
      m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList crumbs {context.profileName};
    if (!context.instanceName.isEmpty())
        crumbs.append(context.instanceName);
    if (context.name != context.instanceName && !context.name.isEmpty() && context.kind != PageHost::NodeKind::Profile)
        crumbs.append(context.name);
    auto *header = new QWidget(this);
    auto *hl = new QHBoxLayout(header);
    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    m_breadcrumb->setText(crumbs.join(u"  ▸  "_s));
    m_breadcrumb->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_breadcrumb->font();
    f.setBold(true);
    m_breadcrumb->setFont(f);
    if (context.isProduction()) {
        auto *band = new QLabel(tr("PROD"), header);
        band->setObjectName(u"environmentBand"_s);
        band->setAutoFillBackground(true);
        band->setStyleSheet(u"background:#c62828;color:white;padding:2px 8px;font-weight:bold"_s);
        hl->addWidget(band);
    }
    hl->addWidget(m_breadcrumb, 1);
    auto *copyLink = new QToolButton(header);
    copyLink->setText(tr("Copy link"));
    copyLink->setToolTip(context.link);
    hl->addWidget(copyLink);
    connect(copyLink, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_context.link); });
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { reload(); });
}

DetailPage::~DetailPage() = default;

void DetailPage::reload()
{
    if (m_calls) {
        // Aborted calls emit nothing; the holder goes later, as this may run in one's handler.
        const auto calls = m_calls->findChildren<Api::ApiCall *>(Qt::FindDirectChildrenOnly);
        for (Api::ApiCall *call : calls)
            call->abort();
        m_calls->deleteLater();
        m_calls = nullptr;
    }
    m_pending = 0;
    load();
}

void DetailPage::fetch(const QString &operationId, QVariantMap params, const QString &what,
                       std::function<void(const QJsonObject &)> onResult)
{
    if (!m_context.client)
        return;
    if (m_pending == 0) {
        delete m_calls; // a new round
        m_calls = new QObject(this);
        m_banner->clear();
    }
    if (!m_context.instanceId.isEmpty() && !params.contains(u"instance_id"_s))
        params.insert(u"instance_id"_s, m_context.instanceId);
    if (!params.contains(u"engine"_s))
        params.insert(u"engine"_s, u"rocketmq"_s);
    ++m_pending;
    Api::ApiCall *call = m_context.client->call(operationId, params, m_calls);
    connect(call, &Api::ApiCall::finished, this, [this, onResult = std::move(onResult)](const QJsonDocument &doc) {
        onResult(doc.object());
        if (--m_pending == 0)
            Q_EMIT loaded();
    });
    connect(call, &Api::ApiCall::failed, this, [this, what](const Api::ApiError &error) {
        m_banner->showError(what, error);
        if (--m_pending == 0)
            Q_EMIT loaded();
    });
}

void DetailPage::addExtensionTabs()
{
    if (!m_host)
        return;
    const auto tabs = m_host->tabsFor(m_context.kind);
    for (const auto &t : tabs) {
        if (QWidget *w = t.create(m_context, m_tabs))
            m_tabs->addTab(w, t.title);
    }
}

QFormLayout *DetailPage::addFormTab(const QString &title)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(inner);
    m_tabs->addTab(scroll, title);
    return form;
}

QLabel *DetailPage::addField(QFormLayout *form, const QString &label, const QString &value, bool copyable)
{
    auto *text = new QLabel(value.isEmpty() ? u"—"_s : value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setObjectName(u"field_"_s + label);
    if (!copyable || value.isEmpty()) {
        form->addRow(label, text);
        return text;
    }
    auto *row = new QWidget;
    auto *hl = new QHBoxLayout(row);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(text, 1);
    auto *copy = new QToolButton(row);
    copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1").arg(label));
    copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    hl->addWidget(copy);
    connect(copy, &QToolButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
    form->addRow(label, row);
    return text;
}

void DetailPage::clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace Gui
