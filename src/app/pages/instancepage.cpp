#include "pages/instancepage.h"

#include "apitext.h"
#include "datatable.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The fields of Querying an Instance a person reads first, in this order; the rest follow.
const char *const kOverviewFirst[] = {"name",
                                      "instance_id",
                                      "status",
                                      "engine",
                                      "engine_version",
                                      "type",
                                      "specification",
                                      "product_id",
                                      "arch_type",
                                      "available_zone_names",
                                      "broker_num",
                                      "storage_space",
                                      "used_storage_space",
                                      "total_storage_space",
                                      "storage_spec_code",
                                      "created_at",
                                      "description"};
const char *const kEndpoints[] = {"namesrv_address",
                                  "namesrv_domain_name",
                                  "broker_address",
                                  "public_namesrv_address",
                                  "public_namesrv_domain_name",
                                  "public_broker_address",
                                  "grpc_address",
                                  "grpc_domain_name",
                                  "public_grpc_address",
                                  "public_grpc_domain_name",
                                  "publicip_address",
                                  "quota_address"};

QString fieldText(const QString &key, const QJsonValue &value)
{
    if (key == u"created_at"_s)
        return formatTime(value);
    const QString text = ApiText::instanceFieldValue(key, value);
    return text.isEmpty() ? jsonText(value) : text;
}

} // namespace

InstancePage::InstancePage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : DetailPage(context, host, settings, parent)
{
    setObjectName(u"instancePage"_s);
    m_overview = addFormTab(tr("Overview"));
    m_endpoints = addFormTab(tr("Endpoints"));
    m_brokers = new DataTable(u"instance.brokers"_s, {tr("Broker"), tr("Node ids")}, settings, tabs());
    tabs()->addTab(m_brokers, tr("Brokers"));
    m_tags = new DataTable(u"instance.tags"_s, {tr("Key"), tr("Value")}, settings, tabs());
    m_tags->setEmptyText(tr("This instance has no tags."));
    tabs()->addTab(m_tags, tr("Tags"));
    m_tasks =
        new DataTable(u"instance.tasks"_s,
                      {tr("Task"), tr("Status"), tr("User"), tr("Created"), tr("Updated"), tr("Id")}, settings, tabs());
    m_tasks->setEmptyText(tr("No background tasks ran on this instance."));
    tabs()->addTab(m_tasks, tr("Background tasks"));
    addExtensionTabs();
    if (!context.json.isEmpty())
        showInstance(context.json);
    reload();
}

InstancePage::~InstancePage() = default;

void InstancePage::load()
{
    fetch(u"show_instance"_s, {}, tr("Could not load the instance"), [this](const QJsonObject &o) { showInstance(o); });
    fetch(u"list_brokers"_s, {}, tr("Could not list the brokers"), [this](const QJsonObject &o) {
        m_brokers->clear();
        for (const QJsonValue &b : o.value("brokers"_L1).toArray())
            m_brokers->addRow({b["broker_name"_L1].toString(), jsonText(b["ids"_L1])});
    });
    fetch(u"list_instance_tags"_s, {}, tr("Could not list the tags"), [this](const QJsonObject &o) {
        m_tags->clear();
        for (const QJsonValue &t : o.value("tags"_L1).toArray())
            m_tags->addRow({t["key"_L1].toString(), t["value"_L1].toString()});
    });
    fetch(u"list_background_tasks"_s, {}, tr("Could not list the background tasks"), [this](const QJsonObject &o) {
        m_tasks->clear();
        for (const QJsonValue &t : o.value("tasks"_L1).toArray())
            m_tasks->addRow({t["name"_L1].toString(), ApiText::taskStatus(t["status"_L1].toString()),
                             t["user_name"_L1].toString(), formatTime(t["created_at"_L1]),
                             formatTime(t["updated_at"_L1]), t["id"_L1].toString()});
    });
}

void InstancePage::showInstance(const QJsonObject &o)
{
    clearForm(m_overview);
    clearForm(m_endpoints);
    QSet<QString> shown;
    for (const char *k : kOverviewFirst) {
        const QString key = QString::fromLatin1(k);
        shown.insert(key);
        if (!o.contains(key))
            continue;
        QString value = fieldText(key, o.value(key));
        if (key.endsWith(u"storage_space"_s) && !value.isEmpty())
            value = tr("%1 GB").arg(value);
        QLabel *text = addField(m_overview, ApiText::instanceFieldLabel(key), value, key == u"instance_id"_s);
        if (key == u"status"_s) {
            // The translated status, with the documentation's sentence and the code the API sent.
            const QString code = o.value(key).toString();
            const QString why = ApiText::instanceStatusDescription(code);
            text->setObjectName(u"statusField"_s);
            text->setToolTip(why.isEmpty() ? code : why + u" ("_s + code + u')');
        }
    }
    for (const char *k : kEndpoints) {
        const QString key = QString::fromLatin1(k);
        shown.insert(key);
        if (o.contains(key) && !jsonText(o.value(key)).isEmpty())
            addField(m_endpoints, ApiText::instanceFieldLabel(key), jsonText(o.value(key)), true);
    }
    if (m_endpoints->rowCount() == 0)
        addField(m_endpoints, tr("Endpoints"), tr("The service reported no endpoints yet."));
    const QStringList keys = o.keys();
    for (const QString &key : keys) {
        if (!shown.contains(key) && key != u"tags"_s)
            addField(m_overview, ApiText::instanceFieldLabel(key), fieldText(key, o.value(key)));
    }
}

} // namespace Gui
