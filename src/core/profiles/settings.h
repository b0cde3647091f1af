#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Profiles {

/// Typed facade over QSettings: one table of keys and defaults, a changed(Key) signal.
/// Never holds secrets (those go through Auth::KeychainStore). Tests create one on a
/// temporary file with Settings::createTemporary().
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key {
        LastProfile,      ///< QString: profile uuid the app opened last
        LastSelection,    ///< QString: mqdesk:// path of the selected tree node
        WindowGeometry,   ///< QByteArray: the last used (QWidget::saveGeometry)
        WindowGeometries, ///< QVariantMap: screen configuration -> {geometry, used} (Gui::WindowGeometry)
        WindowState,      ///< QByteArray (docks, toolbars)
        MainSplitter,     ///< QByteArray
        ActivityVisible,  ///< bool
        PageSize,         ///< int: list page size (limit), 50
        FetchAhead,       ///< int: pages fetched in parallel once the total is known
        FilterDebounceMs, ///< int
        SandboxDataDir,   ///< QString: empty = AppDataLocation/sandbox
        SandboxOffered,   ///< bool: the first-start offer was shown
        Language,         ///< QString: UI language (QLocale name, "zh_CN"); empty = the system's
        ColorScheme,      ///< QString: "system", "light" or "dark"
    };
    Q_ENUM(Key)

    /// Uses the application's QSettings (organisation/application names).
    explicit Settings(QObject *parent = nullptr);
    /// Takes over an existing QSettings (tests: an INI file in a temporary folder).
    explicit Settings(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~Settings() override;

    static std::unique_ptr<Settings> createForFile(const QString &iniPath, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString lastProfile() const { return value(Key::LastProfile).toString(); }
    QString lastSelection() const { return value(Key::LastSelection).toString(); }
    int pageSize() const { return value(Key::PageSize).toInt(); }
    int fetchAhead() const { return value(Key::FetchAhead).toInt(); }

    /// Per-table header state (column widths, sort), keyed by a stable table id.
    QByteArray headerState(const QString &tableId) const;
    void setHeaderState(const QString &tableId, const QByteArray &state);

    /// The underlying store, for Profiles::ProfileStore only.
    QSettings *store() const { return m_settings.get(); }
    void sync();

Q_SIGNALS:
    void changed(Profiles::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Profiles
