// The `takt` executable as users run it: a real `takt serve` on a temporary data directory
// and every CLI command against it, with its output, --json, exit codes (0 done, 1 failed,
// 2 usage) and bad input; `cron next` without an engine; SIGTERM shutting serve down cleanly.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void help();
    void serveRejectsBadOptions_data();
    void serveRejectsBadOptions();
    void usageErrors_data();
    void usageErrors();
    void jobsCreate();
    void jobsCreateBadInput_data();
    void jobsCreateBadInput();
    void jobsApply();
    void jobsApplyBadInput();
    void jobsListAndShow();
    void jobsPauseResumeDelete();
    void runEchoAndLogs();
    void runsListShowCancel();
    void runsBadInput();
    void logsBadInput();
    void cronNext();
    void cronNextBadInput();
    void serverAndTokenResolution();
    void noEngineRunning();
    void secondServeRefused();
    void serveStopsOnSigterm();    // last: stops the engine

private:
    Cli takt(const QStringList &args, const QByteArray &input = {},
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList data() const { return {QStringLiteral("--data"), m_data.path()}; }
    /// The run's state as `runs show --json` gives it.
    QString runState(qint64 id);

    QTemporaryDir m_data;
    QProcess m_serve;
    QString m_url;
};

Cli tst_Cli::takt(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment = env;
    environment.remove(QStringLiteral("TAKT_SERVER"));
    environment.remove(QStringLiteral("TAKT_TOKEN"));
    environment.remove(QStringLiteral("TAKT_DATA"));
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"TAKT_"))
            environment.insert(key, env.value(key));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAKT_EXECUTABLE), args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        process.kill();
    Cli result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_serve.setProgram(QStringLiteral(TAKT_EXECUTABLE));
    m_serve.setArguments({QStringLiteral("serve"), QStringLiteral("--data"), m_data.path(),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_serve.start();
    QVERIFY(m_serve.waitForStarted());
    const QString info = QDir(m_data.path()).filePath(QStringLiteral("server.json"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(info), 20'000);
    const QJsonObject json = readJsonFile(info);
    m_url = json[u"url"].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[1-9][0-9]*$")).match(m_url).hasMatch(),
             qPrintable(m_url));
    QCOMPARE(json[u"pid"].toInteger(), m_serve.processId());

    // The token: created, 0600.
    const QString token = QDir(m_data.path()).filePath(QStringLiteral("token"));
    QVERIFY(QFile::exists(token));
    QCOMPARE(QFile::permissions(token) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void tst_Cli::cleanupTestCase()
{
    if (m_serve.state() != QProcess::NotRunning) {
        m_serve.kill();
        m_serve.waitForFinished();
    }
}

QString tst_Cli::runState(qint64 id)
{
    const Cli show = takt(QStringList{u"runs"_qs, u"show"_qs, QString::number(id), u"--json"_qs} + data());
    return show.json()[u"run"][u"state"].toString();
}

void tst_Cli::help()
{
    const Cli top = takt({u"--help"_qs});
    QCOMPARE(top.exitCode, 0);
    for (const char *command : {"serve", "jobs", "runs", "logs", "cron next"})
        QVERIFY2(top.out.contains(command), command);

    const Cli jobs = takt({u"jobs"_qs, u"--help"_qs});
    QCOMPARE(jobs.exitCode, 0);
    for (const char *command : {"create", "apply", "list", "show", "delete", "pause", "resume", "run"})
        QVERIFY2(jobs.out.contains(command), command);
    const Cli runs = takt({u"runs"_qs, u"--help"_qs});
    QCOMPARE(runs.exitCode, 0);
    for (const char *command : {"list", "show", "cancel"})
        QVERIFY2(runs.out.contains(command), command);
    QCOMPARE(takt({u"cron"_qs, u"--help"_qs}).exitCode, 0);

    const Cli create = takt({u"jobs"_qs, u"create"_qs, u"--help"_qs});
    QCOMPARE(create.exitCode, 0);
    QVERIFY(create.out.startsWith("Usage: takt jobs create NAME --schedule EXPR"));
    for (const char *option : {"--schedule", "--tz", "--timeout", "--retries", "--retry-delay", "--backoff",
                               "--workdir", "--env", "--description", "--json", "--server", "--token", "--data"})
        QVERIFY2(create.out.contains(option), option);
    QCOMPARE(takt({u"logs"_qs, u"--help"_qs}).exitCode, 0);
    QCOMPARE(takt({u"serve"_qs, u"--help"_qs}).exitCode, 0);
    QCOMPARE(takt({u"cron"_qs, u"next"_qs, u"--help"_qs}).exitCode, 0);
}

void tst_Cli::serveRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("slots 0") << QStringList{u"--slots"_qs, u"0"_qs} << u"--slots: '0' is not a number of at least 1"_qs;
    QTest::newRow("keep-runs word") << QStringList{u"--keep-runs"_qs, u"many"_qs} << u"--keep-runs: 'many' is not a number"_qs;
    QTest::newRow("keep-for bad") << QStringList{u"--keep-for"_qs, u"5x"_qs} << u"--keep-for: '5x' is not a duration"_qs;
    QTest::newRow("keep-log-bytes bad") << QStringList{u"--keep-log-bytes"_qs, u"lots"_qs}
                                        << u"--keep-log-bytes: 'lots' is not a size"_qs;
    QTest::newRow("listen bad") << QStringList{u"--listen"_qs, u"nowhere"_qs} << u"--listen: 'nowhere' is not ADDRESS:PORT"_qs;
}

void tst_Cli::serveRejectsBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir other;
    const Cli cli = takt(QStringList{u"serve"_qs, u"--data"_qs, other.path()} + args);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(QString::fromUtf8(cli.err).contains(message), cli.err.constData());
    QVERIFY(!QFile::exists(QDir(other.path()).filePath(u"server.json"_qs)));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"unknown command 'frobnicate'"_qs;
    QTest::newRow("jobs without command") << QStringList{u"jobs"_qs} << u"a command is required"_qs;
    QTest::newRow("unknown jobs command") << QStringList{u"jobs"_qs, u"explode"_qs} << u"unknown command 'explode'"_qs;
    QTest::newRow("unknown runs command") << QStringList{u"runs"_qs, u"rewind"_qs} << u"unknown command"_qs;
    QTest::newRow("runs rerun without id") << QStringList{u"runs"_qs, u"rerun"_qs} << u"missing argument"_qs;
    QTest::newRow("backfill without range") << QStringList{u"backfill"_qs, u"nightly"_qs} << u"--from"_qs;
    QTest::newRow("unknown cron command") << QStringList{u"cron"_qs, u"prev"_qs} << u"unknown command"_qs;
    QTest::newRow("unknown option") << QStringList{u"jobs"_qs, u"list"_qs, u"--colour"_qs} << u"colour"_qs;
    QTest::newRow("show without name") << QStringList{u"jobs"_qs, u"show"_qs} << u"missing argument"_qs;
    QTest::newRow("show two names") << QStringList{u"jobs"_qs, u"show"_qs, u"a"_qs, u"b"_qs} << u"unexpected argument 'b'"_qs;
    QTest::newRow("delete without name") << QStringList{u"jobs"_qs, u"delete"_qs} << u"missing argument"_qs;
    QTest::newRow("pause without name") << QStringList{u"jobs"_qs, u"pause"_qs} << u"missing argument"_qs;
    QTest::newRow("resume without name") << QStringList{u"jobs"_qs, u"resume"_qs} << u"missing argument"_qs;
    QTest::newRow("run without name") << QStringList{u"jobs"_qs, u"run"_qs} << u"missing argument"_qs;
    QTest::newRow("apply without -f") << QStringList{u"jobs"_qs, u"apply"_qs} << u"-f FILE is required"_qs;
    QTest::newRow("apply -f without value") << QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs} << u"value"_qs;
    QTest::newRow("runs show without id") << QStringList{u"runs"_qs, u"show"_qs} << u"missing argument"_qs;
    QTest::newRow("runs cancel without id") << QStringList{u"runs"_qs, u"cancel"_qs} << u"missing argument"_qs;
    QTest::newRow("runs list positional") << QStringList{u"runs"_qs, u"list"_qs, u"x"_qs} << u"unexpected argument"_qs;
    QTest::newRow("logs without id") << QStringList{u"logs"_qs} << u"missing argument"_qs;
    QTest::newRow("cron next without expr") << QStringList{u"cron"_qs, u"next"_qs} << u"missing argument"_qs;
    QTest::newRow("serve positional") << QStringList{u"serve"_qs, u"now"_qs} << u"unexpected argument"_qs;
    QTest::newRow("create without schedule") << QStringList{u"jobs"_qs, u"create"_qs, u"x"_qs, u"--"_qs, u"true"_qs}
                                             << u"--schedule is required"_qs;
    QTest::newRow("create without command") << QStringList{u"jobs"_qs, u"create"_qs, u"x"_qs, u"--schedule"_qs, u"@daily"_qs}
                                            << u"a command is required after '--'"_qs;
    QTest::newRow("create without name") << QStringList{u"jobs"_qs, u"create"_qs, u"--schedule"_qs, u"@daily"_qs, u"--"_qs, u"true"_qs}
                                         << u"missing argument"_qs;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    // No --data: a usage error is found before any engine is looked for.
    const Cli cli = takt(args);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.err.startsWith("takt: "), cli.err.constData());
    QVERIFY2(QString::fromUtf8(cli.err).contains(message), cli.err.constData());
    QVERIFY2(cli.err.contains("Usage: "), cli.err.constData());
    QVERIFY(cli.out.isEmpty());
}

