#include "support/tracetimelinewidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Models::TraceStatus;

namespace Gui {

namespace {

constexpr int margin = 8;
constexpr int axisHeight = 20;
constexpr int legendHeight = 22;

QString formatOffset(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60 * 1000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    if (ms < 3600 * 1000)
        return u"%1 min"_s.arg(double(ms) / 60000.0, 0, 'f', 1);
    return u"%1 h"_s.arg(double(ms) / 3600000.0, 0, 'f', 1);
}

} // namespace

TraceTimelineWidget::TraceTimelineWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

TraceTimelineWidget::~TraceTimelineWidget() = default;

void TraceTimelineWidget::setTimeline(const Models::TraceTimeline &timeline)
{
    m_timeline = timeline;
    updateGeometry();
    update();
}

QColor TraceTimelineWidget::statusColor(TraceStatus status)
{
    switch (status) {
    case TraceStatus::Success:
        return QColor(0x2e, 0xa0, 0x43);
    case TraceStatus::Timeout:
        return QColor(0xe6, 0xa2, 0x17);
    case TraceStatus::Exception:
        return QColor(0xc0, 0x39, 0x2b);
    case TraceStatus::Null:
        return QColor(0x8e, 0x44, 0xad);
    case TraceStatus::Failed:
        return QColor(0xe7, 0x4c, 0x3c);
    case TraceStatus::Unknown:
        break;
    }
    return QColor(0x95, 0xa5, 0xa6);
}

int TraceTimelineWidget::laneHeight() const
{
    return fontMetrics().height() + 12;
}

int TraceTimelineWidget::labelWidth() const
{
    int w = 80;
    for (const QString &lane : m_timeline.lanes)
        w = qMax(w, fontMetrics().horizontalAdvance(lane) + 2 * margin + 4);
    return qMin(w, 240);
}

QSize TraceTimelineWidget::sizeHint() const
{
    return {600, axisHeight + int(qMax<qsizetype>(1, m_timeline.lanes.size())) * laneHeight() + legendHeight + margin};
}

QSize TraceTimelineWidget::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

QRectF TraceTimelineWidget::barRect(const Models::TraceBar &bar) const
{
    const double left = labelWidth();
    const double width = qMax(10.0, double(this->width()) - left - margin);
    const double span = double(qMax<qint64>(1, m_timeline.spanMs));
    const double x0 = left + double(bar.beginMs - m_timeline.originMs) / span * width;
    const double x1 = left + double(bar.endMs - m_timeline.originMs) / span * width;
    const double y = axisHeight + bar.lane * laneHeight() + 3;
    return QRectF(x0, y, qMax(4.0, x1 - x0), laneHeight() - 6);
}

int TraceTimelineWidget::barAt(const QPointF &pos) const
{
    for (qsizetype i = m_timeline.bars.size() - 1; i >= 0; --i) {
        if (barRect(m_timeline.bars[i]).adjusted(-2, -2, 2, 2).contains(pos))
            return int(i);
    }
    return -1;
}

void TraceTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_timeline.bars.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No trace records for this message."));
        return;
    }
    const int left = labelWidth();
    const int lh = laneHeight();
    // Axis: origin, middle and end.
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int i = 0; i <= 4; ++i) {
        const double x = left + (width() - left - margin) * i / 4.0;
        const qint64 ms = m_timeline.spanMs * i / 4;
        p.drawLine(QPointF(x, axisHeight - 4), QPointF(x, axisHeight + m_timeline.lanes.size() * lh));
        const QString text = formatOffset(ms);
        const int tw = fontMetrics().horizontalAdvance(text);
        p.drawText(QPointF(qMin(x + 2, double(width() - tw - 2)), axisHeight - 6), text);
    }
    // Lanes.
    for (qsizetype i = 0; i < m_timeline.lanes.size(); ++i) {
        const QRect laneRect(0, axisHeight + int(i) * lh, width(), lh);
        if (i % 2 == 1)
            p.fillRect(laneRect, pal.alternateBase());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(laneRect.adjusted(margin, 0, -(width() - left), 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_timeline.lanes[i], Qt::ElideRight, left - 2 * margin));
    }
    // Bars, labelled when there is room.
    for (const Models::TraceBar &bar : std::as_const(m_timeline.bars)) {
        const QRectF r = barRect(bar);
        const QColor c = statusColor(bar.status);
        p.setPen(c.darker(130));
        p.setBrush(c);
        p.drawRoundedRect(r, 3, 3);
        QString label = u"%1 %2 ms"_s.arg(Models::traceStatusName(bar.status)).arg(bar.costMs);
        if (bar.retry > 0)
            label = tr("retry %1").arg(bar.retry) + u" · "_s + label;
        const int tw = fontMetrics().horizontalAdvance(label);
        p.setPen(pal.color(QPalette::Text));
        if (r.width() > tw + 6) {
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, label);
        } else if (r.right() + tw + 6 < width()) {
            p.drawText(QPointF(r.right() + 4, r.center().y() + fontMetrics().ascent() / 2.0 - 1), label);
        } else {
            // No room on the right (the last bar): label it on its left.
            p.drawText(QPointF(qMax<qreal>(left, r.left() - tw - 4), r.center().y() + fontMetrics().ascent() / 2.0 - 1),
                       label);
        }
    }
    // Legend.
    int x = margin;
    const int y = axisHeight + int(m_timeline.lanes.size()) * lh + 6;
    for (TraceStatus s : {TraceStatus::Success, TraceStatus::Timeout, TraceStatus::Exception, TraceStatus::Null,
                          TraceStatus::Failed, TraceStatus::Unknown}) {
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(s));
        p.drawRoundedRect(QRectF(x, y + 3, 12, 12), 2, 2);
        p.setPen(pal.color(QPalette::Text));
        const QString name = Models::traceStatusName(s);
        p.drawText(QPointF(x + 16, y + 13), name);
        x += 16 + fontMetrics().horizontalAdvance(name) + 14;
    }
}

void TraceTimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int i = barAt(event->position());
    if (i >= 0)
        Q_EMIT barClicked(m_timeline.bars[i].row);
    QWidget::mousePressEvent(event);
}

bool TraceTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = barAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const Models::TraceBar &bar = m_timeline.bars[i];
        QToolTip::showText(help->globalPos(),
                           tr("%1 · %2\nstatus %3, cost %4 ms, retry %5\nclient %6\nrequest %7")
                               .arg(m_timeline.lanes.value(bar.lane), bar.label, Models::traceStatusName(bar.status),
                                    QString::number(bar.costMs), QString::number(bar.retry), bar.clientHost,
                                    bar.requestId),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gui
