#pragma once

#include "pages/detailpage.h"

class QFormLayout;
class QLabel;
class QModelIndex;

namespace Gui {

class DataTable;

/// Project: its id and region and the RocketMQ instances in it (a sortable, filterable
/// table; Enter or a double-click selects the instance in the tree), and New instance….
class ProjectPage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPage)
public:
    ProjectPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~ProjectPage() override;

    DataTable *instances() const { return m_instances; }

protected:
    void load() override;

private:
    void fetchPage(int offset);
    void addInstance(const QJsonObject &o);
    void openInstance(const QModelIndex &proxyIndex);

    QFormLayout *m_form;
    QLabel *m_count;
    DataTable *m_instances;
    int m_total = 0;
};

} // namespace Gui
