// Tests of Store on both of its databases: every case runs on a real SQLite file and on a real
// PostgreSQL server started on loopback (a fresh database per case): opening and refusing,
// pragmas, migrations, jobs and their versions, runs and attempts, listing and keyset paging,
// transactions. The PostgreSQL-only cases (URLs, lost server, concurrent migration) are in
// tst_postgresstore.

#include <engine/store/store.h>
#include <engine/store/walcheckpointer.h>

#include <engine/core/modeljson.h>
#include <tests/support/postgresserver.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Takt;
using Takt::Test::PostgresServer;

Q_DECLARE_METATYPE(Takt::RunQuery)

namespace {

constexpr qint64 T0 = 1'717'200'000'000;   // 2024-06-01 00:00 UTC
constexpr qint64 Minute = 60'000;

// QVERIFY2 evaluates its message even on success, and error() is only valid on failure.
#define VERIFY_OK(expr)                                                      \
    do {                                                                     \
        const auto &result_ = (expr);                                        \
        if (!result_.isOk())                                                 \
            QFAIL(qPrintable(#expr ": " + result_.error().toString()));     \
    } while (false)

JobSpec makeSpec(const QString &name, const QString &schedule = QStringLiteral("*/5 * * * *"))
{
    JobSpec spec;
    spec.name = name;
    spec.schedule = schedule;
    spec.timeZone = QStringLiteral("Europe/Paris");
    spec.command = {QStringLiteral("/bin/echo"), QStringLiteral("hello")};
    spec.env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    spec.timeoutMs = 90'000;
    spec.retry.maxRetries = 2;
    spec.retry.retryExitCodes = {1, 75};
    spec.priority = 5;
    return spec;
}

RunRecord makeRun(const Job &job, qint64 scheduledAt, RunTrigger trigger = RunTrigger::Schedule,
                  RunState state = RunState::Scheduled)
{
    RunRecord run;
    run.jobId = job.id;
    run.jobVersion = job.version;
    run.trigger = trigger;
    run.state = state;
    run.priority = job.spec.priority;
    run.scheduledAt = scheduledAt;
    run.maxAttempts = job.spec.retry.maxRetries + 1;
    return run;
}

AttemptRecord makeAttempt(int number, RunState state, qint64 startedAt)
{
    AttemptRecord a;
    a.attempt = number;
    a.state = state;
    a.startedAt = startedAt;
    a.finishedAt = isFinal(state) ? startedAt + 1500 : 0;
    a.exitCode = state == RunState::Succeeded ? 0 : state == RunState::Failed ? 1 : -1;
    a.cpuMs = 120 * number;
    a.peakRssKb = 2048;
    a.logPath = QStringLiteral("/var/lib/takt/logs/%1.log").arg(number);
    a.logSize = 4096;
    a.reason = state == RunState::Failed ? QStringLiteral("exited with code 1") : QString();
    a.pid = 4242;
    a.pidStart = 987654;
    return a;
}

// A plain Qt SQL connection beside the store: to write old-schema rows and to look at the
// database the way another program would. `location`: a SQLite path or a postgresql:// URL.
class RawConnection
{
public:
    explicit RawConnection(const QString &location)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        const QUrl url(location);
        if (url.scheme() == u"postgresql") {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.open();
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(location);
            db.open();
        }
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (values.isEmpty())   // PostgreSQL prepares no DDL
            return query.exec(sql) ? QString() : query.lastError().text();
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        return query.exec() ? QString() : query.lastError().text();
    }
    /// Whether the database has a table of that name, asked the way each database allows.
    bool hasTable(const QString &table) const
    {
        const bool sqlite = QSqlDatabase::database(m_name, false).driverName() == u"QSQLITE";
        return scalar(sqlite ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
                             : QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE tablename = ?"),
                      {table}).toInt() > 0;
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    }

private:
    QString m_name;
};

QVariant pragma(const QString &connectionName, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QVariant();
    return query.value(0);
}

QList<RunId> ids(const QList<RunRecord> &runs)
{
    QList<RunId> out;
    for (const RunRecord &run : runs)
        out << run.id;
    return out;
}

} // namespace

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesDatabase();
    void pragmasAreInEffect();
    void dataSurvivesReopen();
    void secondConnectionSeesCommits();
    void commitsReachTheDatabaseFileWithoutTheWriter();
    void refusesBadLocation_data();
    void refusesBadLocation();
    void refusesForeignDatabase();
    void refusesDuplicateConnectionName();

    void migratesFirstSchemaToCurrent();
    void refusesNewerSchema();

    void insertJob();
    void insertJobRefuses_data();
    void insertJobRefuses();
    void updateJobSpecKeepsVersions();
    void updateJobSpecWithSameSpecChangesNothing();
    void updateJobSpecRefusesTakenName();
    void pauseAndNextFireAt();
    void unknownJobIsNotFound_data();
    void unknownJobIsNotFound();
    void deleteJobCascades();
    void jobsAreOrderedByName();

    void insertRun();
    void duplicateScheduledRunIsRefused();
    void manualRunsAtTheSameTimeAreAllowed();
    void updateRunKeepsAttemptHistory();
    void unknownRunIsNotFound();
    void existingRunsAfterDeletes();
    void runsFilters_data();
    void runsFilters();
    void runsKeysetPaging_data();
    void runsKeysetPaging();
    void runsLimit();
    void runsInStates();
    void lastScheduledAt();

    void transactionRollsBackEverything();
    void nestedTransactionsJoinTheOuter();
    void failedNestedTransactionRollsBackOnlyItself();
    void commitCount();

