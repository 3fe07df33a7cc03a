#pragma once
// Real vs synthetic (Tools > Compare real and synthetic..., Ctrl+Shift+R; the
// Training pane's Compare... after sampling; the Reports pane's Real vs
// synthetic... for a report's sets): a dialog naming the two image sets, then
// a job on MainWindow's JobRunner (progress and Cancel in the Jobs pane) that
// loads both, decodes their series and computes core's SeriesComparison, and
// finally the SeriesComparisonDialog showing it.

#include "widgets/reports/series_comparison_dialog.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace netsynth {

class JobRunner;

class CompareActions : public QObject
{
    Q_OBJECT
public:
    CompareActions(QWidget *window, JobRunner *jobs);

    void addTo(QMenu *menu);
    // The dialog, pre-filled with the two sets (either may be empty), then the job.
    void compareSets(const QString &realSet = QString(), const QString &syntheticSet = QString());
    // The job itself (also used by tests). Emits shown() with the open view, or failed().
    void submitComparison(const QString &realSet, const QString &syntheticSet);

Q_SIGNALS:
    void shown(netsynth::SeriesComparisonDialog *view);
    void failed(const QString &message);

private:
    QWidget *m_window;
    JobRunner *m_jobs;
};

} // namespace netsynth
