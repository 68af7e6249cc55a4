#include "runsview.h"

#include "runsmodel.h"

#include <views/common/errorbar.h>
#include <views/common/futurewatch.h>
#include <views/common/panelaction.h>
#include <views/common/runstatestyle.h>

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takt {

namespace {

constexpr qint64 HourMs = 3'600'000;

} // namespace

RunsView::RunsView(EngineApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new RunsModel(api, this))
{
    qRegisterMetaType<Takt::RunId>("Takt::RunId");

    m_actions.resize(4);
    m_actions[int(Action::OpenLog)] = makeAction(tr("Open log"), QStringLiteral("text-x-generic"),
                                                 QStyle::SP_FileDialogContentsView,
                                                 {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                                 &RunsView::openCurrentLog);
    m_actions[int(Action::Cancel)] = makeAction(tr("Cancel run"), QStringLiteral("process-stop"),
                                                QStyle::SP_BrowserStop, {QKeySequence(Qt::CTRL | Qt::Key_K)},
                                                &RunsView::cancelCurrentRun);
    m_actions[int(Action::Rerun)] = makeAction(tr("Re-run"), QStringLiteral("media-playback-start"),
                                               QStyle::SP_MediaPlay, {QKeySequence(Qt::CTRL | Qt::Key_R)},
                                               &RunsView::rerunCurrentRun);
    m_actions[int(Action::Refresh)] = makeAction(tr("Refresh"), QStringLiteral("view-refresh"),
                                                 QStyle::SP_BrowserReload, {QKeySequence(QKeySequence::Refresh)},
                                                 &RunsView::refresh);

    // ---- filter bar ----
    m_jobCombo = new QComboBox(this);
    m_jobCombo->addItem(tr("All jobs"), QString());
    m_jobCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_jobCombo->setMinimumContentsLength(14);
    m_jobCombo->setToolTip(tr("Show the runs of one job"));
    connect(m_jobCombo, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });

    m_stateButton = new QToolButton(this);
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stateButton->setToolTip(tr("Show runs in these states"));
    buildStateMenu();

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->addItem(tr("Last hour"), QVariant::fromValue(TimeRange::LastHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), QVariant::fromValue(TimeRange::LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), QVariant::fromValue(TimeRange::LastWeek));
    m_rangeCombo->addItem(tr("All time"), QVariant::fromValue(TimeRange::All));
    m_rangeCombo->addItem(tr("Custom…"), QVariant::fromValue(TimeRange::Custom));
    m_rangeCombo->setCurrentIndex(int(TimeRange::All));
    m_rangeCombo->setToolTip(tr("When the runs were due"));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_range = m_rangeCombo->itemData(index).value<TimeRange>();
        m_fromEdit->setVisible(m_range == TimeRange::Custom);
        m_toEdit->setVisible(m_range == TimeRange::Custom);
        applyFilter();
    });

    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit = new QDateTimeEdit(now.addDays(-1), this);
    m_toEdit = new QDateTimeEdit(now.addSecs(3600), this);
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->hide();
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { applyFilter(); });
    }
    m_fromEdit->setToolTip(tr("From (inclusive)"));
    m_toEdit->setToolTip(tr("To (exclusive)"));

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(action(Action::OpenLog));
    toolBar->addAction(action(Action::Cancel));
    toolBar->addAction(action(Action::Rerun));
    toolBar->addSeparator();
    toolBar->addAction(action(Action::Refresh));

    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(4, 0, 4, 0);
    filterBar->addWidget(m_jobCombo);
    filterBar->addWidget(m_stateButton);
    filterBar->addWidget(m_rangeCombo);
    filterBar->addWidget(m_fromEdit);
    filterBar->addWidget(m_toEdit);
    filterBar->addStretch();
    filterBar->addWidget(toolBar);

    // ---- table ----
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // newest first is the order the store pages in
    // Fixed row heights: the view never measures rows, whatever their number.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(36);
    const QFontMetrics fm = fontMetrics();
    const int pad = 24;
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad;
    m_table->setColumnWidth(RunsModel::StateColumn, fm.horizontalAdvance(RunStateStyle::displayName(RunState::UpstreamFailed)) + pad + 20);
    m_table->setColumnWidth(RunsModel::IdColumn, fm.horizontalAdvance(QStringLiteral("00000000")) + pad);
    m_table->setColumnWidth(RunsModel::JobColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12);
    m_table->setColumnWidth(RunsModel::TriggerColumn, fm.horizontalAdvance(tr("Catch-up")) + pad);
    m_table->setColumnWidth(RunsModel::ScheduledColumn, timeWidth);
    m_table->setColumnWidth(RunsModel::StartedColumn, timeWidth);
    m_table->setColumnWidth(RunsModel::DurationColumn, fm.horizontalAdvance(QStringLiteral("00 min 00 s")) + pad);
    m_table->setColumnWidth(RunsModel::ExitCodeColumn, fm.horizontalAdvance(tr("signal 15")) + pad);
    m_table->setColumnWidth(RunsModel::AttemptColumn, fm.horizontalAdvance(tr("Attempt")) + pad);
    header->setSectionResizeMode(RunsModel::JobColumn, QHeaderView::Stretch); // takes what is left
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(action(Action::OpenLog));
    m_table->addAction(action(Action::Cancel));
    m_table->addAction(action(Action::Rerun));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(action(Action::Refresh));
    connect(m_table, &QTableView::doubleClicked, this, &RunsView::openCurrentLog);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setContentsMargins(6, 2, 6, 2);

    m_errorBar = new ErrorBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterBar);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunsView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsView::updateStatus);
    connect(m_model, &RunsModel::fetchingChanged, this, &RunsView::updateStatus);
    connect(m_model, &RunsModel::pageLoaded, this, &RunsView::updateStatus);
    connect(m_model, &RunsModel::loadFailed, this, &RunsView::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RunsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsView::updateActions);
    // Current and selected change one after the other; the actions follow both.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsView::updateActions);

    if (m_api) {
        onFinished(this, m_api->jobs(), [this](const Result<QList<Job>> &jobs) {
            if (!jobs.isOk())
                return; // the combo keeps "All jobs"; the table says what is wrong if the engine is
            for (const Job &job : jobs.value()) {
                addJobName(job.spec.name);
                noteJobKind(job);
            }
            updateActions();
        });
        connect(m_api, &EngineApi::jobChanged, this, [this](const Job &job) {
            addJobName(job.spec.name);
            noteJobKind(job);
            updateActions();
        });
        connect(m_api, &EngineApi::jobRemoved, this, [this](const QString &name) {
            m_workflowJobs.remove(name);
            const int index = m_jobCombo->findData(name);
            if (index <= 0)
                return;
            if (m_jobCombo->currentIndex() == index)
                m_jobCombo->setCurrentIndex(0); // shows all jobs
            const bool wasApplying = std::exchange(m_applying, true);
            m_jobCombo->removeItem(index);
            m_applying = wasApplying;
        });
    }

    updateStateButton();
    applyFilter();
    // While a remote engine is unreachable the list stays, but nothing can be changed.
    if (m_api)
        connect(m_api, &EngineApi::connectionChanged, this, &RunsView::updateActions);
    updateActions();
}

