#pragma once

#include <QList>
#include <QString>

namespace Models {

/// A local record of consumer offsets before and after each reset, one JSON object per
/// line, so the user can see (and restore by hand) what was there before.
class OffsetJournal
{
public:
    struct Queue
    {
        QString broker;
        int queueId = 0;
        qint64 before = -1;
        qint64 after = -1;
    };
    struct Entry
    {
        qint64 timeMs = 0;
        QString instanceId;
        QString group;
        QString topic;
        qint64 targetMs = 0;
        QList<Queue> queues;
    };

    /// path empty: <AppDataLocation>/offset-journal.jsonl
    explicit OffsetJournal(const QString &path = {});
    static QString defaultPath();
    const QString &path() const { return m_path; }

    bool append(const Entry &entry, QString *error = nullptr) const;
    /// Entries, newest first; optionally only one group (and topic).
    QList<Entry> entries(const QString &group = {}, const QString &topic = {}) const;

private:
    QString m_path;
};

} // namespace Models
