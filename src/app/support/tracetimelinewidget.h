#pragma once

#include "models/tracetimeline.h"

#include <QWidget>

namespace Gui {

/// Paints a trace as lanes (producer, then one per consumer group) with a bar per attempt,
/// coloured by status, labelled with status and cost; a legend at the bottom. Hover shows
/// host, cost and request id; a click emits the raw row the bar came from.
class TraceTimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceTimelineWidget)
public:
    explicit TraceTimelineWidget(QWidget *parent = nullptr);
    ~TraceTimelineWidget() override;

    void setTimeline(const Models::TraceTimeline &timeline);
    static QColor statusColor(Models::TraceStatus status);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect(const Models::TraceBar &bar) const;
    int barAt(const QPointF &pos) const;
    int laneHeight() const;
    int labelWidth() const;

    Models::TraceTimeline m_timeline;
};

} // namespace Gui