    void hundredThousandRuns();

private:
    QString path(const QString &file = QStringLiteral("takt.db")) const { return m_dir->filePath(file); }
    /// Where the store of this case lives: the SQLite file path(file), or on PostgreSQL a
    /// database of this case made on first use (one per `file` name).
    QString location(const QString &file = QStringLiteral("takt.db"));
    /// QSKIPs the PostgreSQL row of a case about SQLite's files.
    bool isPostgres() const { return m_postgres; }
    QString nextConnectionName() { return QStringLiteral("tst-%1").arg(++m_connections); }
    std::unique_ptr<Store> openStore(const QString &file = QStringLiteral("takt.db"));
    // Two jobs and 60 runs over an hour, states and triggers mixed, for the listing tests.
    void fillRuns(Store &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    PostgresServer m_server;
    bool m_postgres = false;
    QHash<QString, QString> m_databases;   // file name -> URL, for this case
    int m_databaseCount = 0;
    int m_connections = 0;
    QList<RunRecord> m_filled;
};

void tst_Store::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void tst_Store::initTestCase()
{
    // One server for the whole run; each case gets its own database on it.
    if (PostgresServer::isInstalled() && !m_server.start())
        qWarning("PostgreSQL did not start: %s", qPrintable(m_server.errorString()));
}

void tst_Store::init()
{
    QFETCH_GLOBAL(bool, postgres);
    m_postgres = postgres;
    m_databases.clear();
    if (m_postgres) {
        TAKT_NEED_POSTGRES();
        QVERIFY2(m_server.isRunning(), qPrintable(m_server.errorString()));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_filled.clear();
}

QString tst_Store::location(const QString &file)
{
    if (!m_postgres)
        return path(file);
    auto it = m_databases.find(file);
    if (it == m_databases.end()) {
        const QString url = m_server.createDatabase(QStringLiteral("store_%1").arg(++m_databaseCount));
        if (url.isEmpty())
            qWarning("cannot create a database: %s", qPrintable(m_server.errorString()));
        it = m_databases.insert(file, url);
    }
    return it.value();
}

void tst_Store::cleanup()
{
    // Restore permissions so that QTemporaryDir can remove what a test locked down.
    QFile::setPermissions(path(QStringLiteral("locked")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

std::unique_ptr<Store> tst_Store::openStore(const QString &file)
{
    Result<std::unique_ptr<Store>> store = Store::open(location(file), nextConnectionName());
    if (!store.isOk()) {
        qWarning("open failed: %s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

void tst_Store::fillRuns(Store &store)
{
    const Result<Job> alpha = store.insertJob(makeSpec(QStringLiteral("alpha")), T0, 0);
    const Result<Job> beta = store.insertJob(makeSpec(QStringLiteral("beta")), T0, 0);
    VERIFY_OK(alpha);
    VERIFY_OK(beta);
    const RunState states[] = {RunState::Succeeded, RunState::Failed, RunState::Running, RunState::Queued,
                               RunState::TimedOut};
    for (int i = 0; i < 60; ++i) {
        const Job &job = i % 2 ? beta.value() : alpha.value();
        const RunTrigger trigger = i % 3 == 2 ? RunTrigger::Manual : RunTrigger::Schedule;
        RunRecord run = makeRun(job, T0 + i * Minute, trigger, states[i % 5]);
        if (run.state != RunState::Queued)
            run.current = makeAttempt(1, run.state, run.scheduledAt + 10);
        Result<RunRecord> inserted = store.insertRun(run);
        VERIFY_OK(inserted);
        m_filled << inserted.value();
    }
}

// Rows in the database file itself, read from a copy of that file alone (without its log).
static int runsInFileAlone(const QString &databasePath, const QString &copyPath)
{
    QFile::remove(copyPath);
    QFile::remove(copyPath + QStringLiteral("-wal"));
    QFile::remove(copyPath + QStringLiteral("-shm"));
    if (!QFile::copy(databasePath, copyPath))
        return -1;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("file-alone"));
        db.setDatabaseName(copyPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("file-alone"));
    return count;
}

// ---- opening ----

void tst_Store::openCreatesDatabase()
{
    QVERIFY(!QFile::exists(path()));
    const QString name = nextConnectionName();
    Result<std::unique_ptr<Store>> store = Store::open(location(), name);
    VERIFY_OK(store);
    QVERIFY(QSqlDatabase::contains(name));
    if (!isPostgres())
        QVERIFY(QFile::exists(path()));
    else
        QVERIFY(RawConnection(location()).hasTable(QStringLiteral("runs")));
    QCOMPARE(store.value()->schemaVersion(), Store::currentSchemaVersion());
    QVERIFY(Store::currentSchemaVersion() >= 2);
    QCOMPARE(store.value()->commitCount(), 0);   // migrations are not the caller's commits
    const Result<QList<Job>> jobs = store.value()->jobs();
    VERIFY_OK(jobs);
    QVERIFY(jobs.value().isEmpty());

    // Destroying the store closes the connection and frees its name.
    store.value().reset();
    QVERIFY(!QSqlDatabase::contains(name));
    VERIFY_OK(Store::open(location(), name));
}

void tst_Store::pragmasAreInEffect()
{
    if (isPostgres())
        QSKIP("SQLite's pragmas; PostgreSQL has none to set");
    const QString name = nextConnectionName();
    Result<std::unique_ptr<Store>> store = Store::open(path(), name);
    VERIFY_OK(store);
    QCOMPARE(pragma(name, QStringLiteral("journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(pragma(name, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(name, QStringLiteral("synchronous")).toInt(), 1);   // NORMAL
    QCOMPARE(pragma(name, QStringLiteral("busy_timeout")).toInt(), 5000);
    // The writer checkpoints only as a backstop; a thread of the store does it otherwise.
    QCOMPARE(pragma(name, QStringLiteral("wal_autocheckpoint")).toInt(),
             Internal::WalCheckpointer::WriterBackstopPages);
}

void tst_Store::dataSurvivesReopen()
{
    Job job;
    RunRecord run;
    {
        std::unique_ptr<Store> store = openStore();
        QVERIFY(store);
        Result<Job> inserted = store->insertJob(makeSpec(QStringLiteral("nightly")), T0, T0 + Minute);
        VERIFY_OK(inserted);
        job = inserted.value();
        RunRecord made = makeRun(job, T0);
        made.current = makeAttempt(1, RunState::Succeeded, T0 + 5);
        made.state = RunState::Succeeded;
        Result<RunRecord> r = store->insertRun(made);
        VERIFY_OK(r);
        run = r.value();
    }
    if (!isPostgres())
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));   // closed cleanly: checkpointed

    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job2 = store->jobByName(QStringLiteral("nightly"));
    VERIFY_OK(job2);
    QCOMPARE(job2.value(), job);
    const Result<RunRecord> run2 = store->run(run.id);
    VERIFY_OK(run2);
    QCOMPARE(run2.value(), run);
    const Result<QList<AttemptRecord>> attempts = store->attempts(run.id);
    VERIFY_OK(attempts);
    QCOMPARE(attempts.value(), QList<AttemptRecord>{run.current});
}

void tst_Store::secondConnectionSeesCommits()
{
    std::unique_ptr<Store> writer = openStore();
    std::unique_ptr<Store> reader = openStore();
    QVERIFY(writer && reader);
    const Result<Job> job = writer->insertJob(makeSpec(QStringLiteral("shared")), T0, 0);
    VERIFY_OK(job);
    const Result<Job> seen = reader->jobById(job.value().id);
    VERIFY_OK(seen);
    QCOMPARE(seen.value(), job.value());
}

void tst_Store::commitsReachTheDatabaseFileWithoutTheWriter()
{
    if (isPostgres())
        QSKIP("SQLite's write-ahead log");
    // A few commits, far below the 1000 pages after which SQLite's writer would checkpoint
    // on its own: the store's checkpoint thread copies them into the file soon after, while
    // the writer stays open and idle (its commits never wait for that copy and its fsync).
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("often")), T0, 0);
    VERIFY_OK(job);
    for (int i = 0; i < 20; ++i)
        VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + i * Minute)));
    QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
    const QString copy = path(QStringLiteral("copy.db"));
    QTRY_COMPARE_WITH_TIMEOUT(runsInFileAlone(path(), copy), 20, 10000);

    // And it keeps doing so for later commits.
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 100 * Minute)));
    QTRY_COMPARE_WITH_TIMEOUT(runsInFileAlone(path(), copy), 21, 10000);
}

void tst_Store::refusesBadLocation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder does not exist") << "missing-dir";
    QTest::newRow("folder not writable") << "unwritable-dir";
    QTest::newRow("not a database") << "text-file";
    QTest::newRow("a folder") << "folder";
}

