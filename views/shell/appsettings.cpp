#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace Takt {

namespace {
// The stored keys; their values are plain strings so that the file stays readable.
const QString DataDirectoryKey = QStringLiteral("engine/dataDirectory");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString LanguageKey = QStringLiteral("appearance/language");
const QString NotificationsKey = QStringLiteral("notifications/runFailures");
const QString KeepInTrayKey = QStringLiteral("window/keepEngineInTray");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Takt"), QStringLiteral("takt")))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::dataDirectory() const
{
    return m_settings->value(DataDirectoryKey).toString();
}

void AppSettings::setDataDirectory(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(DataDirectoryKey);
    else
        m_settings->setValue(DataDirectoryKey, path);
}

QString AppSettings::defaultDataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TAKT_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppSettings::effectiveDataDirectory() const
{
    const QString chosen = dataDirectory();
    return chosen.isEmpty() ? defaultDataDirectory() : chosen;
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings->value(ThemeKey).toString());
}

void AppSettings::setTheme(Theme theme)
{
    m_settings->setValue(ThemeKey, themeName(theme));
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, language);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(NotificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(NotificationsKey, enabled);
}

AppSettings::KeepInTray AppSettings::keepInTray() const
{
    const QString value = m_settings->value(KeepInTrayKey).toString();
    if (value == u"yes")
        return KeepInTray::Yes;
    if (value == u"no")
        return KeepInTray::No;
    return KeepInTray::Ask;
}

void AppSettings::setKeepInTray(KeepInTray choice)
{
    const char *names[] = {"ask", "yes", "no"};
    m_settings->setValue(KeepInTrayKey, QString::fromLatin1(names[int(choice)]));
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

} // namespace Takt
