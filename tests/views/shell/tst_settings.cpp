// AppSettings persist across instances; SettingsDialog loads and saves them through its widgets,
// refuses a relative data directory and applies the theme; the dark theme changes the palette.
// Saves a screenshot of the dialog.

#include <views/shell/appsettings.h>
#include <views/shell/settingsdialog.h>
#include <views/shell/theme.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

namespace {

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton *okButton(const SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void persist();
    void dialogSavesWhatIsChosen();
    void dialogRefusesRelativeDataDirectory();
    void darkThemeChangesPalette();
    void screenshot();

private:
    QTemporaryDir m_dir;
};

void tst_Settings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    qunsetenv("TAKT_DATA");
}

void tst_Settings::init()
{
    QSettings(u"Takt"_qs, u"takt"_qs).clear();
}

void tst_Settings::defaults()
{
    AppSettings settings;
    QCOMPARE(settings.dataDirectory(), QString());
    QCOMPARE(settings.effectiveDataDirectory(), AppSettings::defaultDataDirectory());
    QVERIFY(!AppSettings::defaultDataDirectory().isEmpty());
    QCOMPARE(settings.theme(), AppSettings::Theme::System);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.notificationsEnabled());
    QCOMPARE(settings.keepInTray(), AppSettings::KeepInTray::Ask);

    qputenv("TAKT_DATA", "/srv/takt-data");
    QCOMPARE(AppSettings::defaultDataDirectory(), u"/srv/takt-data"_qs);
    qunsetenv("TAKT_DATA");
}

void tst_Settings::persist()
{
    {
        AppSettings settings;
        settings.setDataDirectory(u"/data/takt"_qs);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setLanguage(u"zh_CN"_qs);
        settings.setNotificationsEnabled(false);
        settings.setKeepInTray(AppSettings::KeepInTray::Yes);
        // Another instance sees the changes at once.
        AppSettings other;
        QCOMPARE(other.theme(), AppSettings::Theme::Dark);
    }
    // On disk, where the test mode put it, in the organization's folder.
    const QString file = m_dir.filePath(u"Takt/takt.conf"_qs);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"appearance/theme"_qs).toString(), u"dark"_qs);

    AppSettings settings;
    QCOMPARE(settings.dataDirectory(), u"/data/takt"_qs);
    QCOMPARE(settings.effectiveDataDirectory(), u"/data/takt"_qs);
    QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
    QCOMPARE(settings.language(), u"zh_CN"_qs);
    QVERIFY(!settings.notificationsEnabled());
    QCOMPARE(settings.keepInTray(), AppSettings::KeepInTray::Yes);

    settings.setDataDirectory(QString());
    QCOMPARE(settings.effectiveDataDirectory(), AppSettings::defaultDataDirectory());
}

void tst_Settings::dialogSavesWhatIsChosen()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dataDirectory"_qs), u"/var/lib/takt"_qs);
    choose(dialog.findChild<QComboBox *>(u"language"_qs), u"zh_CN"_qs);
    choose(dialog.findChild<QComboBox *>(u"keepInTray"_qs), int(AppSettings::KeepInTray::No));
    QTest::mouseClick(dialog.findChild<QCheckBox *>(u"notifications"_qs), Qt::LeftButton);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.needsRestart());

    AppSettings settings;
    QCOMPARE(settings.dataDirectory(), u"/var/lib/takt"_qs);
    QCOMPARE(settings.language(), u"zh_CN"_qs);
    QCOMPARE(settings.keepInTray(), AppSettings::KeepInTray::No);
    QVERIFY(!settings.notificationsEnabled());

    // Reopened, it shows what was saved; OK without changes needs no restart.
    SettingsDialog again;
    QCOMPARE(again.findChild<QLineEdit *>(u"dataDirectory"_qs)->text(), u"/var/lib/takt"_qs);
    QCOMPARE(again.findChild<QComboBox *>(u"language"_qs)->currentText(), u"简体中文"_qs);
    QVERIFY(!again.findChild<QCheckBox *>(u"notifications"_qs)->isChecked());
    again.accept();
    QVERIFY(!again.needsRestart());
}

void tst_Settings::dialogRefusesRelativeDataDirectory()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dataDirectory"_qs), u"relative/dir"_qs);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"message"_qs)->text(),
             u"data directory: 'relative/dir' is not an absolute path"_qs);
    QCOMPARE(AppSettings().dataDirectory(), QString());
}

void tst_Settings::darkThemeChangesPalette()
{
    const QPalette original = QApplication::palette();
    const QString originalStyle = QApplication::style()->name();
    QVERIFY(original.color(QPalette::Window).lightness() > 128);

    SettingsDialog dialog;
    choose(dialog.findChild<QComboBox *>(u"theme"_qs), int(AppSettings::Theme::Dark));
    dialog.accept(); // OK applies the theme at once
    QCOMPARE(AppSettings().theme(), AppSettings::Theme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_qs);
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 64);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 192);
    // Widgets follow.
    QWidget widget;
    QVERIFY(widget.palette().color(QPalette::Base).lightness() < 64);

    applyTheme(AppSettings::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 192);

    applyTheme(AppSettings::Theme::System);
    QCOMPARE(QApplication::style()->name(), originalStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
}

void tst_Settings::screenshot()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    QVERIFY(distinctColours(image) > 20);
    const QString dir = QStringLiteral(TAKT_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + u"/settings.png"_qs));

    applyTheme(AppSettings::Theme::Dark);
    QTRY_VERIFY(dialog.palette().color(QPalette::Window).lightness() < 64);
    const QImage dark = dialog.grab().toImage();
    applyTheme(AppSettings::Theme::System);
    QVERIFY(distinctColours(dark) > 20);
    QVERIFY(dark.pixelColor(4, 4).lightness() < 64);
    QVERIFY(dark.save(dir + u"/settings-dark.png"_qs));
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
