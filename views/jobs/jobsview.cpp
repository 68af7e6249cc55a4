#include "jobsview.h"

#include "jobsmodel.h"
#include "recentrunsdelegate.h"

#include <views/common/errorbar.h>
#include <views/common/futurewatch.h>
#include <views/common/panelaction.h>
#include <views/common/runstatestyle.h>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takt {

namespace {

bool askBeforeDeleting(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Warning, JobsView::tr("Delete job"),
                    JobsView::tr("Delete the job “%1”?").arg(name), QMessageBox::Cancel, parent);
    box.setInformativeText(JobsView::tr("Its runs and their logs are deleted with it. This cannot be undone."));
    QPushButton *remove = box.addButton(JobsView::tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

JobsView::JobsView(EngineApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new JobsModel(api, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_confirmDelete(askBeforeDeleting)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(JobsModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(JobsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(JobsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_actions.resize(6);
    m_actions[int(Action::New)] = makeAction(tr("New"), QStringLiteral("document-new"), QStyle::SP_FileIcon,
                                             {QKeySequence(Qt::CTRL | Qt::Key_N)}, &JobsView::requestNewJob);
    m_actions[int(Action::RunNow)] = makeAction(tr("Run now"), QStringLiteral("media-playback-start"),
                                                QStyle::SP_MediaPlay, {QKeySequence(Qt::CTRL | Qt::Key_R)},
                                                &JobsView::runCurrentJobNow);
    m_actions[int(Action::PauseResume)] = makeAction(tr("Pause"), QStringLiteral("media-playback-pause"),
                                                     QStyle::SP_MediaPause, {QKeySequence(Qt::CTRL | Qt::Key_P)},
                                                     &JobsView::togglePaused);
    m_actions[int(Action::Edit)] = makeAction(tr("Edit"), QStringLiteral("document-edit"),
                                              QStyle::SP_FileDialogDetailedView,
                                              {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                               QKeySequence(Qt::Key_F2)},
                                              &JobsView::requestEditCurrentJob);
    m_actions[int(Action::Duplicate)] = makeAction(tr("Duplicate"), QStringLiteral("edit-copy"),
                                                   QStyle::SP_FileDialogNewFolder, {QKeySequence(Qt::CTRL | Qt::Key_D)},
                                                   &JobsView::requestDuplicateCurrentJob);
    m_actions[int(Action::Delete)] = makeAction(tr("Delete"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon,
                                                {QKeySequence(QKeySequence::Delete)}, &JobsView::deleteCurrentJob);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(action(Action::New));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::RunNow));
    m_toolBar->addAction(action(Action::PauseResume));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::Edit));
    m_toolBar->addAction(action(Action::Duplicate));
    m_toolBar->addAction(action(Action::Delete));

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, description or schedule"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter goes to the first match rather than editing the selected job.
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobsModel::RecentResultsColumn, new RecentRunsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobsModel::NameColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(JobsModel::ScheduleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(JobsModel::NameColumn, 14 * em);
    m_table->setColumnWidth(JobsModel::NextRunColumn, 14 * em);
    // Wide enough for the longest state and "59 min ago"; the results arrive after the sizing.
    m_table->setColumnWidth(JobsModel::LastResultColumn,
                            fontMetrics().horizontalAdvance(JobsModel::tr("%1 · %2").arg(RunStateStyle::displayName(RunState::UpstreamFailed),
                                                                               JobsModel::tr("%n min ago", nullptr, 59)))
                                + 40);
    m_table->setColumnWidth(JobsModel::RecentResultsColumn,
                            2 * RecentRunsDelegate::Margin
                                + JobsModel::RecentRunCount * (RecentRunsDelegate::SquareSize + RecentRunsDelegate::Gap));
    m_table->setColumnWidth(JobsModel::EnabledColumn, 6 * em);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(action(Action::RunNow));
    m_table->addAction(action(Action::PauseResume));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(action(Action::Edit));
    m_table->addAction(action(Action::Duplicate));
    m_table->addAction(action(Action::Delete));
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_table->addAction(separator2);
    m_table->addAction(action(Action::New));

    m_errorBar = new ErrorBar(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch();
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);

    // Current and selected change one after the other; the actions and the signal follow both.
    const auto selectionMoved = [this] {
        updateActions();
        const QString name = currentJob().spec.name;
        if (name != m_lastCurrent) {
            m_lastCurrent = name;
            Q_EMIT currentJobChanged(name);
        }
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = index.data(JobsModel::JobNameRole).toString();
        if (!name.isEmpty())
            Q_EMIT jobActivated(name);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsView::selectPendingJob);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsView::selectPendingJob);
    connect(m_model, &JobsModel::loadFailed, this, &JobsView::showError);
    // While a remote engine is unreachable the list stays, but nothing can be changed.
    if (m_api)
        connect(m_api, &EngineApi::connectionChanged, this, &JobsView::updateActions);
    updateActions();
}

JobsView::~JobsView() = default;

QAction *JobsView::makeAction(const QString &text, const QString &themeIcon, int fallbackIcon,
                              const QList<QKeySequence> &keys, void (JobsView::*slot)())
{
    QAction *act = makePanelAction(this, text, themeIcon, QStyle::StandardPixmap(fallbackIcon), keys);
    connect(act, &QAction::triggered, this, slot);
    return act;
}

QAction *JobsView::action(Action which) const
{
    return m_actions.value(int(which));
}

Job JobsView::currentJob() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(JobsModel::JobRole).value<Job>();
}

void JobsView::setDeleteConfirmation(DeleteConfirmation confirm)
{
    m_confirmDelete = confirm ? std::move(confirm) : DeleteConfirmation(askBeforeDeleting);
}

void JobsView::selectJob(const QString &name)
{
    m_pendingSelection = name;
    selectPendingJob();
}

void JobsView::selectPendingJob()
{
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        // Fit the columns that have short contents once the first jobs are there; the user's
        // widths win afterwards.
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int column : {int(JobsModel::NameColumn), int(JobsModel::NextRunColumn)}) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, qBound(8 * em, m_table->columnWidth(column) + 16, 30 * em));
        }
    }
    if (m_pendingSelection.isEmpty())
        return;
    const int sourceRow = m_model->rowOfJob(m_pendingSelection);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_pendingSelection.clear();
    if (!index.isValid())
        return; // filtered out
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void JobsView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void JobsView::showError(const QString &message)
{
    m_errorBar->showMessage(message);
    Q_EMIT errorOccurred(message);
}

