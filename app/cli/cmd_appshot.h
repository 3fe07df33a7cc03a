#pragma once
// Subcommands of `netsynth-cli appshot` implemented in cmd_appshot_model.cpp.
#include <QStringList>

namespace netsynth::cli {

int runAppshotEvaluate(const QStringList &args);

} // namespace netsynth::cli
