// JobEditor driven as a user drives it (QTest keys and clicks): the schedule is checked as you
// type with the engine's own message, described in words with its zone and its next fire times;
// every JobSpec field round-trips; OK creates or applies the job in a real LocalEngine, and a
// refusal keeps the dialog open with the engine's message. Saves screenshots for the docs.

#include <views/editor/commandedit.h>
#include <views/editor/jobeditor.h>
#include <views/editor/schedulepreview.h>
#include <views/editor/timezonecombobox.h>
#include <views/dag/dageditor.h>
#include <views/dag/dagscene.h>

#include <engine/api/localengine.h>
#include <engine/core/duration.h>
#include <engine/schedule/schedule.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30'000);
    return future.result();
}

template<typename W>
W *field(const JobEditor &editor, const QString &name)
{
    W *widget = editor.findChild<W *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

QPushButton *okButton(const JobEditor &editor)
{
    return editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString statusText(const JobEditor &editor)
{
    return field<QLabel>(editor, u"scheduleStatus"_qs)->text();
}

QString messageText(const JobEditor &editor)
{
    return field<QLabel>(editor, u"message"_qs)->text();
}

/// Replaces a line edit's text by typing, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseZone(JobEditor &editor, const QString &zone)
{
    retype(field<TimeZoneComboBox>(editor, u"timeZone"_qs)->lineEdit(), zone);
}

QList<qint64> listedTimes(const JobEditor &editor)
{
    QList<qint64> times;
    const QListWidget *list = field<QListWidget>(editor, u"fireTimes"_qs);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).isValid())
            times.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return times;
}

QStringList listedTexts(const JobEditor &editor)
{
    QStringList texts;
    const QListWidget *list = field<QListWidget>(editor, u"fireTimes"_qs);
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

QList<qint64> expectedTimes(const QString &schedule, const QString &zone, qint64 after)
{
    return Schedule::parse(schedule)->nextFireTimes(after, QTimeZone(zone.toUtf8()), JobEditor::PreviewCount);
}

/// Not blank: a real rendering of a dialog has text, frames and highlights in many colours.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

// Friday 2026-03-20 12:00 UTC: the next ten weekday 02:30s in Berlin cross the DST change of 29 March.
const qint64 PreviewTime = QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

JobSpec fullSpec()
{
    JobSpec spec;
    spec.name = u"etl.daily_2"_qs;
    spec.description = u"Loads the warehouse\nfrom yesterday's files"_qs;
    spec.schedule = u"*/15 9-17 * * MON-FRI"_qs;
    spec.timeZone = u"Asia/Shanghai"_qs;
    spec.command = {u"/bin/sh"_qs, u"-c"_qs, u"set -e\ncd /srv/etl\n./load.sh \"$DAY\""_qs};
    spec.workDir = u"/srv/etl"_qs;
    spec.env = {{u"DAY"_qs, u"yesterday"_qs}, {u"PATH"_qs, u"/usr/bin:/bin"_qs}, {u"EMPTY"_qs, QString()}};
    spec.timeoutMs = 90'000;
    spec.killGraceMs = 5'000;
    spec.retry.maxRetries = 3;
    spec.retry.backoff = RetryPolicy::Backoff::Exponential;
    spec.retry.delayMs = 2'000;
    spec.retry.maxDelayMs = 600'000;
    spec.retry.jitter = 0.25;
    spec.retry.retryExitCodes = {1, 75};
    spec.overlap = OverlapPolicy::Queue;
    spec.misfire = MisfirePolicy::All;
    spec.misfireLimit = 7;
    spec.priority = -5;
    spec.maxConcurrent = 2;
    return spec;
}

} // namespace

class tst_JobEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void badCronShowsEngineMessage();
    void goodCronShowsWordsAndFireTimes();
    void zoneChangesFireTimes();
    void emptyScheduleRunsByHand();
    void roundTrip_data();
    void roundTrip();
    void modes();
    void fieldErrorsDisableOk_data();
    void fieldErrorsDisableOk();
    void okCreatesJob();
    void refusedNameKeepsDialogOpen();
    void editAppliesNewVersion();
    void workflowJobOpensInTheDagEditor();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalEngine> m_engine;
};

void tst_JobEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EngineCore::Options options;
    options.dataDir = m_dir.path();
    m_engine = std::make_unique<LocalEngine>(options);
    const Result<void> started = await(m_engine->start());
    QVERIFY2(started.isOk(), qPrintable(started.error().toString()));
}

void tst_JobEditor::cleanupTestCase()
{
    m_engine.reset();
}

