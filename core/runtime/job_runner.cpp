#include "core/runtime/job_runner.h"

#include "core/runtime/errors.h"

#include <QPointer>
#include <QThread>

namespace netsynth {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Paused: return QStringLiteral("paused");
    case JobState::Succeeded: return QStringLiteral("finished");
    case JobState::Stopped: return QStringLiteral("stopped");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Canceled: return QStringLiteral("canceled");
    }
    return QString();
}

double JobInfo::elapsedSeconds() const
{
    if (!startedAt.isValid())
        return 0.0;
    const QDateTime end = finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc();
    return startedAt.msecsTo(end) / 1000.0;
}

struct JobRunner::Entry
{
    JobInfo info;
    ProgressToken token;
    bool stopRequested = false;
};

JobRunner::JobRunner(int maxThreads, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<netsynth::JobResult>();
    qRegisterMetaType<netsynth::JobId>("netsynth::JobId");
    m_pool.setMaxThreadCount(maxThreads > 0 ? maxThreads : QThread::idealThreadCount());
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

JobId JobRunner::submitErased(const QString &name, Work work, QObject *context, Callback onFinished)
{
    auto entry = std::make_shared<Entry>();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        entry->info.id = m_nextId++;
        entry->info.name = name;
        entry->info.queuedAt = QDateTime::currentDateTimeUtc();
        m_entries[entry->info.id] = entry;
    }
    const JobId id = entry->info.id;
    Q_EMIT jobAdded(id);

    QPointer<QObject> guard(context);
    m_pool.start([this, entry, work = std::move(work), guard, context, onFinished = std::move(onFinished)]() mutable {
        runEntry(entry, std::move(work), guard ? context : nullptr, std::move(onFinished));
    });
    return id;
}

void JobRunner::runEntry(const std::shared_ptr<Entry> &entry, Work work, QObject *context,
                         Callback onFinished)
{
    const JobId id = entry->info.id;
    QPointer<QObject> contextGuard(context);
    JobResult result;
    if (entry->token.isCanceled()) {
        result.status = JobResult::Status::Canceled;
    } else {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            entry->info.state = JobState::Running;
            entry->info.startedAt = QDateTime::currentDateTimeUtc();
        }
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT jobStarted(id); }, Qt::QueuedConnection);
        entry->token.setObserver([this, entry, id](double fraction, const std::string &message) {
            const QString text = QString::fromStdString(message);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                entry->info.fraction = fraction;
                entry->info.message = text;
            }
            QMetaObject::invokeMethod(this, [this, id, fraction, text] {
                Q_EMIT jobProgress(id, fraction, text);
            }, Qt::QueuedConnection);
        });
        try {
            work(entry->token);
            result.status = entry->token.isCanceled() ? JobResult::Status::Canceled
                                                      : JobResult::Status::Succeeded;
        } catch (const CanceledError &) {
            result.status = JobResult::Status::Canceled;
        } catch (const InputError &e) {
            result.status = JobResult::Status::Failed;
            result.inputError = true;
            result.error = QString::fromStdString(e.what());
        } catch (const std::exception &e) {
            result.status = JobResult::Status::Failed;
            result.error = QString::fromStdString(e.what());
        } catch (...) {
            result.status = JobResult::Status::Failed;
            result.error = QStringLiteral("unknown error");
        }
        entry->token.setObserver({});
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        entry->info.finishedAt = QDateTime::currentDateTimeUtc();
        if (!entry->info.startedAt.isValid())
            entry->info.startedAt = entry->info.finishedAt;
        switch (result.status) {
        case JobResult::Status::Succeeded:
            if (entry->stopRequested) {
                entry->info.state = JobState::Stopped; // progress stays where the work stopped
            } else {
                entry->info.state = JobState::Succeeded;
                entry->info.fraction = 1.0;
            }
            break;
        case JobResult::Status::Failed:
            entry->info.state = JobState::Failed;
            entry->info.message = result.error;
            break;
        case JobResult::Status::Canceled:
            entry->info.state = JobState::Canceled;
            break;
        }
    }
    QMetaObject::invokeMethod(this, [this, id, result] { Q_EMIT jobFinished(id, result); },
                              Qt::QueuedConnection);
    if (contextGuard && onFinished) {
        QMetaObject::invokeMethod(contextGuard.data(), [contextGuard, onFinished, result] {
            if (contextGuard)
                onFinished(result);
        }, Qt::QueuedConnection);
    }
}

void JobRunner::cancel(JobId id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->second->token.cancel();
}

void JobRunner::setPaused(JobId id, bool paused)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            return;
        JobState &state = it->second->info.state;
        if (paused && state == JobState::Running)
            state = JobState::Paused;
        else if (!paused && state == JobState::Paused)
            state = JobState::Running;
        else
            return;
    }
    Q_EMIT jobStateChanged(id);
}

void JobRunner::markStopped(JobId id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->second->stopRequested = true;
}

void JobRunner::cancelAll()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto &kv : m_entries)
        kv.second->token.cancel();
}

bool JobRunner::waitForAll(int msecs)
{
    return m_pool.waitForDone(msecs);
}

JobInfo JobRunner::info(JobId id) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_entries.find(id);
    return it == m_entries.end() ? JobInfo{} : it->second->info;
}

QList<JobId> JobRunner::jobIds() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QList<JobId> ids;
    for (const auto &kv : m_entries)
        ids.append(kv.first);
    return ids;
}

int JobRunner::activeCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    int n = 0;
    for (const auto &kv : m_entries)
        n += kv.second->info.isActive() ? 1 : 0;
    return n;
}

void JobRunner::clearFinished()
{
    QList<JobId> removed;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (!it->second->info.isActive()) {
                removed.append(it->first);
                it = m_entries.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (JobId id : removed)
        Q_EMIT jobRemoved(id);
}

} // namespace netsynth
