#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace Models {

/// Recently sent bodies per topic (newest first, deduplicated, bounded), kept in QSettings
/// under sendHistory/<topic>. Bodies larger than maxBodyBytes are not remembered.
class RecentBodies
{
public:
    static constexpr int maxEntries = 10;
    static constexpr int maxBodyBytes = 64 * 1024;

    explicit RecentBodies(QSettings *settings);
    QStringList bodies(const QString &topic) const;
    void remember(const QString &topic, const QString &body);

private:
    QString key(const QString &topic) const;
    QSettings *m_settings;
};

} // namespace Models
