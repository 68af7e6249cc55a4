#include "runsmodel.h"


#include <views/common/futurewatch.h>
#include <views/common/displayformat.h>
#include <views/common/runstatestyle.h>

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Takt {

namespace {

/// How far a run has got: a later attempt, then a later attempt state, then a later run state.
/// Of two records of one run from different sources (a page, a signal), the one further on wins.
auto progressKey(const RunRecord &run)
{
    const auto rank = [](RunState s) { return isFinal(s) ? 3 : s == RunState::Running ? 2 : s == RunState::Queued ? 1 : 0; };
    return std::tuple(run.current.attempt, rank(run.current.state), rank(run.state));
}

bool isTicking(const RunRecord &run)
{
    return run.current.startedAt > 0 && !isFinal(run.state) && !isFinal(run.current.state);
}

QString triggerText(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule: return RunsModel::tr("Schedule");
    case RunTrigger::Manual: return RunsModel::tr("Manual");
    case RunTrigger::Catchup: return RunsModel::tr("Catch-up");
    }
    return {};
}

} // namespace

RunsModel::RunsModel(EngineApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (m_api) {
        connect(m_api, &EngineApi::runChanged, this, [this](const RunRecord &run) {
            if (m_fetching) {
                // The page on its way may or may not hold this change; replayed after it.
                const auto known = m_liveWhileFetching.constFind(run.id);
                if (known == m_liveWhileFetching.constEnd() || !(progressKey(run) < progressKey(*known)))
                    m_liveWhileFetching.insert(run.id, run);
            }
            applyRunChanged(run);
        });
        connect(m_api, &EngineApi::jobRemoved, this, &RunsModel::applyJobRemoved);
        // Events were lost (a remote engine restarted): only a fresh read is right again.
        connect(m_api, &EngineApi::resynced, this, &RunsModel::refresh);
    }
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RunsModel::tick);
}

RunsModel::~RunsModel() = default;

void RunsModel::setNow(std::function<qint64()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void RunsModel::setQuery(const RunQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.beforeId = 0;
    m_query.limit = m_pageSize;
    ++m_generation;
    m_runs.clear();
    m_running.clear();
    m_liveWhileFetching.clear();
    m_cursor = 0;
    m_loadedAny = false;
    m_atEnd = false;
    m_failed = false;
    endResetModel();
    m_ticker.stop();
    setFetching(false);
}

void RunsModel::refresh()
{
    setQuery(m_query);
}

void RunsModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

bool RunsModel::canFetchMore(const QModelIndex &parent) const
{
    // Views call this often: counters only.
    return !parent.isValid() && m_api && !m_atEnd && !m_fetching && !m_failed;
}

void RunsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_api || m_atEnd || m_fetching)
        return;
    m_failed = false;
    RunQuery page = m_query;
    page.beforeId = m_loadedAny ? m_cursor : 0;
    page.limit = m_pageSize;
    const quint64 generation = m_generation;
    setFetching(true);
    onFinished(this, m_api->runs(page), [this, generation](const Result<RunPage> &answer) {
        pageArrived(generation, answer);
    });
}

void RunsModel::pageArrived(quint64 generation, const Result<RunPage> &page)
{
    if (generation != m_generation)
        return; // the answer to a query that was replaced
    const QHash<RunId, RunRecord> live = std::exchange(m_liveWhileFetching, {});
    if (!page.isOk()) {
        m_failed = true;
        setFetching(false);
        Q_EMIT loadFailed(tr("Could not read the runs: %1").arg(page.error().toString()));
        return;
    }
    // Only ids below the cursor belong to this page; anything else is already loaded.
    QList<RunRecord> rows;
    rows.reserve(page->runs.size());
    RunId lowest = m_runs.isEmpty() ? std::numeric_limits<RunId>::max() : m_runs.constLast().id;
    for (const RunRecord &run : page->runs) {
        if (run.id < lowest && (!m_loadedAny || run.id < m_cursor)) {
            rows.append(run);
            lowest = run.id;
        }
    }
    // The cursor moves before the rows go in: whoever reacts to rowsInserted by calling
    // fetchMore() (QAbstractItemModelTester does) asks for the next page, not this one again.
    m_loadedAny = true;
    m_cursor = page->nextBeforeId;
    m_atEnd = m_cursor == 0;
    setFetching(false);
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + rows.size() - 1));
        m_runs.append(rows);
        endInsertRows();
        for (const RunRecord &run : std::as_const(rows))
            trackRunning(run);
    }
    for (const RunRecord &run : live)
        applyRunChanged(run);
    Q_EMIT pageLoaded(int(rows.size()));
}

bool RunsModel::isCovered(RunId id) const
{
    // The loaded rows are every matching run with an id at or above the cursor.
    return m_loadedAny && (m_atEnd || id >= m_cursor);
}

void RunsModel::applyRunChanged(const RunRecord &run)
{
    const int row = rowOfRun(run.id);
    const bool belongs = matches(m_query, run);
    if (row >= 0) {
        if (progressKey(run) < progressKey(m_runs.at(row)))
            return; // an older record arriving late
        if (!belongs) {
            removeRow(row);
            return;
        }
        m_runs[row] = run;
        trackRunning(run);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!belongs || !isCovered(run.id))
        return; // a later page brings it
    const auto at = std::lower_bound(m_runs.cbegin(), m_runs.cend(), run.id,
                                     [](const RunRecord &r, RunId id) { return r.id > id; });
    const int position = int(at - m_runs.cbegin());
    beginInsertRows({}, position, position);
    m_runs.insert(position, run);
    endInsertRows();
    trackRunning(run);
}

