#pragma once
// SettingsDialog: the console's preferences — data directory, theme, language, notifications,
// and what closing the window does while the engine runs inside the app. Saved in AppSettings.

#include <views/shell/appsettings.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Takt {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// After OK: whether a saved change (data directory, language) waits for a restart.
    bool needsRestart() const { return m_needsRestart; }

public Q_SLOTS:
    /// Saves the settings and applies the theme at once; stays open if the data directory is
    /// not an absolute path.
    void accept() override;

Q_SIGNALS:
    /// The settings were saved.
    void settingsSaved();

private:
    void load();

    AppSettings m_settings;
    bool m_needsRestart = false;
    QLineEdit *m_dataDir = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_keepInTray = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Takt
