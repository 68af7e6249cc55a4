#include "jobsmodel.h"


#include <engine/schedule/schedule.h>
#include <views/common/futurewatch.h>
#include <views/common/displayformat.h>
#include <views/common/runstatestyle.h>

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Takt {

namespace {

QList<RunState> finalStates()
{
    QList<RunState> states;
    for (RunState state : allRunStates()) {
        if (isFinal(state))
            states.append(state);
    }
    return states;
}

/// How far a run has got: a later attempt, then a later attempt state, then a later run state.
/// Two records of one run from different sources (a page, a signal) keep the one further on.
auto progressKey(const RunRecord &run)
{
    const auto rank = [](RunState s) { return isFinal(s) ? 3 : s == RunState::Running ? 2 : s == RunState::Queued ? 1 : 0; };
    return std::tuple(run.current.attempt, rank(run.current.state), rank(run.state));
}

/// When a final run ended, for "5 min ago": its end, else when it was queued or due.
qint64 endedAt(const RunRecord &run)
{
    if (run.current.finishedAt > 0)
        return run.current.finishedAt;
    return run.queuedAt > 0 ? run.queuedAt : run.scheduledAt;
}

QTimeZone jobZone(const Job &job)
{
    if (job.spec.timeZone.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(job.spec.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

JobsModel::JobsModel(EngineApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    if (m_api) {
        connect(m_api, &EngineApi::jobChanged, this, [this](const Job &job) {
            if (m_loading)
                m_pending.append(PendingChange{job, {}});
            applyJobChanged(job);
        });
        connect(m_api, &EngineApi::jobRemoved, this, [this](const QString &name) {
            if (m_loading)
                m_pending.append(PendingChange{{}, name});
            applyJobRemoved(name);
        });
        connect(m_api, &EngineApi::runChanged, this, &JobsModel::applyRunChanged);
        // Events were lost (a remote engine restarted): only a fresh list is right again.
        connect(m_api, &EngineApi::resynced, this, &JobsModel::reload);
    }
    m_agoTimer.setInterval(30'000);
    connect(&m_agoTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, LastResultColumn), index(m_rows.size() - 1, LastResultColumn));
    });
    m_agoTimer.start();
    reload();
}

JobsModel::~JobsModel() = default;

void JobsModel::reload()
{
    if (!m_api)
        return;
    m_loading = true;
    m_pending.clear();
    const quint64 request = ++m_listRequest;
    onFinished(this, m_api->jobs(), [this, request](const Result<QList<Job>> &jobs) {
        if (request != m_listRequest)
            return; // a later reload() is on its way
        m_loading = false;
        if (!jobs.isOk()) {
            m_pending.clear();
            Q_EMIT loadFailed(tr("Could not read the jobs: %1").arg(jobs.error().toString()));
            return;
        }
        setJobs(jobs.value());
    });
}

JobsModel::Row JobsModel::makeRow(const Job &job)
{
    Row row;
    row.job = job;
    if (job.spec.schedule.trimmed().isEmpty()) {
        row.scheduleWords = tr("Only when started by hand");
    } else {
        const Result<Schedule> schedule = Schedule::parse(job.spec.schedule);
        row.scheduleValid = schedule.isOk();
        row.scheduleWords = schedule.isOk() ? schedule->describe() : job.spec.schedule;
    }
    return row;
}

void JobsModel::setJobs(const QList<Job> &jobs)
{
    // Recent results already known survive a reload: they are kept current by runChanged.
    QHash<JobId, Row> previous;
    for (const Row &row : std::as_const(m_rows))
        previous.insert(row.job.id, row);

    beginResetModel();
    m_rows.clear();
    m_rows.reserve(jobs.size());
    for (const Job &job : jobs) {
        Row row = makeRow(job);
        const auto old = previous.constFind(job.id);
        if (old != previous.constEnd() && old->recentState == RecentState::Loaded) {
            row.recent = old->recent;
            row.recentState = RecentState::Loaded;
        }
        m_rows.append(row);
    }
    endResetModel();

    // Changes that arrived after the engine answered would otherwise be lost.
    const QList<PendingChange> pending = std::exchange(m_pending, {});
    for (const PendingChange &change : pending) {
        if (change.job.isValid())
            applyJobChanged(change.job);
        else
            applyJobRemoved(change.removedName);
    }
    Q_EMIT loaded(m_rows.size());
}

void JobsModel::applyJobChanged(const Job &job)
{
    const int existing = rowOfJob(job.spec.name);
    if (existing >= 0) {
        Row &row = m_rows[existing];
        if (row.job.id != job.id) {
            // Deleted and created again under the same name: what we knew is of the old job.
            row.recent.clear();
            row.recentState = RecentState::NotLoaded;
        }
        const bool specChanged = row.job.spec != job.spec;
        row.job = job;
        if (specChanged) {
            const Row fresh = makeRow(job);
            row.scheduleWords = fresh.scheduleWords;
            row.scheduleValid = fresh.scheduleValid;
        }
        emitRowChanged(existing);
        return;
    }
    // Keep the engine's order (by name) for rows that arrive later.
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), job.spec.name,
                                     [](const Row &row, const QString &name) { return row.job.spec.name < name; });
    const int position = int(at - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, makeRow(job));
    endInsertRows();
}

void JobsModel::applyJobRemoved(const QString &name)
{
    const int row = rowOfJob(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void JobsModel::applyRunChanged(const RunRecord &run)
{
    const int rowIndex = rowOfJob(run.jobName);
    if (rowIndex < 0)
        return;
    Row &row = m_rows[rowIndex];
    if (row.recentState == RecentState::NotLoaded || row.job.id != run.jobId)
        return; // fetched in full when someone looks
    const auto same = std::find_if(row.recent.begin(), row.recent.end(), [&](const RunRecord &r) { return r.id == run.id; });
    if (same != row.recent.end()) {
        if (progressKey(run) < progressKey(*same))
            return;
        row.recent.erase(same);
    }
    if (isFinal(run.state)) {
        const auto at = std::lower_bound(row.recent.begin(), row.recent.end(), run.id,
                                         [](const RunRecord &r, RunId id) { return r.id > id; });
        row.recent.insert(at, run);
        while (row.recent.size() > RecentRunCount)
            row.recent.removeLast();
    }
    emitRowChanged(rowIndex, LastResultColumn, RecentResultsColumn);
}

void JobsModel::requestRecent(int rowIndex) const
{
    if (!m_api || m_rows.at(rowIndex).recentState != RecentState::NotLoaded)
        return;
    auto *self = const_cast<JobsModel *>(this);
    Row &row = self->m_rows[rowIndex];
    row.recentState = RecentState::Loading;
    row.recentRequest = ++m_lastRecentRequest;
    RunQuery query;
    query.jobName = row.job.spec.name;
    query.states = finalStates();
    query.limit = RecentRunCount;
    onFinished(self, m_api->runs(query),
                               [self, name = query.jobName, request = row.recentRequest](const Result<RunPage> &page) {
                                   self->recentArrived(name, request, page);
                               });
}

void JobsModel::recentArrived(const QString &name, quint64 request, const Result<RunPage> &page)
{
    const int rowIndex = rowOfJob(name);
    if (rowIndex < 0 || m_rows.at(rowIndex).recentRequest != request)
        return; // the job went away or was made again meanwhile
    Row &row = m_rows[rowIndex];
    row.recentState = RecentState::Loaded; // also on failure: no retry loop from every repaint
    if (!page.isOk()) {
        Q_EMIT loadFailed(tr("Could not read the runs of '%1': %2").arg(name, page.error().toString()));
        emitRowChanged(rowIndex, LastResultColumn, RecentResultsColumn);
        return;
    }
    // Runs that changed while the request was out are already in row.recent; keep the newer record of each.
    QList<RunRecord> merged = row.recent;
    for (const RunRecord &run : page->runs) {
        const auto same = std::find_if(merged.begin(), merged.end(), [&](const RunRecord &r) { return r.id == run.id; });
        if (same == merged.end())
            merged.append(run);
        else if (progressKey(*same) < progressKey(run))
            *same = run;
    }
    merged.removeIf([](const RunRecord &r) { return !isFinal(r.state); });
    std::sort(merged.begin(), merged.end(), [](const RunRecord &a, const RunRecord &b) { return a.id > b.id; });
    while (merged.size() > RecentRunCount)
        merged.removeLast();
    row.recent = merged;
    emitRowChanged(rowIndex, LastResultColumn, RecentResultsColumn);
}

void JobsModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Job JobsModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job : Job();
}

int JobsModel::rowOfJob(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).job.spec.name == name)
            return i;
    }
    return -1;
}

