#pragma once

#include "pages/detailpage.h"

class QFormLayout;

namespace Gui {

class DataTable;

/// Instance: Overview (every field of Querying an Instance, copyable endpoints), Brokers,
/// Tags, Background tasks.
class InstancePage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePage)
public:
    InstancePage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~InstancePage() override;

protected:
    void load() override;

private:
    void showInstance(const QJsonObject &o);

    QFormLayout *m_overview;
    QFormLayout *m_endpoints;
    DataTable *m_brokers;
    DataTable *m_tags;
    DataTable *m_tasks;
};

} // namespace Gui
