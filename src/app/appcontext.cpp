#include "appcontext.h"

#include "api/requestlog.h"
#include "auth/keychainstore.h"
#include "profiles/profilestore.h"
#include "profiles/sandboxlauncher.h"
#include "profiles/sessionmanager.h"
#include "profiles/settings.h"
#include "support/prompter.h"

namespace Gui {

struct AppServices::Private
{
    std::unique_ptr<Profiles::Settings> settings;
    std::unique_ptr<Profiles::ProfileStore> profiles;
    std::unique_ptr<Auth::KeychainStore> keychain;
    std::unique_ptr<Profiles::SandboxLauncher> sandbox;
    std::unique_ptr<Profiles::SessionManager> sessions;
    std::unique_ptr<Api::RequestLog> log;
};

AppServices::AppServices(const QString &settingsFile) : d(std::make_unique<Private>())
{
    d->settings = settingsFile.isEmpty() ? std::make_unique<Profiles::Settings>()
                                         : Profiles::Settings::createForFile(settingsFile);
    d->profiles = std::make_unique<Profiles::ProfileStore>(d->settings.get());
    d->keychain = std::make_unique<Auth::KeychainStore>();
    d->sandbox = std::make_unique<Profiles::SandboxLauncher>();
    const QString dataDir = d->settings->value(Profiles::Settings::Key::SandboxDataDir).toString();
    if (!dataDir.isEmpty())
        d->sandbox->setDataDir(dataDir);
    d->sessions = std::make_unique<Profiles::SessionManager>(d->profiles.get(), d->keychain.get(), d->sandbox.get());
    d->log = std::make_unique<Api::RequestLog>();
    d->sessions->setRequestLog(d->log.get());
}

AppServices::~AppServices()
{
    // Clients first (their calls abort), then the sandbox child process stops.
    d->sessions.reset();
    d->sandbox.reset();
}

AppContext AppServices::context() const
{
    AppContext c;
    c.settings = d->settings.get();
    c.profiles = d->profiles.get();
    c.keychain = d->keychain.get();
    c.sandbox = d->sandbox.get();
    c.sessions = d->sessions.get();
    c.requestLog = d->log.get();
    c.prompter = defaultPrompter();
    return c;
}

} // namespace Gui
