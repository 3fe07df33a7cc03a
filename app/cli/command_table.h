#pragma once
// The table of netsynth-cli subcommands. To add one: write cmd_<name>.cpp with
// `int run<Name>(const QStringList &args)` and add one row in command_table.cpp.

#include <QStringList>

#include <vector>

namespace netsynth::cli {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args); // args[0] = "netsynth-cli <name>"
};

const std::vector<Command> &commands();

// Implemented in cmd_*.cpp
int runInfo(const QStringList &args);
int runEvaluate(const QStringList &args);
int runPipeline(const QStringList &args);
int runTrain(const QStringList &args);
int runSample(const QStringList &args);
// cmd_baseline.cpp: baseline train|sample; `train`/`sample` hand over to
// runBaselineTrain/runBaselineSample when wantsBaseline(args) (a --model other
// than diffusion, or a baseline run folder as --checkpoint).
int runBaseline(const QStringList &args);
int runBaselineTrain(const QStringList &args);
int runBaselineSample(const QStringList &args);
bool wantsBaseline(const QStringList &args);
bool isBaselineRun(const QString &path);
QString rawOptionValue(const QStringList &args, const QString &name);
int runInspect(const QStringList &args);
int runAppshot(const QStringList &args);
int runReport(const QStringList &args);
int runEncode(const QStringList &args);
int runDecode(const QStringList &args);
int runExport(const QStringList &args);
int runRuns(const QStringList &args);
int runCompare(const QStringList &args);

} // namespace netsynth::cli
