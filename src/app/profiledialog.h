#pragma once

#include "appcontext.h"
#include "auth/credentials.h"
#include "profiles/profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileDialog;
}
namespace Profiles {
class ConnectionTester;
}
namespace Api {
class ApiClient;
}

namespace Gui {

/// Adds or edits a Huawei Cloud profile: region (fills the endpoints) or custom endpoints,
/// project id, authentication (AK/SK, temporary AK/SK + security token, IAM user/password),
/// environment tag, CA bundle. Secrets go to the keychain only (one entry each); when no
/// keychain is available they are kept for this session and the dialog says so.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    ProfileDialog(const AppContext &context, const Profiles::Profile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// The profile the form describes now (no secrets).
    Profiles::Profile profile() const;
    /// Empty when the form is complete, else what is missing.
    QString validationError() const;

Q_SIGNALS:
    void saved(const QUuid &id);

public Q_SLOTS:
    void accept() override;

private:
    void onRegionChanged();
    void onAuthChanged();
    void validate();
    void testConnection();
    void discoverProject();
    Auth::Credentials credentials() const;
    QHash<QString, QByteArray> secrets() const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AppContext m_ctx;
    Profiles::Profile m_profile;
    Profiles::ConnectionTester *m_tester = nullptr;
    Api::ApiClient *m_discovery = nullptr;
    int m_pendingWrites = 0;
};

} // namespace Gui
