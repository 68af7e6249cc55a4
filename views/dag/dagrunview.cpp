#include "dagrunview.h"

#include "dagedgeitem.h"
#include "daglayout.h"
#include "dagnodeitem.h"
#include "dagscene.h"
#include "dagview.h"
#include "ganttchart.h"

#include <views/common/displayformat.h>
#include <views/common/futurewatch.h>
#include <views/common/runstatestyle.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QAction>
#include <QDateTime>
#include <QToolBar>
#include <QLabel>
#include <QTimer>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Takt {

namespace {
constexpr int PollMs = 2000;
} // namespace

DagRunView::DagRunView(EngineApi *engine, RunId run, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_run(run)
{
    setObjectName(QStringLiteral("dagRunView"));
    m_header = new QLabel(tr("Loading run #%1…").arg(run), this);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(6, 4, 6, 0);
    m_scene = new DagScene(this);
    m_scene->setEditable(false);
    m_view = new DagView(m_scene, this);
    m_view->setObjectName(QStringLiteral("dagRunGraph"));
    m_gantt = new GanttChart(this);
    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Name"), tr("Value")});
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setRootIsDecorated(true);

    m_details->setMinimumWidth(220);
    m_details->setMaximumWidth(380);
    m_view->setMinimumSize(420, 240);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_view);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_gantt);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rerunFailed = toolBar->addAction(tr("Re-run failed tasks"), this, &DagRunView::rerunFailed);
    m_rerunFailed->setObjectName(QStringLiteral("rerunFailed"));
    m_rerunFailed->setToolTip(tr("A new run that keeps the tasks that succeeded and runs the others"));
    m_rerunFrom = toolBar->addAction(tr("Re-run from selected task"), this, &DagRunView::rerunFromSelectedTask);
    m_rerunFrom->setObjectName(QStringLiteral("rerunFrom"));
    m_rerunFrom->setToolTip(tr("A new run of the selected task and everything downstream of it"));
    toolBar->addSeparator();
    toolBar->addAction(tr("Fit"), m_view, &DagView::fitAll);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headerRow);
    layout->addWidget(split, 1);

    connect(m_scene, &DagScene::taskClicked, this, &DagRunView::openTask);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DagRunView::updateActions);
    connect(m_gantt, &GanttChart::barClicked, this, [this](RunId id) { Q_EMIT openLogRequested(id, 0); });
    if (m_engine) {
        connect(m_engine, &EngineApi::runChanged, this, &DagRunView::onRunChanged);
        connect(m_engine, &EngineApi::resynced, this, &DagRunView::reload);
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (QDateTime::currentMSecsSinceEpoch() - m_lastSignalMs >= PollMs)
            reload();
    });
    reload();
}

DagRunView::~DagRunView()
{
    ++m_generation;
    // The scene goes with the children, after this object is no longer a DagRunView.
    disconnect(m_scene, nullptr, this, nullptr);
}

RunRecord DagRunView::taskRun(const QString &task) const
{
    for (const RunRecord &run : m_detail.tasks) {
        if (run.task == task)
            return run;
    }
    return {};
}

void DagRunView::openTask(const QString &task)
{
    const RunRecord run = taskRun(task);
    if (!run.isValid()) {
        Q_EMIT statusMessage(tr("Task %1 has not run in this run.").arg(task));
        return;
    }
    const WorkflowSpec spec = m_detail.spec.workflow.value_or(WorkflowSpec{});
    const int index = spec.indexOf(task);
    if (index < 0 || spec.tasks.at(index).kind != TaskKind::Workflow || !m_engine) {
        Q_EMIT openLogRequested(run.id, 0);
        return;
    }
    // A sub-workflow task: show the workflow run it started (its parent is the task run).
    RunQuery query;
    query.jobName = spec.tasks.at(index).workflow;
    query.limit = 200;
    onFinished(this, m_engine->runs(query), [this, run](const Result<RunPage> &page) {
        if (page.isOk()) {
            for (const RunRecord &child : page.value().runs) {
                if (child.parentRunId == run.id) {
                    Q_EMIT openWorkflowRunRequested(child.id);
                    return;
                }
            }
        }
        Q_EMIT openLogRequested(run.id, 0); // not started yet, or gone: the task's own log
    });
}

