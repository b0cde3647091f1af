#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Api {
class ApiClient;
}
namespace Models {
class TraceModel;
}

namespace Gui {

class TraceTimelineWidget;

/// The trace of one message: the timeline over the raw trace table, copy as text.
class TracePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracePanel)
public:
    TracePanel(Api::ApiClient *client, const QString &instanceId, QWidget *parent = nullptr);
    ~TracePanel() override;

    void load(const QString &msgId);
    Models::TraceModel *model() const { return m_model; }
    TraceTimelineWidget *timeline() const { return m_timeline; }

Q_SIGNALS:
    void loaded();

private:
    QString m_instanceId;
    Models::TraceModel *m_model;
    TraceTimelineWidget *m_timeline;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace Gui