void JobsView::updateActions()
{
    const Job job = currentJob();
    const bool selected = job.isValid();
    for (Action which : {Action::RunNow, Action::PauseResume, Action::Edit, Action::Duplicate, Action::Delete})
        action(which)->setEnabled(selected && m_api && !m_api->isReadOnly());
    action(Action::New)->setEnabled(m_api && !m_api->isReadOnly());
    QAction *pause = action(Action::PauseResume);
    const bool resume = selected && job.paused;
    pause->setText(resume ? tr("Resume") : tr("Pause"));
    pause->setIcon(QIcon::fromTheme(resume ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause"),
                                    style()->standardIcon(resume ? QStyle::SP_MediaSkipForward : QStyle::SP_MediaPause)));
    pause->setToolTip(tr("%1 (%2)").arg(pause->text(), pause->shortcut().toString(QKeySequence::NativeText)));
}

void JobsView::requestNewJob()
{
    Q_EMIT newJobRequested();
}

void JobsView::runCurrentJobNow()
{
    const Job job = currentJob();
    if (!job.isValid() || !m_api)
        return;
    onFinished(this, m_api->runJobNow(job.spec.name), [this, name = job.spec.name](const Result<RunRecord> &run) {
        if (!run.isOk()) {
            showError(tr("Could not start '%1': %2").arg(name, run.error().toString()));
            return;
        }
        Q_EMIT statusMessage(tr("Started run #%1 of %2").arg(run->id).arg(name));
    });
}

void JobsView::togglePaused()
{
    const Job job = currentJob();
    if (!job.isValid() || !m_api)
        return;
    const bool pause = !job.paused;
    onFinished(this, m_api->setJobPaused(job.spec.name, pause),
                               [this, name = job.spec.name, pause](const Result<Job> &changed) {
                                   if (!changed.isOk()) {
                                       showError((pause ? tr("Could not pause '%1': %2") : tr("Could not resume '%1': %2"))
                                                     .arg(name, changed.error().toString()));
                                       return;
                                   }
                                   Q_EMIT statusMessage(pause ? tr("Paused %1").arg(name) : tr("Resumed %1").arg(name));
                               });
}

void JobsView::requestEditCurrentJob()
{
    const Job job = currentJob();
    if (job.isValid())
        Q_EMIT editJobRequested(job);
}

void JobsView::requestDuplicateCurrentJob()
{
    const Job job = currentJob();
    if (job.isValid())
        Q_EMIT duplicateJobRequested(job);
}

void JobsView::deleteCurrentJob()
{
    const Job job = currentJob();
    if (!job.isValid() || !m_api)
        return;
    const QPointer<JobsView> self(this);
    const bool confirmed = m_confirmDelete(this, job.spec.name);
    if (!self || !confirmed || !m_api)
        return; // the confirmation's event loop may have closed the view
    onFinished(this, m_api->deleteJob(job.spec.name), [this, name = job.spec.name](const Result<void> &done) {
        if (!done.isOk()) {
            showError(tr("Could not delete '%1': %2").arg(name, done.error().toString()));
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %1").arg(name));
    });
}

bool JobsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::ShortcutOverride) {
        // Enter and Down belong to the filter (go to the list), not to the Edit shortcut.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Takt