void tst_Store::refusesBadLocation()
{
    if (isPostgres())
        QSKIP("SQLite's files; tst_postgresstore refuses bad servers and URLs");
    QFETCH(QString, kind);
    QString location;
    QString reason;
    QByteArray original;
    if (kind == u"missing-dir") {
        location = path(QStringLiteral("no/such/folder/takt.db"));
        reason = QStringLiteral("does not exist");
    } else if (kind == u"unwritable-dir") {
        const QString locked = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        location = locked + QStringLiteral("/takt.db");
        QFile probe(locked + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            // Running as root: permissions do not stop us. /proc refuses new files to anyone.
            probe.close();
            probe.remove();
            if (!QFileInfo(QStringLiteral("/proc/self")).isDir())
                QSKIP("no unwritable folder available when running as root");
            location = QStringLiteral("/proc/takt.db");
        }
        reason = QStringLiteral("not writable");
    } else if (kind == u"text-file") {
        location = path(QStringLiteral("notes.txt"));
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        original = QByteArrayLiteral("These are notes, not a database. They are long enough to matter.\n");
        file.write(original);
        file.close();
        reason = QStringLiteral("not a database");
    } else {
        location = path(QStringLiteral("folder.db"));
        QVERIFY(QDir().mkdir(location));
        reason = QStringLiteral("folder");
    }

    const Result<std::unique_ptr<Store>> store = Store::open(location, nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, ErrorCode::Unavailable);
    QCOMPARE(store.error().field, QStringLiteral("location"));
    QVERIFY2(store.error().message.contains(location), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(reason), qPrintable(store.error().message));

    // Nothing was made or changed on the way.
    if (kind == u"missing-dir")
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
    if (kind == u"text-file") {
        QFile file(location);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
    }
    QVERIFY(!QFileInfo::exists(location + QStringLiteral("-wal")));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".takt-probe*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

void tst_Store::refusesForeignDatabase()
{
    {
        RawConnection raw(location());
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")), QString());
    }
    const Result<std::unique_ptr<Store>> store = Store::open(location(), nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, ErrorCode::Unavailable);
    QVERIFY2(store.error().message.contains(QStringLiteral("not a Takt database")), qPrintable(store.error().message));
    RawConnection raw(location());
    QVERIFY(raw.hasTable(QStringLiteral("contacts")));
    QVERIFY(!raw.hasTable(QStringLiteral("jobs")));
}

void tst_Store::refusesDuplicateConnectionName()
{
    const QString name = nextConnectionName();
    Result<std::unique_ptr<Store>> first = Store::open(location(), name);
    VERIFY_OK(first);
    const Result<std::unique_ptr<Store>> second = Store::open(location(), name);
    QVERIFY(!second.isOk());
    QCOMPARE(second.error().field, QStringLiteral("connectionName"));
    // The refused open did not close the first store's connection.
    VERIFY_OK(first.value()->insertJob(makeSpec(QStringLiteral("still-works")), T0, 0));
}

// ---- migrations ----

void tst_Store::migratesFirstSchemaToCurrent()
{
    {
        Result<std::unique_ptr<Store>> v1 = Store::openAtVersion(location(), nextConnectionName(), 1);
        VERIFY_OK(v1);
        QCOMPARE(v1.value()->schemaVersion(), 1);
    }

    // Rows as Takt 0.1 wrote them, with the SQL of the first schema only.
    const JobSpec spec = makeSpec(QStringLiteral("legacy"));
    const QString specJson = QString::fromUtf8(QJsonDocument(jobSpecToJson(spec)).toJson(QJsonDocument::Compact));
    {
        RawConnection raw(location());
        QVERIFY(!raw.exec(QStringLiteral("SELECT priority FROM runs")).isEmpty());   // really v1
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO jobs (id, name, version, spec, paused, created_at, updated_at,"
                                         " next_fire_at) VALUES (7, 'legacy', 1, ?, 0, ?, ?, ?)"),
                          {specJson, T0, T0, T0 + 5 * Minute}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO job_versions (job_id, version, spec, created_at)"
                                         " VALUES (7, 1, ?, ?)"), {specJson, T0}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral(
                              "INSERT INTO runs (id, job_id, job_version, trigger, state, scheduled_at, queued_at,"
                              " max_attempts, attempt, started_at, finished_at, exit_code, signal, cpu_ms,"
                              " peak_rss_kb, log_path, log_size, reason, pid, pid_start) VALUES (11, 7, 1,"
                              " 'schedule', 'failed', ?, ?, 3, 1, ?, ?, 2, 0, 40, 1024, '/logs/11-1.log', 77,"
                              " 'exited with code 2', 500, 600)"),
                          {T0, T0 + 1, T0 + 2, T0 + 3}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO runs (id, job_id, job_version, trigger, state, scheduled_at)"
                                         " VALUES (12, 7, 1, 'schedule', 'scheduled', ?)"), {T0 + 5 * Minute}),
                 QString());
    }

    Result<std::unique_ptr<Store>> opened = Store::open(location(), nextConnectionName());
    VERIFY_OK(opened);
    Store &store = *opened.value();
    QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());

    const Result<Job> job = store.jobByName(QStringLiteral("legacy"));
    VERIFY_OK(job);
    QCOMPARE(job.value().id, 7);
    QCOMPARE(job.value().spec, spec);
    QCOMPARE(job.value().nextFireAt, T0 + 5 * Minute);

    // The finished run kept its figures; its one attempt became its history.
    const Result<RunRecord> failed = store.run(11);
    VERIFY_OK(failed);
    QCOMPARE(failed.value().jobName, QStringLiteral("legacy"));
    QCOMPARE(failed.value().state, RunState::Failed);
    QCOMPARE(failed.value().priority, 0);
    QCOMPARE(failed.value().notBefore, 0);
    QCOMPARE(failed.value().maxAttempts, 3);
    AttemptRecord first;
    first.attempt = 1;
    first.state = RunState::Failed;
    first.startedAt = T0 + 2;
    first.finishedAt = T0 + 3;
    first.exitCode = 2;
    first.cpuMs = 40;
    first.peakRssKb = 1024;
    first.logPath = QStringLiteral("/logs/11-1.log");
    first.logSize = 77;
    first.reason = QStringLiteral("exited with code 2");
    first.pid = 500;
    first.pidStart = 600;
    QCOMPARE(failed.value().current, first);
    const Result<QList<AttemptRecord>> history = store.attempts(11);
    VERIFY_OK(history);
    QCOMPARE(history.value(), QList<AttemptRecord>{first});

    const Result<RunRecord> waiting = store.run(12);
    VERIFY_OK(waiting);
    QCOMPARE(waiting.value().current, AttemptRecord());
    const Result<QList<AttemptRecord>> none = store.attempts(12);
    VERIFY_OK(none);
    QVERIFY(none.value().isEmpty());

    // What v2 added works on the old rows: a retry with a delay, priority and a second attempt.
    RunRecord retry = failed.value();
    retry.state = RunState::Scheduled;
    retry.notBefore = T0 + Minute;
    retry.priority = 9;
    VERIFY_OK(store.updateRun(retry));
    retry.state = RunState::Succeeded;
    retry.current = makeAttempt(2, RunState::Succeeded, T0 + Minute);
    VERIFY_OK(store.updateRun(retry));
    const Result<RunRecord> after = store.run(11);
    VERIFY_OK(after);
    QCOMPARE(after.value(), retry);
    const Result<QList<AttemptRecord>> both = store.attempts(11);
    VERIFY_OK(both);
    QCOMPARE(both.value(), (QList<AttemptRecord>{first, retry.current}));

    // The unique firing key of v1 still holds.
    const Result<RunRecord> twice = store.insertRun(makeRun(job.value(), T0 + 5 * Minute));
    QVERIFY(!twice.isOk());
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
}

