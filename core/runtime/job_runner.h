#pragma once
// JobRunner: the one task abstraction of NetSynth Studio (in the spirit of
// QGIS's QgsTaskManager and Qt Creator's async tasks).
//
// - Work runs on the runner's own QThreadPool. A work function receives a
//   ProgressToken: it reports progress and polls the cancel flag.
// - Signals are always emitted on the thread the runner lives on (the GUI
//   thread in the app), so slots can touch widgets directly.
// - A work function's exception becomes a Failed result, CanceledError
//   becomes Canceled. Nothing escapes the worker thread.
// - Destroying the runner cancels every job and waits for them to end.
//
//   auto id = runner.submit(tr("Load dataset"), [path](ProgressToken &t) {
//       return std::any(loadDataset(path, t));
//   }, this, [this](const JobResult &r) { if (r.ok()) show(...); });

#include "core/runtime/job.h"
#include "core/runtime/progress.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace netsynth {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<std::any(ProgressToken &)>;
    using Callback = std::function<void(const JobResult &)>;

    // maxThreads <= 0: QThread::idealThreadCount().
    explicit JobRunner(int maxThreads = 0, QObject *parent = nullptr);
    ~JobRunner() override;

    // Queue work. When context is given, onFinished runs on context's thread
    // after jobFinished, unless context was destroyed meanwhile.
    JobId submit(const QString &name, Work work, QObject *context = nullptr,
                 Callback onFinished = {});

    void cancel(JobId id);
    // The state a Jobs view shows, for work that pauses or stops itself (the
    // runner does not pause or stop anything): setPaused switches a running
    // job between Running and Paused; markStopped makes a job that then
    // succeeds end as Stopped, its progress left where it stopped.
    void setPaused(JobId id, bool paused);
    void markStopped(JobId id);
    void cancelAll();
    // Blocks until no job is active. Returns false on timeout. Not for the GUI thread.
    bool waitForAll(int msecs = -1);

    JobInfo info(JobId id) const;
    QList<JobId> jobIds() const;
    int activeCount() const;
    // Drop finished jobs from the list (the Jobs pane's "Clear finished").
    void clearFinished();

Q_SIGNALS:
    void jobAdded(netsynth::JobId id);
    void jobStarted(netsynth::JobId id);
    void jobProgress(netsynth::JobId id, double fraction, const QString &message);
    void jobStateChanged(netsynth::JobId id); // Running <-> Paused
    void jobFinished(netsynth::JobId id, const netsynth::JobResult &result);
    void jobRemoved(netsynth::JobId id);

private:
    struct Entry;
    void runEntry(const std::shared_ptr<Entry> &entry, Work work, QObject *context, Callback onFinished);

    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    std::map<JobId, std::shared_ptr<Entry>> m_entries;
    JobId m_nextId = 1;
};

} // namespace netsynth
