#pragma once
// JobsView: the jobs panel of the console — a toolbar, a filter and the sortable jobs table,
// with the actions on jobs (new, run now, pause/resume, edit, duplicate, delete).

#include <engine/api/engineapi.h>
#include <engine/core/job.h>
#include <engine/core/run.h>

#include <QPointer>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
QT_END_NAMESPACE

namespace Takt {

class ErrorBar;

class JobsModel;

/// Run now, pause/resume and delete go to the EngineApi directly; their failures are shown in
/// the view and emitted as errorOccurred(). New, Edit and Duplicate only emit a request: the
/// main window opens the editor. The EngineApi is not owned and must outlive the view.
///
/// Keys (while the view has focus): Ctrl+N new, Ctrl+R run now, Ctrl+P pause/resume,
/// Enter/F2 edit, Ctrl+D duplicate, Del delete. Double-click emits jobActivated().
class JobsView final : public QWidget
{
    Q_OBJECT
public:
    enum class Action { New, RunNow, PauseResume, Edit, Duplicate, Delete };
    /// Asked before a job is deleted; true = delete. The default asks with a QMessageBox
    /// that names the job (modal, so it runs a nested event loop).
    using DeleteConfirmation = std::function<bool(QWidget *parent, const QString &jobName)>;

    explicit JobsView(EngineApi *api, QWidget *parent = nullptr);
    ~JobsView() override;

    JobsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *action(Action which) const;

    /// The selected job; an invalid Job when none is selected.
    Job currentJob() const;
    void setDeleteConfirmation(DeleteConfirmation confirm);

public Q_SLOTS:
    /// Selects the job (now, or once it appears, e.g. right after the editor created it).
    void selectJob(const QString &name);
    /// Shows only jobs whose name, description or schedule contains `text` (any case).
    void setFilterText(const QString &text);
    void requestNewJob();
    void runCurrentJobNow();
    void togglePaused();
    void requestEditCurrentJob();
    void requestDuplicateCurrentJob();
    /// Asks the DeleteConfirmation, then deletes; the row goes when the engine reports it.
    void deleteCurrentJob();

Q_SIGNALS:
    void newJobRequested();
    void editJobRequested(const Takt::Job &job);
    void duplicateJobRequested(const Takt::Job &job);
    /// Double-click on a job: e.g. show its runs.
    void jobActivated(const QString &name);
    /// The selection moved to another job (empty name: none selected).
    void currentJobChanged(const QString &name);
    /// A short note on what an action did ("Started run #42 of backup"), for a status bar.
    void statusMessage(const QString &message);
    /// An action or a load failed; the view shows the message too.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QString &themeIcon, int fallbackIcon, const QList<QKeySequence> &keys,
                        void (JobsView::*slot)());
    void showError(const QString &message);
    void updateActions();
    void selectPendingJob();

    QPointer<EngineApi> m_api;
    JobsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    ErrorBar *m_errorBar = nullptr;
    QList<QAction *> m_actions; // indexed by Action
    DeleteConfirmation m_confirmDelete;
    QString m_pendingSelection;
    QString m_lastCurrent;
    bool m_columnsSized = false;
};

} // namespace Takt