void RunsModel::applyJobRemoved(const QString &name)
{
    // The engine deleted the job's runs with it.
    for (int row = int(m_runs.size()) - 1; row >= 0; --row) {
        if (m_runs.at(row).jobName == name)
            removeRow(row);
    }
}

void RunsModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_running.remove(m_runs.at(row).id);
    m_runs.removeAt(row);
    endRemoveRows();
    if (m_running.isEmpty())
        m_ticker.stop();
}

void RunsModel::trackRunning(const RunRecord &run)
{
    if (isTicking(run))
        m_running.insert(run.id);
    else
        m_running.remove(run.id);
    if (m_running.isEmpty())
        m_ticker.stop();
    else if (!m_ticker.isActive())
        m_ticker.start();
}

void RunsModel::tick()
{
    for (RunId id : std::as_const(m_running)) {
        const int row = rowOfRun(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn), {Qt::DisplayRole, SortRole});
    }
}

void RunsModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    Q_EMIT fetchingChanged(fetching);
}

bool RunsModel::matches(const RunQuery &query, const RunRecord &run)
{
    if (!query.jobName.isEmpty() && run.jobName != query.jobName)
        return false;
    if (run.isTaskRun() && !query.includeTasks) // a workflow's task runs are shown by its run view
        return false;
    if (!query.states.isEmpty() && !query.states.contains(run.state))
        return false;
    if (query.scheduledFrom > 0 && run.scheduledAt < query.scheduledFrom)
        return false;
    if (query.scheduledTo > 0 && run.scheduledAt >= query.scheduledTo)
        return false;
    return true;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RunRecord RunsModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs.at(row) : RunRecord();
}

int RunsModel::rowOfRun(RunId id) const
{
    const auto at = std::lower_bound(m_runs.cbegin(), m_runs.cend(), id,
                                     [](const RunRecord &r, RunId wanted) { return r.id > wanted; });
    return at != m_runs.cend() && at->id == id ? int(at - m_runs.cbegin()) : -1;
}

qint64 RunsModel::durationOf(const RunRecord &run) const
{
    if (run.current.startedAt <= 0)
        return -1;
    if (run.current.finishedAt > 0)
        return run.current.finishedAt - run.current.startedAt;
    if (isTicking(run))
        return qMax<qint64>(0, m_now() - run.current.startedAt);
    return -1;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, column);
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(RunStateStyle::icon(run.state)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == ExitCodeColumn || column == AttemptColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if ((column == StateColumn || column == ExitCodeColumn) && !run.current.reason.isEmpty())
            return run.current.reason;
        if (column == ScheduledColumn || column == StartedColumn) {
            const qint64 ms = column == ScheduledColumn ? run.scheduledAt : run.current.startedAt;
            return ms > 0 ? tr("%1 UTC").arg(displayTime(ms, QTimeZone::utc())) : QVariant();
        }
        return {};
    case RunRole:
        return QVariant::fromValue(run);
    case RunIdRole:
        return run.id;
    case RunStateRole:
        return QVariant::fromValue(run.state);
    case SortRole:
        switch (column) {
        case StateColumn: return int(run.state);
        case IdColumn: return run.id;
        case JobColumn: return run.jobName;
        case TriggerColumn: return int(run.trigger);
        case ScheduledColumn: return run.scheduledAt;
        case StartedColumn: return run.current.startedAt;
        case DurationColumn: return durationOf(run);
        case ExitCodeColumn: return run.current.exitCode;
        case AttemptColumn: return run.current.attempt;
        }
        return {};
    default:
        return {};
    }
}

QVariant RunsModel::displayData(const RunRecord &run, int column) const
{
    switch (column) {
    case StateColumn:
        return RunStateStyle::displayName(run.state);
    case IdColumn:
        return QString::number(run.id);
    case JobColumn:
        return run.jobName;
    case TriggerColumn:
        return triggerText(run.trigger);
    case ScheduledColumn:
        return displayTime(run.scheduledAt);
    case StartedColumn:
        return displayTime(run.current.startedAt);
    case DurationColumn:
        return displayDuration(durationOf(run));
    case ExitCodeColumn:
        if (run.current.attempt == 0 || !isFinal(run.current.state))
            return QString();
        if (run.current.signal != 0)
            return tr("signal %1").arg(run.current.signal);
        return run.current.exitCode >= 0 ? QString::number(run.current.exitCode) : QString();
    case AttemptColumn:
        if (run.current.attempt == 0)
            return QStringLiteral("—"); // not started yet
        return tr("%1/%2").arg(run.current.attempt).arg(run.maxAttempts);
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == DurationColumn || section == ExitCodeColumn || section == AttemptColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case IdColumn: return tr("Run");
    case JobColumn: return tr("Job");
    case TriggerColumn: return tr("Trigger");
    case ScheduledColumn: return tr("Scheduled");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case ExitCodeColumn: return tr("Exit");
    case AttemptColumn: return tr("Attempt");
    }
    return {};
}

} // namespace Takt
