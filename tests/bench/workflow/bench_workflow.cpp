// bench_workflow: a 2,000-task workflow from definition to the end of its run.
//
// The workflow is layered: 40 layers of 50 no-op tasks (/bin/true), each task after two tasks
// of the layer before (3,900 edges), so every layer waits for the one before it and up to 50
// tasks are ready at once. Measured:
//   - reading its JSON (jobSpecFromJson) and validating it (validateWorkflow): median of 10;
//   - its layout (DagLayout::compute, Graphviz dot) when the DAG canvas library is built;
//   - its run through a real EngineCore (SQLite store, every task a run through
//     takt-supervisor, every state change stored): from runJobNow to the workflow run's final
//     state, and the engine thread's CPU time over that span.
// The limit, measured in the same process: takt-supervisor running /bin/true with as many in
// flight as the engine has slots — what running the tasks' processes costs whatever the engine
// does; and, as a reference, as many runs of a plain /bin/true job through the same engine.
// Scheduling overhead per task = (run time − that floor) / tasks; the engine's CPU time
// per task is the same overhead seen from the engine thread.
//
//   bench_workflow [--tasks N] [--slots S]      (default 2000 tasks, 2 × cores slots)
// Data goes to $TMPDIR (default /tmp), removed in the background at the end.

#include "benchutil.h"

#include <engine/executor/processexecutor.h>
#include <engine/scheduler/enginecore.h>
#include <engine/workflow/workflow.h>
#ifdef TAKT_BENCH_DAG_LAYOUT
#include <views/dag/daglayout.h>
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace Takt;