void tst_Cli::jobsCreate()
{
    const Cli created = takt(QStringList{u"jobs"_qs, u"create"_qs, u"backup"_qs, u"--schedule"_qs, u"0 3 * * *"_qs,
                                         u"--tz"_qs, u"Europe/Berlin"_qs, u"--timeout"_qs, u"30s"_qs,
                                         u"--retries"_qs, u"2"_qs, u"--retry-delay"_qs, u"1m"_qs,
                                         u"--backoff"_qs, u"exponential"_qs, u"--workdir"_qs, u"/tmp"_qs,
                                         u"--env"_qs, u"A=1"_qs, u"--env"_qs, u"B=x=y"_qs,
                                         u"--description"_qs, u"nightly backup"_qs}
                             + data() + QStringList{u"--"_qs, u"tar"_qs, u"-czf"_qs, u"--json"_qs, u"/tmp/x.tgz"_qs});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("created job backup (version 1)\n"));

    const Cli shown = takt(QStringList{u"jobs"_qs, u"show"_qs, u"backup"_qs, u"--json"_qs} + data());
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject spec = shown.json()[u"spec"].toObject();
    QCOMPARE(spec[u"schedule"].toString(), u"0 3 * * *"_qs);
    QCOMPARE(spec[u"timezone"].toString(), u"Europe/Berlin"_qs);
    QCOMPARE(spec[u"timeout"].toString(), u"30s"_qs);
    QCOMPARE(spec[u"retries"].toInt(), 2);
    QCOMPARE(spec[u"retry_delay"].toString(), u"1m"_qs);
    QCOMPARE(spec[u"retry_backoff"].toString(), u"exponential"_qs);
    QCOMPARE(spec[u"workdir"].toString(), u"/tmp"_qs);
    QCOMPARE(spec[u"env"].toObject(), (QJsonObject{{u"A"_qs, u"1"_qs}, {u"B"_qs, u"x=y"_qs}}));
    QCOMPARE(spec[u"description"].toString(), u"nightly backup"_qs);
    // Everything after "--" is the command, options of ours included.
    QCOMPARE(spec[u"command"].toArray(), QJsonArray({u"tar"_qs, u"-czf"_qs, u"--json"_qs, u"/tmp/x.tgz"_qs}));

    // --json prints the created job.
    const Cli json = takt(QStringList{u"jobs"_qs, u"create"_qs, u"jsonjob"_qs, u"--schedule"_qs, u""_qs, u"--json"_qs}
                          + data() + QStringList{u"--"_qs, u"true"_qs});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json()[u"version"].toInt(), 1);
    QCOMPARE(json.json()[u"spec"][u"name"].toString(), u"jsonjob"_qs);
    QCOMPARE(json.json()[u"spec"][u"schedule"].toString(), QString());
}

