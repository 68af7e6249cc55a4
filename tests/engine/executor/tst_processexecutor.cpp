// Tests ProcessExecutor and takt-supervisor with real child processes and real files:
// logs, exit codes, start failures, environment, timeouts and group kills, cancel,
// resource figures, adopting supervisors across executors, and the spare supervisor an
// executor keeps started ahead of its next launch.
//
// The test binary doubles as a child program: with --helper-* it allocates memory or burns
// CPU instead of running the tests (see main()).

#include <engine/executor/logformat.h>
#include <engine/executor/processexecutor.h>
#include <engine/executor/procstat.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Takt;

namespace {

constexpr int WaitMs = 15'000;

QList<LogLine> readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    if (data.isEmpty())
        return {};
    if (data.endsWith('\n'))
        data.chop(1);
    QList<LogLine> lines;
    for (const QByteArray &raw : data.split('\n')) {
        const auto parsed = parseLogLine(raw);
        if (!parsed)
            qWarning("unparsable log line: %s", raw.constData());
        else
            lines.append(*parsed);
    }
    return lines;
}

// The command's own output as "O a\nE b\n", Takt's notes left out.
QByteArray outputOf(const QList<LogLine> &lines)
{
    QByteArray out;
    for (const LogLine &line : lines) {
        if (line.stream != 'T')
            out += QByteArray(1, line.stream) + ' ' + line.text + '\n';
    }
    return out;
}

QByteArrayList notesOf(const QList<LogLine> &lines)
{
    QByteArrayList out;
    for (const LogLine &line : lines) {
        if (line.stream == 'T')
            out << line.text;
    }
    return out;
}

// A value of the supervisor's status file, read directly (pgid is not in AttemptOutcome).
qint64 statusValue(const QString &attemptDir, const QByteArray &key)
{
    QFile file(attemptDir + QStringLiteral("/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key + '='))
            return line.mid(key.size() + 1).toLongLong();
    }
    return -1;
}

bool groupIsGone(qint64 pgid)
{
    return ::kill(-pid_t(pgid), 0) == -1 && errno == ESRCH;
}

qint64 procStartTime(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(19).toLongLong();
}

// The spare supervisor this process keeps (a child whose command line is
// "takt-supervisor --spare ..."), 0 if there is none right now.
qint64 spareSupervisorPid()
{
    for (const qint64 pid : Internal::processIds()) {
        const auto stat = Internal::readProcStat(pid);
        if (!stat || stat->parentPid != ::getpid() || stat->isDead())
            continue;
        const QByteArrayList args = Internal::readProcCmdline(pid);
        if (args.value(0).endsWith("takt-supervisor") && args.value(1) == "--spare")
            return pid;
    }
    return 0;
}

char procState(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray text = file.readAll();
    const qsizetype at = text.lastIndexOf(')') + 2;
    return at >= 2 && at < text.size() ? text.at(at) : '?';
}

QByteArrayList cmdlineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList args = file.readAll().split('\0');
    while (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    return args;
}

int allocHelper(int megabytes)
{
    const size_t size = size_t(megabytes) << 20;
    char *memory = static_cast<char *>(std::malloc(size));
    if (!memory)
        return 2;
    // Touch every page, through volatile so the writes cannot be optimised away.
    volatile char *p = memory;
    for (size_t i = 0; i < size; i += 4096)
        p[i] = char(i);
    std::printf("allocated %d MB\n", megabytes);
    std::free(memory);
    return 0;
}

int cpuHelper(int milliseconds)
{
    // Burn exactly this much CPU, however busy the machine is.
    const auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
    };
    volatile unsigned long sink = 0;
    while (cpuMs() < milliseconds) {
        for (int i = 0; i < 100'000; ++i)
            sink = sink + unsigned(i);
    }
    std::printf("burnt %d ms\n", milliseconds);
    return 0;
}

// Plays an engine that has launched once and keeps its spare: writes the spare's pid to
// DIR/spare.pid and waits to be killed.
int keepSpareHelper(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    ProcessExecutor executor;
    LaunchRequest r;
    r.runId = 1;
    r.argv = {QStringLiteral("/bin/true")};
    r.attemptDir = dir + QStringLiteral("/helper-run");
    if (!executor.launch(r).isOk())
        return 2;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (const qint64 spare = spareSupervisorPid()) {
            QFile file(dir + QStringLiteral("/spare.pid.tmp"));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QByteArray::number(spare));
                file.close();
                file.rename(dir + QStringLiteral("/spare.pid"));
            }
            poll.stop();
        }
    });
    poll.start(10);
    return app.exec();
}

} // namespace

