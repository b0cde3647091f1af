#include "profiles/settings.h"

#include <QSettings>

namespace Profiles {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const Entry *entries()
{
    static const Entry table[] = {
        {Settings::Key::LastProfile, "session/lastProfile", QString()},
        {Settings::Key::LastSelection, "session/lastSelection", QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowGeometries, "window/geometries", QVariantMap()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::MainSplitter, "window/mainSplitter", QByteArray()},
        {Settings::Key::ActivityVisible, "window/activityVisible", true},
        {Settings::Key::PageSize, "network/pageSize", 50},
        {Settings::Key::FetchAhead, "network/fetchAhead", 8},
        {Settings::Key::FilterDebounceMs, "ui/filterDebounceMs", 300},
        {Settings::Key::SandboxDataDir, "sandbox/dataDir", QString()},
        {Settings::Key::SandboxOffered, "sandbox/offered", false},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ColorScheme, "ui/colorScheme", QStringLiteral("system")},
    };
    return table;
}

const Entry &entry(Settings::Key key)
{
    const Entry *table = entries();
    for (int i = 0;; ++i) {
        if (table[i].key == key)
            return table[i];
    }
}

} // namespace

Settings::Settings(QObject *parent) : Settings(std::make_unique<QSettings>(), parent) { }

Settings::Settings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createForFile(const QString &iniPath, QObject *parent)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath, QSettings::IniFormat), parent);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(QLatin1String(e.name), e.defaultValue);
    if (e.defaultValue.isValid() && v.metaType() != e.defaultValue.metaType())
        v.convert(e.defaultValue.metaType()); // INI files give strings back
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const QString name = keyName(key);
    if (m_settings->contains(name) && m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

QByteArray Settings::headerState(const QString &tableId) const
{
    return m_settings->value(QStringLiteral("tables/") + tableId).toByteArray();
}

void Settings::setHeaderState(const QString &tableId, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("tables/") + tableId, state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Profiles