void tst_Cli::jobsCreateBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error");
    const QString prefix = u"takt: jobs create: "_qs;
    QTest::newRow("bad cron") << QStringList{u"--schedule"_qs, u"0 0 32 * *"_qs}
                              << prefix + u"schedule: day-of-month: 32 is out of range 1-31"_qs;
    QTest::newRow("bad zone") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--tz"_qs, u"Mars/Base"_qs}
                              << prefix + u"timezone: "_qs;
    QTest::newRow("bad timeout") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--timeout"_qs, u"5x"_qs}
                                 << prefix + u"timeout: '5x' is not a duration"_qs;
    QTest::newRow("bad retries") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--retries"_qs, u"many"_qs}
                                 << prefix + u"retries: 'many'"_qs;
    QTest::newRow("bad retry delay") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--retry-delay"_qs, u"-3s"_qs}
                                     << prefix + u"retry-delay: "_qs;
    QTest::newRow("bad backoff") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--backoff"_qs, u"random"_qs}
                                 << prefix + u"backoff: 'random' is not one of: fixed, exponential"_qs;
    QTest::newRow("bad env") << QStringList{u"--schedule"_qs, u"@daily"_qs, u"--env"_qs, u"NOVALUE"_qs}
                             << prefix + u"env: 'NOVALUE' is not of the form K=V"_qs;
    QTest::newRow("existing name") << QStringList{u"--schedule"_qs, u"@daily"_qs} << prefix + u"name: "_qs;
}

