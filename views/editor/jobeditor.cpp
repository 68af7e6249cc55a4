#include "jobeditor.h"

#include "commandedit.h"
#include "durationedit.h"
#include "environmentedit.h"
#include "schedulepreview.h"
#include "timezonecombobox.h"

#include <views/dag/dageditor.h>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Takt {

namespace {

// The engine's rule (EngineCore checks it again): letters, digits, '.', '_', '-'.
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return re;
}

Error invalid(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, field, message);
}

QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

void setLabelColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

/// A form label for a row whose field is a layout (QFormLayout only sets buddies for widgets).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QSpinBox *spinBox(int minimum, int maximum, const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setObjectName(objectName);
    box->setMinimumWidth(120);
    return box;
}

} // namespace

JobEditor::JobEditor(EngineApi *engine, Mode mode, const JobSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("jobEditor"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createCommandPage(), tr("Co&mmand"));
    m_tabs->addTab(createPoliciesPage(), tr("&Retries and limits"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Edit ? tr("Save") : tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobEditor::reject);
    // Saving waits while a remote engine is unreachable; the text typed so far stays.
    if (m_engine)
        connect(m_engine, &EngineApi::connectionChanged, this, [this] {
            if (!m_saving)
                revalidate();
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (const QString &field : m_fieldWidgets.keys())
        watch(field);
    connect(m_retries, &QSpinBox::valueChanged, this, &JobEditor::updateEnabledStates);
    connect(m_backoff, &QComboBox::currentIndexChanged, this, &JobEditor::updateEnabledStates);
    connect(m_misfire, &QComboBox::currentIndexChanged, this, &JobEditor::updateEnabledStates);

    switch (mode) {
    case Mode::New: setWindowTitle(tr("New job")); break;
    case Mode::Edit: setWindowTitle(tr("Edit job “%1”").arg(spec.name)); break;
    case Mode::Duplicate: setWindowTitle(tr("Duplicate job “%1”").arg(spec.name)); break;
    }
    setSpec(spec);
    resize(spec.workflow ? QSize(1180, 760) : QSize(760, 580));
}

JobEditor::~JobEditor() = default;

QWidget *JobEditor::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. nightly-backup"));
    m_name->setToolTip(tr("Letters, digits, '.', '_' and '-'; up to 100 characters."));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the job does, for the people who read the job list"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_schedule = new QLineEdit(page);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_schedule->setPlaceholderText(tr("e.g. 30 2 * * 1-5, @daily, @every 15m; empty = only by hand"));
    m_schedule->setClearButtonEnabled(true);
    m_timeZone = new TimeZoneComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_scheduleStatus = new QLabel(page);
    m_scheduleStatus->setObjectName(QStringLiteral("scheduleStatus"));
    m_scheduleStatus->setWordWrap(true);
    m_scheduleStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fireTimes = new QListWidget(page);
    m_fireTimes->setObjectName(QStringLiteral("fireTimes"));
    m_fireTimes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fireTimes->setSelectionMode(QAbstractItemView::NoSelection);
    m_fireTimes->setFocusPolicy(Qt::NoFocus);
    m_fireTimes->setFixedHeight(m_fireTimes->fontMetrics().lineSpacing() * PreviewCount
                                + 2 * m_fireTimes->frameWidth() + 8);

    // The verdict sits right under the text it judges.
    auto *schedule = new QVBoxLayout;
    schedule->setSpacing(4);
    schedule->addWidget(m_schedule);
    schedule->addWidget(m_scheduleStatus);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(buddyLabel(tr("&Schedule:"), m_schedule), schedule);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("Next runs:"), m_fireTimes);
    auto *help = new QLabel(tr("Schedules: cron with 5 fields (minute hour day-of-month month "
                               "day-of-week), 6 with seconds first, Quartz L W # ?; @hourly, @daily, "
                               "@weekly, @monthly, @yearly; @every 90s; @at 2027-01-01T09:00."), page);
    help->setObjectName(QStringLiteral("scheduleHelp"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(help);
    layout->addStretch(); // spare height goes below the list, not between the rows

    m_fieldWidgets.insert(QStringLiteral("name"), m_name);
    m_fieldWidgets.insert(QStringLiteral("description"), m_description);
    m_fieldWidgets.insert(QStringLiteral("schedule"), m_schedule);
    m_fieldWidgets.insert(QStringLiteral("timezone"), m_timeZone);
    connect(m_schedule, &QLineEdit::textChanged, this, &JobEditor::updateSchedulePreview);
    connect(m_timeZone, &TimeZoneComboBox::timeZoneChanged, this, &JobEditor::updateSchedulePreview);
    return page;
}

QWidget *JobEditor::createCommandPage()
{
    auto *page = new QWidget(this);
    m_command = new CommandEdit(page);
    m_command->setObjectName(QStringLiteral("command"));
    m_workDir = new QLineEdit(page);
    m_workDir->setObjectName(QStringLiteral("workDir"));
    m_workDir->setPlaceholderText(tr("Default: the “work” folder in the data directory"));
    m_workDir->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseWorkDir"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_workDir->text().isEmpty() ? QDir::homePath() : m_workDir->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Working directory"), start);
        if (!dir.isEmpty())
            m_workDir->setText(QDir::toNativeSeparators(dir));
    });
    auto *workDirRow = new QHBoxLayout;
    workDirRow->addWidget(m_workDir, 1);
    workDirRow->addWidget(browse);
    m_env = new EnvironmentEdit(page);
    m_env->setObjectName(QStringLiteral("environment"));

    // The command's fields sit on a page of their own, so a workflow can take their place.
    auto *commandPage = new QWidget(page);
    auto *form = new QFormLayout(commandPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(buddyLabel(tr("&Working directory:"), m_workDir), workDirRow);
    form->addRow(tr("&Environment:"), m_env);
    // Both editors take the room the page has; the command text most.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("jobKind"));
    m_kind->addItem(tr("One command"));
    m_kind->addItem(tr("A workflow of tasks (DAG)"));
    m_dag = new DagEditor(page);
    m_kindPages = new QStackedWidget(page);
    m_kindPages->addWidget(commandPage);
    m_kindPages->addWidget(m_dag);
    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("The job &runs:"), page);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addStretch();
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(kindRow);
    pageLayout->addWidget(m_kindPages, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JobEditor::showKind);
    connect(m_dag, &DagEditor::changed, this, [this] {
        if (m_engineError.isValid() && m_engineError.field.startsWith(u"workflow"))
            m_engineError = {}; // the engine's word on the workflow was about the graph before this edit
        revalidate();
    });

    m_fieldWidgets.insert(QStringLiteral("command"), m_command);
    m_fieldWidgets.insert(QStringLiteral("workflow"), m_dag);
    m_fieldWidgets.insert(QStringLiteral("workdir"), m_workDir);
    m_fieldWidgets.insert(QStringLiteral("env"), m_env);
    return page;
}

