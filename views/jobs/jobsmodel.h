#pragma once
// JobsModel: the jobs of an engine as a table (name, schedule in words, next run, last result,
// a strip of recent results, enabled), kept current by the engine's change signals.

#include <engine/api/engineapi.h>
#include <engine/core/job.h>
#include <engine/core/run.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace Takt {

/// Rows are in the engine's order (by name) until a proxy sorts them. Loading never blocks:
/// the job list comes from EngineApi::jobs(), and each job's recent results from one
/// EngineApi::runs({job, final states, limit RecentRunCount}) call made the first time a view
/// asks for them (data() of the last-result or recent-results column); after that, runChanged
/// keeps them current without another request.
/// The model does not own the EngineApi; it must outlive the model.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ScheduleColumn,       ///< Schedule::describe(); tooltip: expression and zone
        NextRunColumn,        ///< in the job's zone, with its abbreviation
        LastResultColumn,     ///< state icon + name + how long ago
        RecentResultsColumn,  ///< RecentStatesRole, painted by RecentRunsDelegate
        EnabledColumn,        ///< "Active" / "Paused"
        ColumnCount
    };

    enum Role {
        /// Raw values for sorting, per column: name, expression, nextFireAt (never = max),
        /// last result's end time (unknown = -1), failures among the recent runs, paused.
        SortRole = Qt::UserRole + 1,
        JobRole,              ///< the Takt::Job (any column)
        JobNameRole,          ///< QString (any column)
        SearchTextRole,       ///< name, description, expression and words, for a filter (any column)
        RecentStatesRole,     ///< QList<Takt::RunState>, oldest first (RecentResultsColumn)
        RecentLoadedRole,     ///< bool: the recent results have arrived (any column)
    };

    static constexpr int RecentRunCount = 10;

    explicit JobsModel(EngineApi *api, QObject *parent = nullptr);
    ~JobsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The job in `row`; an invalid Job when out of range.
    Job job(int row) const;
    /// The row of the job named `name`, -1 if none.
    int rowOfJob(const QString &name) const;
    /// The recent final runs of the job, newest first; empty until loaded.
    QList<RunRecord> recentRuns(const QString &name) const;
    /// True from construction or reload() until the job list has arrived.
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    /// Asks the engine for the whole list again (a model reset when it arrives).
    void reload();

Q_SIGNALS:
    /// The job list has arrived (after construction or reload()).
    void loaded(int jobCount);
    /// The job list or a job's recent runs could not be read; for the view to show.
    void loadFailed(const QString &message);

private:
    enum class RecentState { NotLoaded, Loading, Loaded };
    struct Row
    {
        Job job;
        QString scheduleWords;   // describe(), computed once per spec
        bool scheduleValid = true;
        QList<RunRecord> recent; // final runs, newest first, at most RecentRunCount
        RecentState recentState = RecentState::NotLoaded;
        quint64 recentRequest = 0; // the request an answer must carry to be taken
    };
    /// A job change or removal that arrived while the list was loading, replayed afterwards.
    struct PendingChange
    {
        Job job;           // invalid = removal
        QString removedName;
    };

    static Row makeRow(const Job &job);
    void setJobs(const QList<Job> &jobs);
    void applyJobChanged(const Job &job);
    void applyJobRemoved(const QString &name);
    void applyRunChanged(const RunRecord &run);
    /// Starts the recent-runs request of `row` unless it is loaded or on its way. Const
    /// because data() triggers it; the request is asynchronous, so no row changes here.
    void requestRecent(int row) const;
    void recentArrived(const QString &name, quint64 request, const Result<RunPage> &page);
    void emitRowChanged(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QPointer<EngineApi> m_api;
    QList<Row> m_rows;
    bool m_loading = false;
    quint64 m_listRequest = 0;          // the jobs() answer that counts; older ones are dropped
    mutable quint64 m_lastRecentRequest = 0;
    QList<PendingChange> m_pending;     // changes seen while the list was loading
    QTimer m_agoTimer;          // "5 min ago" moves on
};

} // namespace Takt
