#pragma once
// TaskPanel: the DAG editor's side panel for the selected task — name, command, working
// directory, environment, timeout, retries, trigger rule, failure handlers, sub-workflow job.
// It never changes the task itself: each edit is reported as the whole new spec, and the
// editor makes it an undoable command.

#include <engine/core/workflowspec.h>

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Takt {

class CommandEdit;
class DurationEdit;
class EnvironmentEdit;

class TaskPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPanel(QWidget *parent = nullptr);

    /// Shows `task` without reporting edits.
    void setTask(const TaskSpec &task);
    TaskSpec task() const { return m_task; }

    QLineEdit *nameEdit() const { return m_name; }
    CommandEdit *commandEdit() const { return m_command; }

Q_SIGNALS:
    /// The user changed `field` ("name", "command", …); `task` is the whole new spec.
    void edited(const Takt::TaskSpec &task, const QString &field);

private:
    void report(const QString &field, const std::function<bool(TaskSpec &)> &change);
    void updateRows();

    TaskSpec m_task;
    bool m_updating = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    CommandEdit *m_command = nullptr;
    QLineEdit *m_workDir = nullptr;
    EnvironmentEdit *m_env = nullptr;
    DurationEdit *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QComboBox *m_trigger = nullptr;
    QLineEdit *m_onFailure = nullptr;
    QLineEdit *m_workflow = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Takt