QString DagRunView::selectedTask() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == DagNodeItem::Type)
            return static_cast<DagNodeItem *>(item)->name();
    }
    return {};
}

void DagRunView::updateActions()
{
    const bool over = m_detail.run.isValid() && isFinal(m_detail.run.state);
    m_rerunFailed->setEnabled(m_engine && over && m_detail.run.state != RunState::Succeeded);
    m_rerunFrom->setEnabled(m_engine && over && !selectedTask().isEmpty());
}

void DagRunView::rerunFailed()
{
    rerun({});
}

void DagRunView::rerunFromSelectedTask()
{
    const QString task = selectedTask();
    if (!task.isEmpty())
        rerun(task);
}

void DagRunView::rerun(const QString &task)
{
    if (!m_engine)
        return;
    onFinished(this, m_engine->rerunWorkflow(m_run, task), [this](const Result<RunRecord> &started) {
        if (!started.isOk()) {
            Q_EMIT statusMessage(tr("Could not re-run #%1: %2").arg(m_run).arg(started.error().toString()));
            return;
        }
        Q_EMIT statusMessage(tr("Started run #%1, a re-run of #%2").arg(started.value().id).arg(m_run));
        Q_EMIT openWorkflowRunRequested(started.value().id);
    });
}

void DagRunView::reload()
{
    if (!m_engine)
        return;
    onFinished(this, m_engine->workflowRun(m_run), [this](const Result<WorkflowRunDetail> &result) {
        if (!result.isOk()) {
            m_header->setText(tr("Run #%1 cannot be shown: %2").arg(m_run).arg(result.error().toString().toHtmlEscaped()));
            Q_EMIT statusMessage(result.error().toString());
            return;
        }
        showDetail(result.value());
    });
}

namespace {

/// Whether `known` is a later state of the run than `other`: a reload and the events race, so
/// whichever comes second may be the older one.
bool isNewer(const RunRecord &known, const RunRecord &other)
{
    return known.current.attempt > other.current.attempt
        || (known.current.attempt == other.current.attempt && isFinal(known.state) && !isFinal(other.state));
}

} // namespace

void DagRunView::showDetail(const WorkflowRunDetail &detail)
{
    // Records that arrived by signal while the answer was on its way may be newer: keep them.
    const auto newer = isNewer;
    const WorkflowRunDetail previous = m_detail;
    m_detail = detail;
    if (previous.run.id == detail.run.id && newer(previous.run, detail.run))
        m_detail.run = previous.run;
    for (const RunRecord &known : previous.tasks) {
        bool found = false;
        for (RunRecord &answer : m_detail.tasks) {
            if (answer.id == known.id) {
                found = true;
                if (newer(known, answer))
                    answer = known;
                break;
            }
        }
        if (!found)
            m_detail.tasks.append(known);
    }
    // The graph is built and laid out once per spec; later answers only recolour it.
    const WorkflowSpec spec = detail.spec.workflow.value_or(WorkflowSpec{});
    if (spec != m_shownSpec || m_scene->nodes().isEmpty()) {
        m_shownSpec = spec;
        m_scene->setWorkflow(spec);
        m_scene->setEditable(false);
        arrange();
    }
    refresh();
}

