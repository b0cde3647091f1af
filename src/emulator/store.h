#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace Emulator {

/// The emulator's whole state: one SQLite database (emulator.sqlite in the data dir) in WAL
/// mode with synchronous=FULL, so every committed change survives kill -9 and power loss.
/// Each component (admin, broker, iam, ...) owns its tables and migrates them itself through
/// migrate(); versions are kept per component in the `schema_versions` table.
/// Lives on the thread that opened it (the server's); not thread-safe.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (creating) <dataDir>/emulator.sqlite. An empty dataDir opens a private in-memory
    /// database (tests). On failure returns false and sets *error.
    bool open(const QString &dataDir, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString fileName() const;
    QSqlDatabase database() const;

    /// One migration step: the statements that bring `component` to `version`.
    struct Migration
    {
        int version;
        QStringList statements;
    };
    /// Applies, in one transaction each, the steps above the component's stored version.
    /// Returns false (and logs) when a statement fails; the database is left at the last good version.
    bool migrate(const QString &component, const QList<Migration> &steps, QString *error = nullptr);
    int schemaVersion(const QString &component) const;

    /// Runs one statement with positional (?) bound values. A null QString binds as '' (pass
    /// QVariant() for SQL NULL). Returns false and logs on error.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    /// Runs a statement, returning the prepared and executed query (check isActive()).
    QSqlQuery query(const QString &sql, const QVariantList &values = {});
    /// All rows as column-name -> value maps.
    QList<QVariantMap> rows(const QString &sql, const QVariantList &values = {});
    /// The first row, if any.
    std::optional<QVariantMap> row(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row (invalid QVariant when no row).
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    qint64 lastInsertId() const;
    int rowsAffected() const; ///< of the last exec()

    /// Runs `work` inside one transaction (nested calls join the outer one, savepoints are not
    /// used). Commits when `work` returns true, rolls back otherwise; returns the outcome.
    bool transaction(const std::function<bool()> &work);

    /// Arbitrary small persisted settings (e.g. "iam.token_secret"), JSON-encodable values.
    QVariant setting(const QString &key, const QVariant &fallback = {});
    void setSetting(const QString &key, const QVariant &value);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Emulator