void tst_Store::refusesNewerSchema()
{
    {
        std::unique_ptr<Store> store = openStore();
        QVERIFY(store);
        VERIFY_OK(store->insertJob(makeSpec(QStringLiteral("kept")), T0, 0));
    }
    const int newer = Store::currentSchemaVersion() + 1;
    {
        RawConnection raw(location());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                          {newer, T0}),
                 QString());
    }
    const Result<std::unique_ptr<Store>> store = Store::open(location(), nextConnectionName());
    QVERIFY(!store.isOk());
    QCOMPARE(store.error().code, ErrorCode::Unavailable);
    const QString message = store.error().message;
    QVERIFY2(message.contains(location()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(newer)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("newer Takt")), qPrintable(message));

    // The file is left as it was, not deleted.
    RawConnection raw(location());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM jobs")).toInt(), 1);
}

// ---- jobs ----

void tst_Store::insertJob()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const JobSpec spec = makeSpec(QStringLiteral("backup"));
    const Result<Job> job = store->insertJob(spec, T0, T0 + 5 * Minute);
    VERIFY_OK(job);
    QVERIFY(job.value().isValid());
    QCOMPARE(job.value().version, 1);
    QCOMPARE(job.value().spec, spec);
    QCOMPARE(job.value().paused, false);
    QCOMPARE(job.value().createdAt, T0);
    QCOMPARE(job.value().updatedAt, T0);
    QCOMPARE(job.value().nextFireAt, T0 + 5 * Minute);

    const Result<Job> byName = store->jobByName(QStringLiteral("backup"));
    VERIFY_OK(byName);
    QCOMPARE(byName.value(), job.value());
    const Result<Job> byId = store->jobById(job.value().id);
    VERIFY_OK(byId);
    QCOMPARE(byId.value(), job.value());
    const Result<QList<JobVersion>> versions = store->jobVersions(job.value().id);
    VERIFY_OK(versions);
    QCOMPARE(versions.value().size(), 1);
    QCOMPARE(versions.value().first().version, 1);
    QCOMPARE(versions.value().first().spec, spec);
    QCOMPARE(versions.value().first().createdAt, T0);
}

void tst_Store::insertJobRefuses_data()
{
    QTest::addColumn<JobSpec>("spec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("duplicate name") << makeSpec(QStringLiteral("taken")) << ErrorCode::AlreadyExists << "name";
    QTest::newRow("no name") << makeSpec(QString()) << ErrorCode::InvalidArgument << "name";
    JobSpec priority = makeSpec(QStringLiteral("loud"));
    priority.priority = 5000;
    QTest::newRow("priority out of range") << priority << ErrorCode::InvalidArgument << "priority";
    JobSpec timeout = makeSpec(QStringLiteral("negative"));
    timeout.timeoutMs = -1;
    QTest::newRow("negative timeout") << timeout << ErrorCode::InvalidArgument << "timeout";
}

void tst_Store::insertJobRefuses()
{
    QFETCH(JobSpec, spec);
    QFETCH(QString, code);
    QFETCH(QString, field);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    VERIFY_OK(store->insertJob(makeSpec(QStringLiteral("taken")), T0, 0));
    const qint64 commits = store->commitCount();

    const Result<Job> job = store->insertJob(spec, T0, 0);
    QVERIFY(!job.isOk());
    QCOMPARE(job.error().code, code);
    QCOMPARE(job.error().field, field);
    QVERIFY(!job.error().message.isEmpty());
    const Result<QList<Job>> jobs = store->jobs();
    VERIFY_OK(jobs);
    QCOMPARE(jobs.value().size(), 1);
    QCOMPARE(store->commitCount(), commits);
}

void tst_Store::updateJobSpecKeepsVersions()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const JobSpec v1 = makeSpec(QStringLiteral("report"));
    const Result<Job> job = store->insertJob(v1, T0, T0 + Minute);
    VERIFY_OK(job);

    JobSpec v2 = v1;
    v2.command = {QStringLiteral("/usr/bin/report"), QStringLiteral("--full")};
    const Result<Job> updated = store->updateJobSpec(job.value().id, v2, T0 + Minute, T0 + 2 * Minute);
    VERIFY_OK(updated);
    QCOMPARE(updated.value().version, 2);
    QCOMPARE(updated.value().spec, v2);
    QCOMPARE(updated.value().createdAt, T0);
    QCOMPARE(updated.value().updatedAt, T0 + Minute);
    QCOMPARE(updated.value().nextFireAt, T0 + 2 * Minute);

    JobSpec v3 = v2;
    v3.schedule = QStringLiteral("@hourly");
    VERIFY_OK(store->updateJobSpec(job.value().id, v3, T0 + 2 * Minute, T0 + 60 * Minute));

    const Result<Job> stored = store->jobById(job.value().id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value().version, 3);
    QCOMPARE(stored.value().spec, v3);
    const Result<QList<JobVersion>> versions = store->jobVersions(job.value().id);
    VERIFY_OK(versions);
    QCOMPARE(versions.value().size(), 3);
    QCOMPARE(versions.value().at(0).version, 1);
    QCOMPARE(versions.value().at(0).spec, v1);
    QCOMPARE(versions.value().at(0).createdAt, T0);
    QCOMPARE(versions.value().at(1).spec, v2);
    QCOMPARE(versions.value().at(1).createdAt, T0 + Minute);
    QCOMPARE(versions.value().at(2).version, 3);
    QCOMPARE(versions.value().at(2).spec, v3);

    // A rename is a new version too, and the old name is free again.
    JobSpec renamed = v3;
    renamed.name = QStringLiteral("weekly-report");
    VERIFY_OK(store->updateJobSpec(job.value().id, renamed, T0 + 3 * Minute, 0));
    QCOMPARE(store->jobByName(QStringLiteral("report")).error().code, ErrorCode::NotFound);
    const Result<Job> byNewName = store->jobByName(QStringLiteral("weekly-report"));
    VERIFY_OK(byNewName);
    QCOMPARE(byNewName.value().version, 4);
}

void tst_Store::updateJobSpecWithSameSpecChangesNothing()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const JobSpec spec = makeSpec(QStringLiteral("same"));
    const Result<Job> job = store->insertJob(spec, T0, T0 + Minute);
    VERIFY_OK(job);
    const Result<Job> again = store->updateJobSpec(job.value().id, spec, T0 + 10 * Minute, T0 + 20 * Minute);
    VERIFY_OK(again);
    QCOMPARE(again.value(), job.value());   // same version, same times
    const Result<Job> stored = store->jobById(job.value().id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value(), job.value());
    const Result<QList<JobVersion>> versions = store->jobVersions(job.value().id);
    VERIFY_OK(versions);
    QCOMPARE(versions.value().size(), 1);
}

