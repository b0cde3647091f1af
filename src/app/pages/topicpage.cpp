#include "pages/topicpage.h"

#include "apitext.h"
#include "datatable.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLocale>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Gui {

TopicPage::TopicPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : DetailPage(context, host, settings, parent), m_topic(context.json)
{
    setObjectName(u"topicPage"_s);
    m_overview = addFormTab(tr("Overview"));
    addExtensionTabs(); // Messages right after the overview, as the design has it
    m_queues = new DataTable(
        u"topic.queues"_s,
        {tr("Broker"), tr("Queue"), tr("Min offset"), tr("Max offset"), tr("Messages"), tr("Last message")}, settings,
        tabs());
    m_queues->setObjectName(u"queuesTable"_s);
    tabs()->addTab(m_queues, tr("Queues"));
    m_groups = new DataTable(u"topic.groups"_s, {tr("Consumer group")}, settings, tabs());
    m_groups->setObjectName(u"topicGroupsTable"_s);
    m_groups->setEmptyText(tr("No consumer group subscribes to this topic yet."));
    tabs()->addTab(m_groups, tr("Consumer groups"));
    showTopic(m_topic);
    reload();
}

TopicPage::~TopicPage() = default;

void TopicPage::load()
{
    const QVariantMap params {{u"topic"_s, context().name}};
    fetch(u"show_topic"_s, params, tr("Could not load the topic"), [this](const QJsonObject &o) {
        m_topic = o;
        showTopic(o);
    });
    fetch(u"show_topic_message_count"_s, params, tr("Could not load the queues"),
          [this](const QJsonObject &o) { showStatus(o); });
    fetch(u"list_topic_consumer_groups"_s, params, tr("Could not list the consumer groups"),
          [this](const QJsonObject &o) {
              m_groups->clear();
              for (const QJsonValue &g : o.value("groups"_L1).toArray())
                  m_groups->addRow({g.isObject() ? g["name"_L1].toString() : g.toString()});
          });
}

void TopicPage::showTopic(const QJsonObject &o)
{
    clearForm(m_overview);
    addField(m_overview, tr("Name"), context().name, true);
    addField(m_overview, tr("Permission"), ApiText::topicPermission(o.value("permission"_L1).toString()));
    if (o.contains("message_type"_L1))
        addField(m_overview, tr("Message type"), ApiText::messageType(o.value("message_type"_L1).toString()));
    const QJsonArray brokers = o.value("brokers"_L1).toArray();
    addField(m_overview, tr("Queues"),
             tr("%1 read, %2 write on %n broker(s)", nullptr, int(brokers.size()))
                 .arg(jsonText(o.value("total_read_queue_num"_L1)), jsonText(o.value("total_write_queue_num"_L1))));
    addField(m_overview, tr("Message count"), m_messageCount < 0 ? tr("loading…") : QLocale().toString(m_messageCount));
    if (o.contains("topic_desc"_L1))
        addField(m_overview, tr("Description"), o.value("topic_desc"_L1).toString());
}

void TopicPage::showStatus(const QJsonObject &o)
{
    m_queues->clear();
    qint64 count = 0;
    for (const QJsonValue &b : o.value("brokers"_L1).toArray()) {
        const QString broker = b["broker_name"_L1].toString();
        for (const QJsonValue &q : b["queues"_L1].toArray()) {
            const qint64 min = qint64(q["min_offset"_L1].toDouble());
            const qint64 max = qint64(q["max_offset"_L1].toDouble());
            count += max - min;
            m_queues->addRow({broker, q["id"_L1].toInt(), min, max, max - min, formatTime(q["last_message_time"_L1])});
        }
    }
    m_messageCount = count;
    showTopic(m_topic);
}

} // namespace Gui