void tst_JobEditor::badCronShowsEngineMessage()
{
    JobEditor editor(nullptr, JobEditor::Mode::New);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(field<QLineEdit>(editor, u"name"_qs), u"backup"_qs);
    QTest::keyClicks(field<CommandEdit>(editor, u"command"_qs)->textEdit(), u"echo hi"_qs);
    QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor.spec().error().toString()));

    QTest::keyClicks(field<QLineEdit>(editor, u"schedule"_qs), u"0 0 32 * *"_qs);
    // The engine's message, word for word.
    const Result<Schedule> parsed = Schedule::parse(u"0 0 32 * *");
    QCOMPARE(parsed.error().toString(), u"day-of-month: 32 is out of range 1-31"_qs);
    QCOMPARE(statusText(editor), parsed.error().toString());
    const QColor colour = field<QLabel>(editor, u"scheduleStatus"_qs)->palette().color(QPalette::WindowText);
    QVERIFY2(colour.red() > 2 * colour.green(), qPrintable(colour.name())); // red
    QVERIFY(!okButton(editor)->isEnabled());
    QVERIFY(listedTimes(editor).isEmpty());
    QCOMPARE(editor.spec().error().field, u"schedule"_qs);

    // Fixing it enables OK again.
    retype(field<QLineEdit>(editor, u"schedule"_qs), u"0 0 31 * *"_qs);
    QVERIFY(okButton(editor)->isEnabled());
    QCOMPARE(statusText(editor), u"At 00:00, on day 31 of the month, %1"_qs.arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
}

void tst_JobEditor::goodCronShowsWordsAndFireTimes()
{
    JobEditor editor(nullptr, JobEditor::Mode::New);
    editor.setPreviewTime(PreviewTime);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    chooseZone(editor, u"Europe/Berlin"_qs);
    QTest::keyClicks(field<QLineEdit>(editor, u"schedule"_qs), u"30 2 * * 1-5"_qs);

    QCOMPARE(statusText(editor), u"At 02:30, Monday through Friday, Europe/Berlin"_qs);
    const QList<qint64> expected = expectedTimes(u"30 2 * * 1-5"_qs, u"Europe/Berlin"_qs, PreviewTime);
    QCOMPARE(expected.size(), 10);
    QTRY_COMPARE(listedTimes(editor), expected);
    QStringList texts;
    for (qint64 time : expected)
        texts.append(formatFireTime(time, QTimeZone("Europe/Berlin")));
    QCOMPARE(listedTexts(editor), texts);
    // In the zone, with the offset: winter time before 29 March, summer time after.
    QVERIFY2(texts.first().startsWith(u"2026-03-23 02:30:00 +01:00"_qs), qPrintable(texts.first()));
    QVERIFY2(texts.last().startsWith(u"2026-04-03 02:30:00 +02:00"_qs), qPrintable(texts.last()));
}

void tst_JobEditor::zoneChangesFireTimes()
{
    JobSpec spec;
    spec.name = u"zoned"_qs;
    spec.command = {u"true"_qs};
    JobEditor editor(nullptr, JobEditor::Mode::New, spec);
    editor.setPreviewTime(PreviewTime);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(field<QLineEdit>(editor, u"schedule"_qs), u"0 9 * * *"_qs);
    chooseZone(editor, u"Europe/Berlin"_qs);
    const QList<qint64> berlin = expectedTimes(u"0 9 * * *"_qs, u"Europe/Berlin"_qs, PreviewTime);
    QTRY_COMPARE(listedTimes(editor), berlin);

    chooseZone(editor, u"America/New_York"_qs);
    const QList<qint64> newYork = expectedTimes(u"0 9 * * *"_qs, u"America/New_York"_qs, PreviewTime);
    QVERIFY(newYork != berlin);
    QTRY_COMPARE(listedTimes(editor), newYork);
    QCOMPARE(statusText(editor), u"Every day at 09:00, America/New_York"_qs);
    QVERIFY2(listedTexts(editor).first().contains(u"09:00:00 -04:00"_qs), qPrintable(listedTexts(editor).first()));

    // A zone that does not exist: no list, OK disabled.
    chooseZone(editor, u"Nowhere/City"_qs);
    QTRY_VERIFY(listedTimes(editor).isEmpty());
    QCOMPARE(statusText(editor), u"Choose a time zone to see when it runs."_qs);
    QCOMPARE(editor.spec().error().toString(), u"timezone: unknown time zone 'Nowhere/City'"_qs);
    QVERIFY(!okButton(editor)->isEnabled());
}

