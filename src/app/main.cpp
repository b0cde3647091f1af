#include "appcontext.h"
#include "appearance.h"
#include "appoptions.h"
#include "linknavigator.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mqdesk"));
    QApplication::setOrganizationName(QStringLiteral("mqdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MQDESK_VERSION));
    // The installed theme icon, else the built-in one (PNGs: no SVG plugin needed), and the
    // .desktop entry's name so that Wayland/X11 docks match windows to it (packaging/).
    QIcon appIcon = QIcon::fromTheme(QStringLiteral("mqdesk"));
    if (appIcon.isNull()) {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            appIcon.addFile(QStringLiteral(":/icons/png/mqdesk-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(appIcon);
    QGuiApplication::setDesktopFileName(QStringLiteral(MQDESK_APP_ID));

    const Gui::AppOptions options = Gui::AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << Qt::endl << options.helpText;
        return 2;
    }
    if (options.showHelp) {
        QTextStream(stdout) << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        QTextStream(stdout) << options.versionText << Qt::endl;
        return 0;
    }
    // A link for the running mqdesk goes there; this process then has nothing to show.
    if (!options.link.isEmpty() &&
        Gui::SingleInstance::sendToRunning(Gui::SingleInstance::defaultServerName(), options.link))
        return 0;
    Gui::AppServices services;
    const Gui::AppContext context = services.context();
    // The language follows the system unless Settings say otherwise (applies at start).
    Gui::Translations::install(&app, context.settings->value(Profiles::Settings::Key::Language).toString());
    if (const auto scheme =
            Gui::Appearance::fromString(context.settings->value(Profiles::Settings::Key::ColorScheme).toString());
        scheme != Gui::Appearance::Scheme::System)
        Gui::Appearance::apply(scheme);
    Gui::MainWindow window(context);
    window.show();
    Gui::LinkNavigator navigator(&window, context);
    QObject::connect(&navigator, &Gui::LinkNavigator::failed, &window,
                     [](const QString &error) { QTextStream(stderr) << error << Qt::endl; });
    // The first mqdesk of the session takes the links of later launches.
    Gui::SingleInstance instance;
    if (instance.listen()) {
        QObject::connect(&instance, &Gui::SingleInstance::messageReceived, &window,
                         [&window, &navigator](const QString &link) {
                             window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                             window.raise();
                             window.activateWindow();
                             navigator.open(link);
                         });
    }

    if (options.sandbox) {
        window.openProfile(Profiles::Profile::sandboxId());
    } else if (!options.profile.isEmpty()) {
        const Profiles::Profile p = context.profiles->findByName(options.profile);
        if (!p.isValid()) {
            QTextStream(stderr) << QApplication::translate("main", "No profile named “%1”.").arg(options.profile)
                                << Qt::endl;
            return 2;
        }
        window.openProfile(p.id);
    } else if (!options.link.isEmpty()) {
        if (!navigator.open(options.link))
            return 2;
    } else if (const QUuid last(context.settings->lastProfile()); !last.isNull() && context.profiles->contains(last)) {
        const QString selection = context.settings->lastSelection(); // before openProfile() selects the profile
        window.openProfile(last);
        if (!selection.isEmpty())
            window.revealLink(selection);
    } else {
        window.offerSandboxIfEmpty();
    }
    return QApplication::exec();
}
