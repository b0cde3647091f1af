#pragma once

#include "models/resourcevalidator.h"
#include "pagehost.h"

#include <QDialog>
#include <QJsonArray>

#include <memory>

namespace Ui {
class CreateInstanceDialog;
}

namespace Gui {

/// Creates a RocketMQ instance in a project (create_instance). Flavors, storage I/O specs and
/// broker limits come from list_products, the zones from list_available_zones; the VPC,
/// subnet and security group are typed in (the API needs their IDs). Validates inline with
/// Models::ResourceValidator and stays open with the service's error when the call fails.
class CreateInstanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateInstanceDialog)
public:
    CreateInstanceDialog(const NodeContext &project, QWidget *parent = nullptr);
    ~CreateInstanceDialog() override;

    Models::ResourceValidator *validator() const { return m_validator; }
    /// True once both catalogue calls answered.
    bool isLoaded() const { return m_pendingLoads == 0; }
    QByteArray requestBody() const;

Q_SIGNALS:
    void loaded();
    void created(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void fillFlavors();
    void flavorChanged();
    void updateZones();
    void updateNetwork();
    void loadFinished();

    std::unique_ptr<Ui::CreateInstanceDialog> m_ui;
    Models::ResourceValidator *m_validator;
    NodeContext m_project;
    QJsonArray m_products;
    int m_pendingLoads = 2;
    QString m_loadError;
};

} // namespace Gui
