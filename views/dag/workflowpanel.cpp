#include "workflowpanel.h"

#include <views/editor/environmentedit.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Takt {

WorkflowPanel::WorkflowPanel(QWidget *parent)
    : QWidget(parent)
{
    m_maxParallel = new QSpinBox(this);
    m_maxParallel->setObjectName(QStringLiteral("maxParallel"));
    m_maxParallel->setRange(0, 10'000);
    m_maxParallel->setSpecialValueText(tr("No limit"));
    m_onFailure = new QComboBox(this);
    m_onFailure->setObjectName(QStringLiteral("workflowOnFailure"));
    m_params = new EnvironmentEdit(this);
    m_params->setObjectName(QStringLiteral("params"));
    m_params->setToolTip(tr("Tasks see each parameter as TAKT_PARAM_<NAME>; a run can override the defaults."));
    auto *hint = new QLabel(tr("Add tasks from the palette above (click, or drag onto the canvas), drag from a "
                               "task's right-hand port to another task to connect them, and select a task "
                               "to edit it here."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(8, 4, 4, 4);
    form->addRow(hint);
    form->addRow(tr("Tasks at &once:"), m_maxParallel);
    form->addRow(tr("When the workflow &fails, run:"), m_onFailure);
    form->addRow(tr("&Parameters:"), m_params);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_params->setMaximumHeight(160);

    connect(m_maxParallel, &QSpinBox::valueChanged, this, [this] { report(QStringLiteral("maxParallel")); });
    connect(m_onFailure, &QComboBox::currentIndexChanged, this, [this] { report(QStringLiteral("onFailure")); });
    connect(m_params, &EnvironmentEdit::changed, this, [this] { report(QStringLiteral("params")); });
}

void WorkflowPanel::setWorkflow(const WorkflowSpec &spec)
{
    m_updating = true;
    m_spec = spec;
    m_maxParallel->setValue(spec.maxParallel);
    m_onFailure->clear();
    m_onFailure->addItem(tr("Nothing"), QString());
    for (const TaskSpec &task : spec.tasks) {
        if (task.kind == TaskKind::Handler)
            m_onFailure->addItem(task.name, task.name);
    }
    if (!spec.onFailure.isEmpty() && m_onFailure->findData(spec.onFailure) < 0)
        m_onFailure->addItem(spec.onFailure, spec.onFailure); // unknown: kept, and flagged by validation
    m_onFailure->setCurrentIndex(m_onFailure->findData(spec.onFailure));
    const auto params = m_params->environment();
    if (!params.isOk() || params.value() != spec.params)
        m_params->setEnvironment(spec.params);
    m_updating = false;
}

void WorkflowPanel::report(const QString &field)
{
    if (m_updating)
        return;
    WorkflowSpec next = m_spec;
    next.maxParallel = m_maxParallel->value();
    next.onFailure = m_onFailure->currentData().toString();
    const auto params = m_params->environment();
    if (params.isOk())
        next.params = params.value();
    if (next == m_spec)
        return;
    m_spec = next;
    Q_EMIT edited(next, field);
}

} // namespace Takt
