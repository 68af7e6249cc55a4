#include "job.h"
#include "run.h"

namespace Takt {

QString overlapPolicyName(OverlapPolicy policy)
{
    switch (policy) {
    case OverlapPolicy::Allow: return QStringLiteral("allow");
    case OverlapPolicy::Skip: return QStringLiteral("skip");
    case OverlapPolicy::Queue: return QStringLiteral("queue");
    case OverlapPolicy::Replace: return QStringLiteral("replace");
    }
    return {};
}

QString misfirePolicyName(MisfirePolicy policy)
{
    switch (policy) {
    case MisfirePolicy::Skip: return QStringLiteral("skip");
    case MisfirePolicy::Once: return QStringLiteral("once");
    case MisfirePolicy::All: return QStringLiteral("all");
    }
    return {};
}

QString backoffName(RetryPolicy::Backoff backoff)
{
    return backoff == RetryPolicy::Backoff::Fixed ? QStringLiteral("fixed") : QStringLiteral("exponential");
}

QString placementName(Placement placement)
{
    switch (placement) {
    case Placement::Any: return QStringLiteral("any");
    case Placement::Broadcast: return QStringLiteral("broadcast");
    case Placement::Sharded: return QStringLiteral("sharded");
    }
    return {};
}

QList<RunState> allRunStates()
{
    return {RunState::Scheduled, RunState::Queued,    RunState::Running, RunState::Succeeded,
            RunState::Failed,    RunState::TimedOut,  RunState::Cancelled, RunState::Skipped,
            RunState::UpstreamFailed, RunState::Lost};
}

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Scheduled: return QStringLiteral("scheduled");
    case RunState::Queued: return QStringLiteral("queued");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Succeeded: return QStringLiteral("succeeded");
    case RunState::Failed: return QStringLiteral("failed");
    case RunState::TimedOut: return QStringLiteral("timed_out");
    case RunState::Cancelled: return QStringLiteral("cancelled");
    case RunState::Skipped: return QStringLiteral("skipped");
    case RunState::UpstreamFailed: return QStringLiteral("upstream_failed");
    case RunState::Lost: return QStringLiteral("lost");
    }
    return {};
}

std::optional<RunState> runStateFromName(QStringView name)
{
    for (RunState state : allRunStates()) {
        if (runStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool isFinal(RunState state)
{
    return state != RunState::Scheduled && state != RunState::Queued && state != RunState::Running;
}

QString runTriggerName(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Schedule: return QStringLiteral("schedule");
    case RunTrigger::Manual: return QStringLiteral("manual");
    case RunTrigger::Catchup: return QStringLiteral("catchup");
    case RunTrigger::Backfill: return QStringLiteral("backfill");
    case RunTrigger::Workflow: return QStringLiteral("workflow");
    case RunTrigger::Task: return QStringLiteral("task");
    case RunTrigger::Rerun: return QStringLiteral("rerun");
    }
    return {};
}

std::optional<RunTrigger> runTriggerFromName(QStringView name)
{
    for (RunTrigger t : {RunTrigger::Schedule, RunTrigger::Manual, RunTrigger::Catchup, RunTrigger::Backfill,
                         RunTrigger::Workflow, RunTrigger::Task, RunTrigger::Rerun}) {
        if (runTriggerName(t) == name)
            return t;
    }
    return std::nullopt;
}

} // namespace Takt
