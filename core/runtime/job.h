#pragma once
// Value types describing a background job. See job_runner.h.

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace netsynth {

using JobId = std::uint64_t;

// How a job ended (JobRunner::jobFinished, the Jobs pane). The value the
// work returned reaches its own callback only, typed: JobOutcome<T>.
struct JobResult
{
    enum class Status { Succeeded, Failed, Canceled };
    Status status = Status::Succeeded;
    QString error;        // human-readable message on failure
    bool inputError = false; // true when the failure was a netsynth::InputError

    bool ok() const { return status == Status::Succeeded; }
};

// What a job's callback receives: how it ended and, when ok(), the value its
// work function returned, as the type it returned (JobRunner::submit).
template <typename T>
class JobOutcome : public JobResult
{
public:
    JobOutcome(const JobResult &result, std::optional<T> value) : JobResult(result), m_value(std::move(value)) {}
    // The work's value; only when ok().
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }

private:
    std::optional<T> m_value;
};

// Work that returns nothing: how it ended, nothing more.
template <>
class JobOutcome<void> : public JobResult
{
public:
    explicit JobOutcome(const JobResult &result) : JobResult(result) {}
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
