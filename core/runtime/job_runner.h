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
// - Jobs are typed: the callback receives a JobOutcome of what the work
//   returned, as that type (no casts at the call site; void work gets how it
//   ended only).
//
//   auto id = runner.submit(tr("Load dataset"), [path](ProgressToken &t) {
//       return loadDataset(path, t);                         // a LoadedDataset
//   }, this, [this](const JobOutcome<LoadedDataset> &r) { if (r.ok()) show(r.value()); });

#include "core/runtime/job.h"
#include "core/runtime/progress.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

namespace netsynth {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    // maxThreads <= 0: QThread::idealThreadCount().
    explicit JobRunner(int maxThreads = 0, QObject *parent = nullptr);
    ~JobRunner() override;

    // Queue work, a callable taking ProgressToken & and returning a T (or
    // nothing). When context is given, onFinished(const JobOutcome<T> &) runs
    // on context's thread after jobFinished, unless context was destroyed
    // meanwhile.
    template <typename WorkFn>
    JobId submit(const QString &name, WorkFn work)
    {
        return submit(name, std::move(work), nullptr, [](const auto &) {});
    }
    template <typename WorkFn, typename Done>
    JobId submit(const QString &name, WorkFn work, QObject *context, Done onFinished)
    {
        using T = std::invoke_result_t<WorkFn &, ProgressToken &>;
        if constexpr (std::is_void_v<T>) {
            return submitErased(name, std::move(work), context,
                                [done = std::move(onFinished)](const JobResult &r) { done(JobOutcome<void>(r)); });
        } else {
            // The worker writes the value before the runner posts the
            // callback to the context's thread, which reads it.
            auto slot = std::make_shared<std::optional<T>>();
            return submitErased(
                name, [slot, work = std::move(work)](ProgressToken &t) mutable { slot->emplace(work(t)); }, context,
                [slot, done = std::move(onFinished)](const JobResult &r) {
                    done(JobOutcome<T>(r, r.ok() ? std::move(*slot) : std::nullopt));
                });
        }
    }

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
    using Work = std::function<void(ProgressToken &)>;
    using Callback = std::function<void(const JobResult &)>;
    struct Entry;
    JobId submitErased(const QString &name, Work work, QObject *context, Callback onFinished);
    void runEntry(const std::shared_ptr<Entry> &entry, Work work, QObject *context, Callback onFinished);

    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    std::map<JobId, std::shared_ptr<Entry>> m_entries;
    JobId m_nextId = 1;
};

} // namespace netsynth