QList<RunRecord> JobsModel::recentRuns(const QString &name) const
{
    const int row = rowOfJob(name);
    return row < 0 ? QList<RunRecord>() : m_rows.at(row).recent;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (column == LastResultColumn || column == RecentResultsColumn) {
        if (role == Qt::DisplayRole || role == Qt::DecorationRole || role == RecentStatesRole || role == SortRole)
            requestRecent(index.row());
    }

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case SortRole:
        return sortData(row, column);
    case Qt::DecorationRole:
        if (column == LastResultColumn && !row.recent.isEmpty())
            return RunStateStyle::icon(row.recent.first().state);
        return {};
    case Qt::ForegroundRole:
        if (row.job.paused && (column == NextRunColumn || column == EnabledColumn))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (column == ScheduleColumn && !row.scheduleValid)
            return QBrush(RunStateStyle::color(RunState::Failed));
        return {};
    case JobRole:
        return QVariant::fromValue(row.job);
    case JobNameRole:
        return row.job.spec.name;
    case SearchTextRole:
        return QStringList{row.job.spec.name, row.job.spec.description, row.job.spec.schedule, row.scheduleWords}
            .join(QLatin1Char('\n'));
    case RecentStatesRole: {
        if (column != RecentResultsColumn)
            return {};
        QList<RunState> states;
        for (auto it = row.recent.crbegin(); it != row.recent.crend(); ++it)
            states.append(it->state);
        return QVariant::fromValue(states);
    }
    case RecentLoadedRole:
        return row.recentState == RecentState::Loaded;
    default:
        return {};
    }
}