RunsView::~RunsView() = default;

QAction *RunsView::makeAction(const QString &text, const QString &themeIcon, int fallbackIcon,
                              const QList<QKeySequence> &keys, void (RunsView::*slot)())
{
    QAction *act = makePanelAction(this, text, themeIcon, QStyle::StandardPixmap(fallbackIcon), keys);
    connect(act, &QAction::triggered, this, slot);
    return act;
}

QAction *RunsView::action(Action which) const
{
    return m_actions.value(int(which));
}

void RunsView::buildStateMenu()
{
    auto *menu = new QMenu(m_stateButton);
    menu->addAction(tr("All states"), this, [this] { setStateFilter({}); });
    menu->addAction(tr("Not finished"), this, [this] {
        setStateFilter({RunState::Scheduled, RunState::Queued, RunState::Running});
    });
    menu->addAction(tr("Problems"), this, [this] {
        setStateFilter({RunState::Failed, RunState::TimedOut, RunState::UpstreamFailed, RunState::Lost});
    });
    menu->addSeparator();
    for (RunState state : allRunStates()) {
        QAction *act = menu->addAction(RunStateStyle::icon(state), RunStateStyle::displayName(state));
        act->setCheckable(true);
        connect(act, &QAction::toggled, this, [this] {
            if (m_applying)
                return;
            QList<RunState> states;
            const QList<RunState> all = allRunStates();
            for (int i = 0; i < all.size(); ++i) {
                if (m_stateActions.at(i)->isChecked())
                    states.append(all.at(i));
            }
            setStateFilter(states);
        });
        m_stateActions.append(act);
    }
    m_stateButton->setMenu(menu);
}

void RunsView::addJobName(const QString &name)
{
    if (name.isEmpty() || m_jobCombo->findData(name) >= 0)
        return;
    // Keep the names sorted after "All jobs"; inserting does not change the current job.
    int at = 1;
    while (at < m_jobCombo->count() && m_jobCombo->itemData(at).toString() < name)
        ++at;
    const bool wasApplying = std::exchange(m_applying, true);
    m_jobCombo->insertItem(at, name, name);
    m_applying = wasApplying;
}

QString RunsView::jobFilter() const
{
    return m_jobCombo->currentData().toString();
}

void RunsView::showJob(const QString &name)
{
    addJobName(name);
    const int index = name.isEmpty() ? 0 : m_jobCombo->findData(name);
    m_jobCombo->setCurrentIndex(qMax(0, index)); // applies the filter if it changed
}

void RunsView::setStateFilter(const QList<RunState> &states)
{
    QList<RunState> sorted;
    for (RunState state : allRunStates()) {
        if (states.contains(state))
            sorted.append(state);
    }
    m_applying = true;
    const QList<RunState> all = allRunStates();
    for (int i = 0; i < all.size(); ++i)
        m_stateActions.at(i)->setChecked(sorted.contains(all.at(i)));
    m_applying = false;
    if (sorted == m_states)
        return;
    m_states = sorted;
    updateStateButton();
    applyFilter();
}