QWidget *JobEditor::createPoliciesPage()
{
    auto *page = new QWidget(this);

    m_timeout = new DurationEdit(QStringLiteral("timeout"), page);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setEmptyValue(0);
    m_timeout->setPlaceholderText(tr("none"));
    m_killGrace = new DurationEdit(QStringLiteral("kill grace"), page);
    m_killGrace->setObjectName(QStringLiteral("killGrace"));
    m_killGrace->setToolTip(tr("After a timeout or a cancel the job gets SIGTERM, and SIGKILL if it "
                               "is still running this much later."));
    m_priority = spinBox(-1'000'000, 1'000'000, QStringLiteral("priority"), page);
    m_priority->setToolTip(tr("When runs wait for a free slot, higher priorities start first."));
    m_maxConcurrent = spinBox(0, 100'000, QStringLiteral("maxConcurrent"), page);
    m_maxConcurrent->setSpecialValueText(tr("No limit"));
    auto *limits = new QGroupBox(tr("Limits"), page);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("&Timeout per attempt:"), m_timeout);
    limitsForm->addRow(tr("&Kill grace:"), m_killGrace);
    limitsForm->addRow(tr("&Priority:"), m_priority);
    limitsForm->addRow(tr("Runs at &once:"), m_maxConcurrent);

    m_retries = spinBox(0, 1000, QStringLiteral("retries"), page);
    m_retries->setSpecialValueText(tr("Never"));
    m_backoff = new QComboBox(page);
    m_backoff->setObjectName(QStringLiteral("backoff"));
    m_backoff->addItem(tr("Fixed delay"), int(RetryPolicy::Backoff::Fixed));
    m_backoff->addItem(tr("Exponential (doubles each time)"), int(RetryPolicy::Backoff::Exponential));
    m_retryDelay = new DurationEdit(QStringLiteral("retry delay"), page);
    m_retryDelay->setObjectName(QStringLiteral("retryDelay"));
    m_maxDelay = new DurationEdit(QStringLiteral("max retry delay"), page);
    m_maxDelay->setObjectName(QStringLiteral("maxDelay"));
    m_jitter = new QDoubleSpinBox(page);
    m_jitter->setObjectName(QStringLiteral("jitter"));
    m_jitter->setRange(0, 100);
    m_jitter->setDecimals(1);
    m_jitter->setSingleStep(5);
    m_jitter->setPrefix(QStringLiteral("± "));
    m_jitter->setSuffix(QStringLiteral(" %"));
    m_jitter->setToolTip(tr("A random part of the delay added or taken away, so that many jobs do "
                            "not retry at the same moment."));
    m_exitCodes = new QLineEdit(page);
    m_exitCodes->setObjectName(QStringLiteral("exitCodes"));
    m_exitCodes->setPlaceholderText(tr("any failure, or e.g. 1, 75"));
    auto *retries = new QGroupBox(tr("Retries"), page);
    auto *retriesForm = new QFormLayout(retries);
    retriesForm->addRow(tr("Retr&ies:"), m_retries);
    retriesForm->addRow(tr("&Backoff:"), m_backoff);
    retriesForm->addRow(tr("&Delay:"), m_retryDelay);
    retriesForm->addRow(tr("&Longest delay:"), m_maxDelay);
    retriesForm->addRow(tr("&Jitter:"), m_jitter);
    retriesForm->addRow(tr("Retry on &exit codes:"), m_exitCodes);

    m_overlap = new QComboBox(page);
    m_overlap->setObjectName(QStringLiteral("overlap"));
    m_overlap->addItem(tr("Allow: start another run alongside"), int(OverlapPolicy::Allow));
    m_overlap->addItem(tr("Skip: drop the new run"), int(OverlapPolicy::Skip));
    m_overlap->addItem(tr("Queue: start it when the running one ends"), int(OverlapPolicy::Queue));
    m_overlap->addItem(tr("Replace: cancel the running one"), int(OverlapPolicy::Replace));
    m_misfire = new QComboBox(page);
    m_misfire->setObjectName(QStringLiteral("misfire"));
    m_misfire->addItem(tr("Skip them"), int(MisfirePolicy::Skip));
    m_misfire->addItem(tr("Run once to catch up"), int(MisfirePolicy::Once));
    m_misfire->addItem(tr("Run each of them"), int(MisfirePolicy::All));
    m_misfireLimit = spinBox(0, 1'000'000, QStringLiteral("misfireLimit"), page);
    m_misfireLimit->setToolTip(tr("The most catch-up runs made at once."));
    auto *misfireRow = new QHBoxLayout;
    misfireRow->addWidget(m_misfire, 1);
    misfireRow->addWidget(new QLabel(tr("at most"), page));
    misfireRow->addWidget(m_misfireLimit);
    auto *timing = new QGroupBox(tr("Overlaps and missed runs"), page);
    auto *timingForm = new QFormLayout(timing);
    timingForm->addRow(tr("While a run is &still running:"), m_overlap);
    timingForm->addRow(buddyLabel(tr("Missed while down or pa&used:"), m_misfire), misfireRow);

    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    top->addWidget(limits, 1);
    top->addWidget(retries, 1);
    layout->addLayout(top);
    layout->addWidget(timing);
    layout->addStretch();

    m_fieldWidgets.insert(QStringLiteral("timeout"), m_timeout);
    m_fieldWidgets.insert(QStringLiteral("kill grace"), m_killGrace);
    m_fieldWidgets.insert(QStringLiteral("priority"), m_priority);
    m_fieldWidgets.insert(QStringLiteral("maxconcurrent"), m_maxConcurrent);
    m_fieldWidgets.insert(QStringLiteral("retries"), m_retries);
    m_fieldWidgets.insert(QStringLiteral("backoff"), m_backoff);
    m_fieldWidgets.insert(QStringLiteral("retry delay"), m_retryDelay);
    m_fieldWidgets.insert(QStringLiteral("max retry delay"), m_maxDelay);
    m_fieldWidgets.insert(QStringLiteral("jitter"), m_jitter);
    m_fieldWidgets.insert(QStringLiteral("retry exit codes"), m_exitCodes);
    m_fieldWidgets.insert(QStringLiteral("overlap"), m_overlap);
    m_fieldWidgets.insert(QStringLiteral("misfire"), m_misfire);
    m_fieldWidgets.insert(QStringLiteral("misfire limit"), m_misfireLimit);
    return page;
}

