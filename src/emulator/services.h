#pragma once

#include <QByteArray>
#include <QList>
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
    double simSpeed = 1.0;            ///< broker simulation: consumption rate factor, 0 = frozen (--sim-speed)
    int mqttQpsLimit = 1000;          ///< ApsaraMQ for MQTT SendMessage calls per second (documented: 1,000)
    /// Topics per RocketMQ instance (--max-topics). The default is the documented quota of the
    /// smaller flavors (2,000; the largest allow 12,000); benchmarks raise it.
    int maxTopics = 2000;

    QString iamUser = sandboxIamUser(); ///< POST /v3/auth/tokens password login
    QString iamPassword = sandboxIamPassword();
    QString iamDomain = sandboxIamDomain();
    QString region = QStringLiteral("cn-north-4");

    // The documented, well-known sandbox identity (README "The sandbox: mqdesk-emulator").
    static QByteArray sandboxAccessKey();
    static QByteArray sandboxSecretKey();
    static QString sandboxProjectId();
    static QString sandboxIamUser();
    static QString sandboxIamPassword();
    static QString sandboxIamDomain();
    static Settings sandbox(); ///< defaults with the well-known credentials

    struct Project
    {
        QString id;
        QString name; ///< the region id, as IAM names projects
    };
    /// The projects the emulator knows: projectId (named after the region) and a second,
    /// empty one so project pickers have a choice.
    QList<Project> projects() const;
    bool knowsProject(const QString &id) const;
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