void tst_JobEditor::emptyScheduleRunsByHand()
{
    JobSpec spec;
    spec.name = u"manual"_qs;
    spec.command = {u"true"_qs};
    JobEditor editor(nullptr, JobEditor::Mode::Edit, spec);
    QCOMPARE(statusText(editor), u"No schedule: the job runs only when started by hand."_qs);
    QVERIFY(listedTimes(editor).isEmpty());
    QVERIFY(okButton(editor)->isEnabled());
}

void tst_JobEditor::roundTrip_data()
{
    QTest::addColumn<JobSpec>("spec");

    QTest::newRow("every field") << fullSpec();

    JobSpec python;
    python.name = u"py"_qs;
    python.timeZone = u"UTC"_qs;
    python.command = {u"python3"_qs, u"-c"_qs, u"import sys\nprint(sys.version)"_qs};
    QTest::newRow("python, defaults") << python;

    JobSpec sql = python;
    sql.name = u"report"_qs;
    sql.schedule = u"@every 90s"_qs;
    sql.timeZone = u"Europe/Berlin"_qs;
    sql.command = {u"psql"_qs, u"-d"_qs, u"reports"_qs, u"-c"_qs, u"refresh materialized view daily;"_qs};
    sql.overlap = OverlapPolicy::Skip;
    sql.misfire = MisfirePolicy::Skip;
    QTest::newRow("psql with options") << sql;

    JobSpec argv = python;
    argv.name = u"sync"_qs;
    argv.schedule = u"@at 2030-01-01T09:00:00"_qs;
    argv.timeZone = u"America/New_York"_qs;
    argv.command = {u"rsync"_qs, u"-a"_qs, u"/src/"_qs, u"/dst dir/"_qs};
    argv.overlap = OverlapPolicy::Replace;
    argv.retry.maxRetries = 1;
    argv.retry.delayMs = 250;
    QTest::newRow("program and arguments") << argv;

    JobSpec inexact = python;
    inexact.name = u"printf"_qs;
    inexact.command = {u"printf"_qs, u"%s\n"_qs, QString()};
    QTest::newRow("argv the text cannot show") << inexact;
}

void tst_JobEditor::roundTrip()
{
    QFETCH(JobSpec, spec);
    JobEditor editor(nullptr, JobEditor::Mode::Edit, spec);
    const Result<JobSpec> edited = editor.spec();
    QVERIFY2(edited.isOk(), qPrintable(edited.error().toString()));
    QCOMPARE(edited.value(), spec);
    QVERIFY(okButton(editor)->isEnabled());
}

void tst_JobEditor::modes()
{
    const JobSpec spec = fullSpec();
    {
        JobEditor editor(nullptr, JobEditor::Mode::Duplicate, spec);
        QCOMPARE(field<QLineEdit>(editor, u"name"_qs)->text(), u"etl.daily_2-copy"_qs);
        QVERIFY(!field<QLineEdit>(editor, u"name"_qs)->isReadOnly());
        QVERIFY(editor.windowTitle().contains(u"etl.daily_2"_qs));
        JobSpec expected = spec;
        expected.name = u"etl.daily_2-copy"_qs;
        QCOMPARE(editor.spec().value(), expected);
    }
    {
        JobEditor editor(nullptr, JobEditor::Mode::Edit, spec);
        QVERIFY(field<QLineEdit>(editor, u"name"_qs)->isReadOnly());
        QCOMPARE(okButton(editor)->text(), u"Save"_qs);
    }
    {
        JobEditor editor(nullptr, JobEditor::Mode::New);
        QVERIFY(field<QLineEdit>(editor, u"name"_qs)->text().isEmpty());
        QVERIFY(!field<QLineEdit>(editor, u"name"_qs)->isReadOnly());
        QVERIFY(!okButton(editor)->isEnabled());
        QCOMPARE(messageText(editor), u"name: a job needs a name"_qs);
        // The machine's zone by default.
        QCOMPARE(field<TimeZoneComboBox>(editor, u"timeZone"_qs)->timeZoneId(),
                 QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
}

void tst_JobEditor::fieldErrorsDisableOk_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("timeout") << u"timeout"_qs << u"5x"_qs << parseDuration(u"5x", u"timeout"_qs).error().toString();
    QTest::newRow("kill grace empty") << u"killGrace"_qs << QString() << parseDuration(u"", u"kill grace"_qs).error().toString();
    QTest::newRow("retry delay") << u"retryDelay"_qs << u"-1"_qs << parseDuration(u"-1", u"retry delay"_qs).error().toString();
    QTest::newRow("work dir") << u"workDir"_qs << u"relative/dir"_qs << u"workdir: 'relative/dir' is not an absolute path"_qs;
    QTest::newRow("exit codes") << u"exitCodes"_qs << u"1, x"_qs << u"retry exit codes: 'x' is not an exit code"_qs;
    QTest::newRow("name") << u"name"_qs << u"has space"_qs
                          << u"name: 'has space' is not a valid name: use letters, digits, '.', '_' and '-' (up to 100, starting with a letter or digit)"_qs;
}

void tst_JobEditor::fieldErrorsDisableOk()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, message);

    JobEditor editor(nullptr, JobEditor::Mode::New, fullSpec());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(okButton(editor)->isEnabled());
    auto *edit = field<QLineEdit>(editor, widget);
    const QString before = edit->text();
    retype(edit, text);
    QVERIFY(!okButton(editor)->isEnabled());
    QCOMPARE(messageText(editor), message);
    QCOMPARE(editor.spec().error().toString(), message);
    retype(edit, before);
    QVERIFY(okButton(editor)->isEnabled());
    QVERIFY(messageText(editor).isEmpty());
}

