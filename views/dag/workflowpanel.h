#pragma once
// WorkflowPanel: the DAG editor's side panel when no task is selected — the workflow's
// parameters and their defaults, how many tasks run at once, and the final failure handler.
// Like TaskPanel it only reports edits; the editor makes them undoable.

#include <engine/core/workflowspec.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Takt {

class EnvironmentEdit;

class WorkflowPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowPanel(QWidget *parent = nullptr);

    /// Shows the settings of `spec` (its handler tasks fill the failure handler list).
    void setWorkflow(const WorkflowSpec &spec);

Q_SIGNALS:
    void edited(const Takt::WorkflowSpec &spec, const QString &field);

private:
    void report(const QString &field);

    WorkflowSpec m_spec;
    bool m_updating = false;
    QSpinBox *m_maxParallel = nullptr;
    QComboBox *m_onFailure = nullptr;
    EnvironmentEdit *m_params = nullptr;
};

} // namespace Takt
