#include "pages/grouppage.h"

#include "datatable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Gui {

GroupPage::GroupPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : DetailPage(context, host, settings, parent)
{
    setObjectName(u"groupPage"_s);
    m_overview = addFormTab(tr("Overview"));

    auto *lagTab = new QWidget(tabs());
    auto *lagLayout = new QVBoxLayout(lagTab);
    m_lagTotal = new QLabel(lagTab);
    m_lagTotal->setObjectName(u"lagTotal"_s);
    auto *split = new QSplitter(Qt::Vertical, lagTab);
    m_lag = new DataTable(u"group.lag"_s,
                          {tr("Topic"), tr("Broker"), tr("Queue"), tr("Broker offset"), tr("Consumer offset"),
                           tr("Lag"), tr("Last message")},
                          settings, split);
    m_lag->setObjectName(u"lagTable"_s);
    m_lag->setEmptyText(tr("This group subscribes to no topic yet."));
    auto *chart = new QChart;
    chart->setTitle(tr("Lag per topic"));
    chart->legend()->hide();
    m_chartView = new QChartView(chart, split);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    split->addWidget(m_lag);
    split->addWidget(m_chartView);
    lagLayout->addWidget(m_lagTotal);
    lagLayout->addWidget(split, 1);
    tabs()->addTab(lagTab, tr("Lag"));

    m_clients = new DataTable(u"group.clients"_s,
                              {tr("Client id"), tr("Address"), tr("Language"), tr("Version"), tr("Subscriptions")},
                              settings, tabs());
    m_clients->setObjectName(u"clientsTable"_s);
    m_clients->setEmptyText(tr("No consumer of this group is online."));
    tabs()->addTab(m_clients, tr("Clients"));
    addExtensionTabs();
    reload();
}

GroupPage::~GroupPage() = default;

void GroupPage::load()
{
    const QString group = context().name;
    const QVariantMap params {{u"group"_s, group}};
    fetch(u"show_consumer_group"_s, params, tr("Could not load the consumer group"),
          [this](const QJsonObject &o) { showGroup(o); });
    m_lag->clear();
    m_lagPerTopic.clear();
    m_totalLag = 0;
    fetch(u"list_consumer_group_topics"_s, QVariantMap {{u"group"_s, group}, {u"limit"_s, 50}, {u"offset"_s, 0}},
          tr("Could not list the group's topics"), [this, group](const QJsonObject &o) {
              for (const QJsonValue &t : o.value("topics"_L1).toArray()) {
                  const QString topic = t.isObject() ? t["name"_L1].toString() : t.toString();
                  if (topic.isEmpty())
                      continue;
                  fetch(u"list_consumer_group_topics"_s, QVariantMap {{u"group"_s, group}, {u"topic"_s, topic}},
                        tr("Could not load the lag of %1").arg(topic),
                        [this, topic](const QJsonObject &lag) { addTopicLag(topic, lag); });
              }
              updateChart();
          });
    fetch(u"list_consumers"_s, QVariantMap {{u"group"_s, group}, {u"is_detail"_s, true}},
          tr("Could not list the clients"), [this](const QJsonObject &o) {
              m_clients->clear();
              for (const QJsonValue &c : o.value("clients"_L1).toArray()) {
                  QStringList subs;
                  for (const QJsonValue &s : c["subscriptions"_L1].toArray())
                      subs.append(s["topic"_L1].toString() + u" ("_s + s["expression"_L1].toString() + u')');
                  m_clients->addRow({c["client_id"_L1].toString(), c["client_addr"_L1].toString(),
                                     c["language"_L1].toString(), c["version"_L1].toString(), subs.join(u", "_s)});
              }
          });
}

void GroupPage::showGroup(const QJsonObject &o)
{
    clearForm(m_overview);
    addField(m_overview, tr("Name"), context().name, true);
    addField(m_overview, tr("Consumption enabled"), jsonText(o.value("enabled"_L1)));
    addField(m_overview, tr("Broadcast"), jsonText(o.value("broadcast"_L1)));
    addField(m_overview, tr("Maximum retries"), jsonText(o.value("retry_max_time"_L1)));
    if (o.contains("consume_orderly"_L1))
        addField(m_overview, tr("Orderly consumption"), jsonText(o.value("consume_orderly"_L1)));
    addField(m_overview, tr("Brokers"), jsonText(o.value("brokers"_L1)));
    addField(m_overview, tr("Description"), o.value("group_desc"_L1).toString());
    addField(m_overview, tr("Created"), formatTime(o.value("created_at"_L1)));
    addField(m_overview, tr("Dead-letter topic"), u"%DLQ%"_s + context().name, true);
}

void GroupPage::addTopicLag(const QString &topic, const QJsonObject &o)
{
    qint64 topicLag = 0;
    for (const QJsonValue &b : o.value("brokers"_L1).toArray()) {
        for (const QJsonValue &q : b["queues"_L1].toArray()) {
            const qint64 lag = qint64(q["lag"_L1].toDouble());
            topicLag += lag;
            m_lag->addRow({topic, b["broker_name"_L1].toString(), q["id"_L1].toInt(),
                           qint64(q["broker_offset"_L1].toDouble()), qint64(q["consumer_offset"_L1].toDouble()), lag,
                           formatTime(q["last_message_time"_L1])});
        }
    }
    if (o.contains("lag"_L1))
        topicLag = qint64(o.value("lag"_L1).toDouble());
    m_lagPerTopic.insert(topic, topicLag);
    m_totalLag = 0;
    for (qint64 v : std::as_const(m_lagPerTopic))
        m_totalLag += v;
    updateChart();
}

void GroupPage::updateChart()
{
    const QLocale locale;
    m_lagTotal->setText(tr("Total lag: %1 message(s) on %n topic(s)", nullptr, int(m_lagPerTopic.size()))
                            .arg(locale.toString(m_totalLag)));
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        chart->removeAxis(a);
        delete a;
    }
    auto *set = new QBarSet(tr("Lag"));
    QStringList categories;
    qint64 max = 0;
    for (auto it = m_lagPerTopic.cbegin(); it != m_lagPerTopic.cend(); ++it) {
        *set << double(it.value());
        categories << it.key();
        max = qMax(max, it.value());
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, double(qMax<qint64>(max, 1)));
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace Gui
