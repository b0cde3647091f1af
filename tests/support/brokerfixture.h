#pragma once

#include "broker/broker.h"
#include "broker/simulation.h"
#include "catalog.h"
#include "httpresponse.h"
#include "router.h"
#include "services.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

/// The emulator's broker side in-process, on a real SQLite store (a temporary data dir) and
/// the real router: requests go through route matching, parameter validation and the handler,
/// without a socket. Admin resources are created directly in the admin tables.
class BrokerFixture
{
public:
    explicit BrokerFixture(bool onDisk = false);
    ~BrokerFixture();

    Emulator::Store &store() { return m_store; }
    Emulator::Catalog &catalog() { return *m_catalog; }
    Emulator::Broker::Service &broker() { return *m_broker; }
    QString projectId() const { return m_settings.projectId; }

    /// Creates a RUNNING instance with `brokers` brokers; returns its id.
    QString addInstance(const QString &engineVersion = QStringLiteral("4.8.0"), int brokers = 1);
    /// A topic with `queues` read and write queues on every broker of the instance.
    void addTopic(const QString &instanceId, const QString &name, int queues = 3,
                  const QString &permission = QStringLiteral("all"));
    void addGroup(const QString &instanceId, const QString &name, int retryMaxTimes = 16, bool enabled = true);

    struct Reply
    {
        int status = 0;
        QJsonDocument json;
        QJsonObject object() const { return json.object(); }
    };
    /// Routes and runs a request: path relative to the host, query already decoded.
    Reply call(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query = {},
               const QJsonDocument &body = {});

private:
    QTemporaryDir m_dir;
    Emulator::Settings m_settings;
    Emulator::Store m_store;
    std::unique_ptr<Emulator::Catalog> m_catalog;
    Emulator::Router m_router;
    std::unique_ptr<Emulator::ServiceContext> m_context;
    Emulator::Broker::Service *m_broker = nullptr;
    int m_instances = 0;
};

} // namespace TestSupport
