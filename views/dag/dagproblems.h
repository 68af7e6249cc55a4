#pragma once
// DagProblems: what is wrong with a workflow as drawn, and which tasks and edges it concerns,
// so the canvas can mark them red while the bar lists the messages (as the engine words them).

#include <engine/core/workflowspec.h>

#include <QHash>
#include <QStringList>

namespace Takt {

struct DagProblems
{
    QStringList messages;                  ///< "workflow.edges: cycle a → b → a" …
    QHash<QString, QString> tasks;         ///< task name → its message
    QList<WorkflowEdge> edges;             ///< edges in error (a cycle's)

    bool isEmpty() const { return messages.isEmpty(); }

    /// Checks the graph: names, duplicates, cycles, handlers with edges, missing commands,
    /// unknown handlers. Cheap enough to run after every edit.
    static DagProblems check(const WorkflowSpec &spec);
};

} // namespace Takt
