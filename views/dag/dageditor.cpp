#include "dageditor.h"

#include "dagcommands.h"
#include "dagedgeitem.h"
#include "daglayout.h"
#include "dagnodeitem.h"
#include "dagscene.h"
#include "dagview.h"
#include "palettebutton.h"
#include "taskpanel.h"
#include "workflowpanel.h"

#include <engine/workflow/workflow.h>
#include <views/common/futurewatch.h>

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Takt {

namespace {

/// A small picture of the node shape of `kind`, for the palette.
QIcon kindIcon(TaskKind kind)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x57, 0x60, 0x6a), 2);
    if (kind == TaskKind::Handler)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(kind == TaskKind::Handler ? QColor(0xfb, 0xf3, 0xe4) : QColor(0xf6, 0xf8, 0xfa));
    const QRectF box(3, 9, 26, 14);
    if (kind == TaskKind::Branch) {
        painter.drawPolygon(QPolygonF({QPointF(2, 16), QPointF(10, 8), QPointF(22, 8), QPointF(30, 16),
                                       QPointF(22, 24), QPointF(10, 24)}));
    } else {
        painter.drawRoundedRect(box, 4, 4);
        if (kind == TaskKind::Workflow)
            painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), 2, 2);
    }
    painter.setPen(QPen(QColor(0x1a, 0x7f, 0x37), 2.5));
    painter.drawLine(QPointF(25, 2), QPointF(25, 8));
    painter.drawLine(QPointF(22, 5), QPointF(28, 5));
    return QIcon(pixmap);
}

QString baseName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Command: return QStringLiteral("task");
    case TaskKind::Branch: return QStringLiteral("branch");
    case TaskKind::Workflow: return QStringLiteral("subflow");
    case TaskKind::Handler: return QStringLiteral("handler");
    }
    return QStringLiteral("task");
}

} // namespace

DagEditor::DagEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dagEditor"));
    m_scene = new DagScene(this);
    m_view = new DagView(m_scene, this);
    m_view->setObjectName(QStringLiteral("dagView"));
    m_undo = new QUndoStack(this);

    m_taskPanel = new TaskPanel(this);
    m_workflowPanel = new WorkflowPanel(this);
    m_panels = new QStackedWidget(this);
    m_panels->addWidget(m_workflowPanel);
    m_panels->addWidget(m_taskPanel);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panels);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    scroll->setMaximumWidth(480); // the canvas gets the rest
    m_view->setMinimumWidth(360);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    createActions();

    m_problemBar = new QLabel(this);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    m_problemBar->setWordWrap(true);
    m_problemBar->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBar->setStyleSheet(QStringLiteral("QLabel { background: #ffebe9; color: #82071e; border: 1px solid "
                                               "#ff8182; border-radius: 4px; padding: 4px 8px; }"));
    m_problemBar->hide();
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("dagHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_hint);

    connect(m_scene, &DagScene::connectRequested, this, &DagEditor::connectTasks);
    connect(m_scene, &DagScene::taskDropped, this,
            [this](TaskKind kind, const QPointF &at) { addTaskAt(kind, at); });
    connect(m_scene, &DagScene::tasksMoved, this,
            [this](const QHash<QString, QPointF> &before, const QHash<QString, QPointF> &after) {
                m_undo->push(new MoveTasksCommand(m_scene, before, after, true, tr("Move")));
            });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DagEditor::onSelectionChanged);
    connect(m_taskPanel, &TaskPanel::edited, this, &DagEditor::onTaskEdited);
    connect(m_workflowPanel, &WorkflowPanel::edited, this, [this](const WorkflowSpec &next, const QString &field) {
        m_undo->push(new EditWorkflowCommand([this](const WorkflowSpec &spec) { applySettings(spec); }, m_settings,
                                             next, field));
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        revalidate();
        onSelectionChanged(); // an undo may have changed the task the panel shows
        Q_EMIT changed();
    });
    revalidate();
    onSelectionChanged();
}

DagEditor::~DagEditor()
{
    ++m_layoutGeneration; // a layout still computing finds nothing to apply
    // The stack and the scene are deleted with the children, after this object is no longer one.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_scene, nullptr, this, nullptr);
}