void tst_Store::updateJobSpecRefusesTakenName()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    VERIFY_OK(store->insertJob(makeSpec(QStringLiteral("first")), T0, 0));
    const Result<Job> second = store->insertJob(makeSpec(QStringLiteral("second")), T0, 0);
    VERIFY_OK(second);
    JobSpec clash = second.value().spec;
    clash.name = QStringLiteral("first");
    const Result<Job> updated = store->updateJobSpec(second.value().id, clash, T0 + Minute, 0);
    QVERIFY(!updated.isOk());
    QCOMPARE(updated.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(updated.error().field, QStringLiteral("name"));
    // Nothing half-written: no version 2 left behind.
    const Result<QList<JobVersion>> versions = store->jobVersions(second.value().id);
    VERIFY_OK(versions);
    QCOMPARE(versions.value().size(), 1);
    const Result<Job> stored = store->jobById(second.value().id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value(), second.value());
}

void tst_Store::pauseAndNextFireAt()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("pausable")), T0, T0 + Minute);
    VERIFY_OK(job);
    const JobId id = job.value().id;

    VERIFY_OK(store->setJobPaused(id, true, T0 + Minute, 0));
    Result<Job> stored = store->jobById(id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value().paused, true);
    QCOMPARE(stored.value().updatedAt, T0 + Minute);
    QCOMPARE(stored.value().nextFireAt, 0);
    QCOMPARE(stored.value().version, 1);   // pausing is not a new version of the spec

    VERIFY_OK(store->setJobPaused(id, false, T0 + 2 * Minute, T0 + 5 * Minute));
    VERIFY_OK(store->setNextFireAt(id, T0 + 10 * Minute));
    stored = store->jobById(id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value().paused, false);
    QCOMPARE(stored.value().updatedAt, T0 + 2 * Minute);
    QCOMPARE(stored.value().nextFireAt, T0 + 10 * Minute);
}

void tst_Store::unknownJobIsNotFound_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("field");
    for (const char *call : {"jobById", "updateJobSpec", "setJobPaused", "setNextFireAt", "deleteJob",
                             "jobVersions", "lastScheduledAt"})
        QTest::newRow(call) << QString::fromLatin1(call) << "id";
    QTest::newRow("jobByName") << "jobByName" << "name";
    QTest::newRow("insertRun") << "insertRun" << "job_id";
    QTest::newRow("runs") << "runs" << "job";
}

void tst_Store::unknownJobIsNotFound()
{
    QFETCH(QString, call);
    QFETCH(QString, field);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const JobId missing = 404;
    Error error;
    if (call == u"jobById")
        error = store->jobById(missing).error();
    else if (call == u"updateJobSpec")
        error = store->updateJobSpec(missing, makeSpec(QStringLiteral("x")), T0, 0).error();
    else if (call == u"setJobPaused")
        error = store->setJobPaused(missing, true, T0, 0).error();
    else if (call == u"setNextFireAt")
        error = store->setNextFireAt(missing, T0).error();
    else if (call == u"deleteJob")
        error = store->deleteJob(missing).error();
    else if (call == u"jobVersions")
        error = store->jobVersions(missing).error();
    else if (call == u"lastScheduledAt")
        error = store->lastScheduledAt(missing).error();
    else if (call == u"jobByName")
        error = store->jobByName(QStringLiteral("ghost")).error();
    else if (call == u"insertRun")
        error = store->insertRun(makeRun(Job{missing, 1, {}, false, 0, 0, 0}, T0)).error();
    else if (call == u"runs")
        error = store->runs(RunQuery{QStringLiteral("ghost"), {}, 0, 0, 0, 100}).error();
    QCOMPARE(error.code, ErrorCode::NotFound);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(QStringLiteral("404")) || error.message.contains(QStringLiteral("ghost")),
             qPrintable(error.message));
}

void tst_Store::deleteJobCascades()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> doomed = store->insertJob(makeSpec(QStringLiteral("doomed")), T0, 0);
    const Result<Job> kept = store->insertJob(makeSpec(QStringLiteral("kept")), T0, 0);
    VERIFY_OK(doomed);
    VERIFY_OK(kept);
    JobSpec v2 = doomed.value().spec;
    v2.description = QStringLiteral("second version");
    VERIFY_OK(store->updateJobSpec(doomed.value().id, v2, T0, 0));

    RunRecord run = makeRun(doomed.value(), T0);
    run.current = makeAttempt(1, RunState::Running, T0);
    run.state = RunState::Running;
    const Result<RunRecord> doomedRun = store->insertRun(run);
    VERIFY_OK(doomedRun);
    const Result<RunRecord> keptRun = store->insertRun(makeRun(kept.value(), T0));
    VERIFY_OK(keptRun);

    VERIFY_OK(store->deleteJob(doomed.value().id));

    QCOMPARE(store->jobById(doomed.value().id).error().code, ErrorCode::NotFound);
    QCOMPARE(store->run(doomedRun.value().id).error().code, ErrorCode::NotFound);
    QCOMPARE(store->attempts(doomedRun.value().id).error().code, ErrorCode::NotFound);
    VERIFY_OK(store->run(keptRun.value().id));
    // Check the tables themselves: the cascade, not a filter, removed the rows.
    RawConnection raw(location());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM job_versions WHERE job_id = ?"), {doomed.value().id})
                 .toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE job_id = ?"), {doomed.value().id}).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);

    const Result<void> again = store->deleteJob(doomed.value().id);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void tst_Store::jobsAreOrderedByName()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    for (const char *name : {"delta", "alpha", "charlie", "bravo"})
        VERIFY_OK(store->insertJob(makeSpec(QString::fromLatin1(name)), T0, 0));
    const Result<QList<Job>> jobs = store->jobs();
    VERIFY_OK(jobs);
    QStringList names;
    for (const Job &job : jobs.value())
        names << job.spec.name;
    QCOMPARE(names, (QStringList{"alpha", "bravo", "charlie", "delta"}));
}

// ---- runs ----

void tst_Store::insertRun()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("runner")), T0, 0);
    VERIFY_OK(job);
    RunRecord run = makeRun(job.value(), T0 + Minute);
    run.queuedAt = T0 + Minute + 3;
    run.notBefore = T0 + Minute;
    run.id = 999;   // ignored
    const Result<RunRecord> inserted = store->insertRun(run);
    VERIFY_OK(inserted);
    QVERIFY(inserted.value().id > 0);
    QVERIFY(inserted.value().id != 999);
    QCOMPARE(inserted.value().jobName, QStringLiteral("runner"));
    RunRecord expected = run;
    expected.id = inserted.value().id;
    expected.jobName = QStringLiteral("runner");
    QCOMPARE(inserted.value(), expected);
    const Result<RunRecord> stored = store->run(expected.id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value(), expected);

    // Ids only grow, even after the newest run was deleted: a run id names one run forever.
    VERIFY_OK(store->deleteJob(job.value().id));
    const Result<Job> other = store->insertJob(makeSpec(QStringLiteral("other")), T0, 0);
    VERIFY_OK(other);
    const Result<RunRecord> next = store->insertRun(makeRun(other.value(), T0));
    VERIFY_OK(next);
    QVERIFY(next.value().id > expected.id);
}

