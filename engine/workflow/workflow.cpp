#include "workflow.h"

#include <engine/core/tr.h>

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Takt {

namespace {

const QRegularExpression &taskNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return re;
}

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

const QRegularExpression &outputKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return re;
}

Error invalid(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, field, message);
}

QString taskField(int index, const char *field)
{
    return QStringLiteral("workflow.tasks[%1].%2").arg(index).arg(QLatin1String(field));
}

// The first cycle in the graph, as task names from its first task back to it, or empty.
QStringList findCycle(const WorkflowSpec &spec, const WorkflowGraph &graph)
{
    enum Color { White, Grey, Black };
    QList<Color> color(graph.size(), White);
    QList<int> parent(graph.size(), -1);
    for (int root = 0; root < graph.size(); ++root) {
        if (color[root] != White)
            continue;
        // Iterative depth-first search: a 2,000-task chain must not exhaust the stack.
        QList<std::pair<int, int>> stack{{root, 0}};
        color[root] = Grey;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const QList<int> &out = graph.downstream(node);
            if (next >= out.size()) {
                color[node] = Black;
                stack.removeLast();
                continue;
            }
            const int to = out.at(next++);
            if (color[to] == Grey) {
                QStringList cycle{spec.tasks.at(to).name};
                QStringList path;
                for (int at = node; at != to; at = parent[at])
                    path.prepend(spec.tasks.at(at).name);
                cycle << path << spec.tasks.at(to).name;
                return cycle;
            }
            if (color[to] == White) {
                color[to] = Grey;
                parent[to] = node;
                stack.append({to, 0});
            }
        }
    }
    return {};
}

QString envPart(const QString &text)
{
    QString out = text.toUpper();
    for (QChar &c : out) {
        if (!(c >= u'A' && c <= u'Z') && !(c >= u'0' && c <= u'9'))
            c = u'_';
    }
    return out;
}

} // namespace

Result<void> validateWorkflow(const WorkflowSpec &spec, const QString &jobName)
{
    if (spec.tasks.isEmpty())
        return invalid(u"workflow.tasks"_qs, Tr::tr("a workflow needs at least one task"));
    if (spec.maxParallel < 0)
        return invalid(u"workflow.maxParallel"_qs, Tr::tr("cannot be negative"));
    for (auto it = spec.params.cbegin(); it != spec.params.cend(); ++it) {
        if (!identifierPattern().match(it.key()).hasMatch())
            return invalid(u"workflow.params."_qs + it.key(),
                           Tr::tr("'%1' is not a valid parameter name: use letters, digits and '_'").arg(it.key()));
    }

    QHash<QString, int> byName;
    for (int i = 0; i < spec.tasks.size(); ++i) {
        const TaskSpec &task = spec.tasks.at(i);
        if (task.name.isEmpty())
            return invalid(taskField(i, "name"), Tr::tr("a task needs a name"));
        if (!taskNamePattern().match(task.name).hasMatch())
            return invalid(taskField(i, "name"),
                           Tr::tr("'%1' is not a valid task name: use letters, digits, '.', '_' and '-'").arg(task.name));
        if (byName.contains(task.name))
            return invalid(taskField(i, "name"), Tr::tr("duplicate task \"%1\"").arg(task.name));
        byName.insert(task.name, i);

        if (task.kind == TaskKind::Workflow) {
            if (task.workflow.isEmpty())
                return invalid(taskField(i, "workflow"), Tr::tr("a workflow task needs the name of the workflow job to run"));
            if (!task.command.isEmpty())
                return invalid(taskField(i, "command"), Tr::tr("a workflow task runs a workflow, not a command"));
            if (!jobName.isEmpty() && task.workflow == jobName)
                return invalid(taskField(i, "workflow"),
                               Tr::tr("task \"%1\" runs its own workflow \"%2\": a workflow cannot run itself")
                                   .arg(task.name, jobName));
        } else {
            if (task.command.isEmpty() || task.command.first().isEmpty())
                return invalid(taskField(i, "command"), Tr::tr("task \"%1\" needs a command to run").arg(task.name));
            if (!task.workflow.isEmpty())
                return invalid(taskField(i, "workflow"), Tr::tr("only a task of kind \"workflow\" runs a workflow"));
        }
        if (!task.workDir.isEmpty() && QDir::isRelativePath(task.workDir))
            return invalid(taskField(i, "workdir"), Tr::tr("'%1' is not an absolute path").arg(task.workDir));
        for (auto it = task.env.cbegin(); it != task.env.cend(); ++it) {
            if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
                return invalid(taskField(i, "env"), Tr::tr("'%1' is not a valid variable name").arg(it.key()));
        }
        if (task.timeoutMs < 0)
            return invalid(taskField(i, "timeout"), Tr::tr("a duration cannot be negative"));
        if (task.retry.maxRetries < 0)
            return invalid(taskField(i, "retry.retries"), Tr::tr("cannot be negative"));
    }

    for (int i = 0; i < spec.tasks.size(); ++i) {
        const TaskSpec &task = spec.tasks.at(i);
        for (const QString &handler : task.onFailure) {
            const int h = byName.value(handler, -1);
            if (h < 0)
                return invalid(taskField(i, "onFailure"), Tr::tr("unknown task \"%1\"").arg(handler));
            if (spec.tasks.at(h).kind != TaskKind::Handler)
                return invalid(taskField(i, "onFailure"),
                               Tr::tr("\"%1\" is not a handler: give it \"kind\": \"handler\"").arg(handler));
        }
    }
    if (!spec.onFailure.isEmpty()) {
        const int h = byName.value(spec.onFailure, -1);
        if (h < 0)
            return invalid(u"workflow.onFailure"_qs, Tr::tr("unknown task \"%1\"").arg(spec.onFailure));
        if (spec.tasks.at(h).kind != TaskKind::Handler)
            return invalid(u"workflow.onFailure"_qs,
                           Tr::tr("\"%1\" is not a handler: give it \"kind\": \"handler\"").arg(spec.onFailure));
    }

    QSet<std::pair<QString, QString>> seen;
    for (int i = 0; i < spec.edges.size(); ++i) {
        const WorkflowEdge &edge = spec.edges.at(i);
        const QString at = QStringLiteral("workflow.edges[%1]").arg(i);
        for (const auto &[end, name] : {std::pair{"from", edge.from}, std::pair{"to", edge.to}}) {
            const int t = byName.value(name, -1);
            if (t < 0)
                return invalid(at + u'.' + QLatin1String(end), Tr::tr("unknown task \"%1\"").arg(name));
            if (spec.tasks.at(t).kind == TaskKind::Handler)
                return invalid(at, Tr::tr("handler \"%1\" cannot have edges: it runs when a task fails").arg(name));
        }
        if (seen.contains({edge.from, edge.to}))
            return invalid(at, Tr::tr("duplicate edge %1 → %2").arg(edge.from, edge.to));
        seen.insert({edge.from, edge.to});
    }

    const WorkflowGraph graph(spec);
    const QStringList cycle = findCycle(spec, graph);
    if (!cycle.isEmpty())
        return invalid(u"workflow.edges"_qs, Tr::tr("cycle %1").arg(cycle.join(QStringLiteral(" → "))));
    return {};
}

