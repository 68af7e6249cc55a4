// bench_runsview: the runs panel over a store of 1,000,000 runs. Prints the time to the first
// page on screen, the time to scroll down to 10,000 rows and the peak memory, each beside the
// limit measured in the same run: the bare SQL of the same pages with QSqlQuery.
//
//   bench_runsview [DATA_DIR]   (DATA_DIR/takt.db is reused when it already holds the runs)
//
// Offscreen unless QT_QPA_PLATFORM says otherwise. Built by default, run by hand, not a test.

#include <engine/api/localengine.h>
#include <engine/store/store.h>
#include <views/runs/runsmodel.h>
#include <views/runs/runsview.h>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Takt;

namespace {

constexpr qint64 RunCount = 1'000'000;
constexpr int JobCount = 20;
constexpr int ScrollTarget = 10'000;

/// A /proc/self/status field in kB ("VmHWM", "VmRSS").
qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

/// Runs the event loop until `done()` holds, checking it whenever `sender` emits `signal`:
/// no polling, so the wait adds nothing to what is measured. False on timeout.
template<typename Sender, typename Signal>
bool runUntil(const std::function<bool()> &done, const Sender *sender, Signal signal, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

qint64 countRuns(const QString &dbPath)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-count"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT max(id) FROM runs")) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    return count;
}

/// Jobs through the Store (schema, specs as the engine writes them), then the runs in one
/// INSERT … SELECT over a recursive sequence: seconds instead of minutes for a million rows.
bool fillStore(const QString &dbPath)
{
    std::vector<JobId> jobIds;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto store = Store::open(dbPath, QStringLiteral("bench-fill"));
        if (!store.isOk()) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.error().toString()));
            return false;
        }
        for (int i = 0; i < JobCount; ++i) {
            JobSpec spec;
            spec.name = QStringLiteral("job-%1").arg(i, 2, 10, QLatin1Char('0'));
            spec.command = {QStringLiteral("/bin/true")};
            const auto job = store.value()->insertJob(spec, now, 0);
            if (!job.isOk()) {
                std::fprintf(stderr, "job: %s\n", qPrintable(job.error().toString()));
                return false;
            }
            jobIds.push_back(job->id);
        }
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bulk"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            db.transaction();
            // One run a minute per job, the newest a minute ago: 1M runs span ~35 days, inside
            // the engine's default 90-day retention. Every 13th failed, every 101st timed out.
            query.prepare(QStringLiteral(
                "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < :last)"
                " INSERT INTO runs (job_id, job_version, trigger, state, priority, scheduled_at, queued_at,"
                "  not_before, max_attempts, attempt, attempt_state, started_at, finished_at, exit_code,"
                "  signal, cpu_ms, peak_rss_kb, log_path, log_size, reason, pid, pid_start)"
                " SELECT :firstJob + (i % :jobs), 1, 'schedule', st, 0, at, at, 0, 1, 1, st, at + 40,"
                "  at + 40 + (i * 7919) % 90000, CASE st WHEN 'succeeded' THEN 0 WHEN 'failed' THEN 2 ELSE -1 END,"
                "  CASE st WHEN 'timed_out' THEN 15 ELSE 0 END, 30, 4000, '', 0, '', 0, 0"
                " FROM (SELECT i, :base + (i / :jobs) * 60000 + (i % :jobs) AS at,"
                "        CASE WHEN i % 101 = 0 THEN 'timed_out' WHEN i % 13 = 0 THEN 'failed' ELSE 'succeeded' END AS st"
                "       FROM seq)"));
            query.bindValue(QStringLiteral(":last"), RunCount - 1);
            query.bindValue(QStringLiteral(":firstJob"), jobIds.front());
            query.bindValue(QStringLiteral(":jobs"), JobCount);
            query.bindValue(QStringLiteral(":base"), now - (RunCount / JobCount) * 60'000 - 60'000);
            ok = query.exec() && db.commit();
            if (!ok)
                std::fprintf(stderr, "bulk insert: %s\n", qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bulk"));
    return ok;
}

