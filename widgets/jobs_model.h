#pragma once
// Table model over a JobRunner: one row per job (name, state, progress,
// elapsed, message). Updates come from the runner's signals on the GUI thread.

#include "core/runtime/job_runner.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace netsynth {

class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ProgressColumn, ElapsedColumn, MessageColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, FractionRole, ActiveRole };

    explicit JobsModel(JobRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    JobId jobAt(int row) const;
    int rowOf(JobId id) const;
    JobRunner *runner() const { return m_runner; }

private:
    void refreshRow(JobId id);
    JobRunner *m_runner;
    QList<JobId> m_ids;
    QTimer m_elapsedTimer; // repaints elapsed times of running jobs
};

} // namespace netsynth
