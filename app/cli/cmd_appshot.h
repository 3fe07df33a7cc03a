#pragma once
// Subcommands of `netsynth-cli appshot` implemented in cmd_appshot_model.cpp.
#include <QStringList>

namespace netsynth::cli {

int runAppshotTrain(const QStringList &args);
int runAppshotGenerate(const QStringList &args);
int runAppshotEvaluate(const QStringList &args);
int runAppshotProbe(const QStringList &args);

} // namespace netsynth::cli
