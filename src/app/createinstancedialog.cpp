#include "createinstancedialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "ui_createinstancedialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidgetItem>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// list_products spells its numbers as numbers (5.x) or strings (4.8.0).
int number(const QJsonObject &o, QLatin1StringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

QString versionOf(const QJsonObject &product)
{
    return product.value("properties"_L1).toObject().value("engine_versions"_L1).toString();
}

} // namespace

CreateInstanceDialog::CreateInstanceDialog(const NodeContext &project, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::CreateInstanceDialog>()),
      m_validator(new Models::ResourceValidator(Models::ResourceValidator::Kind::Instance, this)),
      m_project(project)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New instance in %1").arg(project.projectId.isEmpty() ? project.name : project.projectId));
    m_ui->versionCombo->addItem(u"4.8.0"_s);
    m_ui->versionCombo->addItem(u"5.x"_s);
    m_ui->nameEdit->setPlaceholderText(tr("4-64: letters, digits, _ and -; starts with a letter"));
    m_ui->zonesList->setToolTip(tr("Check one or three zones."));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create"));
    ok->setEnabled(false);
    m_ui->errorLabel->setText(tr("Loading flavors and zones…"));
    connect(m_validator, &Models::ResourceValidator::validChanged, this,
            [this, ok](bool valid) { ok->setEnabled(valid && isLoaded()); });
    connect(m_validator, &Models::ResourceValidator::errorChanged, this, [this](const QString &error) {
        if (isLoaded())
            m_ui->errorLabel->setText(m_loadError.isEmpty() ? error : m_loadError);
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setName);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, m_validator, &Models::ResourceValidator::setDescription);
    connect(m_ui->brokersSpin, &QSpinBox::valueChanged, m_validator, &Models::ResourceValidator::setBrokerCount);
    connect(m_ui->storageSpin, &QSpinBox::valueChanged, m_validator, &Models::ResourceValidator::setStorage);
    connect(m_ui->zonesList, &QListWidget::itemChanged, this, &CreateInstanceDialog::updateZones);
    for (QLineEdit *e : {m_ui->vpcEdit, m_ui->subnetEdit, m_ui->securityGroupEdit})
        connect(e, &QLineEdit::textChanged, this, &CreateInstanceDialog::updateNetwork);
    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this, &CreateInstanceDialog::fillFlavors);
    connect(m_ui->flavorCombo, &QComboBox::currentIndexChanged, this, &CreateInstanceDialog::flavorChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateInstanceDialog::accept);
    m_validator->setStorage(m_ui->storageSpin->value());
    m_validator->setBrokerCount(m_ui->brokersSpin->value());
    m_validator->setZoneCount(0);

    if (!project.client) {
        m_pendingLoads = 0;
        m_loadError = tr("This profile is not connected.");
        m_ui->errorLabel->setText(m_loadError);
        return;
    }
    Api::ApiCall *products = project.client->call(u"list_products"_s, {{u"engine"_s, u"rocketmq"_s}}, this);
    connect(products, &Api::ApiCall::finished, this, [this](const QJsonDocument &doc) {
        m_products = doc.object().value("products"_L1).toArray();
        fillFlavors();
        loadFinished();
    });
    Api::ApiCall *zones = project.client->call(u"list_available_zones"_s, {}, this);
    connect(zones, &Api::ApiCall::finished, this, [this](const QJsonDocument &doc) {
        const QJsonArray list = doc.object().value("available_zones"_L1).toArray();
        const QSignalBlocker block(m_ui->zonesList);
        for (const QJsonValue &v : list) {
            const QJsonObject z = v.toObject();
            auto *item = new QListWidgetItem(
                u"%1 (%2)"_s.arg(z.value("name"_L1).toString(), z.value("code"_L1).toString()), m_ui->zonesList);
            item->setData(Qt::UserRole, z.value("id"_L1).toString());
            const bool soldOut = z.value("soldOut"_L1).toBool();
            item->setFlags(soldOut ? Qt::ItemFlags(Qt::ItemIsUserCheckable)
                                   : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(z.value("default_az"_L1).toBool() && !soldOut ? Qt::Checked : Qt::Unchecked);
        }
        updateZones();
        loadFinished();
    });
    for (Api::ApiCall *call : {products, zones}) {
        connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
            m_loadError = tr("Could not load the flavors and zones: %1").arg(e.toString());
            loadFinished();
        });
    }
}

CreateInstanceDialog::~CreateInstanceDialog() = default;

void CreateInstanceDialog::loadFinished()
{
    if (--m_pendingLoads > 0)
        return;
    m_ui->errorLabel->setText(m_loadError.isEmpty() ? m_validator->error() : m_loadError);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_loadError.isEmpty() && m_validator->isValid());
    Q_EMIT loaded();
}

