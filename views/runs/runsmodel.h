#pragma once
// RunsModel: the runs matching a RunQuery, newest first, loaded page by page as a view
// scrolls (canFetchMore/fetchMore) and kept current by EngineApi::runChanged.

#include <engine/api/engineapi.h>
#include <engine/core/run.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Takt {

/// The lazy-loading contract of Qt's fetchmore example, with asynchronous pages:
/// - rowCount() counts the rows loaded so far; fetchMore() asks for one page (pageSize())
///   with a keyset cursor (RunQuery::beforeId), at most one request at a time;
/// - setQuery() resets the model and bumps a generation, so answers to an older query are
///   dropped; a failed page emits loadFailed() and leaves canFetchMore() true for a retry.
/// Live: runChanged updates a loaded row, inserts a run that now matches the query where it
/// belongs in the loaded range (a new run at the top), and removes one that stopped matching.
/// The duration of running rows ticks once a second (dataChanged of that column only).
/// The model does not own the EngineApi; it must outlive the model.
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        IdColumn,
        JobColumn,
        TriggerColumn,
        ScheduledColumn,
        StartedColumn,
        DurationColumn,
        ExitCodeColumn,
        AttemptColumn,
        ColumnCount
    };

    enum Role {
        RunRole = Qt::UserRole + 1,  ///< the Takt::RunRecord (any column)
        RunIdRole,                   ///< qint64 (any column)
        RunStateRole,                ///< Takt::RunState (any column)
        SortRole,                    ///< raw value of the column (times in ms, duration in ms…)
    };

    static constexpr int DefaultPageSize = 200;

    explicit RunsModel(EngineApi *api, QObject *parent = nullptr);
    ~RunsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    RunQuery query() const { return m_query; }
    /// Empties the model and starts over with `query` (its beforeId and limit are ignored).
    void setQuery(const RunQuery &query);
    int pageSize() const { return m_pageSize; }
    /// Rows per request, 1..1000; takes effect with the next page.
    void setPageSize(int rows);

    /// The run in `row`; an invalid RunRecord when out of range.
    RunRecord run(int row) const;
    /// The row of the run, -1 if it is not loaded.
    int rowOfRun(RunId id) const;
    /// A page request is on its way.
    bool isFetching() const { return m_fetching; }
    /// Every matching run is loaded.
    bool isAtEnd() const { return m_atEnd; }
    /// True when `run` belongs in the list of `query` (job, states, scheduled range).
    static bool matches(const RunQuery &query, const RunRecord &run);

    /// Test hook: the clock of the live duration (UTC epoch ms); default the system clock.
    void setNow(std::function<qint64()> now);

public Q_SLOTS:
    /// setQuery(query()): reload from the newest run.
    void refresh();

Q_SIGNALS:
    /// A page arrived with `rows` runs (0 for the last, empty page).
    void pageLoaded(int rows);
    void loadFailed(const QString &message);
    /// isFetching() changed (for a "loading…" note).
    void fetchingChanged(bool fetching);

private:
    void pageArrived(quint64 generation, const Result<RunPage> &page);
    void applyRunChanged(const RunRecord &run);
    void applyJobRemoved(const QString &name);
    void removeRow(int row);
    /// True when a matching run with this id must be in the loaded rows.
    bool isCovered(RunId id) const;
    void setFetching(bool fetching);
    void trackRunning(const RunRecord &run);
    void tick();
    qint64 durationOf(const RunRecord &run) const;
    QVariant displayData(const RunRecord &run, int column) const;

    QPointer<EngineApi> m_api;
    RunQuery m_query;
    int m_pageSize = DefaultPageSize;
    QList<RunRecord> m_runs;      // id descending
    RunId m_cursor = 0;           // next page: ids below this; 0 with m_loadedAny = false: from the top
    bool m_loadedAny = false;     // a page of this generation arrived
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_failed = false;        // the last page failed: no automatic retry
    quint64 m_generation = 0;
    QHash<RunId, RunRecord> m_liveWhileFetching; // changes seen while a page was on its way
    QSet<RunId> m_running;        // loaded rows whose duration ticks
    QTimer m_ticker;
    std::function<qint64()> m_now;
};

} // namespace Takt
