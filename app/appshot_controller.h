#pragma once
// Runs the AppShot Map pane's requests as jobs on the main window's JobRunner
// (read a city, simulate demo traffic, train, generate, load and export
// traffic, evaluate into a report folder) and hands the results back to the pane on the GUI thread. Errors go
// to the pane's status line and the window's status bar; what was loaded stays.

#include "widgets/appshot/appshot_requests.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace netsynth {

class AppShotMapPane;
class JobRunner;

// A scripted start (command line of the GUI, tests): open a city, then
// optionally simulate traffic, train, generate, select a cell and show the
// patches, each step as a job started when the previous one succeeded.
struct AppShotStartup
{
    QString city;
    int simulateServices = 0; // > 0: simulate demo traffic over the city
    int simulateDays = 7;
    QString trainRunDir;      // with trainSteps > 0: train on the city (simulated traffic)
    int trainSteps = 0;
    QString checkpoint;       // generate with it (or with the run's checkpoint after training)
    QString hours = QStringLiteral("0-23");
    int cellRow = -1, cellCol = -1;
    bool showPatches = false;
};

class AppShotController : public QObject
{
    Q_OBJECT
public:
    AppShotController(JobRunner *jobs, AppShotMapPane *pane, QObject *parent = nullptr);

    void openCity(const QString &path);
    void simulate(const AppShotDemoRequest &request);
    void train(const AppShotTrainRequest &request);
    void generate(const AppShotGenerateRequest &request);
    void loadGenerated(const QString &dir);
    void exportTraffic(const QString &path);
    // Evaluates the pane's generated traffic against its real traffic and writes
    // a report folder (metrics.json, report.html, report.pdf, maps), like
    // `netsynth-cli appshot evaluate`; the pane then offers to open it.
    void evaluate(const AppShotEvaluateRequest &request);
    // Runs a spatial hold-out study of the pane's city with its real traffic
    // (AppShotHoldoutStudy, like `netsynth-cli appshot holdout`) and shows its
    // table (HoldoutResultsDialog) when it ends.
    void holdout(const AppShotHoldoutRequest &request);
    void runStartup(const AppShotStartup &startup);

Q_SIGNALS:
    void message(const QString &text);
    // An evaluation wrote this report folder.
    void reportReady(const QString &folder);
    // A hold-out study finished and wrote folder/holdout.json.
    void holdoutFinished(const QString &folder);
    // Emitted when a scripted start has run all its steps (ok) or stopped at a failure.
    void startupFinished(bool ok);

private:
    enum class Stage { Open, Simulate, Train, Generate, Done };
    void fail(const QString &what, const QString &error);
    void advance(Stage finished);
    void stopStartup();
    JobRunner *m_jobs;
    QPointer<AppShotMapPane> m_pane;
    std::optional<AppShotStartup> m_startup;
};

} // namespace netsynth