void DagEditor::createActions()
{
    const auto add = [this](const QString &text, const QIcon &icon, const QList<QKeySequence> &keys,
                            const QString &name) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                             keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        m_actions.append(action);
        return action;
    };
    // Palette: one action per task kind.
    const struct { TaskKind kind; QString text; const char *name; } palette[] = {
        {TaskKind::Command, tr("Command"), "addCommand"},
        {TaskKind::Branch, tr("Branch"), "addBranch"},
        {TaskKind::Workflow, tr("Sub-workflow"), "addWorkflow"},
        {TaskKind::Handler, tr("Handler"), "addHandler"},
    };
    auto *paletteLabel = new QLabel(tr("Add:"), m_toolBar);
    paletteLabel->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(paletteLabel);
    for (const auto &entry : palette) {
        QAction *action = add(entry.text, kindIcon(entry.kind), {}, QString::fromLatin1(entry.name));
        const TaskKind kind = entry.kind;
        connect(action, &QAction::triggered, this, [this, kind] { addTask(kind); });
        m_toolBar->addWidget(new PaletteButton(kind, action, m_toolBar));
    }
    m_toolBar->addSeparator();

    QAction *remove = add(tr("Delete"), QIcon::fromTheme(QStringLiteral("edit-delete"),
                                                         style()->standardIcon(QStyle::SP_TrashIcon)),
                          {QKeySequence::Delete, Qt::Key_Backspace}, QStringLiteral("deleteTasks"));
    // Only on the canvas: Delete in a text field of the side panel deletes text.
    removeAction(remove);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, &DagEditor::deleteSelection);
    QAction *arrangeAction = add(tr("Arrange"), QIcon::fromTheme(QStringLiteral("distribute-graph-directed")),
                                 {Qt::CTRL | Qt::Key_L}, QStringLiteral("arrange"));
    connect(arrangeAction, &QAction::triggered, this, &DagEditor::arrange);
    QAction *zoomIn = add(tr("Zoom in"), QIcon::fromTheme(QStringLiteral("zoom-in")), {QKeySequence::ZoomIn},
                          QStringLiteral("zoomIn"));
    connect(zoomIn, &QAction::triggered, m_view, &DagView::zoomIn);
    QAction *zoomOut = add(tr("Zoom out"), QIcon::fromTheme(QStringLiteral("zoom-out")), {QKeySequence::ZoomOut},
                           QStringLiteral("zoomOut"));
    connect(zoomOut, &QAction::triggered, m_view, &DagView::zoomOut);
    QAction *fit = add(tr("Fit"), QIcon::fromTheme(QStringLiteral("zoom-fit-best")), {Qt::CTRL | Qt::Key_0},
                       QStringLiteral("fit"));
    connect(fit, &QAction::triggered, m_view, &DagView::fitAll);

    // Plain "Undo"/"Redo" labels keep the toolbar steady; the tooltip names the step.
    QAction *undo = add(tr("Undo"), QIcon::fromTheme(QStringLiteral("edit-undo")), {QKeySequence::Undo},
                        QStringLiteral("undo"));
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    undo->setEnabled(false);
    QAction *redo = add(tr("Redo"), QIcon::fromTheme(QStringLiteral("edit-redo")),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo}, QStringLiteral("redo"));
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
    redo->setEnabled(false);

    for (QAction *action : {remove, arrangeAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    for (QAction *action : {zoomIn, zoomOut, fit})
        m_toolBar->addAction(action);
}

QAction *DagEditor::action(Action which) const
{
    return m_actions.value(int(which));
}

void DagEditor::setWorkflow(const WorkflowSpec &spec)
{
    m_settings = spec;
    m_settings.tasks.clear();
    m_settings.edges.clear();
    m_scene->setWorkflow(spec);
    m_undo->clear();
    m_recordLayout = false;
    arrange();
    revalidate();
    onSelectionChanged();
}

WorkflowSpec DagEditor::workflow() const
{
    return m_scene->workflow(m_settings);
}

QString DagEditor::addTask(TaskKind kind)
{
    return addTaskAt(kind, freeSpot());
}

QString DagEditor::addTaskAt(TaskKind kind, const QPointF &centre)
{
    const QString base = baseName(kind);
    QString name;
    for (int n = 1;; ++n) {
        name = base + QString::number(n);
        if (!m_scene->node(name))
            break;
    }
    TaskSpec task;
    task.name = name;
    task.kind = kind;
    m_undo->push(new AddTaskCommand(m_scene, task, centre));
    m_scene->clearSelection();
    if (DagNodeItem *node = m_scene->node(name)) {
        node->setSelected(true);
        m_view->ensureVisible(node);
    }
    return name;
}

QPointF DagEditor::freeSpot() const
{
    // Right of the selected task (the one likely to come before it), else right of the graph.
    const QList<DagNodeItem *> nodes = m_scene->nodes();
    if (nodes.isEmpty())
        return QPointF(0, 0);
    QPointF spot;
    DagNodeItem *anchor = nullptr;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == DagNodeItem::Type)
            anchor = static_cast<DagNodeItem *>(item);
    }
    if (anchor) {
        spot = anchor->pos() + QPointF(DagLayout::NodeWidth + 70, 0);
    } else {
        double right = nodes.first()->pos().x();
        double top = nodes.first()->pos().y();
        for (DagNodeItem *node : nodes) {
            right = std::max(right, node->pos().x());
            top = std::min(top, node->pos().y());
        }
        spot = QPointF(right + DagLayout::NodeWidth + 70, top);
    }
    const auto taken = [&](const QPointF &p) {
        for (DagNodeItem *node : nodes) {
            if (std::abs(node->pos().x() - p.x()) < DagLayout::NodeWidth
                && std::abs(node->pos().y() - p.y()) < DagLayout::NodeHeight + 20)
                return true;
        }
        return false;
    };
    while (taken(spot))
        spot.ry() += DagLayout::NodeHeight + 30;
    return spot;
}

