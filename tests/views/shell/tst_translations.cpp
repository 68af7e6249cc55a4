// The zh_CN translation: installTranslators() loads it (and nothing for English); every text of
// the .ts (engine, views, app) is translated and finished; every translation keeps its source's
// placeholders and, where the source has one, exactly one mnemonic; and the compiled .qm gives
// each of them back through QCoreApplication::translate().

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
    QString comment;          // the disambiguation, if any
    bool numerus = false;
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
            else if (xml.name() == u"message") {
                message = Message{context, {}, {}, false, {}, false, false};
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.name() == u"comment")
                message.comment = xml.readElementText();
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

/// %1, %L1, %n, %Ln and QProgressBar's %p, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|L?n|p)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

int mnemonicCount(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    int count = 0;
    for (auto it = re.globalMatch(QString(text).replace(QStringLiteral("&&"), QString())); it.hasNext(); it.next())
        ++count;
    return count;
}

bool hasMnemonic(const QString &text)
{
    return mnemonicCount(text) > 0;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishLoadsNothing();
    void everyTextIsTranslated();
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

void tst_Translations::everyTextIsTranslated()
{
    // lupdate marks new texts unfinished, and the build drops unfinished ones (-nounfinished):
    // an English text among Chinese ones is what this catches.
    int current = 0;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.vanished)
            continue;
        ++current;
        const QString where = message.context + u": "_qs + message.source;
        QVERIFY2(message.finished, qPrintable(u"unfinished: "_qs + where));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(where));
        for (const QString &translation : message.translations)
            QVERIFY2(!translation.isEmpty(), qPrintable(where));
    }
    QVERIFY(current > 100);
}

void tst_Translations::translationsKeepPlaceholdersAndMnemonics()
{
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.finished || message.vanished)
            continue;
        for (const QString &translation : message.translations) {
            const QString where = message.context + u": "_qs + message.source + u" → "_qs + translation;
            QVERIFY2(placeholders(translation) == placeholders(message.source), qPrintable(where));
            QVERIFY2(hasMnemonic(translation) == hasMnemonic(message.source), qPrintable(where));
            QVERIFY2(mnemonicCount(translation) <= 1, qPrintable(where));
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

    // The .qm holds every finished text of the .ts, in its context.
    int checked = 0;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.finished || message.vanished || message.translations.isEmpty())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const int n = message.numerus ? 3 : -1;
        QString expected = message.translations.first(); // zh_CN has a single numerus form
        if (message.numerus) {
            expected.replace(u"%Ln"_qs, QLocale().toString(n));
            expected.replace(u"%n"_qs, QString::number(n));
        }
        const QString shown = QCoreApplication::translate(context.constData(), source.constData(),
                                                          comment.isEmpty() ? nullptr : comment.constData(), n);
        QVERIFY2(shown == expected, qPrintable(message.context + u": "_qs + message.source + u" → "_qs + shown));
        ++checked;
    }
    QVERIFY(checked > 100);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
