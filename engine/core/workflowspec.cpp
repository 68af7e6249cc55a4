#include "workflowspec.h"

namespace Takt {

QList<TaskKind> allTaskKinds()
{
    return {TaskKind::Command, TaskKind::Branch, TaskKind::Workflow, TaskKind::Handler};
}

QString taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Command: return QStringLiteral("command");
    case TaskKind::Branch: return QStringLiteral("branch");
    case TaskKind::Workflow: return QStringLiteral("workflow");
    case TaskKind::Handler: return QStringLiteral("handler");
    }
    return {};
}

std::optional<TaskKind> taskKindFromName(QStringView name)
{
    for (TaskKind kind : allTaskKinds()) {
        if (taskKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QList<TriggerRule> allTriggerRules()
{
    return {TriggerRule::AllSuccess, TriggerRule::AllFailed,  TriggerRule::AllDone,
            TriggerRule::AllSkipped, TriggerRule::OneSuccess, TriggerRule::OneFailed,
            TriggerRule::OneDone,    TriggerRule::NoneFailed, TriggerRule::NoneFailedMinOneSuccess,
            TriggerRule::NoneSkipped, TriggerRule::Always};
}

QString triggerRuleName(TriggerRule rule)
{
    switch (rule) {
    case TriggerRule::AllSuccess: return QStringLiteral("all_success");
    case TriggerRule::AllFailed: return QStringLiteral("all_failed");
    case TriggerRule::AllDone: return QStringLiteral("all_done");
    case TriggerRule::AllSkipped: return QStringLiteral("all_skipped");
    case TriggerRule::OneSuccess: return QStringLiteral("one_success");
    case TriggerRule::OneFailed: return QStringLiteral("one_failed");
    case TriggerRule::OneDone: return QStringLiteral("one_done");
    case TriggerRule::NoneFailed: return QStringLiteral("none_failed");
    case TriggerRule::NoneFailedMinOneSuccess: return QStringLiteral("none_failed_min_one_success");
    case TriggerRule::NoneSkipped: return QStringLiteral("none_skipped");
    case TriggerRule::Always: return QStringLiteral("always");
    }
    return {};
}

std::optional<TriggerRule> triggerRuleFromName(QStringView name)
{
    for (TriggerRule rule : allTriggerRules()) {
        if (triggerRuleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

} // namespace Takt
