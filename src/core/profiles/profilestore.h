#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QObject>
#include <QUuid>

namespace Profiles {

class Settings;

/// The connection profiles, persisted in Settings (no secrets), plus the built-in sandbox
/// profile, which always exists and cannot be removed.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    explicit ProfileStore(Settings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// User profiles in the order they were added, then the sandbox.
    QList<Profile> profiles() const;
    /// User profiles only (the sandbox excluded).
    QList<Profile> userProfiles() const { return m_profiles; }
    bool contains(const QUuid &id) const;
    Profile profile(const QUuid &id) const;
    /// First profile whose name matches (case-insensitive); invalid Profile when none does.
    Profile findByName(const QString &name) const;

    static Profile sandboxProfile();

    /// Adds or replaces (by id) a profile and saves it. The sandbox cannot be replaced.
    bool save(const Profile &profile);
    bool remove(const QUuid &id);
    /// Adds a copy with a new id; returns it.
    Profile duplicate(const QUuid &id);

    void reload();

Q_SIGNALS:
    void profileAdded(const QUuid &id);
    void profileChanged(const QUuid &id);
    void profileRemoved(const QUuid &id);

private:
    void write(const Profile &profile);
    Profile read(const QString &group) const;

    Settings *m_settings;
    QList<Profile> m_profiles;
};

} // namespace Profiles
