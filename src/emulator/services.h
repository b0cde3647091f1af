#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Emulator {

class Catalog;
class Router;
class Store;

/// The emulator's configuration (command line of mqdesk-emulator, or a test's choice).
struct Settings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;     ///< 0 = any free port
    QString dataDir;      ///< empty = in-memory database (tests only)
    QByteArray accessKey; ///< the sandbox AK/SK (see sandboxAccessKey())
    QByteArray secretKey;
    QString projectId;
    bool demo = false;                ///< seed demo data into an empty database
    QString faults;                   ///< --faults SPEC (see faults.h)
    int instanceCreateDelayMs = 3000; ///< CREATING -> RUNNING

    static QByteArray sandboxAccessKey(); ///< "MQDESKSANDBOXAK0000000"-style well-known key
    static QByteArray sandboxSecretKey();
    static QString sandboxProjectId();
    static Settings sandbox(); ///< defaults with the well-known credentials
};

/// What a resource family gets to install itself: register handlers on the router, migrate
/// its tables, listen to the catalog. Each family has one entry point:
///   Emulator::Admin::install(ServiceContext &)   admin/ (instances, topics, groups, users, ...)
///   Emulator::Iam::install(ServiceContext &)     IAM tokens and projects
///   Emulator::Broker::install(ServiceContext &)  broker/broker.h (messages, traces, offsets, ...)
/// and, for --demo, a seeding function called after the admin side has seeded:
///   Emulator::Broker::seedDemo(ServiceContext &, const DemoSeed &)
struct ServiceContext
{
    Store &store;
    Router &router;
    Catalog &catalog;
    const Settings &settings;
};

/// The admin side's demo data, handed to the broker's seeding.
struct DemoSeed
{
    QString projectId;
    QStringList instanceIds; ///< RUNNING instances, 4.8.0 first, then 5.x
};

} // namespace Emulator
