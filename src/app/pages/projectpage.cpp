#include "pages/projectpage.h"

#include "apitext.h"
#include "datatable.h"
#include "models/deeplink.h"
#include "profiles/profilestore.h"
#include "resourcetreedelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

enum Column { Name, Engine, Status, Specification, Storage, Created, InstanceId };
constexpr int kPageSize = 50; // list_instances: limit 1-50

} // namespace

ProjectPage::ProjectPage(const NodeContext &context, PageHost *host, Profiles::Settings *settings, QWidget *parent)
    : DetailPage(context, host, settings, parent)
{
    setObjectName(u"projectPage"_s);
    auto *tab = new QWidget(tabs());
    auto *v = new QVBoxLayout(tab);
    auto *formHost = new QWidget(tab);
    m_form = new QFormLayout(formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(m_form, tr("Project ID"), context.projectId, true);
    const Profiles::Profile profile =
        context.profiles ? context.profiles->profile(context.profileId) : Profiles::Profile();
    addField(m_form, tr("Region"),
             profile.isSandbox()            ? tr("Local (sandbox)")
                 : profile.region.isEmpty() ? tr("Custom endpoints")
                                            : profile.region);
    v->addWidget(formHost);

    auto *bar = new QHBoxLayout;
    m_count = new QLabel(tab);
    m_count->setObjectName(u"instanceCount"_s);
    bar->addWidget(m_count, 1);
    auto *create = new QPushButton(tr("New instance…"), tab);
    create->setObjectName(u"newInstanceButton"_s);
    create->setEnabled(host && context.client);
    bar->addWidget(create);
    v->addLayout(bar);

    m_instances = new DataTable(u"project.instances"_s,
                                {tr("Name"), tr("Engine"), tr("Status"), tr("Specification"),
                                 tr("Storage used / total"), tr("Created"), tr("Instance ID")},
                                settings, tab);
    m_instances->setObjectName(u"instancesTable"_s);
    m_instances->setEmptyText(tr("No RocketMQ instances in this project yet. Create one with New instance…"));
    m_instances->view()->setWordWrap(false);
    m_instances->view()->setToolTip(tr("Double-click or press Enter to open the instance"));
    v->addWidget(m_instances, 1);
    tabs()->addTab(tab, tr("Instances"));
    addExtensionTabs();

    connect(create, &QPushButton::clicked, this, [this] {
        if (this->host())
            openCreateInstance(this->context(), *this->host(), window()); // outlives a page change
    });
    connect(m_instances->view(), &QTableView::activated, this, &ProjectPage::openInstance);
    reload();
}

ProjectPage::~ProjectPage() = default;

void ProjectPage::load()
{
    m_instances->clear();
    m_total = 0;
    m_count->setText(tr("Loading the instances…"));
    fetchPage(0);
}

void ProjectPage::fetchPage(int offset)
{
    const QVariantMap params {{u"offset"_s, offset}, {u"limit"_s, kPageSize}};
    fetch(u"list_instances"_s, params, tr("Could not list the instances"), [this, offset](const QJsonObject &o) {
        const QJsonArray list = o.value("instances"_L1).toArray();
        m_total = o.value("instance_num"_L1).toInt(int(list.size()));
        for (const QJsonValue &i : list)
            addInstance(i.toObject());
        m_count->setText(tr("%n instance(s)", nullptr, m_instances->rowCount()));
        const int next = offset + int(list.size());
        if (!list.isEmpty() && next < m_total)
            fetchPage(next);
    });
}

void ProjectPage::addInstance(const QJsonObject &o)
{
    const QString status = o.value("status"_L1).toString();
    QString engine = ApiText::engine(o.value("engine"_L1).toString());
    if (const QString version = o.value("engine_version"_L1).toString(); !version.isEmpty())
        engine += u' ' + version;
    const QJsonValue used = o.value("used_storage_space"_L1);
    const QJsonValue total =
        o.contains("total_storage_space"_L1) ? o.value("total_storage_space"_L1) : o.value("storage_space"_L1);
    //: storage used / total of an instance
    const QString storage = total.isUndefined() ? QString() : tr("%1 / %2 GB").arg(jsonText(used), jsonText(total));
    const QString spec = ApiText::instanceFieldValue(u"specification"_s, o.value("specification"_L1));
    m_instances->addRow({o.value("name"_L1).toString(), engine, ApiText::instanceStatus(status),
                         spec.isEmpty() ? jsonText(o.value("specification"_L1)) : spec, storage,
                         formatTime(o.value("created_at"_L1)), o.value("instance_id"_L1).toString()});
    // Sort storage by the space used and the creation time chronologically; status with its dot.
    QStandardItemModel *model = m_instances->model();
    const int row = model->rowCount() - 1;
    model->item(row, Storage)->setData(used.toDouble(), Qt::UserRole);
    const QJsonValue created = o.value("created_at"_L1);
    model->item(row, Created)
        ->setData(created.isString() ? created.toString().toLongLong() : qint64(created.toDouble()), Qt::UserRole);
    QStandardItem *statusItem = model->item(row, Status);
    statusItem->setIcon(ResourceTreeDelegate::iconFor(int(Models::ResourceTreeModel::NodeKind::Instance), status));
    const QString why = ApiText::instanceStatusDescription(status);
    statusItem->setToolTip(why.isEmpty() ? status : why + u" ("_s + status + u')');
}

void ProjectPage::openInstance(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_instances->proxy()->mapToSource(proxyIndex);
    const QString id = m_instances->model()->index(source.row(), InstanceId).data().toString();
    Models::DeepLink link = Models::DeepLink::parse(context().link);
    if (id.isEmpty() || !link.isValid() || !host())
        return;
    link.kind = Models::DeepLink::Kind::Instance;
    link.instance = id;
    host()->reveal(link.treeLink());
}

} // namespace Gui
