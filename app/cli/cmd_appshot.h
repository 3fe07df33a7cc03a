#pragma once
// Subcommands of `netsynth-cli appshot` implemented in cmd_appshot_model.cpp
// and cmd_appshot_holdout.cpp.
#include "core/appshot/appshot_config.h"

#include <QCommandLineParser>
#include <QStringList>

namespace netsynth::cli {

int runAppshotTrain(const QStringList &args);
int runAppshotGenerate(const QStringList &args);
int runAppshotEvaluate(const QStringList &args);
int runAppshotProbe(const QStringList &args);
int runAppshotHoldout(const QStringList &args); // cmd_appshot_holdout.cpp

// The training options shared by `train` and `holdout` (--steps --batch
// --patch --stride --channels --seed --checkpoint-every --composition-input
// --lr-composition), and the config they give (UsageError on bad values).
void addAppshotTrainingOptions(QCommandLineParser &parser);
AppShotConfig appshotTrainingConfigFrom(const QCommandLineParser &parser);

} // namespace netsynth::cli
