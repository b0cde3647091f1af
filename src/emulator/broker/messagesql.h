#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// SQL helpers shared by the message store's files (not part of its interface).
namespace Emulator::Broker::Sql {

/// Binds positional values (a null QString as '', the text columns are NOT NULL) and runs the
/// prepared query; logs and returns false on failure.
bool run(QSqlQuery &q, const QVariantList &values);
/// The columns MessageStore::toMessage() reads, from broker_messages m JOIN broker_queues q.
QString messageColumns();

} // namespace Emulator::Broker::Sql
