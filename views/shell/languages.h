#pragma once
// The languages the console speaks and how their translations are loaded at start-up.

#include <QList>
#include <QString>

namespace Takt {

struct Language
{
    QString code;        ///< "" = the system's language, "en", "zh_CN"
    QString nativeName;  ///< "English", "简体中文"; for "" the translated "System language"
};

/// The choices the settings offer, the system's language first.
QList<Language> availableLanguages();

/// Loads Takt's translation (takt_<locale>.qm from `directory`, by default the one built into
/// the application) and Qt's own for `language` ("" = the system's), and makes it the default
/// QLocale. Call once, after the QApplication is made and before any window is; texts already
/// shown do not change. Returns the locale whose translation was installed, or "" for English.
QString installTranslators(const QString &language, const QString &directory = QStringLiteral(":/i18n"));

} // namespace Takt