void CreateInstanceDialog::fillFlavors()
{
    const QString version = m_ui->versionCombo->currentText();
    const QSignalBlocker block(m_ui->flavorCombo);
    m_ui->flavorCombo->clear();
    for (const QJsonValue &v : std::as_const(m_products)) {
        const QJsonObject p = v.toObject();
        if (versionOf(p) == version)
            m_ui->flavorCombo->addItem(p.value("product_id"_L1).toString(), p);
    }
    flavorChanged();
}

void CreateInstanceDialog::flavorChanged()
{
    const QJsonObject p = m_ui->flavorCombo->currentData().toJsonObject();
    const QJsonObject props = p.value("properties"_L1).toObject();
    Models::ResourceValidator::InstanceLimits limits;
    limits.minBrokers = number(props, "min_broker"_L1, 1);
    limits.maxBrokers = number(props, "max_broker"_L1, number(props, "broker_num"_L1, 1));
    limits.minStoragePerBroker = number(props, "min_storage_per_node"_L1, 300);
    limits.maxStoragePerBroker = number(props, "max_storage_per_node"_L1, 60000);
    m_ui->brokersSpin->setToolTip(tr("%1 to %2 brokers").arg(limits.minBrokers).arg(limits.maxBrokers));
    m_ui->storageSpin->setToolTip(
        tr("%1 to %2 GB per broker").arg(limits.minStoragePerBroker).arg(limits.maxStoragePerBroker));
    const QString spec = m_ui->storageSpecCombo->currentText();
    m_ui->storageSpecCombo->clear();
    const QJsonArray ios = p.value("ios"_L1).toArray();
    for (const QJsonValue &io : ios)
        m_ui->storageSpecCombo->addItem(io.toObject().value("io_spec"_L1).toString());
    if (const int i = m_ui->storageSpecCombo->findText(spec); i >= 0)
        m_ui->storageSpecCombo->setCurrentIndex(i);
    m_validator->setInstanceLimits(limits);
}

void CreateInstanceDialog::updateZones()
{
    int checked = 0;
    for (int i = 0; i < m_ui->zonesList->count(); ++i)
        checked += m_ui->zonesList->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_validator->setZoneCount(checked);
}

void CreateInstanceDialog::updateNetwork()
{
    m_validator->setNetwork(m_ui->vpcEdit->text(), m_ui->subnetEdit->text(), m_ui->securityGroupEdit->text());
}

QByteArray CreateInstanceDialog::requestBody() const
{
    QJsonArray zones;
    for (int i = 0; i < m_ui->zonesList->count(); ++i) {
        if (m_ui->zonesList->item(i)->checkState() == Qt::Checked)
            zones.append(m_ui->zonesList->item(i)->data(Qt::UserRole).toString());
    }
    QJsonObject o {{"name"_L1, m_ui->nameEdit->text()},
                   {"engine"_L1, u"reliability"_s},
                   {"engine_version"_L1, m_ui->versionCombo->currentText()},
                   {"product_id"_L1, m_ui->flavorCombo->currentText()},
                   {"storage_spec_code"_L1, m_ui->storageSpecCombo->currentText()},
                   {"storage_space"_L1, m_ui->storageSpin->value()},
                   {"broker_num"_L1, m_ui->brokersSpin->value()},
                   {"available_zones"_L1, zones},
                   {"vpc_id"_L1, m_ui->vpcEdit->text().trimmed()},
                   {"subnet_id"_L1, m_ui->subnetEdit->text().trimmed()},
                   {"security_group_id"_L1, m_ui->securityGroupEdit->text().trimmed()}};
    if (!m_ui->descriptionEdit->text().isEmpty())
        o.insert("description"_L1, m_ui->descriptionEdit->text());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void CreateInstanceDialog::accept()
{
    if (!isLoaded() || !m_validator->isValid() || !m_project.client)
        return;
    m_ui->buttonBox->setEnabled(false);
    m_ui->errorLabel->setText(tr("Creating…"));
    Api::ApiCall *call = m_project.client->call(u"create_instance"_s, {}, this, requestBody());
    const QString name = m_ui->nameEdit->text();
    connect(call, &Api::ApiCall::finished, this, [this, name] {
        Q_EMIT created(name);
        QDialog::accept();
    });
    connect(call, &Api::ApiCall::failed, this, [this](const Api::ApiError &e) {
        m_ui->buttonBox->setEnabled(true);
        m_ui->errorLabel->setText(tr("The service refused: %1").arg(e.toString()));
    });
}

} // namespace Gui