/// The limit: the same pages as the model asks for (Store::runs' SQL, keyset by id), every
/// column read with a bare QSqlQuery, in this thread, without building a RunRecord. Returns ms for the first page and for `pages` pages.
std::pair<double, double> bareSqlPages(const QString &dbPath, int pageSize, int pages)
{
    double first = 0, all = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
        db.setDatabaseName(dbPath);
        db.open();
        const QString select = QStringLiteral(
            "SELECT r.id, r.job_id, j.name, r.job_version, r.trigger, r.state, r.priority,"
            " r.scheduled_at, r.queued_at, r.not_before, r.max_attempts, r.attempt, r.attempt_state,"
            " r.started_at, r.finished_at, r.exit_code, r.signal, r.cpu_ms, r.peak_rss_kb,"
            " r.log_path, r.log_size, r.reason, r.pid, r.pid_start"
            " FROM runs r JOIN jobs j ON j.id = r.job_id WHERE r.id IN (SELECT f.id FROM runs f %1"
            " ORDER BY f.id DESC LIMIT ?) ORDER BY r.id DESC");
        QElapsedTimer timer;
        timer.start();
        qint64 before = 0;
        for (int page = 0; page < pages; ++page) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(select.arg(before > 0 ? QStringLiteral("WHERE f.id < ?") : QString()));
            if (before > 0)
                query.addBindValue(before);
            query.addBindValue(pageSize + 1);
            query.exec();
            int rows = 0;
            qint64 sink = 0;
            while (query.next()) {
                if (++rows > pageSize)
                    break;
                before = query.value(0).toLongLong();
                for (int column = 1; column < 24; ++column) // every column, as the store reads them
                    sink += query.value(column).toString().size();
            }
            (void)sink;
            if (page == 0)
                first = timer.nsecsElapsed() / 1e6;
        }
        all = timer.nsecsElapsed() / 1e6;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
    return {first, all};
}

/// Remembers when the table's viewport has finished painting with rows in it.
class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QTableView *table, QElapsedTimer *clock) : m_table(table), m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
    }
    double firstPaintWithRowsMs = -1;
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintWithRowsMs < 0 && m_table->model()->rowCount() > 0) {
            m_table->viewport()->removeEventFilter(this);
            QCoreApplication::sendEvent(m_table->viewport(), event); // paint now, then read the clock
            firstPaintWithRowsMs = m_clock->nsecsElapsed() / 1e6;
            if (painted)
                painted();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    QElapsedTimer *m_clock;
};

