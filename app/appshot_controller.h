#pragma once
// Runs the AppShot Map pane's requests as jobs on the main window's JobRunner
// (read a city, simulate demo traffic, train, generate, load and export
// traffic) and hands the results back to the pane on the GUI thread. Errors go
// to the pane's status line and the window's status bar; what was loaded stays.

#include "widgets/appshot/appshot_requests.h"

#include <QObject>
#include <QPointer>

namespace netsynth {

class AppShotMapPane;
class JobRunner;

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

Q_SIGNALS:
    void message(const QString &text);

private:
    void fail(const QString &what, const QString &error);
    JobRunner *m_jobs;
    QPointer<AppShotMapPane> m_pane;
};

} // namespace netsynth