void tst_JobEditor::okCreatesJob()
{
    JobEditor editor(m_engine.get(), JobEditor::Mode::New);
    QSignalSpy saved(&editor, &JobEditor::jobSaved);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(field<QLineEdit>(editor, u"name"_qs), u"typed-job"_qs);
    QTest::keyClicks(field<QLineEdit>(editor, u"schedule"_qs), u"0 3 * * *"_qs);
    chooseZone(editor, u"Europe/Berlin"_qs);
    QTest::keyClicks(field<CommandEdit>(editor, u"command"_qs)->textEdit(), u"echo hello"_qs);
    QTest::keyClicks(field<QLineEdit>(editor, u"timeout"_qs), u"5m"_qs);
    const Result<JobSpec> spec = editor.spec();
    QVERIFY2(spec.isOk(), qPrintable(spec.error().toString()));
    QCOMPARE(spec->command, (QStringList{u"/bin/sh"_qs, u"-c"_qs, u"echo hello"_qs}));
    QCOMPARE(spec->timeoutMs, 300'000);

    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_VERIFY(!editor.isVisible());
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(editor.savedJob().spec, spec.value());

    const Result<QList<Job>> jobs = await(m_engine->jobs());
    QVERIFY(jobs.isOk());
    const auto it = std::find_if(jobs->begin(), jobs->end(), [](const Job &j) { return j.spec.name == u"typed-job"; });
    QVERIFY(it != jobs->end());
    QCOMPARE(it->spec, spec.value());
    QCOMPARE(it->version, 1);
    QVERIFY(it->nextFireAt > 0);
}

void tst_JobEditor::refusedNameKeepsDialogOpen()
{
    JobSpec taken;
    taken.name = u"taken"_qs;
    taken.command = {u"true"_qs};
    QVERIFY(await(m_engine->createJob(taken)).isOk());

    JobEditor editor(m_engine.get(), JobEditor::Mode::New);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(field<QLineEdit>(editor, u"name"_qs), u"taken"_qs);
    QTest::keyClicks(field<CommandEdit>(editor, u"command"_qs)->textEdit(), u"true"_qs);
    // Look at another page first: the refusal brings the named field back into view.
    field<QTabWidget>(editor, u"tabs"_qs)->setCurrentIndex(2);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);

    QTRY_VERIFY(messageText(editor).contains(u"already exists"_qs));
    QCOMPARE(messageText(editor), u"The engine refused the job: name: a job named 'taken' already exists"_qs);
    QVERIFY(editor.isVisible());
    QVERIFY(editor.result() != QDialog::Accepted);
    QCOMPARE(field<QTabWidget>(editor, u"tabs"_qs)->currentIndex(), 0);
    QVERIFY(okButton(editor)->isEnabled());

    // An edit elsewhere keeps the message; a new name clears it, and OK then works.
    QTest::keyClicks(field<QLineEdit>(editor, u"timeout"_qs), u"1m"_qs);
    QVERIFY(messageText(editor).contains(u"already exists"_qs));
    QTest::keyClicks(field<QLineEdit>(editor, u"name"_qs), u"-2"_qs);
    QVERIFY(messageText(editor).isEmpty());
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_VERIFY(!editor.isVisible());
    QCOMPARE(editor.savedJob().spec.name, u"taken-2"_qs);
}

void tst_JobEditor::editAppliesNewVersion()
{
    JobSpec spec;
    spec.name = u"to-edit"_qs;
    spec.command = {u"true"_qs};
    const Result<Job> created = await(m_engine->createJob(spec));
    QVERIFY(created.isOk());

    JobEditor editor(m_engine.get(), JobEditor::Mode::Edit, created->spec);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(field<QPlainTextEdit>(editor, u"description"_qs), u"now with words"_qs);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_VERIFY(!editor.isVisible());
    QCOMPARE(editor.savedJob().version, 2);
    const Result<Job> stored = await(m_engine->job(u"to-edit"_qs));
    QCOMPARE(stored->spec.description, u"now with words"_qs);
    QCOMPARE(stored->version, 2);
}