void row(const char *what, double value, const char *unit, const QString &limit, const char *verdict)
{
    std::printf("  %-34s %10.1f %-3s  %-34s %s\n", what, value, unit, qPrintable(limit), verdict);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dataDir;
    if (argc > 1) {
        dataDir = QString::fromLocal8Bit(argv[1]);
        QDir().mkpath(dataDir);
    } else {
        tempDir = std::make_unique<QTemporaryDir>();
        dataDir = tempDir->path();
    }
    const QString dbPath = dataDir + QStringLiteral("/takt.db");

    std::printf("bench_runsview: the runs panel over %lld runs (%s)\n", RunCount, qPrintable(dbPath));
    QElapsedTimer phase;
    phase.start();
    const qint64 existing = QFile::exists(dbPath) ? countRuns(dbPath) : -1;
    if (existing >= RunCount) {
        std::printf("  reusing the store (%lld runs)\n", existing);
    } else {
        if (existing >= 0) {
            std::fprintf(stderr, "%s holds %lld runs, not %lld: give an empty directory\n", qPrintable(dbPath),
                         existing, RunCount);
            return 2;
        }
        if (!fillStore(dbPath))
            return 1;
        std::printf("  filled the store in %.1f s\n", phase.nsecsElapsed() / 1e9);
    }

    const int pageSize = RunsModel::DefaultPageSize;
    const int pagesTo10k = (ScrollTarget + pageSize - 1) / pageSize;
    bareSqlPages(dbPath, pageSize, 1); // warm the page cache like the engine's first query does
    const auto [sqlFirstMs, sqlAllMs] = bareSqlPages(dbPath, pageSize, pagesTo10k);

    // ---- the engine ----
    phase.restart();
    EngineCore::Options options;
    options.dataDir = dataDir;
    LocalEngine engine(options);
    const Result<void> started = await(engine.start());
    if (!started.isOk()) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    const double engineStartMs = phase.nsecsElapsed() / 1e6;
    const qint64 rssBeforeViewKb = procStatusKb("VmRSS");

    // ---- first page on screen ----
    QElapsedTimer clock;
    clock.start();
    RunsView view(&engine);
    view.resize(1200, 800);
    PaintWatcher paints(view.tableView(), &clock);
    QEventLoop firstPaint;
    paints.painted = [&] { firstPaint.quit(); };
    QTimer::singleShot(60'000, &firstPaint, &QEventLoop::quit);
    view.show();
    firstPaint.exec();
    if (paints.firstPaintWithRowsMs < 0) {
        std::fprintf(stderr, "the first page never appeared\n");
        return 1;
    }
    const double firstPaintMs = paints.firstPaintWithRowsMs;
    const int firstRows = view.model()->rowCount();

    // ---- scroll down to 10,000 rows, a page at a time as the scroll bar hits the bottom ----
    RunsModel *model = view.model();
    QScrollBar *bar = view.tableView()->verticalScrollBar();
    std::vector<double> pageMs;
    QElapsedTimer pageClock;
    QObject::connect(model, &RunsModel::pageLoaded, &view, [&] {
        pageMs.push_back(pageClock.nsecsElapsed() / 1e6);
    });
    clock.restart();
    while (model->rowCount() < ScrollTarget) {
        // The view asks for the next page when its scroll bar reaches the bottom; the bottom
        // moves once the view has laid out the rows of the last page.
        const int max = bar->maximum();
        pageClock.restart();
        bar->setValue(max);
        if (!runUntil([&] { return !model->isFetching(); }, model, &RunsModel::fetchingChanged, 30'000)) {
            std::fprintf(stderr, "a page never came\n");
            return 1;
        }
        if (!runUntil([&] { return bar->maximum() > max || model->rowCount() >= ScrollTarget; }, bar,
                      &QScrollBar::rangeChanged, 30'000)) {
            std::fprintf(stderr, "the view did not lay out the new rows\n");
            return 1;
        }
    }
    view.tableView()->viewport()->repaint();
    const double scrollMs = clock.nsecsElapsed() / 1e6;
    const int rowsLoaded = model->rowCount();
    std::sort(pageMs.begin(), pageMs.end());
    const double pageP50 = pageMs.empty() ? 0 : pageMs[pageMs.size() / 2];
    const double pageMax = pageMs.empty() ? 0 : pageMs.back();

    // ---- filter changes: each starts over with the first page of another query ----
    struct FilterCase
    {
        const char *what;
        std::function<void()> apply;
        double ms = 0;
        int rows = 0;
    };
    std::vector<FilterCase> filters{
        {"filter: state failed", [&] { view.setStateFilter({RunState::Failed}); }},
        {"filter: + job job-07", [&] { view.showJob(QStringLiteral("job-07")); }},
        {"filter: job-07, timed out", [&] { view.setStateFilter({RunState::TimedOut}); }},
        {"filter: + last hour", [&] { view.setTimeRange(RunsView::TimeRange::LastHour); }},
        {"filter: all jobs, all states, all", [&] {
             view.setTimeRange(RunsView::TimeRange::All);
             view.setStateFilter({});
             view.showJob({});
         }},
    };
    for (FilterCase &filter : filters) {
        clock.restart();
        filter.apply();
        if (!runUntil([&] { return !model->isFetching() && (model->rowCount() > 0 || model->isAtEnd()); }, model,
                      &RunsModel::pageLoaded, 30'000)) {
            std::fprintf(stderr, "%s: no first page\n", filter.what);
            return 1;
        }
        view.tableView()->viewport()->repaint();
        filter.ms = clock.nsecsElapsed() / 1e6;
        filter.rows = model->rowCount();
    }

    const qint64 hwmKb = procStatusKb("VmHWM");
    const qint64 rssKb = procStatusKb("VmRSS");

    // Targets: the first page within 250 ms (feels immediate) and within 20× the bare SQL (also
    // after each filter change); the
    // 10,000 rows within 3 s and 20× the bare SQL of the same 50 pages; memory grows by the
    // rows loaded, not by the store (under 150 MB above the process before the view).
    const bool firstOk = firstPaintMs < 250 && firstPaintMs < 20 * sqlFirstMs + 50;
    const bool scrollOk = scrollMs < 3000 && scrollMs < 20 * sqlAllMs + 500;
    const bool memOk = (hwmKb - rssBeforeViewKb) < 150 * 1024;
    const bool filtersOk = std::all_of(filters.cbegin(), filters.cend(), [](const FilterCase &f) { return f.ms < 250; });
    std::printf("\n  %-34s %14s  %-34s\n", "figure", "value", "limit (same run)");
    row("engine start over the store", engineStartMs, "ms", QStringLiteral("(not the view; see note)"), "");
    row("first page on screen", firstPaintMs, "ms",
        QStringLiteral("bare SQL first page %1 ms").arg(sqlFirstMs, 0, 'f', 1), firstOk ? "PASS" : "MISS");
    std::printf("  %-34s %10d %-3s\n", "  rows in it", firstRows, "");
    row("scroll to 10,000 rows", scrollMs, "ms",
        QStringLiteral("bare SQL %1 pages %2 ms").arg(pagesTo10k).arg(sqlAllMs, 0, 'f', 1), scrollOk ? "PASS" : "MISS");
    row("  page, scroll to rows (p50)", pageP50, "ms", QStringLiteral("bare SQL %1 ms/page").arg(sqlAllMs / pagesTo10k, 0, 'f', 2), "");
    row("  page, scroll to rows (max)", pageMax, "ms", QString(), "");
    std::printf("  %-34s %10d %-3s\n", "  rows loaded", rowsLoaded, "");
    for (const FilterCase &filter : filters) {
        row(filter.what, filter.ms, "ms", QStringLiteral("first page: %1 rows").arg(filter.rows),
            filter.ms < 250 ? "PASS" : "MISS");
    }
    row("peak memory (VmHWM)", hwmKb / 1024.0, "MB",
        QStringLiteral("RSS before the view %1 MB").arg(rssBeforeViewKb / 1024.0, 0, 'f', 1), memOk ? "PASS" : "MISS");
    row("  RSS at the end", rssKb / 1024.0, "MB", QString(), "");
    std::printf("\nnote: engine start includes its retention pass, which reads every finished run once.\n");
    return firstOk && scrollOk && memOk && filtersOk ? 0 : 3;
}
