#include "models/recentbodies.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Models {

RecentBodies::RecentBodies(QSettings *settings) : m_settings(settings) { }

QString RecentBodies::key(const QString &topic) const
{
    // Topic names may hold % and other characters QSettings treats specially.
    return u"sendHistory/"_s + QString::fromLatin1(QUrl::toPercentEncoding(topic));
}

QStringList RecentBodies::bodies(const QString &topic) const
{
    return m_settings ? m_settings->value(key(topic)).toStringList() : QStringList();
}

void RecentBodies::remember(const QString &topic, const QString &body)
{
    if (!m_settings || body.isEmpty() || body.toUtf8().size() > maxBodyBytes)
        return;
    QStringList list = bodies(topic);
    list.removeAll(body);
    list.prepend(body);
    while (list.size() > maxEntries)
        list.removeLast();
    m_settings->setValue(key(topic), list);
}

} // namespace Models
