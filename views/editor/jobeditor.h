#pragma once
// JobEditor: the dialog that creates, edits and duplicates a job. It edits every JobSpec field,
// checks the spec as you type (the schedule with the engine's own parser) and, on OK, hands it to
// the engine through EngineApi; a refusal keeps the dialog open with the engine's message.
// A job runs one command or a workflow of tasks, drawn in the DAG editor on the same page.

#include <engine/api/engineapi.h>
#include <engine/core/job.h>
#include <engine/core/result.h>

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace Takt {

class CommandEdit;
class DagEditor;
class DurationEdit;
class EnvironmentEdit;
class TimeZoneComboBox;
struct SchedulePreview;

class JobEditor final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        New,       ///< createJob; `spec` pre-fills the fields (a default spec: empty job)
        Edit,      ///< applyJob; the name is fixed
        Duplicate, ///< createJob of a copy of `spec` named "<name>-copy"
    };
    /// How many fire times the preview lists.
    static constexpr int PreviewCount = 10;

    /// `engine` (not owned, may be null: OK then only closes the dialog) receives the job on OK.
    /// Open it with open() (window-modal) or show(); it never blocks on the engine.
    JobEditor(EngineApi *engine, Mode mode, const JobSpec &spec = {}, QWidget *parent = nullptr);
    ~JobEditor() override;

    Mode mode() const { return m_mode; }
    /// Fills every field from `spec` (in Duplicate mode, under the copy's name).
    void setSpec(const JobSpec &spec);
    /// The spec as edited, or the first problem the editor can see (its field named as the
    /// engine names it: "name", "schedule", "timezone", "command", "workdir", "env", "timeout"…).
    /// The engine may still refuse it (e.g. a name that is taken).
    Result<JobSpec> spec() const;
    /// The job as the engine stored it, once OK succeeded; invalid before.
    Job savedJob() const { return m_saved; }
    /// Lists fire times after this instant (UTC epoch ms) instead of now; 0 = now. For tests
    /// and screenshots.
    void setPreviewTime(qint64 utcMs);
    /// Whether the job runs a workflow of tasks (edited in the DAG editor) or one command.
    bool isWorkflow() const;
    void setWorkflow(bool workflow);
    DagEditor *dagEditor() const { return m_dag; }

public Q_SLOTS:
    /// Sends the spec to the engine; closes the dialog only when the engine took it.
    void accept() override;

Q_SIGNALS:
    /// The engine stored the job (emitted before the dialog closes).
    void jobSaved(const Takt::Job &job);
    /// The fire-time list was refreshed (it is computed off the GUI thread).
    void previewUpdated();

private:
    QWidget *createGeneralPage();
    QWidget *createCommandPage();
    QWidget *createPoliciesPage();
    /// Connects a change of `field`'s widget: re-check, and drop an engine error about it.
    void watch(const QString &field);
    void revalidate();
    void updateSchedulePreview();
    void showPreview(const SchedulePreview &preview);
    void updateEnabledStates();
    void showEngineError(const Error &error);
    void focusField(const QString &field);
    void setSaving(bool saving);
    void showKind();

    QPointer<EngineApi> m_engine;
    Mode m_mode;
    JobSpec m_base;              // the spec given, so fields the editor does not know survive
    Job m_saved;
    Error m_engineError;         // the engine's last refusal, shown until its field changes
    bool m_saving = false;
    qint64 m_previewTime = 0;
    int m_previewGeneration = 0;
    QHash<QString, QWidget *> m_fieldWidgets;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_schedule = nullptr;
    TimeZoneComboBox *m_timeZone = nullptr;
    QLabel *m_scheduleStatus = nullptr;
    QListWidget *m_fireTimes = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    DagEditor *m_dag = nullptr;
    CommandEdit *m_command = nullptr;
    QLineEdit *m_workDir = nullptr;
    EnvironmentEdit *m_env = nullptr;
    DurationEdit *m_timeout = nullptr;
    DurationEdit *m_killGrace = nullptr;
    QSpinBox *m_retries = nullptr;
    QComboBox *m_backoff = nullptr;
    DurationEdit *m_retryDelay = nullptr;
    DurationEdit *m_maxDelay = nullptr;
    QDoubleSpinBox *m_jitter = nullptr;
    QLineEdit *m_exitCodes = nullptr;
    QComboBox *m_overlap = nullptr;
    QComboBox *m_misfire = nullptr;
    QSpinBox *m_misfireLimit = nullptr;
    QSpinBox *m_priority = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Takt