void DagRunView::arrange()
{
    QStringList names;
    QList<QPair<QString, QString>> edges;
    const WorkflowSpec spec = m_detail.spec.workflow.value_or(WorkflowSpec{});
    for (const TaskSpec &task : spec.tasks)
        names.append(task.name);
    for (const WorkflowEdge &edge : spec.edges)
        edges.append({edge.from, edge.to});
    const int generation = ++m_generation;
    // onFinished, not QFuture::then(this): a layout that ends before the continuation is
    // attached must still be applied.
    onFinished(this, QtConcurrent::run([names, edges] { return DagLayout::compute(names, edges); }),
               [this, generation, names](const QList<QPointF> &centres) {
            if (generation != m_generation)
                return;
            QHash<QString, QPointF> positions;
            for (int i = 0; i < names.size() && i < centres.size(); ++i)
                positions.insert(names.at(i), centres.at(i));
            m_scene->moveTasks(positions);
            m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -150, 200, 150));
            m_view->fitAll();
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void DagRunView::onRunChanged(const RunRecord &run)
{
    if (run.id == m_run || run.parentRunId == m_run)
        m_lastSignalMs = QDateTime::currentMSecsSinceEpoch();
    if (run.id == m_run) {
        if (!isNewer(m_detail.run, run)) {
            // Events that came before a remote engine's socket was up are not replayed: read
            // the whole run once more when it ends, so no task is left in a stale state.
            if (isFinal(run.state) && !isFinal(m_detail.run.state))
                reload();
            m_detail.run = run;
        }
    } else if (run.parentRunId == m_run && run.isTaskRun()) {
        bool found = false;
        for (RunRecord &known : m_detail.tasks) {
            if (known.id == run.id || known.task == run.task) {
                if (known.id == run.id && isNewer(known, run))
                    return; // an event older than what a reload already showed
                known = run;
                found = true;
                break;
            }
        }
        if (!found)
            m_detail.tasks.append(run);
    } else {
        return;
    }
    refresh();
}

void DagRunView::refresh()
{
    const RunRecord &run = m_detail.run;
    const WorkflowSpec spec = m_detail.spec.workflow.value_or(WorkflowSpec{});
    const qint64 started = run.current.startedAt;
    const qint64 finished = run.current.finishedAt;
    QString when;
    if (started > 0)
        when = tr(" · started %1").arg(displayTime(started));
    if (started > 0 && finished > 0)
        when += tr(" · took %1").arg(displayDuration(finished - started));
    m_header->setText(tr("<b>%1</b> run #%2 — <span style=\"color:%3\"><b>%4</b></span>%5")
                          .arg(run.jobName.toHtmlEscaped())
                          .arg(run.id)
                          .arg(RunStateStyle::color(run.state).name(), RunStateStyle::displayName(run.state), when));

    // One pass by name: a refresh follows every task run's change, in workflows of thousands.
    QHash<QString, RunRecord> runs;
    for (const RunRecord &taskRun : std::as_const(m_detail.tasks))
        runs.insert(taskRun.task, taskRun);
    QList<GanttBar> bars;
    for (const TaskSpec &task : spec.tasks) {
        const RunRecord taskRun = runs.value(task.name);
        if (DagNodeItem *node = m_scene->node(task.name)) {
            node->setState(taskRun.isValid() ? std::optional<RunState>(taskRun.state) : std::nullopt);
            QString tip = task.name;
            if (taskRun.isValid())
                tip += QStringLiteral(" — %1").arg(RunStateStyle::displayName(taskRun.state));
            if (!taskRun.current.reason.isEmpty())
                tip += QStringLiteral("\n") + taskRun.current.reason;
            node->setToolTip(tip);
        }
        if (taskRun.isValid() && taskRun.current.startedAt > 0) {
            GanttBar bar;
            bar.task = task.name;
            bar.run = taskRun.id;
            bar.state = taskRun.state;
            bar.startedAt = taskRun.current.startedAt;
            bar.finishedAt = isFinal(taskRun.state) ? std::max(taskRun.current.finishedAt, taskRun.current.startedAt) : 0;
            bars.append(bar);
        }
    }
    for (DagEdgeItem *edge : m_scene->edges()) {
        const RunRecord to = runs.value(edge->to()->name());
        edge->setDimmed(to.isValid() && to.state == RunState::Skipped);
    }
    m_gantt->setBars(bars);
    updateActions();
    if (isFinal(run.state) && run.isValid())
        m_poll->stop();
    else if (!m_poll->isActive())
        m_poll->start();

    m_details->clear();
    auto *params = new QTreeWidgetItem(m_details, {tr("Parameters")});
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        new QTreeWidgetItem(params, {it.key(), it.value()});
    if (run.params.isEmpty())
        new QTreeWidgetItem(params, {tr("(none)")});
    auto *outputs = new QTreeWidgetItem(m_details, {tr("Outputs")});
    for (const TaskSpec &task : spec.tasks) {
        const RunRecord taskRun = runs.value(task.name);
        if (!taskRun.isValid() || taskRun.outputs.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(outputs, {task.name});
        for (auto it = taskRun.outputs.begin(); it != taskRun.outputs.end(); ++it)
            new QTreeWidgetItem(item, {it.key(), it.value()});
    }
    if (outputs->childCount() == 0)
        new QTreeWidgetItem(outputs, {tr("(none yet)")});
    m_details->expandAll();
    Q_EMIT updated();
}

} // namespace Takt
