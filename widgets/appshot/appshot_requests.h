#pragma once
// Plain requests the AppShot Map pane emits; the application runs them as jobs.

#include <QString>
#include <QStringList>

namespace netsynth {

struct AppShotTrainRequest
{
    QStringList cityDirs;
    QString runDir;
    int steps = 1000;
    int batch = 8;
    int seed = 1;
    bool demo = true;         // train on SIMULATED demo traffic of every city
    int demoServices = 4;
    int demoDays = 7;
};

struct AppShotGenerateRequest
{
    QString checkpoint;
    QString hours = QStringLiteral("0-23");
    int seed = 1;
};

// Evaluate the generated traffic shown in the pane against the city's real
// traffic (leave-one-city-out) and write a report folder.
struct AppShotEvaluateRequest
{
    QString outDir;
};

// A spatial hold-out study of the pane's city with its real traffic
// (AppShotHoldoutStudy): folds x seeds trainings, each scored on its stripe.
struct AppShotHoldoutRequest
{
    QString outDir;
    int folds = 4;
    int buffer = 1;
    int seeds = 3;
    int steps = 1000;
    int patch = 8;
    QString hours = QStringLiteral("0-167");
};

struct AppShotDemoRequest
{
    int services = 4;
    int days = 7;
    int seed = 1;
};

} // namespace netsynth