void tst_JobEditor::workflowJobOpensInTheDagEditor()
{
    // A workflow job is edited in the DAG editor, and saved back unchanged.
    JobSpec spec;
    spec.name = u"etl"_qs;
    spec.timeZone = u"UTC"_qs;
    WorkflowSpec workflow;
    for (const auto &name : {u"extract"_qs, u"load"_qs}) {
        TaskSpec task;
        task.name = name;
        task.command = {u"/bin/sh"_qs, u"-c"_qs, u"echo "_qs + name};
        workflow.tasks.append(task);
    }
    workflow.edges = {{u"extract"_qs, u"load"_qs}};
    workflow.params = {{u"date"_qs, QString()}};
    spec.workflow = workflow;
    JobEditor editor(nullptr, JobEditor::Mode::Edit, spec);
    QVERIFY(editor.isWorkflow());
    QCOMPARE(editor.findChild<QComboBox *>(u"jobKind"_qs)->currentIndex(), 1);
    QCOMPARE(editor.dagEditor()->scene()->nodes().size(), 2);
    Result<JobSpec> edited = editor.spec();
    QVERIFY2(edited.isOk(), qPrintable(edited.error().toString()));
    QCOMPARE(edited.value(), spec);
    QVERIFY(okButton(editor)->isEnabled());

    // A problem on the canvas keeps OK disabled and is named.
    editor.dagEditor()->connectTasks(u"load"_qs, u"extract"_qs);
    edited = editor.spec();
    QVERIFY(!edited.isOk());
    QCOMPARE(edited.error().field, u"workflow"_qs);
    QVERIFY(edited.error().message.contains(u"cycle"_qs));
    QVERIFY(!okButton(editor)->isEnabled());

    // Back to one command: the workflow is dropped and a command is asked for.
    editor.setWorkflow(false);
    edited = editor.spec();
    QVERIFY(!edited.isOk());
    QCOMPARE(edited.error().field, u"command"_qs);
}

void tst_JobEditor::screenshots()
{
    const QString dir = QStringLiteral(TAKT_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));

    JobSpec spec = fullSpec();
    spec.name = u"nightly-backup"_qs;
    spec.description = u"Copies the database dump to the backup server."_qs;
    spec.schedule = u"30 2 * * 1-5"_qs;
    spec.timeZone = u"Europe/Berlin"_qs;
    spec.command = {u"/bin/sh"_qs, u"-c"_qs,
                    u"# Dump, compress and ship; fail on the first error.\n"
                    "set -eu\n"
                    "stamp=$(date +%F)\n"
                    "if [ -n \"$BACKUP_HOST\" ]; then\n"
                    "    pg_dump \"$DB\" | gzip -9 > \"/var/backups/db-$stamp.gz\"\n"
                    "    rsync -a /var/backups/ \"$BACKUP_HOST:backups/\"\n"
                    "fi\n"
                    "exit 0"_qs};
    spec.env = {{u"BACKUP_HOST"_qs, u"vault.example.org"_qs}, {u"DB"_qs, u"app"_qs}};
    spec.workDir = u"/var/backups"_qs;

    JobEditor editor(nullptr, JobEditor::Mode::New, spec);
    editor.setPreviewTime(PreviewTime);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_COMPARE(listedTimes(editor).size(), 10);
    const struct { int tab; const char *file; } pages[] = {
        {0, "editor.png"}, {1, "editor-command.png"}, {2, "editor-retries.png"}};
    for (const auto &page : pages) {
        field<QTabWidget>(editor, u"tabs"_qs)->setCurrentIndex(page.tab);
        const QImage image = editor.grab().toImage();
        QVERIFY2(distinctColours(image) > 20, page.file);
        QVERIFY(image.save(dir + u'/' + QLatin1String(page.file)));
    }

    field<QTabWidget>(editor, u"tabs"_qs)->setCurrentIndex(0);
    retype(field<QLineEdit>(editor, u"schedule"_qs), u"0 0 32 * *"_qs);
    QTRY_VERIFY(listedTimes(editor).isEmpty());
    const QImage error = editor.grab().toImage();
    QVERIFY(distinctColours(error) > 20);
    QVERIFY(error.save(dir + u"/editor-error.png"_qs));
}

QTEST_MAIN(tst_JobEditor)
#include "tst_jobeditor.moc"
