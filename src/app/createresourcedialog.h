#pragma once

#include "models/resourcevalidator.h"
#include "pagehost.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateResourceDialog;
}

namespace Gui {

/// Creates a topic, consumer group or user on an instance. Validates inline as the API
/// documents the fields (OK stays disabled until valid), sends the create call itself and
/// stays open with the service's error when it fails.
class CreateResourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateResourceDialog)
public:
    CreateResourceDialog(Models::ResourceValidator::Kind kind, const NodeContext &instance, QWidget *parent = nullptr);
    ~CreateResourceDialog() override;

    Models::ResourceValidator *validator() const { return m_validator; }
    /// The request body the OK button sends.
    QByteArray requestBody() const;

Q_SIGNALS:
    void created(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::CreateResourceDialog> m_ui;
    Models::ResourceValidator *m_validator;
    NodeContext m_instance;
    bool m_is5x = false;
};

} // namespace Gui