void tst_Store::duplicateScheduledRunIsRefused()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("once")), T0, 0);
    const Result<Job> other = store->insertJob(makeSpec(QStringLiteral("other")), T0, 0);
    VERIFY_OK(job);
    VERIFY_OK(other);
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0)));
    const qint64 commits = store->commitCount();

    const Result<RunRecord> twice = store->insertRun(makeRun(job.value(), T0, RunTrigger::Schedule,
                                                             RunState::Queued));
    QVERIFY(!twice.isOk());
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(twice.error().field, QStringLiteral("scheduled_at"));
    QVERIFY2(twice.error().message.contains(QStringLiteral("once")), qPrintable(twice.error().message));
    QCOMPARE(store->commitCount(), commits);

    // A catch-up after a restart is for a due time too: it cannot double a scheduled run.
    const Result<RunRecord> catchUp = store->insertRun(makeRun(job.value(), T0, RunTrigger::Catchup));
    QCOMPARE(catchUp.error().code, ErrorCode::AlreadyExists);
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 2 * Minute, RunTrigger::Catchup)));
    QCOMPARE(store->insertRun(makeRun(job.value(), T0 + 2 * Minute, RunTrigger::Catchup)).error().code,
             ErrorCode::AlreadyExists);

    // Another due time, or the same due time of another job, is fine.
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + Minute)));
    VERIFY_OK(store->insertRun(makeRun(other.value(), T0)));
    const Result<RunPage> page = store->runs(RunQuery{QStringLiteral("once"), {}, 0, 0, 0, 100});
    VERIFY_OK(page);
    QCOMPARE(page.value().runs.size(), 3);
}

void tst_Store::manualRunsAtTheSameTimeAreAllowed()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("button")), T0, 0);
    VERIFY_OK(job);
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0, RunTrigger::Schedule)));
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0, RunTrigger::Manual)));
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0, RunTrigger::Manual)));
    const Result<RunPage> page = store->runs(RunQuery{QStringLiteral("button"), {}, 0, 0, 0, 100});
    VERIFY_OK(page);
    QCOMPARE(page.value().runs.size(), 3);
}

void tst_Store::updateRunKeepsAttemptHistory()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("flaky")), T0, 0);
    VERIFY_OK(job);
    Result<RunRecord> inserted = store->insertRun(makeRun(job.value(), T0));
    VERIFY_OK(inserted);
    RunRecord run = inserted.value();

    // Queued: no attempt yet, so no attempt row.
    run.state = RunState::Queued;
    run.queuedAt = T0 + 1;
    VERIFY_OK(store->updateRun(run));
    Result<QList<AttemptRecord>> history = store->attempts(run.id);
    VERIFY_OK(history);
    QVERIFY(history.value().isEmpty());

    // Attempt 1 runs, then fails: the same attempt row is updated, not duplicated.
    run.state = RunState::Running;
    run.current = makeAttempt(1, RunState::Running, T0 + 2);
    VERIFY_OK(store->updateRun(run));
    run.state = RunState::Failed;
    const AttemptRecord first = makeAttempt(1, RunState::Failed, T0 + 2);
    run.current = first;
    VERIFY_OK(store->updateRun(run));
    history = store->attempts(run.id);
    VERIFY_OK(history);
    QCOMPARE(history.value(), QList<AttemptRecord>{first});

    // The retry waits, then attempt 2 succeeds.
    run.state = RunState::Scheduled;
    run.notBefore = T0 + 10'000;
    VERIFY_OK(store->updateRun(run));
    Result<RunRecord> stored = store->run(run.id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value().state, RunState::Scheduled);
    QCOMPARE(stored.value().current.state, RunState::Failed);   // the attempt keeps its own state
    QCOMPARE(stored.value().notBefore, T0 + 10'000);

    run.state = RunState::Succeeded;
    const AttemptRecord second = makeAttempt(2, RunState::Succeeded, T0 + 10'000);
    run.current = second;
    VERIFY_OK(store->updateRun(run));

    stored = store->run(run.id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value(), run);
    history = store->attempts(run.id);
    VERIFY_OK(history);
    QCOMPARE(history.value(), (QList<AttemptRecord>{first, second}));

    // The run's identity is not rewritten by an update.
    RunRecord moved = run;
    moved.scheduledAt = T0 + 99 * Minute;
    moved.trigger = RunTrigger::Manual;
    VERIFY_OK(store->updateRun(moved));
    stored = store->run(run.id);
    VERIFY_OK(stored);
    QCOMPARE(stored.value().scheduledAt, T0);
    QCOMPARE(stored.value().trigger, RunTrigger::Schedule);
}

void tst_Store::existingRunsAfterDeletes()
{
    // More ids than one statement takes (slices of 500): which are still stored after some
    // are deleted, and ids that never were.
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("many")), T0, 0);
    VERIFY_OK(job);
    QList<RunId> ids;
    VERIFY_OK(store->beginBatch());
    for (int i = 0; i < 1200; ++i) {
        const Result<RunRecord> run = store->insertRun(makeRun(job.value(), T0 + i * Minute));
        VERIFY_OK(run);
        ids << run.value().id;
    }
    VERIFY_OK(store->commitBatch());
    QList<RunId> gone;
    for (qsizetype i = 0; i < ids.size(); i += 3)
        gone << ids.at(i);
    VERIFY_OK(store->deleteRuns(gone));
    const Result<QSet<RunId>> existing = store->existingRuns(ids + QList<RunId>{999'999, 1'000'000});
    VERIFY_OK(existing);
    QCOMPARE(existing.value().size(), ids.size() - gone.size());
    for (RunId id : std::as_const(ids))
        QCOMPARE(existing.value().contains(id), !gone.contains(id));
}

void tst_Store::unknownRunIsNotFound()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    RunRecord ghost;
    ghost.id = 77;
    ghost.current = makeAttempt(1, RunState::Running, T0);
    const Result<void> updated = store->updateRun(ghost);
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    QCOMPARE(updated.error().field, QStringLiteral("id"));
    QCOMPARE(store->run(77).error().code, ErrorCode::NotFound);
    QCOMPARE(store->run(77).error().field, QStringLiteral("id"));
    QCOMPARE(store->attempts(77).error().code, ErrorCode::NotFound);
    RawConnection raw(location());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")).toInt(), 0);
}

void tst_Store::runsFilters_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("fromMinute");   // -1 = unbounded
    QTest::addColumn<int>("toMinute");

    QTest::newRow("everything") << QString() << QStringList() << -1 << -1;
    QTest::newRow("one job") << "beta" << QStringList() << -1 << -1;
    QTest::newRow("one state") << QString() << QStringList{"failed"} << -1 << -1;
    QTest::newRow("two states") << QString() << QStringList{"running", "queued"} << -1 << -1;
    QTest::newRow("range") << QString() << QStringList() << 10 << 25;
    QTest::newRow("from only") << QString() << QStringList() << 50 << -1;
    QTest::newRow("to only") << QString() << QStringList() << -1 << 5;
    QTest::newRow("job, state and range") << "alpha" << QStringList{"succeeded", "timed_out"} << 5 << 45;
    QTest::newRow("nothing matches") << "alpha" << QStringList{"lost"} << -1 << -1;
}