void tst_Cli::jobsCreateBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, error);
    const QString name = QString::fromLatin1(QTest::currentDataTag()) == u"existing name" ? u"backup"_qs : u"refused"_qs;
    const Cli before = takt(QStringList{u"jobs"_qs, u"list"_qs, u"--json"_qs} + data());
    const Cli cli = takt(QStringList{u"jobs"_qs, u"create"_qs, name} + options + data() + QStringList{u"--"_qs, u"true"_qs});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(QString::fromUtf8(cli.err).startsWith(error), cli.err.constData());
    QVERIFY(cli.out.isEmpty());
    QCOMPARE(takt(QStringList{u"jobs"_qs, u"list"_qs, u"--json"_qs} + data()).out, before.out);
}

void tst_Cli::jobsApply()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"job.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "applied", "schedule": "@hourly", "command": ["echo", "one"]})");
    file.close();
    const Cli created = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, path} + data());
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("applied job applied (version 1)\n"));

    // From standard input, as a new version.
    const Cli updated = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs, u"--json"_qs} + data(),
                             R"({"name": "applied", "schedule": "@hourly", "command": ["echo", "two"]})");
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.json()[u"version"].toInt(), 2);
    QCOMPARE(updated.json()[u"spec"][u"command"].toArray().last().toString(), u"two"_qs);
}

void tst_Cli::jobsApplyBadInput()
{
    const Cli before = takt(QStringList{u"jobs"_qs, u"list"_qs, u"--json"_qs} + data());
    const QString missing = m_data.filePath(u"no-such-job.json"_qs);
    const Cli noFile = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, missing} + data());
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY2(QString::fromUtf8(noFile.err).startsWith(u"takt: jobs apply: cannot read "_qs + missing), noFile.err.constData());

    const Cli malformed = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs} + data(), "{\"name\": ");
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains("malformed JSON at offset"), malformed.err.constData());

    const Cli unknown = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs} + data(),
                             R"({"name": "x", "command": "true", "colour": "red"})");
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err, QByteArray("takt: jobs apply: colour: unknown field\n"));

    const Cli wrongType = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs} + data(),
                               R"({"name": "x", "command": "true", "retries": "3"})");
    QCOMPARE(wrongType.exitCode, 1);
    QVERIFY2(wrongType.err.startsWith("takt: jobs apply: retries: "), wrongType.err.constData());

    const Cli noName = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs} + data(), R"({"command": "true"})");
    QCOMPARE(noName.exitCode, 1);
    QVERIFY2(noName.err.startsWith("takt: jobs apply: name: "), noName.err.constData());

    const Cli badCron = takt(QStringList{u"jobs"_qs, u"apply"_qs, u"-f"_qs, u"-"_qs} + data(),
                             R"({"name": "x", "command": "true", "schedule": "* * * * * * * *"})");
    QCOMPARE(badCron.exitCode, 1);
    QVERIFY2(badCron.err.startsWith("takt: jobs apply: schedule: "), badCron.err.constData());

    QCOMPARE(takt(QStringList{u"jobs"_qs, u"list"_qs, u"--json"_qs} + data()).out, before.out);
}

void tst_Cli::jobsListAndShow()
{
    const Cli table = takt(QStringList{u"jobs"_qs, u"list"_qs} + data());
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.first().startsWith(u"NAME"));
    // Aligned: every row's second column starts where the header's does.
    const qsizetype column = lines.first().indexOf(u"SCHEDULE");
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
    const auto backup = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u"backup "); });
    QVERIFY(backup != lines.end());
    QVERIFY(backup->contains(u"0 3 * * *"));
    QVERIFY(backup->contains(u"Europe/Berlin"));
    QVERIFY(backup->contains(u"active"));

    const Cli json = takt(QStringList{u"jobs"_qs, u"list"_qs, u"--json"_qs} + data());
    QCOMPARE(json.exitCode, 0);
    QStringList names;
    for (const QJsonValue &job : json.json()[u"jobs"].toArray())
        names << job[u"spec"][u"name"].toString();
    QVERIFY(names.contains(u"backup"_qs));
    QVERIFY(names.contains(u"applied"_qs));

    const Cli show = takt(QStringList{u"jobs"_qs, u"show"_qs, u"backup"_qs} + data());
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("name:"));
    QVERIFY(show.out.contains("backup"));
    QVERIFY(show.out.contains("tar -czf --json /tmp/x.tgz"));
    QVERIFY(show.out.contains("2, exponential backoff from 1m"));

    const Cli unknown = takt(QStringList{u"jobs"_qs, u"show"_qs, u"nosuch"_qs} + data());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith("takt: jobs show: name: "), unknown.err.constData());
    QVERIFY(unknown.err.contains("nosuch"));
}

