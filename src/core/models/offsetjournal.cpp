#include "models/offsetjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Models {

OffsetJournal::OffsetJournal(const QString &path) : m_path(path.isEmpty() ? defaultPath() : path) { }

QString OffsetJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/offset-journal.jsonl"_s;
}

bool OffsetJournal::append(const Entry &entry, QString *error) const
{
    QJsonArray queues;
    for (const Queue &q : entry.queues) {
        queues.append(QJsonObject {
            {u"broker"_s, q.broker}, {u"queue_id"_s, q.queueId}, {u"before"_s, q.before}, {u"after"_s, q.after}});
    }
    const QJsonObject line {{u"time"_s, entry.timeMs}, {u"instance_id"_s, entry.instanceId}, {u"group"_s, entry.group},
                            {u"topic"_s, entry.topic}, {u"target"_s, entry.targetMs},        {u"queues"_s, queues}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<OffsetJournal::Entry> OffsetJournal::entries(const QString &group, const QString &topic) const
{
    QList<Entry> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a torn last line after a crash: skip it, keep the rest
        Entry e;
        e.timeMs = qint64(o.value(u"time").toDouble());
        e.instanceId = o.value(u"instance_id").toString();
        e.group = o.value(u"group").toString();
        e.topic = o.value(u"topic").toString();
        e.targetMs = qint64(o.value(u"target").toDouble());
        if ((!group.isEmpty() && e.group != group) || (!topic.isEmpty() && e.topic != topic))
            continue;
        const QJsonArray queues = o.value(u"queues").toArray();
        for (const QJsonValue &v : queues) {
            e.queues.append(Queue {v[u"broker"].toString(), v[u"queue_id"].toInt(), qint64(v[u"before"].toDouble(-1)),
                                   qint64(v[u"after"].toDouble(-1))});
        }
        out.prepend(e);
    }
    return out;
}

} // namespace Models