void JobEditor::watch(const QString &field)
{
    QWidget *widget = m_fieldWidgets.value(field);
    const auto changed = [this, field] {
        if (m_engineError.isValid() && m_engineError.field == field)
            m_engineError = {};
        revalidate();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *zone = qobject_cast<TimeZoneComboBox *>(widget))
        connect(zone, &TimeZoneComboBox::timeZoneChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *command = qobject_cast<CommandEdit *>(widget))
        connect(command, &CommandEdit::changed, this, changed);
    else if (auto *env = qobject_cast<EnvironmentEdit *>(widget))
        connect(env, &EnvironmentEdit::changed, this, changed);
}

void JobEditor::setSpec(const JobSpec &input)
{
    m_base = input;
    JobSpec spec = input;
    if (m_mode == Mode::Duplicate && !spec.name.isEmpty())
        spec.name += QStringLiteral("-copy");
    m_name->setText(spec.name);
    m_name->setReadOnly(m_mode == Mode::Edit);
    m_description->setPlainText(spec.description);
    m_schedule->setText(spec.schedule);
    m_timeZone->setTimeZoneId(spec.timeZone);
    m_command->setCommand(spec.command);
    m_dag->setWorkflow(spec.workflow.value_or(WorkflowSpec{}));
    m_kind->setCurrentIndex(spec.workflow ? 1 : 0);
    showKind();
    m_workDir->setText(spec.workDir);
    m_env->setEnvironment(spec.env);
    m_timeout->setValue(spec.timeoutMs);
    m_killGrace->setValue(spec.killGraceMs);
    m_retries->setValue(spec.retry.maxRetries);
    m_backoff->setCurrentIndex(m_backoff->findData(int(spec.retry.backoff)));
    m_retryDelay->setValue(spec.retry.delayMs);
    m_maxDelay->setValue(spec.retry.maxDelayMs);
    m_jitter->setValue(spec.retry.jitter * 100.0);
    QStringList codes;
    for (int code : spec.retry.retryExitCodes)
        codes.append(QString::number(code));
    m_exitCodes->setText(codes.join(QStringLiteral(", ")));
    m_overlap->setCurrentIndex(m_overlap->findData(int(spec.overlap)));
    m_misfire->setCurrentIndex(m_misfire->findData(int(spec.misfire)));
    m_misfireLimit->setValue(spec.misfireLimit);
    m_priority->setValue(spec.priority);
    m_maxConcurrent->setValue(spec.maxConcurrent);
    m_engineError = {};
    updateEnabledStates();
    updateSchedulePreview();
    revalidate();
}