void tst_Cli::jobsPauseResumeDelete()
{
    QCOMPARE(takt(QStringList{u"jobs"_qs, u"create"_qs, u"temp"_qs, u"--schedule"_qs, u"@daily"_qs} + data()
                  + QStringList{u"--"_qs, u"true"_qs}).exitCode, 0);
    const Cli paused = takt(QStringList{u"jobs"_qs, u"pause"_qs, u"temp"_qs} + data());
    QCOMPARE(paused.exitCode, 0);
    QVERIFY(paused.out.startsWith("paused job temp"));
    const Cli pausedJson = takt(QStringList{u"jobs"_qs, u"pause"_qs, u"temp"_qs, u"--json"_qs} + data());
    QCOMPARE(pausedJson.json()[u"paused"].toBool(), true);
    QVERIFY(takt(QStringList{u"jobs"_qs, u"list"_qs} + data()).out.contains("paused"));
    const Cli resumed = takt(QStringList{u"jobs"_qs, u"resume"_qs, u"temp"_qs, u"--json"_qs} + data());
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.json()[u"paused"].toBool(), false);

    const Cli deleted = takt(QStringList{u"jobs"_qs, u"delete"_qs, u"temp"_qs} + data());
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out, QByteArray("deleted job temp\n"));
    QCOMPARE(takt(QStringList{u"jobs"_qs, u"show"_qs, u"temp"_qs} + data()).exitCode, 1);

    for (const QString &command : {u"pause"_qs, u"resume"_qs, u"delete"_qs, u"run"_qs}) {
        const Cli missing = takt(QStringList{u"jobs"_qs, command, u"temp"_qs} + data());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(QString::fromUtf8(missing.err).startsWith(u"takt: jobs "_qs + command + u": name: "_qs), missing.err.constData());
    }
}

