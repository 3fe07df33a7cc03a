#pragma once
// RunsPane: the training runs of the workspace and every run the user trained,
// opened or added, remembered across restarts (as TensorBoard lists its runs).
// A table (name, model, steps, last loss, modified, folder) and, below it, the
// loss curves of the ticked runs overlaid on one log-scale chart. Double-click
// (or Enter) opens a run in the Training pane. Display only: the runs are read
// by core/runs (RunSummary).

#include "core/runs/run_summary.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace netsynth {

class RunsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPane(QWidget *parent = nullptr);

    // Adds a run folder (or its checkpoint file), or refreshes it when listed,
    // and remembers it. False, with the reason in the pane, when it is not a run.
    bool addRun(const QString &fileOrDir);
    // Forgets the run in that row (the folder stays on disk).
    void removeRun(int row);
    // Reads the workspace and every remembered run again (F5).
    void rescan();

    int runCount() const { return static_cast<int>(m_runs.size()); }
    const RunSummary &run(int row) const { return m_runs[static_cast<std::size_t>(row)]; }
    int rowOf(const QString &dir) const; // -1 when not listed
    // The ticked runs, whose curves the chart overlays.
    QStringList overlaid() const;
    void setOverlaid(const QString &dir, bool on);

    QTableWidget *table() const { return m_table; }
    QCustomPlot *lossPlot() const { return m_plot; }
    QString messageText() const;

    // The runs the user added or opened, as stored in the settings.
    static QStringList rememberedRuns();

Q_SIGNALS:
    void openRunRequested(const QString &dir);

private:
    void addDialog();
    void fillTable();
    void updatePlot();
    void remember(const QString &dir, bool on);
    void showMessage(const QString &text, bool error = false);

    std::vector<RunSummary> m_runs;
    QStringList m_checked; // dirs of the overlaid runs
    QTableWidget *m_table;
    QCustomPlot *m_plot;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace netsynth
