#pragma once

#include "httpfrontend.h"
#include "services.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Emulator {

class Catalog;
class Router;
class Store;

/// mqdesk-emulator as an object: opens the store, installs every resource family on the
/// router, seeds the demo data, and serves HTTP on loopback. Tests create one in-process;
/// the executable wraps one with a command line.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)
public:
    explicit Server(const Settings &settings, QObject *parent = nullptr);
    ~Server() override;

    /// Opens the store, migrates, installs the services, seeds (--demo) and listens.
    bool start(QString *error = nullptr);
    void stop();

    quint16 port() const;
    QUrl url() const; ///< http://HOST:PORT
    const Settings &settings() const;
    Store &store();
    Router &router();
    Catalog &catalog();

    /// The whole request pipeline without a socket: faults, size limit, routing, signature or
    /// token check, validation and the handler. Every outcome carries X-Request-Id.
    Outcome process(const RawRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Emulator