void tst_Cli::runEchoAndLogs()
{
    const Cli created = takt(QStringList{u"jobs"_qs, u"create"_qs, u"hello"_qs, u"--schedule"_qs, u""_qs} + data()
                             + QStringList{u"--"_qs, u"sh"_qs, u"-c"_qs, u"echo hello; echo oops >&2"_qs});
    QCOMPARE(created.exitCode, 0);
    const Cli run = takt(QStringList{u"jobs"_qs, u"run"_qs, u"hello"_qs} + data());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^[1-9][0-9]*\n$"_qs).match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    const qint64 id = run.out.trimmed().toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(runState(id), u"succeeded"_qs, 60'000);

    const Cli logs = takt(QStringList{u"logs"_qs, QString::number(id)} + data());
    QCOMPARE(logs.exitCode, 0);
    QCOMPARE(logs.out, QByteArray("hello\noops\n"));

    const Cli stamped = takt(QStringList{u"logs"_qs, QString::number(id), u"--timestamps"_qs} + data());
    QCOMPARE(stamped.exitCode, 0);
    const QRegularExpression line(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (out |err |takt) .*$"_qs);
    for (const QString &l : QString::fromUtf8(stamped.out).split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    QVERIFY(stamped.out.contains(" out  hello\n"));
    QVERIFY(stamped.out.contains(" err  oops\n"));

    const Cli raw = takt(QStringList{u"logs"_qs, QString::number(id), u"--raw"_qs, u"--attempt"_qs, u"1"_qs} + data());
    QCOMPARE(raw.exitCode, 0);
    QVERIFY(raw.out.contains("Z O hello\n"));
    QVERIFY(raw.out.contains("Z E oops\n"));

    const Cli json = takt(QStringList{u"jobs"_qs, u"run"_qs, u"hello"_qs, u"--json"_qs} + data());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json()[u"job"].toString(), u"hello"_qs);
    QCOMPARE(json.json()[u"trigger"].toString(), u"manual"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(runState(json.json()[u"id"].toInteger()), u"succeeded"_qs, 60'000);
}

void tst_Cli::runsListShowCancel()
{
    const Cli list = takt(QStringList{u"runs"_qs, u"list"_qs, u"--job"_qs, u"hello"_qs} + data());
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);   // header + two runs
    QVERIFY(lines.first().startsWith(u"ID"));
    QVERIFY(lines[1].contains(u"succeeded"));
    QVERIFY(lines[1].contains(u"manual"));

    const Cli json = takt(QStringList{u"runs"_qs, u"list"_qs, u"--job"_qs, u"hello"_qs, u"--limit"_qs, u"1"_qs,
                                      u"--json"_qs} + data());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json()[u"runs"].toArray().size(), 1);
    QVERIFY(json.json()[u"next_before"].toInteger() > 0);
    const qint64 id = json.json()[u"runs"][0][u"id"].toInteger();

    QCOMPARE(takt(QStringList{u"runs"_qs, u"list"_qs, u"--state"_qs, u"failed,timed_out"_qs, u"--job"_qs, u"hello"_qs,
                              u"--json"_qs} + data()).json()[u"runs"].toArray().size(), 0);

    const Cli show = takt(QStringList{u"runs"_qs, u"show"_qs, QString::number(id)} + data());
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("succeeded"));
    QVERIFY(show.out.contains("ATTEMPT"));
    const Cli showJson = takt(QStringList{u"runs"_qs, u"show"_qs, QString::number(id), u"--json"_qs} + data());
    QCOMPARE(showJson.json()[u"run"][u"id"].toInteger(), id);
    QCOMPARE(showJson.json()[u"attempts"].toArray().size(), 1);

    // A finished run cannot be cancelled.
    const Cli late = takt(QStringList{u"runs"_qs, u"cancel"_qs, QString::number(id)} + data());
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.startsWith("takt: runs cancel: "), late.err.constData());

    // A running one can.
    QCOMPARE(takt(QStringList{u"jobs"_qs, u"create"_qs, u"sleeper"_qs, u"--schedule"_qs, u""_qs} + data()
                  + QStringList{u"--"_qs, u"sleep"_qs, u"60"_qs}).exitCode, 0);
    const qint64 sleeping = takt(QStringList{u"jobs"_qs, u"run"_qs, u"sleeper"_qs} + data()).out.trimmed().toLongLong();
    QVERIFY(sleeping > 0);
    const Cli cancel = takt(QStringList{u"runs"_qs, u"cancel"_qs, QString::number(sleeping), u"--json"_qs} + data());
    QCOMPARE(cancel.exitCode, 0);
    QCOMPARE(cancel.json()[u"id"].toInteger(), sleeping);
    QTRY_COMPARE_WITH_TIMEOUT(runState(sleeping), u"cancelled"_qs, 60'000);
}

void tst_Cli::runsBadInput()
{
    const Cli state = takt(QStringList{u"runs"_qs, u"list"_qs, u"--state"_qs, u"done"_qs} + data());
    QCOMPARE(state.exitCode, 1);
    QVERIFY2(state.err.startsWith("takt: runs list: state: 'done' is not one of: scheduled"), state.err.constData());
    const Cli limit = takt(QStringList{u"runs"_qs, u"list"_qs, u"--limit"_qs, u"lots"_qs} + data());
    QCOMPARE(limit.exitCode, 1);
    QVERIFY(limit.err.startsWith("takt: runs list: limit: "));
    const Cli id = takt(QStringList{u"runs"_qs, u"show"_qs, u"abc"_qs} + data());
    QCOMPARE(id.exitCode, 1);
    QCOMPARE(id.err, QByteArray("takt: runs show: id: 'abc' is not a run id\n"));
    QCOMPARE(takt(QStringList{u"runs"_qs, u"cancel"_qs, u"abc"_qs} + data()).exitCode, 1);
    const Cli unknown = takt(QStringList{u"runs"_qs, u"show"_qs, u"999999"_qs} + data());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.startsWith("takt: runs show: "));
    QCOMPARE(takt(QStringList{u"runs"_qs, u"cancel"_qs, u"999999"_qs} + data()).exitCode, 1);
}

void tst_Cli::logsBadInput()
{
    QCOMPARE(takt(QStringList{u"logs"_qs, u"abc"_qs} + data()).err, QByteArray("takt: logs: id: 'abc' is not a run id\n"));
    const Cli unknown = takt(QStringList{u"logs"_qs, u"999999"_qs} + data());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.startsWith("takt: logs: "));
    const Cli attempt = takt(QStringList{u"logs"_qs, u"1"_qs, u"--attempt"_qs, u"zero"_qs} + data());
    QCOMPARE(attempt.exitCode, 1);
    QVERIFY(attempt.err.startsWith("takt: logs: attempt: "));
}

