#pragma once

#include "pages/detailpage.h"

class QFormLayout;

namespace Gui {

class DataTable;

/// Topic: Overview (permission, queues, message count, type), Queues (per broker, min/max
/// offsets), Consumer groups; the Messages tab comes from the support extensions.
class TopicPage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicPage)
public:
    TopicPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent = nullptr);
    ~TopicPage() override;

    DataTable *queues() const { return m_queues; }
    DataTable *groups() const { return m_groups; }

protected:
    void load() override;

private:
    void showTopic(const QJsonObject &o);
    void showStatus(const QJsonObject &o);

    QFormLayout *m_overview;
    DataTable *m_queues;
    DataTable *m_groups;
    QJsonObject m_topic;
    qint64 m_messageCount = -1;
};

} // namespace Gui