void tst_Store::runsFilters()
{
    QFETCH(QString, job);
    QFETCH(QStringList, states);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    fillRuns(*store);
    if (QTest::currentTestFailed())
        return;

    RunQuery query;
    query.jobName = job;
    for (const QString &name : states)
        query.states << *runStateFromName(name);
    query.scheduledFrom = fromMinute < 0 ? 0 : T0 + fromMinute * Minute;
    query.scheduledTo = toMinute < 0 ? 0 : T0 + toMinute * Minute;
    query.limit = 1000;

    QList<RunRecord> expected;
    for (auto it = m_filled.crbegin(); it != m_filled.crend(); ++it) {
        if ((job.isEmpty() || it->jobName == job) && (states.isEmpty() || states.contains(runStateName(it->state)))
            && (!query.scheduledFrom || it->scheduledAt >= query.scheduledFrom)
            && (!query.scheduledTo || it->scheduledAt < query.scheduledTo))
            expected << *it;
    }
    const Result<RunPage> page = store->runs(query);
    VERIFY_OK(page);
    QCOMPARE(ids(page.value().runs), ids(expected));
    QCOMPARE(page.value().runs, expected);   // every field, the job name included
    QCOMPARE(page.value().nextBeforeId, 0);
}

void tst_Store::runsKeysetPaging_data()
{
    QTest::addColumn<RunQuery>("query");
    QTest::newRow("all, pages of 7") << RunQuery{QString(), {}, 0, 0, 0, 7};
    QTest::newRow("all, pages of 20 (exact fit)") << RunQuery{QString(), {}, 0, 0, 0, 20};
    QTest::newRow("one job, pages of 4") << RunQuery{QStringLiteral("alpha"), {}, 0, 0, 0, 4};
    QTest::newRow("failed, pages of 5") << RunQuery{QString(), {RunState::Failed}, 0, 0, 0, 5};
    QTest::newRow("range, pages of 3") << RunQuery{QString(), {}, T0 + 10 * Minute, T0 + 40 * Minute, 0, 3};
    QTest::newRow("one page of 1000") << RunQuery{QString(), {}, 0, 0, 0, 1000};
}

void tst_Store::runsKeysetPaging()
{
    QFETCH(RunQuery, query);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    fillRuns(*store);
    if (QTest::currentTestFailed())
        return;

    RunQuery all = query;
    all.limit = 1000;
    const Result<RunPage> whole = store->runs(all);
    VERIFY_OK(whole);
    const QList<RunId> expected = ids(whole.value().runs);
    QVERIFY(!expected.isEmpty());

    QList<RunId> seen;
    int pages = 0;
    RunQuery pageQuery = query;
    for (;;) {
        const Result<RunPage> page = store->runs(pageQuery);
        VERIFY_OK(page);
        ++pages;
        QVERIFY(page.value().runs.size() <= query.limit);
        seen << ids(page.value().runs);
        if (page.value().nextBeforeId == 0)
            break;
        // Only full pages hand out a cursor, and it is the last row's id.
        QCOMPARE(page.value().runs.size(), query.limit);
        QCOMPARE(page.value().nextBeforeId, page.value().runs.constLast().id);
        pageQuery.beforeId = page.value().nextBeforeId;
        QVERIFY(pages < 100);
    }
    QCOMPARE(seen, expected);                        // same order, no gaps
    QCOMPARE(QSet<RunId>(seen.begin(), seen.end()).size(), seen.size());   // no doubles
    QCOMPARE(pages, int((expected.size() + query.limit - 1) / query.limit));   // no empty last page
}

void tst_Store::runsLimit()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("many")), T0, 0);
    VERIFY_OK(job);
    VERIFY_OK(store->transaction([&]() -> Result<void> {
        for (int i = 0; i < 1005; ++i) {
            const Result<RunRecord> run = store->insertRun(makeRun(job.value(), T0 + i * Minute));
            if (!run)
                return run.error();
        }
        return {};
    }));

    RunQuery query;
    query.limit = 5000;
    const Result<RunPage> capped = store->runs(query);
    VERIFY_OK(capped);
    QCOMPARE(capped.value().runs.size(), 1000);
    QCOMPARE(capped.value().nextBeforeId, capped.value().runs.constLast().id);
    query.beforeId = capped.value().nextBeforeId;
    const Result<RunPage> rest = store->runs(query);
    VERIFY_OK(rest);
    QCOMPARE(rest.value().runs.size(), 5);
    QCOMPARE(rest.value().nextBeforeId, 0);

    query.limit = 0;
    const Result<RunPage> invalid = store->runs(query);
    QVERIFY(!invalid.isOk());
    QCOMPARE(invalid.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(invalid.error().field, QStringLiteral("limit"));
}

void tst_Store::runsInStates()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    fillRuns(*store);
    if (QTest::currentTestFailed())
        return;

    const QList<RunState> states = {RunState::Running, RunState::Queued};
    QList<RunRecord> expected;
    for (const RunRecord &run : std::as_const(m_filled)) {
        if (states.contains(run.state))
            expected << run;   // oldest first, as inserted
    }
    const Result<QList<RunRecord>> runs = store->runsInStates(states);
    VERIFY_OK(runs);
    QCOMPARE(runs.value(), expected);

    const Result<QList<RunRecord>> none = store->runsInStates({});
    VERIFY_OK(none);
    QVERIFY(none.value().isEmpty());
    const Result<QList<RunRecord>> lost = store->runsInStates({RunState::Lost});
    VERIFY_OK(lost);
    QVERIFY(lost.value().isEmpty());
}

void tst_Store::lastScheduledAt()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("clock")), T0, 0);
    const Result<Job> other = store->insertJob(makeSpec(QStringLiteral("other")), T0, 0);
    VERIFY_OK(job);
    VERIFY_OK(other);
    Result<qint64> last = store->lastScheduledAt(job.value().id);
    VERIFY_OK(last);
    QCOMPARE(last.value(), 0);

    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 2 * Minute)));
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 5 * Minute)));
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 3 * Minute)));   // inserted later, earlier due
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 50 * Minute, RunTrigger::Manual)));
    VERIFY_OK(store->insertRun(makeRun(job.value(), T0 + 60 * Minute, RunTrigger::Catchup)));
    VERIFY_OK(store->insertRun(makeRun(other.value(), T0 + 90 * Minute)));

    last = store->lastScheduledAt(job.value().id);
    VERIFY_OK(last);
    QCOMPARE(last.value(), T0 + 5 * Minute);
}

// ---- transactions ----

void tst_Store::transactionRollsBackEverything()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 commits = store->commitCount();
    RunId runId = 0;
    const Error failure = makeError(ErrorCode::Conflict, QStringLiteral("test"), QStringLiteral("changed my mind"));
    const Result<void> result = store->transaction([&]() -> Result<void> {
        const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("ghost")), T0, 0);
        if (!job)
            return job.error();
        RunRecord run = makeRun(job.value(), T0);
        run.current = makeAttempt(1, RunState::Running, T0);
        const Result<RunRecord> inserted = store->insertRun(run);
        if (!inserted)
            return inserted.error();
        runId = inserted.value().id;
        return failure;
    });
    QCOMPARE(result.error(), failure);
    QVERIFY(runId > 0);
    QCOMPARE(store->commitCount(), commits);
    QCOMPARE(store->jobByName(QStringLiteral("ghost")).error().code, ErrorCode::NotFound);
    QCOMPARE(store->run(runId).error().code, ErrorCode::NotFound);
    RawConnection raw(location());
    for (const char *table : {"jobs", "job_versions", "runs", "attempts"})
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt(), 0);

    // A store error inside the work rolls back what came before it, too.
    VERIFY_OK(store->insertJob(makeSpec(QStringLiteral("taken")), T0, 0));
    const Result<void> duplicate = store->transaction([&]() -> Result<void> {
        if (const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("fresh")), T0, 0); !job)
            return job.error();
        if (const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("taken")), T0, 0); !job)
            return job.error();
        return {};
    });
    QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(store->jobByName(QStringLiteral("fresh")).error().code, ErrorCode::NotFound);
}

