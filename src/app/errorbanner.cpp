#include "errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Gui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy request id"), this)),
      m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x7a, 0x1b, 0x12));
    setPalette(pal);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromLatin1(m_error.requestId)); });
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const QString &what, const Api::ApiError &error)
{
    m_error = error;
    QString text = u"<b>"_qs + what.toHtmlEscaped() + u"</b><br>"_qs + error.toString().toHtmlEscaped();
    m_label->setText(text);
    m_copy->setVisible(!error.requestId.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_error = {};
    hide();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

} // namespace Gui
