#include "support/messageiddecoderwidget.h"

#include "models/messageiddescription.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

MessageIdDecoderWidget::MessageIdDecoderWidget(QLineEdit *source, QWidget *parent)
    : QWidget(parent), m_edit(source), m_utcOffset(QDateTime::currentDateTime().offsetFromUtc())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_edit) {
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(u"idEdit"_s);
        m_edit->setPlaceholderText(tr("Paste a message id (offset id or unique key)"));
        m_edit->setClearButtonEnabled(true);
        layout->addWidget(m_edit);
        setWindowTitle(tr("Message id decoder"));
    }
    auto *row = new QHBoxLayout;
    m_result = new QLabel(this);
    m_result->setObjectName(u"decoded"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    row->addWidget(m_result, 1);
    m_searchButton = new QPushButton(tr("Search around this time"), this);
    m_searchButton->setObjectName(u"searchAroundButton"_s);
    m_searchButton->setToolTip(tr("Query the 10 minutes around the time in the id"));
    row->addWidget(m_searchButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_edit, &QLineEdit::textChanged, this, &MessageIdDecoderWidget::decode);
    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        if (m_timeMs > 0)
            Q_EMIT searchAround(m_timeMs - 5 * 60 * 1000, m_timeMs + 5 * 60 * 1000);
    });
    decode();
}

MessageIdDecoderWidget::~MessageIdDecoderWidget() = default;

void MessageIdDecoderWidget::setId(const QString &id)
{
    m_edit->setText(id);
}

void MessageIdDecoderWidget::setProducerUtcOffset(int seconds)
{
    m_utcOffset = seconds;
    decode();
}

QString MessageIdDecoderWidget::text() const
{
    return m_result->text();
}

void MessageIdDecoderWidget::decode()
{
    const auto d =
        Models::MessageIdDescription::describe(m_edit->text(), QDateTime::currentMSecsSinceEpoch(), m_utcOffset);
    m_timeMs = d.timeMs;
    m_searchButton->setVisible(d.timeMs > 0);
    if (!d.valid) {
        m_result->setText(d.note.toHtmlEscaped());
        m_result->setVisible(!d.note.isEmpty());
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(d.kind.toHtmlEscaped());
    for (const auto &[label, value] : d.fields)
        html += u" · %1 <tt>%2</tt>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!d.note.isEmpty())
        html += u"<br><small>%1</small>"_s.arg(d.note.toHtmlEscaped());
    m_result->setText(html);
    m_result->setVisible(true);
}

} // namespace Gui