void RunsView::setTimeRange(TimeRange range)
{
    m_rangeCombo->setCurrentIndex(int(range)); // applies the filter if it changed
}

void RunsView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_applying = true;
    m_fromEdit->setDateTime(from);
    m_toEdit->setDateTime(to);
    m_applying = false;
    if (m_range == TimeRange::Custom)
        applyFilter();
    else
        setTimeRange(TimeRange::Custom);
}

RunQuery RunsView::filterQuery() const
{
    RunQuery query;
    query.jobName = jobFilter();
    query.states = m_states;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (m_range) {
    case TimeRange::LastHour: query.scheduledFrom = now - HourMs; break;
    case TimeRange::LastDay: query.scheduledFrom = now - 24 * HourMs; break;
    case TimeRange::LastWeek: query.scheduledFrom = now - 7 * 24 * HourMs; break;
    case TimeRange::All: break;
    case TimeRange::Custom:
        query.scheduledFrom = m_fromEdit->dateTime().toMSecsSinceEpoch();
        query.scheduledTo = m_toEdit->dateTime().toMSecsSinceEpoch();
        break;
    }
    query.limit = m_model->pageSize();
    return query;
}

void RunsView::applyFilter()
{
    if (m_applying)
        return;
    m_errorBar->hide();
    m_model->setQuery(filterQuery());
}

void RunsView::refresh()
{
    applyFilter();
}

void RunsView::updateStateButton()
{
    QString text;
    if (m_states.isEmpty())
        text = tr("All states");
    else if (m_states.size() <= 2) {
        QStringList names;
        for (RunState state : std::as_const(m_states))
            names.append(RunStateStyle::displayName(state));
        text = names.join(QStringLiteral(", "));
    } else {
        text = tr("%1 states").arg(m_states.size());
    }
    m_stateButton->setText(text);
    m_stateButton->setIcon(m_states.size() == 1 ? RunStateStyle::icon(m_states.first()) : QIcon());
    m_stateButton->setToolButtonStyle(m_states.size() == 1 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonTextOnly);
}

QString RunsView::statusText() const
{
    const int rows = m_model->rowCount();
    QString text = rows == 1 ? tr("1 run loaded") : tr("%1 runs loaded").arg(rows);
    if (m_model->isFetching())
        text += tr(" · loading…");
    else if (m_model->isAtEnd())
        text += tr(" · all shown");
    else
        text += tr(" · scroll for more");
    return text;
}

void RunsView::updateStatus()
{
    m_statusLabel->setText(statusText());
}

RunRecord RunsView::currentRun() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return m_model->run(current.row());
}

void RunsView::updateActions()
{
    const RunRecord run = currentRun();
    action(Action::OpenLog)->setEnabled(run.isValid() && (run.current.attempt > 0 || isWorkflowRun(run)));
    const bool writable = m_api && !m_api->isReadOnly();
    action(Action::Cancel)->setEnabled(run.isValid() && !isFinal(run.state) && writable);
    action(Action::Rerun)->setEnabled(run.isValid() && writable);
    action(Action::Refresh)->setEnabled(m_api);
}

void RunsView::showError(const QString &message)
{
    m_errorBar->showMessage(message);
    Q_EMIT errorOccurred(message);
}

void RunsView::openCurrentLog()
{
    const RunRecord run = currentRun();
    if (!run.isValid())
        return;
    if (isWorkflowRun(run))
        Q_EMIT openWorkflowRunRequested(run.id);
    else
        Q_EMIT openLogRequested(run.id, run.current.attempt);
}

bool RunsView::isWorkflowRun(const RunRecord &run) const
{
    return !run.isTaskRun() && m_workflowJobs.contains(run.jobName);
}

void RunsView::noteJobKind(const Job &job)
{
    if (job.spec.workflow)
        m_workflowJobs.insert(job.spec.name);
    else
        m_workflowJobs.remove(job.spec.name);
}

void RunsView::cancelCurrentRun()
{
    const RunRecord run = currentRun();
    if (!run.isValid() || isFinal(run.state) || !m_api)
        return;
    onFinished(this, m_api->cancelRun(run.id), [this, id = run.id](const Result<RunRecord> &done) {
        if (!done.isOk()) {
            showError(tr("Could not cancel run #%1: %2").arg(id).arg(done.error().toString()));
            return;
        }
        Q_EMIT statusMessage(tr("Cancelling run #%1").arg(id));
    });
}

void RunsView::rerunCurrentRun()
{
    const RunRecord run = currentRun();
    if (!run.isValid() || !m_api)
        return;
    onFinished(this, m_api->runJobNow(run.jobName), [this, name = run.jobName](const Result<RunRecord> &started) {
        if (!started.isOk()) {
            showError(tr("Could not start '%1': %2").arg(name, started.error().toString()));
            return;
        }
        Q_EMIT statusMessage(tr("Started run #%1 of %2").arg(started->id).arg(name));
    });
}

} // namespace Takt