WorkflowGraph::WorkflowGraph(const WorkflowSpec &spec)
    : m_upstream(spec.tasks.size())
    , m_downstream(spec.tasks.size())
{
    QHash<QString, int> byName;
    byName.reserve(spec.tasks.size());
    for (int i = 0; i < spec.tasks.size(); ++i)
        byName.insert(spec.tasks.at(i).name, i);
    for (const WorkflowEdge &edge : spec.edges) {
        const int from = byName.value(edge.from, -1);
        const int to = byName.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        m_downstream[from].append(to);
        m_upstream[to].append(from);
    }
}

static QList<int> reachable(int start, const QList<QList<int>> &next)
{
    QList<bool> seen(next.size(), false);
    QList<int> out;
    QList<int> todo = next.at(start);
    while (!todo.isEmpty()) {
        const int t = todo.takeLast();
        if (seen[t])
            continue;
        seen[t] = true;
        out.append(t);
        todo.append(next.at(t));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> WorkflowGraph::descendants(int task) const
{
    return reachable(task, m_downstream);
}

QList<int> WorkflowGraph::ancestors(int task) const
{
    return reachable(task, m_upstream);
}

QList<int> WorkflowGraph::topologicalOrder() const
{
    // Kahn's algorithm, lowest index first among the ready ones, so the order is stable.
    QList<int> pending(size());
    QList<int> ready;
    for (int i = 0; i < size(); ++i) {
        pending[i] = int(m_upstream.at(i).size());
        if (pending[i] == 0)
            ready.append(i);
    }
    QList<int> order;
    order.reserve(size());
    for (qsizetype at = 0; at < ready.size(); ++at) {
        const int t = ready.at(at);
        order.append(t);
        for (int d : m_downstream.at(t)) {
            if (--pending[d] == 0)
                ready.append(d);
        }
    }
    return order;
}

QString triggerDecisionName(TriggerDecision decision)
{
    switch (decision) {
    case TriggerDecision::Wait: return QStringLiteral("wait");
    case TriggerDecision::Run: return QStringLiteral("run");
    case TriggerDecision::Skip: return QStringLiteral("skip");
    case TriggerDecision::UpstreamFailed: return QStringLiteral("upstream_failed");
    }
    return {};
}

void UpstreamStates::add(RunState state)
{
    ++total;
    switch (state) {
    case RunState::Succeeded: ++succeeded; break;
    case RunState::Failed:
    case RunState::TimedOut:
    case RunState::Cancelled:
    case RunState::Lost: ++failed; break;
    case RunState::UpstreamFailed: ++upstreamFailed; break;
    case RunState::Skipped: ++skipped; break;
    case RunState::Scheduled:
    case RunState::Queued:
    case RunState::Running: break;
    }
}

TriggerDecision evaluateTrigger(TriggerRule rule, const UpstreamStates &u)
{
    using D = TriggerDecision;
    if (u.total == 0 || rule == TriggerRule::Always)
        return D::Run;
    const bool allDone = u.done() >= u.total;
    const int failures = u.failed + u.upstreamFailed;
    switch (rule) {
    case TriggerRule::AllSuccess:
        if (failures > 0)
            return D::UpstreamFailed;
        if (u.skipped > 0)
            return D::Skip;
        return u.succeeded == u.total ? D::Run : D::Wait;
    case TriggerRule::AllFailed:
        if (u.succeeded > 0 || u.skipped > 0)
            return D::Skip;
        return failures == u.total ? D::Run : D::Wait;
    case TriggerRule::AllDone:
        return allDone ? D::Run : D::Wait;
    case TriggerRule::AllSkipped:
        if (u.succeeded > 0 || failures > 0)
            return D::Skip;
        return u.skipped == u.total ? D::Run : D::Wait;
    case TriggerRule::OneSuccess:
        if (u.succeeded > 0)
            return D::Run;
        if (!allDone)
            return D::Wait;
        return u.skipped == u.total ? D::Skip : D::UpstreamFailed;
    case TriggerRule::OneFailed:
        if (failures > 0)
            return D::Run;
        return allDone ? D::Skip : D::Wait;
    case TriggerRule::OneDone:
        // Airflow counts a success or a failure as "done" here, not upstream_failed or skipped.
        if (u.succeeded + u.failed > 0)
            return D::Run;
        return allDone ? D::Skip : D::Wait;
    case TriggerRule::NoneFailed:
        if (failures > 0)
            return D::UpstreamFailed;
        return allDone ? D::Run : D::Wait;
    case TriggerRule::NoneFailedMinOneSuccess:
        if (failures > 0)
            return D::UpstreamFailed;
        if (!allDone)
            return D::Wait;
        return u.skipped == u.total ? D::Skip : D::Run;
    case TriggerRule::NoneSkipped:
        if (u.skipped > 0)
            return D::Skip;
        return allDone ? D::Run : D::Wait;
    case TriggerRule::Always:
        return D::Run;
    }
    return D::Wait;
}

TaskOutput parseTaskOutput(const QByteArray &text, qint64 maxBytes)
{
    TaskOutput out;
    QByteArray kept = text;
    if (kept.size() > maxBytes) {
        // Cut at the last whole line within the limit.
        const qsizetype cut = kept.lastIndexOf('\n', maxBytes - 1);
        kept.truncate(cut < 0 ? 0 : cut + 1);
        out.badLines << Tr::tr("output beyond %1 bytes ignored (%2 bytes written)").arg(maxBytes).arg(text.size());
    }
    const QList<QByteArray> lines = kept.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq < 0 ? QString() : line.left(eq).trimmed();
        if (eq < 0) {
            out.badLines << Tr::tr("line %1: no '=' in \"%2\"").arg(i + 1).arg(line.left(80));
            continue;
        }
        if (!outputKeyPattern().match(key).hasMatch()) {
            out.badLines << Tr::tr("line %1: \"%2\" is not a valid key").arg(i + 1).arg(key.left(80));
            continue;
        }
        out.values.insert(key, line.mid(eq + 1));
    }
    return out;
}

QString outputEnvName(const QString &task, const QString &key)
{
    return QStringLiteral("TAKT_OUTPUT_") + envPart(task) + u'_' + envPart(key);
}

QString paramEnvName(const QString &key)
{
    return QStringLiteral("TAKT_PARAM_") + envPart(key);
}

QStringList branchChoice(const QMap<QString, QString> &outputs)
{
    QStringList chosen;
    for (const QString &name : outputs.value(QStringLiteral("next")).split(u',')) {
        if (!name.trimmed().isEmpty())
            chosen << name.trimmed();
    }
    return chosen;
}

} // namespace Takt