void tst_Cli::cronNext()
{
    // Computed locally: no --data, no engine.
    const Cli next = takt({u"cron"_qs, u"next"_qs, u"0 3 * * *"_qs, u"--tz"_qs, u"Europe/Berlin"_qs,
                           u"--from"_qs, u"2026-03-28T12:00:00Z"_qs, u"--count"_qs, u"3"_qs});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.out, QByteArray("2026-03-29T03:00:00+02:00\n2026-03-30T03:00:00+02:00\n2026-03-31T03:00:00+02:00\n"));

    const Cli winter = takt({u"cron"_qs, u"next"_qs, u"@daily"_qs, u"--tz"_qs, u"Europe/Berlin"_qs,
                             u"--from"_qs, u"2026-01-10T12:00:00"_qs, u"--count"_qs, u"1"_qs});
    QCOMPARE(winter.out, QByteArray("2026-01-11T00:00:00+01:00\n"));

    const Cli json = takt({u"cron"_qs, u"next"_qs, u"*/15 * * * *"_qs, u"--tz"_qs, u"UTC"_qs, u"--json"_qs,
                           u"--from"_qs, u"2026-01-01T00:00:00Z"_qs, u"--count"_qs, u"2"_qs});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json()[u"times"].toArray().size(), 2);
    QVERIFY(!json.json()[u"description"].toString().isEmpty());

    const Cli defaults = takt({u"cron"_qs, u"next"_qs, u"@hourly"_qs});
    QCOMPARE(defaults.exitCode, 0);
    QCOMPARE(defaults.out.count('\n'), 10);
}

void tst_Cli::cronNextBadInput()
{
    const Cli expr = takt({u"cron"_qs, u"next"_qs, u"0 0 32 * *"_qs});
    QCOMPARE(expr.exitCode, 1);
    QCOMPARE(expr.err, QByteArray("takt: cron next: day-of-month: 32 is out of range 1-31\n"));
    const Cli zone = takt({u"cron"_qs, u"next"_qs, u"@daily"_qs, u"--tz"_qs, u"Mars/Base"_qs});
    QCOMPARE(zone.exitCode, 1);
    QCOMPARE(zone.err, QByteArray("takt: cron next: --tz: unknown time zone 'Mars/Base'\n"));
    const Cli from = takt({u"cron"_qs, u"next"_qs, u"@daily"_qs, u"--from"_qs, u"tomorrow"_qs});
    QCOMPARE(from.exitCode, 1);
    QVERIFY(from.err.startsWith("takt: cron next: --from: "));
    const Cli count = takt({u"cron"_qs, u"next"_qs, u"@daily"_qs, u"--count"_qs, u"0"_qs});
    QCOMPARE(count.exitCode, 1);
    QVERIFY(count.err.startsWith("takt: cron next: --count: "));
}

void tst_Cli::serverAndTokenResolution()
{
    QFile tokenFile(m_data.filePath(u"token"_qs));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QString token = QString::fromLatin1(tokenFile.readAll().trimmed());
    QTemporaryDir elsewhere;   // no server.json there: the options alone must do

    const Cli options = takt({u"jobs"_qs, u"list"_qs, u"--server"_qs, m_url, u"--token"_qs, token,
                              u"--data"_qs, elsewhere.path()});
    QCOMPARE(options.exitCode, 0);
    QVERIFY(options.out.contains("backup"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TAKT_SERVER"_qs, m_url);
    env.insert(u"TAKT_TOKEN"_qs, token);
    env.insert(u"TAKT_DATA"_qs, elsewhere.path());
    const Cli fromEnv = takt({u"jobs"_qs, u"list"_qs}, {}, env);
    QCOMPARE(fromEnv.exitCode, 0);
    QVERIFY(fromEnv.out.contains("backup"));

    // TAKT_DATA alone finds the local engine through server.json.
    QProcessEnvironment dataEnv = QProcessEnvironment::systemEnvironment();
    dataEnv.insert(u"TAKT_DATA"_qs, m_data.path());
    QCOMPARE(takt({u"jobs"_qs, u"list"_qs}, {}, dataEnv).exitCode, 0);

    const Cli wrong = takt({u"jobs"_qs, u"list"_qs, u"--server"_qs, m_url, u"--token"_qs, u"nope"_qs,
                            u"--data"_qs, elsewhere.path()});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith("takt: jobs list: "), wrong.err.constData());
    QVERIFY(wrong.err.contains("token"));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const Cli refused = takt({u"jobs"_qs, u"list"_qs, u"--server"_qs, dead, u"--token"_qs, u"x"_qs});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(QString::fromUtf8(refused.err), QStringLiteral("takt: jobs list: cannot reach %1: Connection refused\n").arg(dead));
}

void tst_Cli::noEngineRunning()
{
    QTemporaryDir empty;
    const QString expected = QStringLiteral("takt: jobs list: no engine is running for %1 (start one with 'takt serve')\n")
                                 .arg(empty.path());
    const Cli none = takt({u"jobs"_qs, u"list"_qs, u"--data"_qs, empty.path()});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(QString::fromUtf8(none.err), expected);

    // A server.json left behind by a killed engine names a process that is gone.
    QFile stale(empty.filePath(u"server.json"_qs));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QJsonDocument(QJsonObject{{u"url"_qs, m_url}, {u"pid"_qs, 999'999'999}}).toJson());   // no such pid
    stale.close();
    const Cli staleRun = takt({u"runs"_qs, u"list"_qs, u"--data"_qs, empty.path()});
    QCOMPARE(staleRun.exitCode, 1);
    QVERIFY2(staleRun.err.contains("no engine is running for"), staleRun.err.constData());
}