void tst_Store::nestedTransactionsJoinTheOuter()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 commits = store->commitCount();
    RunId runId = 0;
    const Result<void> result = store->transaction([&]() -> Result<void> {
        const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("outer")), T0, 0);
        if (!job)
            return job.error();
        return store->transaction([&]() -> Result<void> {
            const Result<RunRecord> run = store->insertRun(makeRun(job.value(), T0));
            if (!run)
                return run.error();
            runId = run.value().id;
            return store->transaction([&]() { return store->setNextFireAt(job.value().id, T0 + Minute); });
        });
    });
    VERIFY_OK(result);
    QCOMPARE(store->commitCount(), commits + 1);
    VERIFY_OK(store->run(runId));
    const Result<Job> job = store->jobByName(QStringLiteral("outer"));
    VERIFY_OK(job);
    QCOMPARE(job.value().nextFireAt, T0 + Minute);

    // An inner success does not commit on its own: the outer failure undoes it.
    const Result<void> undone = store->transaction([&]() -> Result<void> {
        const Result<void> inner = store->transaction([&]() -> Result<void> {
            const Result<Job> innerJob = store->insertJob(makeSpec(QStringLiteral("inner")), T0, 0);
            if (!innerJob)
                return innerJob.error();
            return {};
        });
        if (!inner)
            return inner;
        return makeError(ErrorCode::Internal, {}, QStringLiteral("outer fails"));
    });
    QVERIFY(!undone.isOk());
    QCOMPARE(store->jobByName(QStringLiteral("inner")).error().code, ErrorCode::NotFound);
    QCOMPARE(store->commitCount(), commits + 1);
}

void tst_Store::failedNestedTransactionRollsBackOnlyItself()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Result<void> result = store->transaction([&]() -> Result<void> {
        if (const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("kept")), T0, 0); !job)
            return job.error();
        const Result<void> inner = store->transaction([&]() -> Result<void> {
            if (const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("dropped")), T0, 0); !job)
                return job.error();
            return makeError(ErrorCode::Conflict, {}, QStringLiteral("inner fails"));
        });
        if (inner.isOk())
            return makeError(ErrorCode::Internal, {}, QStringLiteral("the inner failure was lost"));
        return {};   // the outer work carries on without the inner part
    });
    VERIFY_OK(result);
    VERIFY_OK(store->jobByName(QStringLiteral("kept")));
    QCOMPARE(store->jobByName(QStringLiteral("dropped")).error().code, ErrorCode::NotFound);
}

void tst_Store::commitCount()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    QCOMPARE(store->commitCount(), 0);
    const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("counted")), T0, 0);
    VERIFY_OK(job);
    QCOMPARE(store->commitCount(), 1);
    VERIFY_OK(store->setNextFireAt(job.value().id, T0));
    const Result<RunRecord> run = store->insertRun(makeRun(job.value(), T0));
    VERIFY_OK(run);
    QCOMPARE(store->commitCount(), 3);

    // Reads do not commit.
    VERIFY_OK(store->jobs());
    VERIFY_OK(store->runs(RunQuery{}));
    VERIFY_OK(store->run(run.value().id));
    QCOMPARE(store->commitCount(), 3);

    // A run's state changes grouped into one transaction are one commit.
    VERIFY_OK(store->transaction([&]() -> Result<void> {
        RunRecord r = run.value();
        for (RunState state : {RunState::Queued, RunState::Running, RunState::Succeeded}) {
            r.state = state;
            if (const Result<void> ok = store->updateRun(r); !ok)
                return ok;
        }
        return {};
    }));
    QCOMPARE(store->commitCount(), 4);

    // A failed write is not a commit.
    QVERIFY(!store->insertJob(makeSpec(QStringLiteral("counted")), T0, 0).isOk());
    QCOMPARE(store->commitCount(), 4);
}

// ---- volume ----

void tst_Store::hundredThousandRuns()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    QList<Job> jobs;
    for (int j = 0; j < 5; ++j) {
        const Result<Job> job = store->insertJob(makeSpec(QStringLiteral("job-%1").arg(j)), T0, 0);
        VERIFY_OK(job);
        jobs << job.value();
    }
    const QList<RunState> cycle = {RunState::Succeeded, RunState::Succeeded, RunState::Failed, RunState::Succeeded,
                                   RunState::TimedOut, RunState::Succeeded, RunState::Cancelled};
    constexpr int Count = 100'000;
    const qint64 commits = store->commitCount();

    struct Made { RunId id; int job; RunState state; qint64 scheduledAt; };
    QList<Made> made;
    made.reserve(Count);
    const Result<void> filled = store->transaction([&]() -> Result<void> {
        for (int i = 0; i < Count; ++i) {
            const int j = i % 5;
            const RunState state = cycle.at(i % cycle.size());
            const Result<RunRecord> run = store->insertRun(makeRun(jobs.at(j), T0 + qint64(i) * 1000,
                                                                   RunTrigger::Schedule, state));
            if (!run)
                return run.error();
            made.append({run.value().id, j, state, run.value().scheduledAt});
        }
        return {};
    });
    VERIFY_OK(filled);
    QCOMPARE(store->commitCount(), commits + 1);

    RunQuery query;
    query.jobName = QStringLiteral("job-3");
    query.states = {RunState::Failed, RunState::TimedOut};
    query.scheduledFrom = T0 + 20'000 * 1000LL;
    query.scheduledTo = T0 + 80'000 * 1000LL;
    query.limit = 50;

    QList<RunId> expected;
    for (auto it = made.crbegin(); it != made.crend(); ++it) {
        if (it->job == 3 && query.states.contains(it->state) && it->scheduledAt >= query.scheduledFrom
            && it->scheduledAt < query.scheduledTo)
            expected << it->id;
    }
    QVERIFY(expected.size() > 1000);

    const Result<RunPage> first = store->runs(query);
    VERIFY_OK(first);
    QCOMPARE(ids(first.value().runs), expected.mid(0, 50));
    for (const RunRecord &run : first.value().runs) {
        QCOMPARE(run.jobName, QStringLiteral("job-3"));
        QVERIFY(query.states.contains(run.state));
    }
    query.beforeId = first.value().nextBeforeId;
    const Result<RunPage> second = store->runs(query);
    VERIFY_OK(second);
    QCOMPARE(ids(second.value().runs), expected.mid(50, 50));

    // A page deep in the history, reached by the cursor alone.
    query.beforeId = expected.at(999);
    const Result<RunPage> deep = store->runs(query);
    VERIFY_OK(deep);
    QCOMPARE(ids(deep.value().runs), expected.mid(1000, 50));

    const Result<qint64> last = store->lastScheduledAt(jobs.at(4).id);
    VERIFY_OK(last);
    QCOMPARE(last.value(), T0 + qint64(Count - 1) * 1000);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
