#pragma once
// The Jobs pane: every background job with a progress bar, elapsed time, its
// message, and Cancel / Cancel all / Clear finished.

#include "core/runtime/job_runner.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace netsynth {

class JobsModel;

class JobsPane : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPane(JobRunner *runner, QWidget *parent = nullptr);
    JobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateButtons();
    JobRunner *m_runner;
    JobsModel *m_model;
    QTableView *m_view;
    QToolButton *m_cancel;
    QToolButton *m_cancelAll;
    QToolButton *m_clear;
};

} // namespace netsynth
