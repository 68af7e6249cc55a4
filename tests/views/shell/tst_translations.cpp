// The zh_CN translation: installTranslators() loads it (and nothing for English); the editor's
// and the shell's texts are all translated and finished; every finished translation keeps its
// source's placeholders and, where the source has one, a mnemonic.

#include <views/editor/jobeditor.h>
#include <views/editor/schedulepreview.h>
#include <views/shell/languages.h>
#include <views/shell/settingsdialog.h>
#include <views/shell/trayicon.h>

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Takt;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool finished = false;
    bool vanished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                message = Message{context, {}, {}, false, false};
            else if (xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.finished = type.isEmpty();
                message.vanished = type == u"vanished" || type == u"obsolete";
                // The text, or one <numerusform> per plural form.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (message.translations.isEmpty())
                    message.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    return messages;
}

/// The contexts of views/editor and views/shell (and the run-state names their notices use).
bool isOurs(const QString &context)
{
    static const QStringList contexts = {
        u"Takt::JobEditor"_qs, u"Takt::CommandEdit"_qs, u"Takt::DurationEdit"_qs, u"Takt::EnvironmentEdit"_qs,
        u"Takt::TimeZoneComboBox"_qs, u"SchedulePreview"_qs, u"Takt::SettingsDialog"_qs, u"Takt::TrayIcon"_qs,
        u"Takt::AboutDialog"_qs, u"CloseBehaviour"_qs, u"Languages"_qs, u"RunStateStyle"_qs};
    return contexts.contains(context);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishLoadsNothing();
    void ourTextsAreTranslated();
    void translationsKeepPlaceholdersAndMnemonics();
    void chineseIsShown(); // last: it installs the translator for the rest of the process

private:
    QTemporaryDir m_dir;
    QList<Message> m_messages;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_messages = readTs(QStringLiteral(TAKT_TS_FILE));
    QVERIFY2(m_messages.size() > 100, TAKT_TS_FILE);
}

void tst_Translations::englishLoadsNothing()
{
    QCOMPARE(installTranslators(u"en"_qs, QStringLiteral(TAKT_QM_DIR)), QString());
    JobEditor editor(nullptr, JobEditor::Mode::New);
    QCOMPARE(editor.windowTitle(), u"New job"_qs);
}

void tst_Translations::ourTextsAreTranslated()
{
    int ours = 0;
    for (const Message &message : std::as_const(m_messages)) {
        if (!isOurs(message.context) || message.vanished)
            continue;
        ++ours;
        const QString where = message.context + u": "_qs + message.source;
        QVERIFY2(message.finished, qPrintable(where));
        QVERIFY2(!message.translations.isEmpty() && !message.translations.first().isEmpty(), qPrintable(where));
    }
    QVERIFY(ours > 100);
}

void tst_Translations::translationsKeepPlaceholdersAndMnemonics()
{
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.finished || message.vanished)
            continue;
        for (const QString &translation : message.translations) {
            const QString where = message.context + u": "_qs + message.source + u" → "_qs + translation;
            QCOMPARE(placeholders(translation), placeholders(message.source));
            QVERIFY2(hasMnemonic(translation) == hasMnemonic(message.source), qPrintable(where));
        }
    }
}

void tst_Translations::chineseIsShown()
{
    QCOMPARE(installTranslators(u"zh_CN"_qs, QStringLiteral(TAKT_QM_DIR)), u"zh_CN"_qs);
    QCOMPARE(QLocale().name(), u"zh_CN"_qs);

    JobEditor editor(nullptr, JobEditor::Mode::New);
    QCOMPARE(editor.windowTitle(), u"新建作业"_qs);
    SettingsDialog settings;
    QCOMPARE(settings.windowTitle(), u"设置"_qs);
    TrayIcon tray(nullptr);
    QCOMPARE(tray.toolTip(), u"Takt — 空闲\n无引擎"_qs);
    QCOMPARE(TrayIcon::tr("Takt — %n running", nullptr, 2), u"Takt — 2 个正在运行"_qs);
    // Weekdays follow the language too.
    const qint64 monday = QDateTime(QDate(2026, 3, 23), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(formatFireTime(monday, QTimeZone("Europe/Berlin")), u"2026-03-23 02:30:00 +01:00（周一）"_qs);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
