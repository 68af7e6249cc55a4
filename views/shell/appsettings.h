#pragma once
// AppSettings: the desktop console's preferences, typed, over QSettings (organization "Takt",
// application "takt"; ~/.config/Takt/takt.conf on Linux).

#include <QString>

#include <memory>

class QSettings;

namespace Takt {

class AppSettings final
{
public:
    enum class Theme { System, Light, Dark };
    /// Closing the window while the engine runs inside the app: ask, keep it in the tray, or quit.
    enum class KeepInTray { Ask, Yes, No };

    /// Reads and writes the user's settings file. Several AppSettings in one process see each
    /// other's changes at once (QSettings shares them).
    AppSettings();
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// The engine's data directory as chosen in the settings; empty = defaultDataDirectory().
    /// Read at start-up only: a change applies when Takt starts again.
    QString dataDirectory() const;
    void setDataDirectory(const QString &path);
    /// $TAKT_DATA, else the user's application data folder (as `takt serve` resolves it).
    static QString defaultDataDirectory();
    /// dataDirectory(), or the default when none is set.
    QString effectiveDataDirectory() const;

    Theme theme() const;                       ///< default System
    void setTheme(Theme theme);
    /// "" (the system's language), "en" or "zh_CN". Read at start-up (see installTranslators()).
    QString language() const;
    void setLanguage(const QString &language);
    bool notificationsEnabled() const;         ///< default true
    void setNotificationsEnabled(bool enabled);
    KeepInTray keepInTray() const;             ///< default Ask
    void setKeepInTray(KeepInTray choice);

    /// Writes pending changes to disk (also done on destruction and by Qt's event loop).
    void sync();

    static QString themeName(Theme theme);     ///< "system", "light", "dark" (the stored form)
    static Theme themeFromName(const QString &name); ///< System for anything unknown

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Takt