Result<JobSpec> JobEditor::spec() const
{
    JobSpec spec = m_base;
    spec.name = m_name->text().trimmed();
    if (spec.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("a job needs a name"));
    if (!namePattern().match(spec.name).hasMatch())
        return invalid(QStringLiteral("name"),
                       tr("'%1' is not a valid name: use letters, digits, '.', '_' and '-' "
                          "(up to 100, starting with a letter or digit)").arg(spec.name));
    spec.description = m_description->toPlainText();
    spec.schedule = m_schedule->text().trimmed();
    spec.timeZone = m_timeZone->timeZoneId();
    if (spec.timeZone.isEmpty())
        return invalid(QStringLiteral("timezone"), tr("unknown time zone '%1'").arg(m_timeZone->currentText()));
    const SchedulePreview schedule = SchedulePreview::describe(spec.schedule, spec.timeZone);
    if (!schedule.isValid()) // as the engine says it: "schedule: day-of-month: 32 is out of range 1-31"
        return invalid(QStringLiteral("schedule"), schedule.error.toString());
    if (isWorkflow()) {
        spec.command.clear();
        spec.workflow = m_dag->workflow();
        if (spec.workflow->tasks.isEmpty())
            return invalid(QStringLiteral("workflow"), tr("a workflow needs at least one task"));
        if (!m_dag->problems().isEmpty())
            return invalid(QStringLiteral("workflow"), m_dag->problems().messages.first());
    } else {
        spec.workflow.reset();
        spec.command = m_command->command();
        if (spec.command.isEmpty() || spec.command.first().isEmpty())
            return invalid(QStringLiteral("command"), tr("a job needs a command to run"));
    }
    spec.workDir = m_workDir->text().trimmed();
    if (!spec.workDir.isEmpty() && QDir::isRelativePath(spec.workDir))
        return invalid(QStringLiteral("workdir"), tr("'%1' is not an absolute path").arg(spec.workDir));
    const auto env = m_env->environment();
    if (!env.isOk())
        return env.error();
    spec.env = env.value();

    for (auto [edit, target] : {std::pair{m_timeout, &spec.timeoutMs}, std::pair{m_killGrace, &spec.killGraceMs},
                                std::pair{m_retryDelay, &spec.retry.delayMs}, std::pair{m_maxDelay, &spec.retry.maxDelayMs}}) {
        const Result<qint64> value = edit->value();
        if (!value.isOk())
            return value.error();
        *target = value.value();
    }
    spec.retry.maxRetries = m_retries->value();
    spec.retry.backoff = RetryPolicy::Backoff(m_backoff->currentData().toInt());
    spec.retry.jitter = m_jitter->value() / 100.0;
    spec.retry.retryExitCodes.clear();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &word : m_exitCodes->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = word.toInt(&ok);
        if (!ok)
            return invalid(QStringLiteral("retry exit codes"), tr("'%1' is not an exit code").arg(word));
        spec.retry.retryExitCodes.append(code);
    }
    spec.overlap = OverlapPolicy(m_overlap->currentData().toInt());
    spec.misfire = MisfirePolicy(m_misfire->currentData().toInt());
    spec.misfireLimit = m_misfireLimit->value();
    spec.priority = m_priority->value();
    spec.maxConcurrent = m_maxConcurrent->value();
    return spec;
}

