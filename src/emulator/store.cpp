#include "store.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "mqdesk.emulator.store")

namespace Emulator {

namespace {
QAtomicInt connectionCounter;
}

struct Store::Private
{
    QString connectionName;
    QString fileName;
    int transactionDepth = 0;
    bool rollbackPending = false;
    int rowsAffected = 0;
    qint64 lastInsertId = 0;
};

Store::Store() : d(std::make_unique<Private>())
{
    d->connectionName = u"mqdesk-emulator-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
}

Store::~Store()
{
    close();
}

bool Store::open(const QString &dataDir, QString *error)
{
    close();
    QString file = u":memory:"_s;
    if (!dataDir.isEmpty()) {
        if (!QDir().mkpath(dataDir)) {
            if (error)
                *error = u"cannot create the data directory %1"_s.arg(dataDir);
            return false;
        }
        file = QDir(dataDir).absoluteFilePath(u"emulator.sqlite"_s);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            if (error)
                *error = u"cannot open %1: %2"_s.arg(file, db.lastError().text());
            db = {};
            QSqlDatabase::removeDatabase(d->connectionName);
            return false;
        }
    }
    d->fileName = file;
    // WAL + FULL: a commit is on disk (in the WAL) before the answer leaves, so kill -9 loses nothing.
    const QStringList pragmas {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s};
    for (const QString &pragma : pragmas) {
        QString pragmaError;
        if (!exec(pragma, {}, &pragmaError)) {
            if (error)
                *error = pragmaError;
            close();
            return false;
        }
    }
    return exec(u"CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s,
                {}, error) &&
        exec(u"CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, {}, error);
}

void Store::close()
{
    if (!QSqlDatabase::contains(d->connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->fileName.clear();
    d->transactionDepth = 0;
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(d->connectionName) && database().isOpen();
}

QString Store::fileName() const
{
    return d->fileName;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(d->connectionName, false);
}

int Store::schemaVersion(const QString &component) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT version FROM schema_versions WHERE component = ?"_s);
    q.addBindValue(component);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Store::migrate(const QString &component, const QList<Migration> &steps, QString *error)
{
    for (const Migration &step : steps) {
        if (step.version <= schemaVersion(component))
            continue;
        QString stepError;
        const bool ok = transaction([&] {
            for (const QString &statement : step.statements) {
                if (!exec(statement, {}, &stepError))
                    return false;
            }
            return exec(u"INSERT INTO schema_versions(component, version) VALUES(?, ?) "
                        "ON CONFLICT(component) DO UPDATE SET version = excluded.version"_s,
                        {component, step.version}, &stepError);
        });
        if (!ok) {
            qCWarning(lcStore) << "migration" << component << step.version << "failed:" << stepError;
            if (error)
                *error = u"migration %1 v%2: %3"_s.arg(component).arg(step.version).arg(stepError);
            return false;
        }
    }
    return true;
}

QSqlQuery Store::query(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << q.lastError().text() << sql;
        return q;
    }
    for (const QVariant &value : values) {
        // A null QString means "no text", not SQL NULL; pass QVariant() for NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(value);
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "exec failed:" << q.lastError().text() << sql;
    }
    d->rowsAffected = q.numRowsAffected();
    d->lastInsertId = q.lastInsertId().toLongLong();
    return q;
}

bool Store::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q = query(sql, values);
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<QVariantMap> Store::rows(const QString &sql, const QVariantList &values)
{
    QList<QVariantMap> result;
    QSqlQuery q = query(sql, values);
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        result.append(row);
    }
    return result;
}

std::optional<QVariantMap> Store::row(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = query(sql, values);
    if (!q.next())
        return std::nullopt;
    const QSqlRecord record = q.record();
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), record.value(i));
    return row;
}

QVariant Store::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = query(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Store::lastInsertId() const
{
    return d->lastInsertId;
}

int Store::rowsAffected() const
{
    return d->rowsAffected;
}

bool Store::transaction(const std::function<bool()> &work)
{
    if (d->transactionDepth > 0) {
        ++d->transactionDepth;
        const bool ok = work();
        --d->transactionDepth;
        if (!ok)
            d->rollbackPending = true;
        return ok;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    d->transactionDepth = 1;
    d->rollbackPending = false;
    const bool ok = work() && !d->rollbackPending;
    d->transactionDepth = 0;
    d->rollbackPending = false;
    if (ok && db.commit())
        return true;
    if (ok)
        qCWarning(lcStore) << "commit failed:" << db.lastError().text();
    db.rollback();
    return false;
}

QVariant Store::setting(const QString &key, const QVariant &fallback)
{
    const QVariant raw = scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!raw.isValid())
        return fallback;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toString().toUtf8());
    return doc.isArray() ? doc.array().first().toVariant() : fallback;
}

void Store::setSetting(const QString &key, const QVariant &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    exec(u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
         {key, QString::fromUtf8(json)});
}

} // namespace Emulator