class tst_ProcessExecutor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_next = 0;

    LaunchRequest request(const QStringList &argv)
    {
        LaunchRequest r;
        r.runId = ++m_next;
        r.attempt = 1;
        r.argv = argv;
        r.workDir = m_dir->path();
        r.environment = {"PATH=/usr/local/bin:/usr/bin:/bin"};
        r.attemptDir = m_dir->filePath(QStringLiteral("runs/%1/1").arg(r.runId));
        return r;
    }

    LaunchRequest shell(const QString &script)
    {
        return request({QStringLiteral("/bin/sh"), QStringLiteral("-c"), script});
    }

    // Launches and waits for finished(); the outcome, or a failed check.
    AttemptOutcome run(ProcessExecutor &executor, const LaunchRequest &r, bool *ok)
    {
        *ok = false;
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        const auto handle = executor.launch(r);
        if (!handle.isOk()) {
            qWarning("launch failed: %s", qPrintable(handle.error().toString()));
            return {};
        }
        if (!spy.wait(WaitMs) || spy.count() != 1) {
            qWarning("no finished() signal");
            return {};
        }
        const QList<QVariant> args = spy.takeFirst();
        if (args.at(0).value<RunId>() != r.runId || args.at(1).toInt() != r.attempt) {
            qWarning("finished() for another run");
            return {};
        }
        *ok = true;
        return args.at(2).value<AttemptOutcome>();
    }

    QString logPath(const LaunchRequest &r) const { return r.attemptDir + QStringLiteral("/output.log"); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Takt::AttemptOutcome>();
        qRegisterMetaType<Takt::RunId>("Takt::RunId");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aFullDiskFailsTheRunWithTheReason()
    {
        // /dev/full accepts the open and refuses every write with ENOSPC: a full disk, even as root.
        ProcessExecutor executor;
        LaunchRequest r = shell(QStringLiteral("echo one; sleep 0.2; echo two; sleep 30"));
        QVERIFY(QDir().mkpath(r.attemptDir));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), logPath(r)));
        QElapsedTimer elapsed;
        elapsed.start();
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("cannot write the log")) &&
                 outcome.reason.contains(QStringLiteral("No space left on device")), qPrintable(outcome.reason));
        QVERIFY2(elapsed.elapsed() < 20'000, "the command was not stopped when its log failed");
    }

    void findsTheSupervisor()
    {
        ProcessExecutor executor;
        QVERIFY(!executor.supervisorPath().isEmpty());
        QVERIFY(QFileInfo(executor.supervisorPath()).isExecutable());

        // An explicit path that does not work is not silently replaced by another binary.
        ProcessExecutor wrong(m_dir->filePath(QStringLiteral("no-such-supervisor")));
        QVERIFY(wrong.supervisorPath().isEmpty());
        const auto handle = wrong.launch(shell(QStringLiteral("true")));
        QVERIFY(!handle.isOk());
        QCOMPARE(handle.error().code, ErrorCode::Unavailable);
    }

    void rejectsBadRequests()
    {
        ProcessExecutor executor;
        const auto empty = executor.launch(request({}));
        QVERIFY(!empty.isOk());
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);

        LaunchRequest r = shell(QStringLiteral("sleep 100"));
        QVERIFY(executor.launch(r).isOk());
        const auto again = executor.launch(r);
        QVERIFY(!again.isOk());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        QVERIFY(executor.cancel(r.runId));
        QVERIFY(spy.wait(WaitMs));
    }

    void logsStdoutAndStderrInArrivalOrder()
    {
        ProcessExecutor executor;
        // The sleeps make the arrival order certain; without them both pipes may be ready
        // in the same instant and no reader can tell which came first.
        const LaunchRequest r = shell(QStringLiteral("echo a; sleep 0.1; echo b >&2; sleep 0.1; echo c"));
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Succeeded);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.signal, 0);
        QCOMPARE(outcome.reason, QString());
        QVERIFY(!executor.isRunning(r.runId));
        QCOMPARE(executor.runningCount(), 0);

        const QList<LogLine> lines = readLog(logPath(r));
        QCOMPARE(outputOf(lines), QByteArray("O a\nE b\nO c\n"));
        QCOMPARE(outcome.logSize, QFileInfo(logPath(r)).size());

        // Notes: start first (with the command and pid), exit last.
        QCOMPARE(lines.first().stream, 'T');
        QVERIFY2(lines.first().text.startsWith("started: /bin/sh -c 'echo a; sleep 0.1; echo b >&2;"),
                 lines.first().text.constData());
        QVERIFY(lines.first().text.contains(" in pid "));
        QCOMPARE(lines.last(), (LogLine{lines.last().timeMs, 'T', "exited with code 0"}));

        // Stamped with arrival times: in order, inside the run, and the sleeps show.
        QVERIFY(outcome.startedAt > 0);
        QVERIFY(outcome.finishedAt >= outcome.startedAt);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).timeMs >= lines.at(i - 1).timeMs);
        QVERIFY(lines.first().timeMs >= outcome.startedAt);
        QVERIFY(lines.last().timeMs <= outcome.finishedAt + 1000);
        QVERIFY(lines.at(3).timeMs - lines.at(1).timeMs >= 150); // a → c: two sleeps of 100 ms
    }

    void propagatesExitCodeAndSignal_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("reason");
        QTest::newRow("exit 3") << "echo failing; exit 3" << 3 << 0 << "exited with code 3";
        QTest::newRow("exit 255") << "exit 255" << 255 << 0 << "exited with code 255";
        QTest::newRow("killed") << "kill -9 $$" << -1 << 9 << "killed by signal 9";
    }

    void propagatesExitCodeAndSignal()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        QFETCH(int, signal);
        QFETCH(QString, reason);
        ProcessExecutor executor;
        const LaunchRequest r = shell(script);
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.exitCode, exitCode);
        QCOMPARE(outcome.signal, signal);
        QCOMPARE(outcome.reason, reason);
        QCOMPARE(notesOf(readLog(logPath(r))).last(), reason.toUtf8());
    }

    void failsToStart_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("workDir");
        QTest::addColumn<QString>("reason");
        QTest::newRow("command not found")
            << QStringList{QStringLiteral("takt-no-such-command"), QStringLiteral("arg")} << QString()
            << "cannot execute 'takt-no-such-command': No such file or directory";
        QTest::newRow("no such path")
            << QStringList{QStringLiteral("/no/such/program")} << QString()
            << "cannot execute '/no/such/program': No such file or directory";
        QTest::newRow("not executable")
            << QStringList{QStringLiteral("./plain.txt")} << QString()
            << "cannot execute './plain.txt': Permission denied";
        QTest::newRow("missing working directory")
            << QStringList{QStringLiteral("true")} << QStringLiteral("/takt/no/such/dir")
            << "working directory '/takt/no/such/dir' does not exist";
        QTest::newRow("working directory is a file")
            << QStringList{QStringLiteral("true")} << QStringLiteral("plain.txt")
            << "working directory 'plain.txt' is not a directory";
    }

    void failsToStart()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, workDir);
        QFETCH(QString, reason);
        QFile plain(m_dir->filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("echo not a program\n");
        plain.close();

        ProcessExecutor executor;
        LaunchRequest r = request(argv);
        if (workDir == QLatin1String("plain.txt"))
            r.workDir = plain.fileName(); // absolute
        else if (!workDir.isEmpty())
            r.workDir = workDir;
        if (workDir == QLatin1String("plain.txt"))
            reason = QStringLiteral("working directory '%1' is not a directory").arg(plain.fileName());
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.reason, reason);
        QCOMPARE(outcome.exitCode, -1);
        const QList<LogLine> lines = readLog(logPath(r));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().stream, 'T');
        QCOMPARE(lines.first().text, reason.toUtf8());
    }

    void failsWhenTheLogCannotBeOpened()
    {
        ProcessExecutor executor;
        const LaunchRequest r = shell(QStringLiteral("echo never"));
        QVERIFY(QDir().mkpath(logPath(r))); // a directory where the log file should be
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.reason, QStringLiteral("cannot open log '%1': Is a directory").arg(logPath(r)));
    }

    void passesEnvironmentAndWorkingDirectory()
    {
        ProcessExecutor executor;
        LaunchRequest r = shell(QStringLiteral("echo \"$TAKT_RUN_ID/$TAKT_ATTEMPT/${HOME-unset}\"; pwd"));
        r.environment = {"PATH=/usr/bin:/bin", "TAKT_RUN_ID=42", "TAKT_ATTEMPT=2"};
        const QString workDir = m_dir->filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(workDir));
        r.workDir = workDir;
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Succeeded);
        // Exactly the given environment: HOME is not inherited from the engine.
        QCOMPARE(outputOf(readLog(logPath(r))), "O 42/2/unset\nO " + QFile::encodeName(workDir) + "\n");
    }

    void looksUpTheCommandInTheJobsPath()
    {
        const QString bin = m_dir->filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile script(bin + QStringLiteral("/takt-hello"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho hello from the job PATH\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));

        ProcessExecutor executor;
        LaunchRequest r = request({QStringLiteral("takt-hello")});
        r.environment = {"PATH=/usr/bin:/bin:" + QFile::encodeName(bin)};
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Succeeded);
        QCOMPARE(outputOf(readLog(logPath(r))), QByteArray("O hello from the job PATH\n"));
    }

    void keepsPartialAndLongLines()
    {
        ProcessExecutor executor;
        const LaunchRequest r = shell(QStringLiteral(
            "head -c 70000 /dev/zero | tr '\\000' x; echo; echo; printf 'last without newline'"));
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Succeeded);
        QList<LogLine> lines = readLog(logPath(r));
        lines.removeIf([](const LogLine &l) { return l.stream == 'T'; });
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).text, QByteArray(LogLineMaxText, 'x'));        // split at 64 KiB
        QCOMPARE(lines.at(1).text, QByteArray(70000 - LogLineMaxText, 'x'));
        QCOMPARE(lines.at(2).text, QByteArray());                          // the empty line
        QCOMPARE(lines.at(3).text, QByteArray("last without newline"));
    }

    void backgroundProcessHoldingTheOutputDoesNotHangTheRun()
    {
        ProcessExecutor executor;
        const LaunchRequest r = shell(QStringLiteral("sleep 100 & echo $!; exit 0"));
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::Succeeded);
        const QList<LogLine> lines = readLog(logPath(r));
        const qint64 pgid = statusValue(r.attemptDir, "pgid");
        QVERIFY(notesOf(lines).contains("output still open after the command ended: killing process group "
                                        + QByteArray::number(pgid)));
        // The leftover was killed with the group and reaped, not left behind.
        const qint64 background = outputOf(lines).mid(2).trimmed().toLongLong();
        QVERIFY(background > 0);
        QVERIFY(::kill(pid_t(background), 0) == -1 && errno == ESRCH);
        QVERIFY(groupIsGone(pgid));
    }

    void supervisorHasASessionOfItsOwn()
    {
        // So that a signal to the engine's process group (Ctrl+C, a service stop) does not
        // reach the runs.
        ProcessExecutor executor;
        const LaunchRequest r = shell(QStringLiteral("sleep 100"));
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        const auto handle = executor.launch(r);
        QVERIFY(handle.isOk());
        QCOMPARE(::getsid(pid_t(handle->pid)), pid_t(handle->pid));
        QVERIFY(::getpgid(pid_t(handle->pid)) != ::getpgid(0));
        QVERIFY(executor.cancel(r.runId));
        QVERIFY(spy.wait(WaitMs));
    }

    void timeoutKillsTheWholeProcessGroup()
    {
        ProcessExecutor executor;
        LaunchRequest r = shell(QStringLiteral("sleep 100 & echo $!; sleep 100"));
        r.timeoutMs = 300;
        r.killGraceMs = 5000;
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::TimedOut);
        QCOMPARE(outcome.reason, QStringLiteral("timed out after 300ms"));
        QCOMPARE(outcome.signal, SIGTERM);
        // SIGTERM was enough: no waiting for the grace period.
        QVERIFY2(outcome.finishedAt - outcome.startedAt < 3000,
                 qPrintable(QString::number(outcome.finishedAt - outcome.startedAt)));

        const QList<LogLine> lines = readLog(logPath(r));
        const qint64 grandchild = outputOf(lines).mid(2).trimmed().toLongLong();
        QVERIFY(grandchild > 0);
        QVERIFY(::kill(pid_t(grandchild), 0) == -1 && errno == ESRCH);
        const qint64 pgid = statusValue(r.attemptDir, "pgid");
        QVERIFY(pgid > 0);
        QVERIFY(groupIsGone(pgid));
        QCOMPARE(notesOf(lines).last(), QByteArray("timed out after 300ms"));
    }

    void timeoutKillsWhatIgnoresSigtermAfterTheGrace()
    {
        ProcessExecutor executor;
        // Both the shell and its sleep ignore SIGTERM (an ignored signal survives exec).
        LaunchRequest r = shell(QStringLiteral("trap '' TERM; sleep 100 & sleep 100"));
        r.timeoutMs = 200;
        r.killGraceMs = 500;
        bool ok = false;
        const AttemptOutcome outcome = run(executor, r, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::TimedOut);
        QCOMPARE(outcome.signal, SIGKILL);
        QVERIFY2(outcome.finishedAt - outcome.startedAt >= 690,
                 qPrintable(QString::number(outcome.finishedAt - outcome.startedAt)));
        QVERIFY(groupIsGone(statusValue(r.attemptDir, "pgid")));
        const QByteArrayList notes = notesOf(readLog(logPath(r)));
        QVERIFY(notes.contains("grace period of 500ms is over: sending SIGKILL to process group "
                               + QByteArray::number(statusValue(r.attemptDir, "pgid"))));
    }

    void cancelEndsTheRunAsCancelled()
    {
        ProcessExecutor executor;
        QVERIFY(!executor.cancel(12345)); // not running here

        const LaunchRequest r = shell(QStringLiteral("echo running; sleep 100 & sleep 100"));
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        QVERIFY(executor.launch(r).isOk());
        QVERIFY(executor.isRunning(r.runId));
        QCOMPARE(executor.runningCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(outputOf(readLog(logPath(r))).contains("O running"), WaitMs);
        QVERIFY(executor.cancel(r.runId));
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Cancelled);
        QCOMPARE(outcome.reason, QStringLiteral("cancelled"));
        QVERIFY(!executor.isRunning(r.runId));
        QVERIFY(groupIsGone(statusValue(r.attemptDir, "pgid")));
        QCOMPARE(notesOf(readLog(logPath(r))).last(), QByteArray("cancelled"));
    }

    void measuresMemoryAndCpu()
    {
        const QString self = QCoreApplication::applicationFilePath();
        ProcessExecutor executor;
        bool ok = false;
        const LaunchRequest memory = request({self, QStringLiteral("--helper-alloc-mb"), QStringLiteral("50")});
        const AttemptOutcome big = run(executor, memory, &ok);
        QVERIFY(ok);
        QCOMPARE(big.state, RunState::Succeeded);
        QVERIFY2(big.peakRssKb >= 50'000, qPrintable(QString::number(big.peakRssKb)));

        const LaunchRequest cpu = request({self, QStringLiteral("--helper-cpu-ms"), QStringLiteral("300")});
        const AttemptOutcome busy = run(executor, cpu, &ok);
        QVERIFY(ok);
        QCOMPARE(busy.state, RunState::Succeeded);
        QVERIFY2(busy.cpuMs >= 200, qPrintable(QString::number(busy.cpuMs)));
        QVERIFY2(busy.peakRssKb < big.peakRssKb, qPrintable(QString::number(busy.peakRssKb)));
    }

    void adoptsARunningSupervisorAfterTheExecutorIsGone_data()
    {
        QTest::addColumn<bool>("startTimeKnown");
        QTest::newRow("start time known") << true;
        QTest::newRow("start time lost: found by its command line") << false;
    }

    void adoptsARunningSupervisorAfterTheExecutorIsGone()
    {
        QFETCH(bool, startTimeKnown);
        const LaunchRequest r = shell(QStringLiteral("echo one; sleep 1; echo two; exit 3"));
        SupervisorHandle handle;
        {
            ProcessExecutor first;
            const auto launched = first.launch(r);
            QVERIFY(launched.isOk());
            handle = launched.value();
            QVERIFY(handle.pid > 0);
            QCOMPARE(handle.pidStart, procStartTime(handle.pid));
            QCOMPARE(handle.logPath, logPath(r));
            QTRY_VERIFY_WITH_TIMEOUT(outputOf(readLog(logPath(r))).contains("O one"), WaitMs);
        } // destroyed: must not take the run with it
        QCOMPARE(::kill(pid_t(handle.pid), 0), 0);
        if (!startTimeKnown)
            handle.pidStart = 0;

        ProcessExecutor second;
        QSignalSpy spy(&second, &ProcessExecutor::finished);
        QVERIFY(second.adopt(r.runId, r.attempt, r.attemptDir, handle));
        QVERIFY(second.isRunning(r.runId));
        QVERIFY(spy.wait(WaitMs));
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).value<RunId>(), r.runId);
        const AttemptOutcome outcome = args.at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.exitCode, 3);
        QCOMPARE(outputOf(readLog(logPath(r))), QByteArray("O one\nO two\n"));
        QVERIFY(!second.isRunning(r.runId));
        // Reaped by the second executor: no zombie left behind.
        QVERIFY(::kill(pid_t(handle.pid), 0) == -1 && errno == ESRCH);
    }

    void adoptOfAFinishedRunReportsTheRecordedOutcome()
    {
        const LaunchRequest r = shell(QStringLiteral("echo done; exit 5"));
        SupervisorHandle handle;
        AttemptOutcome recorded;
        {
            ProcessExecutor first;
            QSignalSpy spy(&first, &ProcessExecutor::finished);
            handle = first.launch(r).value();
            QVERIFY(spy.wait(WaitMs));
            recorded = spy.takeFirst().at(2).value<AttemptOutcome>();
        }
        ProcessExecutor second;
        QSignalSpy spy(&second, &ProcessExecutor::finished);
        QVERIFY(!second.adopt(r.runId, r.attempt, r.attemptDir, handle));
        QCOMPARE(spy.count(), 0); // queued: the caller is not re-entered
        QVERIFY(!second.isRunning(r.runId));
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.exitCode, 5);
        QCOMPARE(outcome.startedAt, recorded.startedAt);
        QCOMPARE(outcome.finishedAt, recorded.finishedAt);
        QCOMPARE(outcome.logSize, recorded.logSize);
    }

    void adoptOfADeadSupervisorWithoutStatusIsLost()
    {
        // A pid that surely ended: spawn /bin/true, note its start time, reap it.
        pid_t pid = 0;
        char arg0[] = "/bin/true";
        char *argv[] = {arg0, nullptr};
        QCOMPARE(posix_spawn(&pid, arg0, nullptr, nullptr, argv, environ), 0);
        const qint64 start = procStartTime(pid);
        QCOMPARE(waitpid(pid, nullptr, 0), pid);

        const QString dir = m_dir->filePath(QStringLiteral("runs/dead/1"));
        QVERIFY(QDir().mkpath(dir));
        ProcessExecutor executor;
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        QVERIFY(!executor.adopt(77, 2, dir, SupervisorHandle{pid, start, dir + QStringLiteral("/output.log")}));
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(WaitMs));
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).value<RunId>(), RunId(77));
        QCOMPARE(args.at(1).toInt(), 2);
        const AttemptOutcome outcome = args.at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Lost);
        QCOMPARE(outcome.reason,
                 QStringLiteral("supervisor died without recording an exit status (was the machine restarted?)"));
    }

    void adoptOfAReusedPidTreatsTheSupervisorAsGone_data()
    {
        QTest::addColumn<bool>("withStatus");
        QTest::addColumn<bool>("startTimeKnown");
        QTest::newRow("no status file") << false << true;
        QTest::newRow("status file") << true << true;
        QTest::newRow("start time lost, not a supervisor") << false << false;
    }

    void adoptOfAReusedPidTreatsTheSupervisorAsGone()
    {
        QFETCH(bool, withStatus);
        QFETCH(bool, startTimeKnown);
        const QString dir = m_dir->filePath(QStringLiteral("runs/reused/1"));
        QVERIFY(QDir().mkpath(dir));
        if (withStatus) {
            QFile status(dir + QStringLiteral("/status"));
            QVERIFY(status.open(QIODevice::WriteOnly));
            status.write("state=succeeded\nexit_code=0\nsignal=0\nstarted_at=1000\nfinished_at=2000\n"
                         "cpu_ms=7\npeak_rss_kb=1024\nlog_size=99\npgid=4242\nreason=\n");
        }
        // This test process is alive, but it is not the supervisor that was started then.
        const qint64 self = QCoreApplication::applicationPid();
        const SupervisorHandle handle{self, startTimeKnown ? procStartTime(self) + 1 : 0, QString()};
        ProcessExecutor executor;
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        QVERIFY(!executor.adopt(78, 1, dir, handle));
        QVERIFY(!executor.isRunning(78));
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        if (withStatus) {
            QCOMPARE(outcome.state, RunState::Succeeded);
            QCOMPARE(outcome.exitCode, 0);
            QCOMPARE(outcome.startedAt, 1000);
            QCOMPARE(outcome.finishedAt, 2000);
            QCOMPARE(outcome.cpuMs, 7);
            QCOMPARE(outcome.peakRssKb, 1024);
            QCOMPARE(outcome.logSize, 99);
        } else {
            QCOMPARE(outcome.state, RunState::Lost);
        }
    }

    void supervisorKilledHardIsLost()
    {
        ProcessExecutor executor;
        const LaunchRequest r = shell(QStringLiteral("echo up; sleep 100"));
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        const auto handle = executor.launch(r);
        QVERIFY(handle.isOk());
        QTRY_VERIFY_WITH_TIMEOUT(outputOf(readLog(logPath(r))).contains("O up"), WaitMs);
        QCOMPARE(::kill(pid_t(handle->pid), SIGKILL), 0);
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Lost);
        QCOMPARE(outcome.reason, QStringLiteral("supervisor was killed by signal 9 without recording an exit status"));

        // The command outlived its supervisor: clean it up (its group id is in the start note).
        const QByteArray started = notesOf(readLog(logPath(r))).first();
        const qint64 pgid = started.mid(started.lastIndexOf(' ') + 1).toLongLong();
        QVERIFY(pgid > 0);
        ::kill(-pid_t(pgid), SIGKILL);
    }

    void aLaunchAfterTheFirstUsesTheSpareStartedAheadOfTime()
    {
        // What makes a run start sooner after its due time: the supervisor is already there.
        const QString bin = m_dir->filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile script(bin + QStringLiteral("/takt-hello"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"hello $TAKT_RUN_ID ${HOME-unset}\"; pwd\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));

        ProcessExecutor executor;
        bool ok = false;
        QCOMPARE(run(executor, shell(QStringLiteral("true")), &ok).state, RunState::Succeeded);
        QVERIFY(ok);
        qint64 spare = 0;
        QTRY_VERIFY_WITH_TIMEOUT((spare = spareSupervisorPid()) != 0, WaitMs);
        // A spare has a session of its own from the start, like any supervisor.
        QCOMPARE(::getsid(pid_t(spare)), pid_t(spare));

        // Everything of the request reaches the command: argv, the job's PATH and nothing but
        // the given environment, the working directory.
        LaunchRequest r = request({QStringLiteral("takt-hello")});
        r.environment = {"PATH=/usr/bin:/bin:" + QFile::encodeName(bin), "TAKT_RUN_ID=77"};
        const QString workDir = m_dir->filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(workDir));
        r.workDir = workDir;
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        const auto handle = executor.launch(r);
        QVERIFY(handle.isOk());
        QCOMPARE(handle->pid, spare);
        QCOMPARE(handle->pidStart, procStartTime(spare));
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Succeeded);
        QCOMPARE(outputOf(readLog(logPath(r))), "O hello 77 unset\nO " + QFile::encodeName(workDir) + "\n");
        // Reaped as its own supervisor: no zombie left.
        QVERIFY(::kill(pid_t(spare), 0) == -1 && errno == ESRCH);
    }

    void aSpareKeepsTheTimeoutAndCancel()
    {
        ProcessExecutor executor;
        bool ok = false;
        run(executor, shell(QStringLiteral("true")), &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(spareSupervisorPid() != 0, WaitMs);
        LaunchRequest timed = shell(QStringLiteral("sleep 100"));
        timed.timeoutMs = 200;
        timed.killGraceMs = 100;
        const AttemptOutcome outcome = run(executor, timed, &ok);
        QVERIFY(ok);
        QCOMPARE(outcome.state, RunState::TimedOut);

        QTRY_VERIFY_WITH_TIMEOUT(spareSupervisorPid() != 0, WaitMs);
        const LaunchRequest cancelled = shell(QStringLiteral("echo up; sleep 100"));
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        QVERIFY(executor.launch(cancelled).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(outputOf(readLog(logPath(cancelled))).contains("O up"), WaitMs);
        QVERIFY(executor.cancel(cancelled.runId));
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(spy.takeFirst().at(2).value<AttemptOutcome>().state, RunState::Cancelled);
    }

    void aRunOnASpareIsAdoptedAfterTheExecutorIsGone_data()
    {
        QTest::addColumn<bool>("startTimeKnown");
        QTest::newRow("start time known") << true;
        QTest::newRow("pid never stored: found by its command line") << false;
    }

    void aRunOnASpareIsAdoptedAfterTheExecutorIsGone()
    {
        // An engine that dies right after handing a run to its spare, before it stored the
        // pid: the next one finds the supervisor by the attempt directory in its command line.
        QFETCH(bool, startTimeKnown);
        const LaunchRequest r = shell(QStringLiteral("echo one; sleep 1; echo two; exit 3"));
        SupervisorHandle handle;
        {
            ProcessExecutor first;
            bool ok = false;
            run(first, shell(QStringLiteral("true")), &ok);
            QVERIFY(ok);
            qint64 spare = 0;
            QTRY_VERIFY_WITH_TIMEOUT((spare = spareSupervisorPid()) != 0, WaitMs);
            const auto launched = first.launch(r);
            QVERIFY(launched.isOk());
            handle = launched.value();
            QCOMPARE(handle.pid, spare);
            QTRY_VERIFY_WITH_TIMEOUT(outputOf(readLog(logPath(r))).contains("O one"), WaitMs);
            const QByteArrayList args = cmdlineOf(handle.pid);
            QVERIFY2(args.value(0).endsWith("takt-supervisor"), args.join(' ').constData());
            QCOMPARE(args.value(1), QByteArray("--dir"));
            QCOMPARE(args.value(2), QFile::encodeName(r.attemptDir));
            QCOMPARE(args.mid(3, 4), QByteArrayList({"--", "/bin/sh", "-c", r.argv.at(2).toUtf8()}));
        } // destroyed: must not take the run with it
        QCOMPARE(::kill(pid_t(handle.pid), 0), 0);
        if (!startTimeKnown)
            handle.pidStart = 0;

        ProcessExecutor second;
        QSignalSpy spy(&second, &ProcessExecutor::finished);
        QVERIFY(second.adopt(r.runId, r.attempt, r.attemptDir, handle));
        QVERIFY(spy.wait(WaitMs));
        const AttemptOutcome outcome = spy.takeFirst().at(2).value<AttemptOutcome>();
        QCOMPARE(outcome.state, RunState::Failed);
        QCOMPARE(outcome.exitCode, 3);
        QCOMPARE(outputOf(readLog(logPath(r))), QByteArray("O one\nO two\n"));
    }

    void anUnusedSpareEndsWithItsExecutor()
    {
        qint64 spare = 0;
        {
            ProcessExecutor executor;
            bool ok = false;
            run(executor, shell(QStringLiteral("true")), &ok);
            QVERIFY(ok);
            QTRY_VERIFY_WITH_TIMEOUT((spare = spareSupervisorPid()) != 0, WaitMs);
        }
        // Gone and reaped: no idle supervisor and no zombie left behind.
        QVERIFY(::kill(pid_t(spare), 0) == -1 && errno == ESRCH);
    }

    void anUnusedSpareEndsWhenItsEngineIsKilled()
    {
        // A helper process plays the engine: it keeps a spare, then dies by SIGKILL.
        QProcess engine;
        engine.setProgram(QCoreApplication::applicationFilePath());
        engine.setArguments({QStringLiteral("--helper-keep-spare"), m_dir->path()});
        engine.start();
        QVERIFY(engine.waitForStarted(WaitMs));
        QFile pidFile(m_dir->filePath(QStringLiteral("spare.pid")));
        QTRY_VERIFY_WITH_TIMEOUT(pidFile.exists() && pidFile.size() > 0, WaitMs);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 spare = pidFile.readAll().trimmed().toLongLong();
        QVERIFY(spare > 0);
        QCOMPARE(::kill(pid_t(spare), 0), 0);
        ::kill(pid_t(engine.processId()), SIGKILL);
        QVERIFY(engine.waitForFinished(WaitMs));
        // It read EOF and exited: gone, or a zombie until whoever inherited it reaps it.
        const auto exited = [spare] {
            if (::kill(pid_t(spare), 0) == -1 && errno == ESRCH)
                return true;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(spare));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray text = stat.readAll();
            return text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(exited(), WaitMs);
    }

    void aDeadSpareIsReplacedByAnOrdinaryStart()
    {
        ProcessExecutor executor;
        bool ok = false;
        run(executor, shell(QStringLiteral("true")), &ok);
        QVERIFY(ok);
        qint64 spare = 0;
        QTRY_VERIFY_WITH_TIMEOUT((spare = spareSupervisorPid()) != 0, WaitMs);
        QCOMPARE(::kill(pid_t(spare), SIGKILL), 0);
        // Dead (a zombie: unreaped until the executor notices).
        QTRY_COMPARE_WITH_TIMEOUT(procState(spare), 'Z', WaitMs);

        const LaunchRequest r = shell(QStringLiteral("echo still runs"));
        QSignalSpy spy(&executor, &ProcessExecutor::finished);
        const auto handle = executor.launch(r);
        QVERIFY(handle.isOk());
        QVERIFY(handle->pid != spare);
        QVERIFY(spy.wait(WaitMs));
        QCOMPARE(spy.takeFirst().at(2).value<AttemptOutcome>().state, RunState::Succeeded);
        QCOMPARE(outputOf(readLog(logPath(r))), QByteArray("O still runs\n"));
        // The dead spare is reaped, not left a zombie.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(spare), 0) == -1 && errno == ESRCH, WaitMs);
    }

    void aSpareStartsNothingFromARequestItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<bool>("withCommand");
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("exitCode");
        // The engine died (or gave up) halfway through writing: nothing ran, nothing to say.
        QTest::newRow("incomplete") << QByteArray("TKS1") << true << 5 << 0;
        // A format this supervisor does not know (a binary replaced under a running engine).
        QTest::newRow("other format") << QByteArray("TKS9") << true << 0 << 2;
        QTest::newRow("no command") << QByteArray("TKS1") << false << 0 << 2;
    }

    void aSpareStartsNothingFromARequestItCannotTrust()
    {
        QFETCH(QByteArray, magic);
        QFETCH(bool, withCommand);
        QFETCH(int, cut);
        QFETCH(int, exitCode);
        const QString attemptDir = m_dir->filePath(QStringLiteral("runs/1/1"));
        QByteArray payload = QFile::encodeName(attemptDir) + '\0' + '\0' + "0" + '\0' + "100" + '\0' + "1" + '\0';
        if (withCommand)
            payload += QByteArray("/bin/true") + '\0';
        const quint32 size = quint32(payload.size());
        const QByteArray message = (magic + QByteArray(reinterpret_cast<const char *>(&size), 4) + payload).chopped(cut);

        int ends[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends), 0);
        const QByteArray path = QFile::encodeName(ProcessExecutor().supervisorPath());
        QByteArray padding(256, ' ');
        char *argv[] = {const_cast<char *>(path.constData()), const_cast<char *>("--spare"), padding.data(), nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO);
        pid_t pid = 0;
        QCOMPARE(posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ), 0);
        posix_spawn_file_actions_destroy(&actions);
        ::close(ends[1]);
        QCOMPARE(::write(ends[0], message.constData(), size_t(message.size())), ssize_t(message.size()));
        ::close(ends[0]);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), exitCode);
        QVERIFY(!QFileInfo::exists(attemptDir));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--helper-alloc-mb") == 0)
        return allocHelper(std::atoi(argv[2]));
    if (argc == 3 && std::strcmp(argv[1], "--helper-cpu-ms") == 0)
        return cpuHelper(std::atoi(argv[2]));
    if (argc == 3 && std::strcmp(argv[1], "--helper-keep-spare") == 0)
        return keepSpareHelper(argc, argv);
    QCoreApplication app(argc, argv);
    tst_ProcessExecutor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processexecutor.moc"
