#pragma once

#include "pages/detailpage.h"

class QFormLayout;
class QLabel;
class QChart;
class QChartView;

namespace Gui {

class DataTable;

/// Consumer group: Overview, Lag (per topic and per queue, table + bar chart, total),
/// Clients (with their subscriptions). Dead letters, reset offset and verify come from the
/// support extensions.
class GroupPage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPage)
public:
    GroupPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~GroupPage() override;

    DataTable *lagTable() const { return m_lag; }
    DataTable *clientsTable() const { return m_clients; }
    qint64 totalLag() const { return m_totalLag; }

protected:
    void load() override;

private:
    void showGroup(const QJsonObject &o);
    void addTopicLag(const QString &topic, const QJsonObject &o);
    void updateChart();

    QFormLayout *m_overview;
    DataTable *m_lag;
    QLabel *m_lagTotal;
    QChartView *m_chartView;
    DataTable *m_clients;
    QMap<QString, qint64> m_lagPerTopic;
    qint64 m_totalLag = 0;
};

} // namespace Gui
