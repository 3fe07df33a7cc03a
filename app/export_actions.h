#pragma once
// Export of an image set as traffic (Tools > Export traffic..., Ctrl+Shift+X;
// the Training pane's Export... after sampling; the Reports pane's Export
// traffic... for a report's synthetic set): a dialog, then a job on
// MainWindow's JobRunner (progress and Cancel in the Jobs pane) that runs
// core/export's exportImageSet. When it is done, a message says what was
// written, where the timestamps came from and what was adjusted, and offers to
// open the export in the Datasets pane.

#include "core/export/traffic_export.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace netsynth {

class DatasetsPane;
class JobRunner;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(QWidget *window, JobRunner *jobs, DatasetsPane *datasets);

    void addTo(QMenu *menu);
    // The dialog, pre-filled with a set folder and a reference dataset (either may be empty), then the job.
    void exportSet(const QString &setFolder = QString(), const QString &reference = QString());
    // The job itself (also used by tests). Emits exported() or failed().
    void submitExport(const QString &setFolder, const ExportOptions &options);
    // Where an export of `setFolder` in `format` goes by default: the workspace's
    // exports folder, never inside the set.
    static QString defaultOut(const QString &setFolder, ExportFormat format);

Q_SIGNALS:
    void exported(const QString &out, const QStringList &files);
    void failed(const QString &message);

private:
    QWidget *m_window;
    JobRunner *m_jobs;
    DatasetsPane *m_datasets;
};

} // namespace netsynth
