#pragma once

#include <QString>

#include <memory>

namespace Profiles {
class Settings;
class ProfileStore;
class SandboxLauncher;
class SessionManager;
} // namespace Profiles
namespace Auth {
class KeychainStore;
}
namespace Api {
class RequestLog;
}

namespace Gui {

class Prompter;

/// The application's long-lived services, created once by main() (or a test) and handed to
/// the windows through their constructors: no singletons.
struct AppContext
{
    Profiles::Settings *settings = nullptr;
    Profiles::ProfileStore *profiles = nullptr;
    Auth::KeychainStore *keychain = nullptr;
    Profiles::SandboxLauncher *sandbox = nullptr;
    Profiles::SessionManager *sessions = nullptr;
    Api::RequestLog *requestLog = nullptr;
    Prompter *prompter = nullptr;
};

/// Owns an AppContext's services (main() and tests).
class AppServices
{
public:
    /// `settingsFile` empty: the platform's QSettings; else an INI file (tests).
    explicit AppServices(const QString &settingsFile = {});
    ~AppServices();
    AppContext context() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gui
