#include "dagproblems.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace Takt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DagProblems)
};

/// The first cycle found by a depth-first search, as a list of task names ending where it starts.
QStringList findCycle(const WorkflowSpec &spec)
{
    QHash<QString, QStringList> next;
    for (const WorkflowEdge &edge : spec.edges)
        next[edge.from].append(edge.to);
    enum Mark { White, Grey, Black };
    QHash<QString, Mark> marks;
    QStringList path;
    QStringList cycle;
    std::function<bool(const QString &)> visit = [&](const QString &task) {
        marks[task] = Grey;
        path.append(task);
        for (const QString &to : next.value(task)) {
            const Mark mark = marks.value(to, White);
            if (mark == Grey) {
                cycle = path.mid(path.indexOf(to));
                cycle.append(to);
                return true;
            }
            if (mark == White && visit(to))
                return true;
        }
        path.removeLast();
        marks[task] = Black;
        return false;
    };
    for (const TaskSpec &task : spec.tasks) {
        if (marks.value(task.name, White) == White && visit(task.name))
            return cycle;
    }
    return {};
}

} // namespace

DagProblems DagProblems::check(const WorkflowSpec &spec)
{
    DagProblems problems;
    const auto flag = [&](const QString &task, const QString &message) {
        problems.messages.append(message);
        if (!problems.tasks.contains(task))
            problems.tasks.insert(task, message);
    };
    QSet<QString> names;
    QSet<QString> handlers;
    for (const TaskSpec &task : spec.tasks) {
        if (task.kind == TaskKind::Handler)
            handlers.insert(task.name);
    }
    for (int i = 0; i < spec.tasks.size(); ++i) {
        const TaskSpec &task = spec.tasks.at(i);
        const QString field = QStringLiteral("workflow.tasks[%1]").arg(i);
        if (task.name.isEmpty())
            flag(task.name, Tr::tr("%1.name: a task needs a name").arg(field));
        else if (names.contains(task.name))
            flag(task.name, Tr::tr("%1.name: duplicate task \"%2\"").arg(field, task.name));
        names.insert(task.name);
        if (task.kind == TaskKind::Workflow) {
            if (task.workflow.isEmpty())
                flag(task.name, Tr::tr("%1.workflow: task \"%2\" needs the name of a workflow job to run")
                                    .arg(field, task.name));
        } else if (task.command.isEmpty() || task.command.first().isEmpty()) {
            flag(task.name, Tr::tr("%1.command: task \"%2\" needs a command").arg(field, task.name));
        }
        for (const QString &handler : task.onFailure) {
            if (!handlers.contains(handler))
                flag(task.name, Tr::tr("%1.onFailure: \"%2\" is not a handler task").arg(field, handler));
        }
    }
    for (int i = 0; i < spec.edges.size(); ++i) {
        const WorkflowEdge &edge = spec.edges.at(i);
        for (const QString &end : {edge.from, edge.to}) {
            if (handlers.contains(end)) {
                flag(end, Tr::tr("workflow.edges[%1]: handler \"%2\" cannot have edges").arg(i).arg(end));
                problems.edges.append(edge);
            }
        }
    }
    if (!spec.onFailure.isEmpty() && !handlers.contains(spec.onFailure))
        problems.messages.append(Tr::tr("workflow.onFailure: \"%1\" is not a handler task").arg(spec.onFailure));

    const QStringList cycle = findCycle(spec);
    if (!cycle.isEmpty()) {
        const QString message = Tr::tr("workflow.edges: cycle %1").arg(cycle.join(QStringLiteral(" → ")));
        problems.messages.append(message);
        for (int i = 0; i + 1 < cycle.size(); ++i) {
            problems.tasks.insert(cycle.at(i), message);
            problems.edges.append(WorkflowEdge{cycle.at(i), cycle.at(i + 1)});
        }
    }
    return problems;
}

} // namespace Takt