void tst_Cli::secondServeRefused()
{
    // The same data directory: locked by the running engine.
    const Cli second = takt(QStringList{u"serve"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs} + data());
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.startsWith("takt: serve: another engine (pid "), second.err.constData());
    QVERIFY(second.err.contains(m_data.path().toUtf8()));
    QVERIFY(QFile::exists(m_data.filePath(u"server.json"_qs)));   // the first one's, untouched

    // No command and no display: `serve` (with a display it is the desktop console).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TAKT_DATA"_qs, m_data.path());
    for (const QString &display : {u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs, u"QT_QPA_PLATFORM"_qs})
        env.remove(display);
    const Cli bare = takt({}, {}, env);
    QCOMPARE(bare.exitCode, 1);
    QVERIFY2(bare.err.contains("takt: no display; running the engine headless (takt serve)"), bare.err.constData());
    QVERIFY2(bare.err.contains("takt: serve: another engine (pid "), bare.err.constData());

    // Another data directory, but the port is taken.
    QTemporaryDir other;
    const QString port = m_url.section(u':', -1);
    const Cli busy = takt({u"serve"_qs, u"--data"_qs, other.path(), u"--listen"_qs, u"127.0.0.1:"_qs + port});
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err.startsWith("takt: serve: cannot listen on 127.0.0.1:" + port.toUtf8()), busy.err.constData());
    QVERIFY(!QFile::exists(other.filePath(u"server.json"_qs)));

    const Cli badListen = takt({u"serve"_qs, u"--data"_qs, other.path(), u"--listen"_qs, u"nowhere"_qs});
    QCOMPARE(badListen.exitCode, 1);
    QVERIFY(badListen.err.startsWith("takt: serve: --listen: "));
}

void tst_Cli::serveStopsOnSigterm()
{
    QVERIFY(m_serve.state() == QProcess::Running);
    m_serve.terminate();   // SIGTERM
    QVERIFY(m_serve.waitForFinished(30'000));
    QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve.exitCode(), 0);
    QVERIFY(!QFile::exists(m_data.filePath(u"server.json"_qs)));
    // The token stays for the next start.
    QVERIFY(QFile::exists(m_data.filePath(u"token"_qs)));

    // Now nothing serves the directory.
    const Cli none = takt(QStringList{u"jobs"_qs, u"list"_qs} + data());
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("no engine is running for"));

    // SIGINT does the same, and a restarted engine keeps the jobs and the token.
    QProcess again;
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    again.start(QStringLiteral(TAKT_EXECUTABLE), QStringList{u"serve"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs} + data());
    QVERIFY(again.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_data.filePath(u"server.json"_qs)), 20'000);
    QVERIFY(takt(QStringList{u"jobs"_qs, u"list"_qs} + data()).out.contains("backup"));
    ::kill(again.processId(), SIGINT);
    QVERIFY(again.waitForFinished(30'000));
    QCOMPARE(again.exitStatus(), QProcess::NormalExit);
    QCOMPARE(again.exitCode(), 0);
    QVERIFY(!QFile::exists(m_data.filePath(u"server.json"_qs)));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