void JobEditor::setPreviewTime(qint64 utcMs)
{
    m_previewTime = utcMs;
    updateSchedulePreview();
}

bool JobEditor::isWorkflow() const
{
    return m_kind->currentIndex() == 1;
}

void JobEditor::setWorkflow(bool workflow)
{
    m_kind->setCurrentIndex(workflow ? 1 : 0);
}

void JobEditor::showKind()
{
    const bool workflow = isWorkflow();
    m_kindPages->setCurrentIndex(workflow ? 1 : 0);
    m_tabs->setTabText(1, workflow ? tr("Wor&kflow") : tr("Co&mmand"));
    // The canvas and its side panel need room.
    if (workflow && isVisible() && width() < 1100)
        resize(std::max(width(), 1180), std::max(height(), 760));
    if (m_engineError.isValid() && (m_engineError.field == u"command" || m_engineError.field.startsWith(u"workflow")))
        m_engineError = {};
    revalidate();
}

void JobEditor::revalidate()
{
    const Result<JobSpec> current = spec();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current.isOk() && !m_saving
                                                        && (!m_engine || !m_engine->isReadOnly()));
    if (m_saving)
        return;
    const QColor red = errorColor(palette());
    if (m_engineError.isValid()) {
        m_message->setText(tr("The engine refused the job: %1").arg(m_engineError.toString()));
        setLabelColor(m_message, red);
    } else if (current.isOk() || current.error().field == u"schedule") {
        m_message->clear(); // the schedule's error is shown under the field
    } else {
        const Error &error = current.error();
        // A field not filled in yet is a hint, not a mistake.
        const bool missing = (error.field == u"name" && m_name->text().trimmed().isEmpty())
            || (error.field == u"command" && m_command->textEdit()->toPlainText().trimmed().isEmpty());
        m_message->setText(error.toString());
        setLabelColor(m_message, missing ? palette().color(QPalette::PlaceholderText) : red);
    }
}

