#include "settingsdialog.h"

#include "languages.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Takt {

namespace {
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Engine
    m_dataDir = new QLineEdit(this);
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setPlaceholderText(tr("Default: %1").arg(QDir::toNativeSeparators(AppSettings::defaultDataDirectory())));
    m_dataDir->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDataDirectory"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_dataDir->text().isEmpty() ? AppSettings::defaultDataDirectory() : m_dataDir->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), start);
        if (!dir.isEmpty())
            m_dataDir->setText(QDir::toNativeSeparators(dir));
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(browse);
    auto *dataLabel = buddyLabel(tr("&Data directory:"), m_dataDir);
    auto *engine = new QGroupBox(tr("Engine"), this);
    auto *engineForm = new QFormLayout(engine);
    engineForm->addRow(dataLabel, dataRow);
    engineForm->addRow(QString(), noteLabel(tr("The embedded engine keeps its database, logs and working "
                                               "folders here. A change applies when Takt starts again."), this));

    // Appearance
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    auto *themeLabel = buddyLabel(tr("&Theme:"), m_theme);
    auto *languageLabel = buddyLabel(tr("&Language:"), m_language);
    appearanceForm->addRow(themeLabel, m_theme);
    appearanceForm->addRow(languageLabel, m_language);
    appearanceForm->addRow(QString(), noteLabel(tr("A new language applies when Takt starts again."), this));

    // Notifications and tray
    m_notifications = new QCheckBox(tr("&Notify me when a run fails, times out or is lost"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_keepInTray = new QComboBox(this);
    m_keepInTray->setObjectName(QStringLiteral("keepInTray"));
    m_keepInTray->addItem(tr("Ask me"), int(AppSettings::KeepInTray::Ask));
    m_keepInTray->addItem(tr("Keep the engine running in the tray"), int(AppSettings::KeepInTray::Yes));
    m_keepInTray->addItem(tr("Quit Takt and stop the engine"), int(AppSettings::KeepInTray::No));
    auto *tray = new QGroupBox(tr("Notifications and tray"), this);
    auto *trayForm = new QFormLayout(tray);
    trayForm->addRow(m_notifications);
    auto *closeLabel = buddyLabel(tr("When the window &closes:"), m_keepInTray);
    trayForm->addRow(closeLabel, m_keepInTray);
    trayForm->addRow(QString(), noteLabel(tr("Scheduled jobs run only while the engine runs. An engine "
                                             "you connect to over the network is not affected."), this));

    // One label column across the three groups.
    int labelWidth = 0;
    for (QLabel *label : {dataLabel, themeLabel, languageLabel, closeLabel})
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : {dataLabel, themeLabel, languageLabel, closeLabel})
        label->setMinimumWidth(labelWidth);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_dataDir, &QLineEdit::textChanged, m_message, &QLabel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(engine);
    layout->addWidget(appearance);
    layout->addWidget(tray);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_dataDir->setText(QDir::toNativeSeparators(m_settings.dataDirectory()));
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme())));
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_notifications->setChecked(m_settings.notificationsEnabled());
    m_keepInTray->setCurrentIndex(m_keepInTray->findData(int(m_settings.keepInTray())));
}

void SettingsDialog::accept()
{
    const QString dataDir = QDir::fromNativeSeparators(m_dataDir->text().trimmed());
    if (!dataDir.isEmpty() && QDir::isRelativePath(dataDir)) {
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
        m_message->setPalette(palette);
        m_message->setText(tr("data directory: '%1' is not an absolute path").arg(dataDir));
        m_dataDir->setFocus();
        return;
    }
    const QString language = m_language->currentData().toString();
    m_needsRestart = dataDir != m_settings.dataDirectory() || language != m_settings.language();
    const auto theme = AppSettings::Theme(m_theme->currentData().toInt());
    const bool themeChanged = theme != m_settings.theme();

    m_settings.setDataDirectory(dataDir);
    m_settings.setTheme(theme);
    m_settings.setLanguage(language);
    m_settings.setNotificationsEnabled(m_notifications->isChecked());
    m_settings.setKeepInTray(AppSettings::KeepInTray(m_keepInTray->currentData().toInt()));
    m_settings.sync();
    if (themeChanged)
        applyTheme(theme);
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace Takt
