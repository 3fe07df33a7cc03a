#pragma once
// The evaluation actions of the main window (Tools menu):
//   Evaluate synthetic images... (Ctrl+Shift+E)  real/synthetic/test folders -> report
//   Run full pipeline...         (Ctrl+Shift+P)  dataset -> encode -> train -> sample -> evaluate -> report,
//                                                for one generator or several side by side (generator checkboxes)
// Both run as jobs on MainWindow's JobRunner (progress and Cancel in the Jobs
// pane); the finished report is added to the Reports pane and shown.

#include "core/eval/pipeline_runner.h"

#include <QObject>
#include <QString>

class QDockWidget;
class QMenu;
class QWidget;

namespace netsynth {

class JobRunner;
class ReportsPane;

class EvaluationActions : public QObject
{
    Q_OBJECT
public:
    EvaluationActions(QWidget *window, JobRunner *jobs, ReportsPane *pane, QDockWidget *reportsDock);

    void addTo(QMenu *menu);
    // Dialogs, then jobs.
    void evaluate();
    void runFullPipeline();
    // The jobs themselves (also used by tests): write a report folder.
    void submitEvaluation(const QString &real, const QString &synthetic, const QString &testReal, const QString &out,
                          int seeds, bool useCnn);
    void submitPipeline(const QString &data, const QString &out, const QString &preset);
    // Any pipeline options (generators, step counts, fresh); the report opens in the Reports pane.
    void submitPipeline(const PipelineOptions &options);

Q_SIGNALS:
    void reportReady(const QString &folder);
    void failed(const QString &message);

private:
    void finished(const QString &folder);

    QWidget *m_window;
    JobRunner *m_jobs;
    ReportsPane *m_pane;
    QDockWidget *m_dock;
};

} // namespace netsynth
