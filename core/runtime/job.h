#pragma once
// Value types describing a background job. See job_runner.h.

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <any>
#include <cstdint>

namespace netsynth {

using JobId = std::uint64_t;

struct JobResult
{
    enum class Status { Succeeded, Failed, Canceled };
    Status status = Status::Succeeded;
    std::any value;       // what the work function returned (empty on failure/cancel)
    QString error;        // human-readable message on failure
    bool inputError = false; // true when the failure was a netsynth::InputError

    bool ok() const { return status == Status::Succeeded; }
};

// Paused: running work the user paused (JobRunner::setPaused; the work itself
// waits). Stopped: work that ended early at the user's request with a valid
// result (JobRunner::markStopped; e.g. training stopped with a checkpoint).
enum class JobState { Queued, Running, Paused, Succeeded, Stopped, Failed, Canceled };

QString jobStateName(JobState state);

struct JobInfo
{
    JobId id = 0;
    QString name;
    JobState state = JobState::Queued;
    double fraction = 0.0;
    QString message;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isActive() const
    {
        return state == JobState::Queued || state == JobState::Running || state == JobState::Paused;
    }
    // Seconds spent running so far (or in total once finished).
    double elapsedSeconds() const;
};

} // namespace netsynth

Q_DECLARE_METATYPE(netsynth::JobResult)
Q_DECLARE_METATYPE(netsynth::JobId)