void DagEditor::deleteSelection()
{
    QStringList tasks;
    QList<WorkflowEdge> edges;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == DagNodeItem::Type) {
            tasks.append(static_cast<DagNodeItem *>(item)->name());
        } else if (item->type() == DagEdgeItem::Type) {
            auto *edge = static_cast<DagEdgeItem *>(item);
            edges.append(WorkflowEdge{edge->from()->name(), edge->to()->name()});
        }
    }
    if (tasks.isEmpty() && edges.isEmpty())
        return;
    m_undo->push(new RemoveCommand(m_scene, tasks, edges));
}

bool DagEditor::connectTasks(const QString &from, const QString &to)
{
    DagNodeItem *a = m_scene->node(from);
    DagNodeItem *b = m_scene->node(to);
    if (!a || !b)
        return false;
    if (a == b) {
        showHint(tr("A task cannot depend on itself."));
        return false;
    }
    if (m_scene->edge(from, to)) {
        showHint(tr("%1 → %2 is already connected.").arg(from, to));
        return false;
    }
    if (a->kind() == TaskKind::Handler || b->kind() == TaskKind::Handler) {
        showHint(tr("Handlers run when a task fails and take no edges: name them in a task's “On failure run”."));
        return false;
    }
    m_undo->push(new ConnectCommand(m_scene, from, to));
    showHint({});
    return true;
}

void DagEditor::arrange()
{
    const WorkflowSpec spec = workflow();
    QStringList names;
    for (const TaskSpec &task : spec.tasks)
        names.append(task.name);
    QList<QPair<QString, QString>> edges;
    for (const WorkflowEdge &edge : spec.edges)
        edges.append({edge.from, edge.to});
    const int generation = ++m_layoutGeneration;
    // onFinished, not QFuture::then(this): a layout that ends before the continuation is
    // attached must still be applied.
    onFinished(this, QtConcurrent::run([names, edges] { return DagLayout::compute(names, edges); }),
               [this, generation, names](const QList<QPointF> &centres) {
            if (generation != m_layoutGeneration)
                return;
            QHash<QString, QPointF> before;
            QHash<QString, QPointF> after;
            const QHash<QString, QPointF> now = m_scene->positions();
            for (int i = 0; i < names.size() && i < centres.size(); ++i) {
                if (now.contains(names.at(i))) {
                    before.insert(names.at(i), now.value(names.at(i)));
                    after.insert(names.at(i), centres.at(i));
                }
            }
            if (std::exchange(m_recordLayout, true))
                m_undo->push(new MoveTasksCommand(m_scene, before, after, false, tr("Arrange")));
            else
                m_scene->moveTasks(after);
            m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-400, -300, 400, 300));
            m_view->fitAll();
            Q_EMIT arranged();
        });
}

void DagEditor::onSelectionChanged()
{
    DagNodeItem *selected = nullptr;
    int count = 0;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == DagNodeItem::Type) {
            selected = static_cast<DagNodeItem *>(item);
            ++count;
        }
    }
    if (count == 1) {
        m_panelTask = selected->name();
        m_taskPanel->setTask(selected->task());
        m_panels->setCurrentWidget(m_taskPanel);
    } else {
        m_panelTask.clear();
        m_workflowPanel->setWorkflow(workflow());
        m_panels->setCurrentWidget(m_workflowPanel);
    }
}

void DagEditor::onTaskEdited(const TaskSpec &task, const QString &field)
{
    DagNodeItem *node = m_scene->node(m_panelTask);
    if (!node)
        return;
    const TaskSpec before = node->task();
    m_panelTask = task.name; // a rename: the panel now shows the task under its new name
    m_undo->push(new EditTaskCommand(m_scene, before, task, field));
}

void DagEditor::applySettings(const WorkflowSpec &settings)
{
    m_settings.maxParallel = settings.maxParallel;
    m_settings.params = settings.params;
    m_settings.onFailure = settings.onFailure;
}

void DagEditor::revalidate()
{
    const WorkflowSpec spec = workflow();
    m_problems = DagProblems::check(spec);
    if (m_problems.isEmpty()) {
        // The engine's own rules have the last word (parameter names, trigger rules …).
        const Result<void> verdict = validateWorkflow(spec);
        if (!verdict.isOk()) {
            m_problems.messages.append(verdict.error().toString());
            static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
            for (auto match = quoted.globalMatch(verdict.error().message); match.hasNext();) {
                const QString name = match.next().captured(1);
                if (m_scene->node(name))
                    m_problems.tasks.insert(name, verdict.error().toString());
            }
        }
    }
    m_scene->setErrors(m_problems.tasks, m_problems.edges);
    m_scene->updateHandlerLinks();
    m_problemBar->setText(m_problems.messages.join(u'\n'));
    m_problemBar->setVisible(!m_problems.isEmpty());
}

void DagEditor::showHint(const QString &message)
{
    m_hint->setText(message);
}

} // namespace Takt