void JobEditor::updateSchedulePreview()
{
    const QString text = m_schedule->text();
    const QString zone = m_timeZone->timeZoneId();
    const int generation = ++m_previewGeneration;
    const SchedulePreview described = SchedulePreview::describe(text, zone);
    showPreview(described);
    if (!described.isValid() || text.trimmed().isEmpty() || zone.isEmpty()) {
        m_fireTimes->clear();
        Q_EMIT previewUpdated();
        return;
    }
    // Fire times are cheap for most schedules, but a rare cron can take a while to search:
    // never in the GUI thread. The generation drops answers to texts typed over since.
    const qint64 after = m_previewTime ? m_previewTime : QDateTime::currentMSecsSinceEpoch();
    QtConcurrent::run([text, zone, after] { return SchedulePreview::compute(text, zone, after, PreviewCount); })
        .then(this, [this, generation, zone](const SchedulePreview &preview) {
            if (generation != m_previewGeneration)
                return;
            m_fireTimes->clear();
            const QTimeZone timeZone(zone.toUtf8());
            for (qint64 time : preview.fireTimes) {
                auto *item = new QListWidgetItem(formatFireTime(time, timeZone), m_fireTimes);
                item->setData(Qt::UserRole, time);
            }
            if (preview.fireTimes.isEmpty()) {
                auto *item = new QListWidgetItem(tr("It never fires after now."), m_fireTimes);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            Q_EMIT previewUpdated();
        });
}

void JobEditor::showPreview(const SchedulePreview &preview)
{
    if (!preview.isValid()) {
        m_scheduleStatus->setText(preview.error.toString());
        setLabelColor(m_scheduleStatus, errorColor(palette()));
    } else if (m_timeZone->timeZoneId().isEmpty()) {
        m_scheduleStatus->setText(tr("Choose a time zone to see when it runs."));
        setLabelColor(m_scheduleStatus, palette().color(QPalette::PlaceholderText));
    } else {
        m_scheduleStatus->setText(preview.description);
        setLabelColor(m_scheduleStatus, palette().color(QPalette::WindowText));
    }
}

void JobEditor::updateEnabledStates()
{
    const bool retries = m_retries->value() > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_backoff), static_cast<QWidget *>(m_retryDelay),
                            static_cast<QWidget *>(m_jitter), static_cast<QWidget *>(m_exitCodes)})
        widget->setEnabled(retries);
    m_maxDelay->setEnabled(retries && m_backoff->currentData().toInt() == int(RetryPolicy::Backoff::Exponential));
    m_misfireLimit->setEnabled(m_misfire->currentData().toInt() == int(MisfirePolicy::All));
}

void JobEditor::accept()
{
    if (m_saving)
        return;
    const Result<JobSpec> current = spec();
    if (!current.isOk()) {
        focusField(current.error().field);
        return;
    }
    if (!m_engine) {
        QDialog::accept();
        return;
    }
    setSaving(true);
    QFuture<Result<Job>> saved = m_mode == Mode::Edit ? m_engine->applyJob(current.value())
                                                      : m_engine->createJob(current.value());
    saved.then(this, [this](const Result<Job> &result) {
        setSaving(false);
        if (!result.isOk()) {
            showEngineError(result.error());
            return;
        }
        m_saved = result.value();
        Q_EMIT jobSaved(m_saved);
        QDialog::accept();
    });
}

void JobEditor::setSaving(bool saving)
{
    m_saving = saving;
    m_tabs->setEnabled(!saving);
    if (saving) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_message->setText(tr("Saving…"));
        setLabelColor(m_message, palette().color(QPalette::WindowText));
    } else {
        revalidate();
    }
}

void JobEditor::showEngineError(const Error &error)
{
    m_engineError = error;
    revalidate();
    focusField(error.field);
}

void JobEditor::focusField(const QString &field)
{
    QWidget *widget = m_fieldWidgets.value(field.startsWith(u"workflow") ? QStringLiteral("workflow") : field);
    if (!widget)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(widget))
            m_tabs->setCurrentIndex(i);
    }
    if (auto *command = qobject_cast<CommandEdit *>(widget))
        widget = command->textEdit();
    widget->setFocus(Qt::OtherFocusReason);
}

} // namespace Takt
