#include "taskpanel.h"

#include <views/editor/commandedit.h>
#include <views/editor/durationedit.h>
#include <views/editor/environmentedit.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace Takt {

namespace {

QString triggerRuleLabel(TriggerRule rule)
{
    // The engine's names are what users write in JSON and read in Airflow's documentation.
    return triggerRuleName(rule);
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

TaskPanel::TaskPanel(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("taskKind"));
    QFont heading = m_kind->font();
    heading.setBold(true);
    m_kind->setFont(heading);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("taskName"));
    m_command = new CommandEdit(this);
    m_command->setObjectName(QStringLiteral("taskCommand"));
    m_workDir = new QLineEdit(this);
    m_workDir->setObjectName(QStringLiteral("taskWorkDir"));
    m_workDir->setPlaceholderText(tr("The job's default"));
    m_env = new EnvironmentEdit(this);
    m_env->setObjectName(QStringLiteral("taskEnv"));
    m_timeout = new DurationEdit(QStringLiteral("timeout"), this);
    m_timeout->setObjectName(QStringLiteral("taskTimeout"));
    m_timeout->setEmptyValue(0);
    m_timeout->setPlaceholderText(tr("none"));
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("taskRetries"));
    m_retries->setRange(0, 1000);
    m_retries->setSpecialValueText(tr("Never"));
    m_trigger = new QComboBox(this);
    m_trigger->setObjectName(QStringLiteral("taskTrigger"));
    for (TriggerRule rule : allTriggerRules())
        m_trigger->addItem(triggerRuleLabel(rule), int(rule));
    m_trigger->setToolTip(tr("When the task runs, given how its upstream tasks ended."));
    m_onFailure = new QLineEdit(this);
    m_onFailure->setObjectName(QStringLiteral("taskOnFailure"));
    m_onFailure->setPlaceholderText(tr("handler tasks, e.g. undo-extract"));
    m_workflow = new QLineEdit(this);
    m_workflow->setObjectName(QStringLiteral("taskWorkflow"));
    m_workflow->setPlaceholderText(tr("the workflow job to run"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("taskProblem"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_problem->setPalette(red);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(8, 4, 4, 4);
    m_form->addRow(m_kind); // a heading for the panel: what the selected task is
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Co&mmand:"), m_command);
    m_form->addRow(tr("&Workflow job:"), m_workflow);
    m_form->addRow(tr("Wor&king directory:"), m_workDir);
    m_form->addRow(tr("&Environment:"), m_env);
    m_form->addRow(tr("&Timeout:"), m_timeout);
    m_form->addRow(tr("Retr&ies:"), m_retries);
    m_form->addRow(tr("T&rigger rule:"), m_trigger);
    m_form->addRow(tr("On &failure run:"), m_onFailure);
    m_form->addRow(m_problem);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above the fields: the panel is narrow beside the canvas.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_env->setMaximumHeight(130);
    m_command->setMinimumHeight(150);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        report(QStringLiteral("name"), [&](TaskSpec &task) { task.name = text.trimmed(); return true; });
    });
    connect(m_command, &CommandEdit::changed, this, [this] {
        report(QStringLiteral("command"), [&](TaskSpec &task) { task.command = m_command->command(); return true; });
    });
    connect(m_workDir, &QLineEdit::textChanged, this, [this](const QString &text) {
        report(QStringLiteral("workdir"), [&](TaskSpec &task) { task.workDir = text.trimmed(); return true; });
    });
    connect(m_env, &EnvironmentEdit::changed, this, [this] {
        report(QStringLiteral("env"), [&](TaskSpec &task) {
            const auto env = m_env->environment();
            if (!env.isOk()) {
                m_problem->setText(env.error().toString());
                return false;
            }
            task.env = env.value();
            return true;
        });
    });
    connect(m_timeout, &QLineEdit::textChanged, this, [this] {
        report(QStringLiteral("timeout"), [&](TaskSpec &task) {
            const Result<qint64> value = m_timeout->value();
            if (!value.isOk()) {
                m_problem->setText(value.error().toString());
                return false;
            }
            task.timeoutMs = value.value();
            return true;
        });
    });
    connect(m_retries, &QSpinBox::valueChanged, this, [this](int retries) {
        report(QStringLiteral("retries"), [&](TaskSpec &task) { task.retry.maxRetries = retries; return true; });
    });
    connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] {
        report(QStringLiteral("trigger"), [&](TaskSpec &task) {
            task.trigger = TriggerRule(m_trigger->currentData().toInt());
            return true;
        });
    });
    connect(m_onFailure, &QLineEdit::textChanged, this, [this](const QString &text) {
        report(QStringLiteral("onFailure"), [&](TaskSpec &task) { task.onFailure = splitNames(text); return true; });
    });
    connect(m_workflow, &QLineEdit::textChanged, this, [this](const QString &text) {
        report(QStringLiteral("workflow"), [&](TaskSpec &task) { task.workflow = text.trimmed(); return true; });
    });
    setTask(TaskSpec{});
}

void TaskPanel::setTask(const TaskSpec &task)
{
    m_updating = true;
    m_task = task;
    switch (task.kind) {
    case TaskKind::Command: m_kind->setText(tr("Command task")); break;
    case TaskKind::Branch:
        m_kind->setText(tr("Branch task — its command writes next=a,b to $TAKT_OUTPUT to choose which "
                           "downstream tasks run"));
        break;
    case TaskKind::Workflow: m_kind->setText(tr("Sub-workflow task — runs another workflow job")); break;
    case TaskKind::Handler:
        m_kind->setText(tr("Failure handler — runs when a task naming it fails; takes no edges"));
        break;
    }
    m_kind->setWordWrap(true);
    if (m_name->text() != task.name)
        m_name->setText(task.name);
    if (m_command->command() != task.command)
        m_command->setCommand(task.command);
    m_workDir->setText(task.workDir);
    const auto env = m_env->environment();
    if (!env.isOk() || env.value() != task.env)
        m_env->setEnvironment(task.env);
    const Result<qint64> timeout = m_timeout->value();
    if (!timeout.isOk() || timeout.value() != task.timeoutMs)
        m_timeout->setValue(task.timeoutMs);
    m_retries->setValue(task.retry.maxRetries);
    m_trigger->setCurrentIndex(m_trigger->findData(int(task.trigger)));
    if (splitNames(m_onFailure->text()) != task.onFailure)
        m_onFailure->setText(task.onFailure.join(QStringLiteral(", ")));
    m_workflow->setText(task.workflow);
    m_problem->clear();
    updateRows();
    m_updating = false;
}

void TaskPanel::report(const QString &field, const std::function<bool(TaskSpec &)> &change)
{
    if (m_updating)
        return;
    TaskSpec next = m_task;
    m_problem->clear();
    if (!change(next) || next == m_task)
        return;
    m_task = next;
    Q_EMIT edited(next, field);
}

void TaskPanel::updateRows()
{
    const bool runsCommand = m_task.kind != TaskKind::Workflow;
    m_form->setRowVisible(m_command, runsCommand);
    m_form->setRowVisible(m_workDir, runsCommand);
    m_form->setRowVisible(m_env, runsCommand);
    m_form->setRowVisible(m_workflow, !runsCommand);
    const bool inFlow = m_task.kind != TaskKind::Handler;
    m_form->setRowVisible(m_trigger, inFlow);
    m_form->setRowVisible(m_onFailure, inFlow);
}

} // namespace Takt
