#pragma once

#include "appcontext.h"
#include "pages/detailpage.h"

#include <QUuid>

class QFormLayout;
class QListWidget;
class QPushButton;

namespace Api {
class ApiClient;
}
namespace Profiles {
class ConnectionTester;
struct Profile;
} // namespace Profiles

namespace Gui {

/// Profile: what the profile store knows about it (kind, region, endpoints, project,
/// authentication and where its secrets live, never a secret itself; CA bundle, proxy) and,
/// for the sandbox, the emulator's URL, data folder and state. Edit profile… and Test
/// connection (the four ConnectionTester steps, listed on the page).
class ProfilePage final : public DetailPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)
public:
    ProfilePage(const NodeContext &context, PageHost *host, const AppContext &app, QWidget *parent = nullptr);
    ~ProfilePage() override;

    /// Opens the profile's client (reading its secrets if it was not open) and runs the test.
    void testConnection();

Q_SIGNALS:
    /// Edit profile… was clicked (the main window opens the profile dialog).
    void editRequested(const QUuid &profileId);

protected:
    /// Shows the profile as the store has it now.
    void load() override;

private:
    void showProfile();
    void addSandboxFields();
    void addAuthFields(const Profiles::Profile &p);
    void runTest(Api::ApiClient *client);

    AppContext m_app;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QPushButton *m_edit;
    QPushButton *m_test;
    QListWidget *m_results;
    Profiles::ConnectionTester *m_tester = nullptr;
};

} // namespace Gui