QVariant JobsModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.job.spec.name;
    case ScheduleColumn:
        return row.scheduleWords;
    case NextRunColumn: {
        if (row.job.paused)
            return tr("Paused");
        if (row.job.nextFireAt <= 0)
            return QStringLiteral("—");
        const QTimeZone zone = jobZone(row.job);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.job.nextFireAt, zone);
        return displayTime(row.job.nextFireAt, zone) + QLatin1Char(' ') + zone.abbreviation(at);
    }
    case LastResultColumn: {
        if (row.recentState != RecentState::Loaded)
            return QStringLiteral("…");
        if (row.recent.isEmpty())
            return tr("Never run");
        const RunRecord &last = row.recent.first();
        const qint64 seconds = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - endedAt(last)) / 1000);
        QString ago;
        if (seconds < 60)
            ago = tr("just now");
        else if (seconds < 3600)
            ago = tr("%n min ago", nullptr, int(seconds / 60));
        else if (seconds < 86400)
            ago = tr("%n h ago", nullptr, int(seconds / 3600));
        else
            ago = tr("%n d ago", nullptr, int(seconds / 86400));
        return tr("%1 · %2").arg(RunStateStyle::displayName(last.state), ago);
    }
    case RecentResultsColumn:
        return {}; // painted by RecentRunsDelegate from RecentStatesRole
    case EnabledColumn:
        return row.job.paused ? tr("Paused") : tr("Active");
    }
    return {};
}

QVariant JobsModel::toolTipData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.job.spec.description.isEmpty() ? row.job.spec.name
                                                  : row.job.spec.name + QLatin1Char('\n') + row.job.spec.description;
    case ScheduleColumn: {
        if (row.job.spec.schedule.trimmed().isEmpty())
            return tr("No schedule: the job runs when started by hand");
        QString tip = tr("Expression: %1\nTime zone: %2")
                          .arg(row.job.spec.schedule,
                               row.job.spec.timeZone.isEmpty() ? tr("this machine's") : row.job.spec.timeZone);
        if (!row.scheduleValid) {
            tip += QLatin1Char('\n')
                + tr("Not understood: %1").arg(Schedule::parse(row.job.spec.schedule).error().toString());
        }
        return tip;
    }
    case NextRunColumn:
        if (row.job.nextFireAt <= 0)
            return row.job.paused ? tr("Paused: nothing runs until the job is resumed") : tr("No run is due");
        return tr("%1 in %2\n%3 here")
            .arg(displayTime(row.job.nextFireAt, jobZone(row.job)), jobZone(row.job).id(),
                 displayTime(row.job.nextFireAt));
    case LastResultColumn:
    case RecentResultsColumn: {
        if (row.recent.isEmpty())
            return {};
        QStringList lines;
        const qsizetype count = column == LastResultColumn ? 1 : row.recent.size();
        for (qsizetype i = 0; i < count; ++i) {
            const RunRecord &run = row.recent.at(i);
            QString line = tr("#%1 %2 at %3").arg(run.id).arg(RunStateStyle::displayName(run.state), displayTime(endedAt(run)));
            if (!run.current.reason.isEmpty())
                line += QStringLiteral(" — ") + run.current.reason;
            lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case EnabledColumn:
        return row.job.paused ? tr("Paused: scheduled runs do not start") : tr("Active: runs start on schedule");
    }
    return {};
}

QVariant JobsModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.job.spec.name;
    case ScheduleColumn:
        return row.job.spec.schedule;
    case NextRunColumn:
        // Jobs that will not run go last in ascending order.
        return row.job.nextFireAt > 0 && !row.job.paused ? row.job.nextFireAt : std::numeric_limits<qint64>::max();
    case LastResultColumn:
        return row.recent.isEmpty() ? qint64(-1) : endedAt(row.recent.first());
    case RecentResultsColumn:
        return int(std::count_if(row.recent.cbegin(), row.recent.cend(),
                                 [](const RunRecord &r) { return r.state != RunState::Succeeded && r.state != RunState::Skipped; }));
    case EnabledColumn:
        return row.job.paused;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case ScheduleColumn: return tr("Schedule");
        case NextRunColumn: return tr("Next run");
        case LastResultColumn: return tr("Last result");
        case RecentResultsColumn: return tr("Recent");
        case EnabledColumn: return tr("State");
        }
    }
    if (role == Qt::ToolTipRole && section == RecentResultsColumn)
        return tr("The last %n finished runs, oldest on the left", nullptr, RecentRunCount);
    return {};
}

} // namespace Takt