namespace {

constexpr int Width = 50;

WorkflowSpec layeredWorkflow(int taskCount)
{
    WorkflowSpec spec;
    for (int i = 0; i < taskCount; ++i) {
        TaskSpec task;
        task.name = QStringLiteral("t%1").arg(i);
        task.command = {QStringLiteral("/bin/true")};
        spec.tasks.append(task);
        if (i >= Width) {
            const int layerStart = (i / Width - 1) * Width;
            spec.edges.append({QStringLiteral("t%1").arg(layerStart + i % Width), task.name});
            spec.edges.append({QStringLiteral("t%1").arg(layerStart + (i + 1) % Width), task.name});
        }
    }
    return spec;
}

double medianOf(std::vector<double> values)
{
    return Bench::percentiles(std::move(values)).p50;
}

double supervisorRate(const QString &supervisorPath, int inFlight, int count)
{
    const QString dirPath = Bench::newTempDir("bench_workflow-sup");
    const std::string base = QFile::encodeName(dirPath).toStdString();
    const std::string sup = QFile::encodeName(supervisorPath).toStdString();
    return Bench::spawnRateOf(
        [&](int i) {
            return std::vector<std::string>{sup, "--dir", base + "/" + std::to_string(i), "--workdir", base,
                                            "--grace-ms", "10000", "--", "/bin/true"};
        },
        count, inFlight);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::waitForEarlierCleanup();
    int taskCount = 2000;
    int slotCount = std::max(2, QThread::idealThreadCount() * 2);
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--tasks") == 0)
            taskCount = std::max(Width, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--slots") == 0)
            slotCount = std::max(1, std::atoi(argv[i + 1]));
    }
    const QString supervisorPath = ProcessExecutor().supervisorPath();
    if (supervisorPath.isEmpty())
        qFatal("takt-supervisor not found (set TAKT_SUPERVISOR)");

    JobSpec job;
    job.name = QStringLiteral("bench");
    job.timeZone = QStringLiteral("UTC");
    job.workflow = layeredWorkflow(taskCount);
    const QByteArray json = QJsonDocument(jobSpecToJson(job)).toJson(QJsonDocument::Compact);

    // Definition: read and validate.
    std::vector<double> parseMs, validateMs;
    for (int i = 0; i < 10; ++i) {
        double t0 = Bench::monoSeconds();
        const auto parsed = jobSpecFromJson(QJsonDocument::fromJson(json).object());
        parseMs.push_back((Bench::monoSeconds() - t0) * 1000);
        if (!parsed.isOk())
            qFatal("%s", qPrintable(parsed.error().toString()));
        t0 = Bench::monoSeconds();
        const Result<void> valid = validateWorkflow(*parsed->workflow, job.name);
        validateMs.push_back((Bench::monoSeconds() - t0) * 1000);
        if (!valid.isOk())
            qFatal("%s", qPrintable(valid.error().toString()));
    }

    double layoutMs = -1;
#ifdef TAKT_BENCH_DAG_LAYOUT
    {
        QStringList names;
        for (const TaskSpec &task : job.workflow->tasks)
            names << task.name;
        QList<QPair<QString, QString>> edges;
        for (const WorkflowEdge &edge : job.workflow->edges)
            edges.append({edge.from, edge.to});
        const double t0 = Bench::monoSeconds();
        const QList<QPointF> points = DagLayout::compute(names, edges);
        layoutMs = (Bench::monoSeconds() - t0) * 1000;
        if (points.size() != names.size())
            qFatal("layout gave %lld points for %lld tasks", qint64(points.size()), qint64(names.size()));
    }
#endif

    // The floor: the tasks' processes alone.
    Bench::settle();
    const double floorRate = supervisorRate(supervisorPath, slotCount, std::min(taskCount, 1000));

    // The run.
    Bench::settle();
    EngineCore::Options options;
    options.dataDir = Bench::newTempDir("bench_workflow");
    options.slotCount = slotCount;
    options.supervisorPath = supervisorPath;
    EngineCore core(options);
    if (const Result<void> started = core.start(); !started.isOk())
        qFatal("%s", qPrintable(started.error().toString()));
    if (const auto created = core.createJob(job); !created.isOk())
        qFatal("%s", qPrintable(created.error().toString()));

    QEventLoop loop;
    RunId workflowRun = 0;
    RunState finalState = RunState::Scheduled;
    int taskRunsEnded = 0;
    QObject::connect(&core, &EngineCore::runChanged, &loop, [&](const RunRecord &run) {
        if (run.isTaskRun() && isFinal(run.state))
            ++taskRunsEnded;
        if (run.id == workflowRun && isFinal(run.state)) {
            finalState = run.state;
            loop.quit();
        }
    });
    const double cpu0 = Bench::threadCpuSeconds();
    const qint64 commits0 = core.storeCommitCount();
    const double t0 = Bench::monoSeconds();
    const auto run = core.runJobNow(job.name);
    if (!run.isOk())
        qFatal("%s", qPrintable(run.error().toString()));
    workflowRun = run->id;
    loop.exec();
    const double runSeconds = Bench::monoSeconds() - t0;
    const double cpuSeconds = Bench::threadCpuSeconds() - cpu0;
    const qint64 commits = core.storeCommitCount() - commits0;
    if (finalState != RunState::Succeeded)
        qFatal("the workflow run ended %s", qPrintable(runStateName(finalState)));

    // The reference: as many plain runs of a /bin/true job through the same engine.
    JobSpec plain;
    plain.name = QStringLiteral("plain");
    plain.timeZone = QStringLiteral("UTC");
    plain.command = {QStringLiteral("/bin/true")};
    if (const auto created = core.createJob(plain); !created.isOk())
        qFatal("%s", qPrintable(created.error().toString()));
    int plainEnded = 0;
    QObject::connect(&core, &EngineCore::runChanged, &loop, [&](const RunRecord &r) {
        if (r.jobName == plain.name && isFinal(r.state) && ++plainEnded == taskCount)
            loop.quit();
    });
    Bench::settle();
    const double p0 = Bench::monoSeconds();
    for (int i = 0; i < taskCount; ++i) {
        if (const auto made = core.runJobNow(plain.name); !made.isOk())
            qFatal("%s", qPrintable(made.error().toString()));
    }
    if (plainEnded < taskCount)
        loop.exec();
    const double plainSeconds = Bench::monoSeconds() - p0;
    core.stop();

    const double floorSeconds = taskCount / floorRate;
    const double overheadMs = (runSeconds - floorSeconds) * 1000 / taskCount;
    std::vector<Bench::Row> rows;
    const std::string n = std::to_string(taskCount);
    rows.push_back({"read the " + n + "-task workflow's JSON (median of 10)", Bench::fmt("%.1f ms", medianOf(parseMs)), "-", "-", -1});
    rows.push_back({"validate it (names, edges, handlers, cycle)", Bench::fmt("%.2f ms", medianOf(validateMs)), "-", "-", -1});
    rows.push_back({"lay it out (Graphviz dot)", layoutMs < 0 ? std::string("not built") : Bench::fmt("%.0f ms", layoutMs), "-", "-", -1});
    rows.push_back({"run it to the end, " + std::to_string(slotCount) + " slots", Bench::fmt("%.2f s", runSeconds),
                    Bench::fmt("%.2f s", floorSeconds), "-", -1});
    rows.push_back({"  tasks per second", Bench::fmt("%.0f/s", taskCount / runSeconds),
                    Bench::fmt("%.0f/s", floorRate), "-", -1});
    rows.push_back({"  speed vs as many plain runs (plain time / workflow time)", Bench::fmt("%.2f", plainSeconds / runSeconds),
                    Bench::fmt("%.0f runs/s", taskCount / plainSeconds), "-", -1});
    rows.push_back({"  task runs reported ended", std::to_string(taskRunsEnded), n, n, taskRunsEnded == taskCount ? 1 : 0});
    rows.push_back({"scheduling overhead per task (run − floor) / tasks", Bench::fmt("%.3f ms", overheadMs), "0", "-", -1});
    rows.push_back({"engine thread CPU per task", Bench::fmt("%.3f ms", cpuSeconds * 1000 / taskCount), "-", "-", -1});
    rows.push_back({"store commits per task", Bench::fmt("%.3f", double(commits) / taskCount), "-", "-", -1});
    std::printf("limit: takt-supervisor running /bin/true, %d at a time (%d spawns)\n", slotCount, std::min(taskCount, 1000));
    Bench::printTable("bench_workflow", rows);
    Bench::removeTempDirs();
    return 0;
}
