#pragma once
// PipelineState: what a pipeline run already finished in its output folder,
// so a re-run with the same settings reuses it (OUT/pipeline_state.json).
//
//   { "format": "netsynth-pipeline-state", "version": 1,
//     "steps": { "encode":             {"key": {...}, "digest": "...", "done": true, "seconds": 3.2, "info": {...}},
//                "train/diffusion":    {...}, "sample/diffusion-ddim": {...}, "evaluate/diffusion-ddim": {...}, ...} }
//
// A step's key holds every setting that decides its output plus the digest of
// the step it reads from, so changing an upstream setting (e.g. the encoding)
// invalidates everything after it. A step is reused when its key is the same,
// it is marked done and its output files still exist; a training whose key is
// the same but that did not finish (cancelled, killed) is resumed from its
// checkpoint. Torch-free.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

class PipelineState
{
public:
    // Reads `path` when it exists; an unreadable or foreign file is ignored
    // (everything is redone), never an error: the state is only a cache.
    static PipelineState load(const std::string &path);

    // Stable digest (FNV-1a 64, hex) of a key's compact JSON text.
    static std::string digest(const nlohmann::json &key);
    // A cheap fingerprint of a dataset file or folder: its files' count, total
    // size and newest modification time (recursive), so edited data is noticed.
    static nlohmann::json fingerprint(const std::string &path);

    // The step's record when its key matches (done or not), else null.
    const nlohmann::json *matching(const std::string &step, const nlohmann::json &key) const;
    // True when the step with this key is done and every file in `outputs` exists.
    bool finished(const std::string &step, const nlohmann::json &key, const std::vector<std::string> &outputs) const;
    // True when the step with this key was started but not finished (resume it).
    bool started(const std::string &step, const nlohmann::json &key) const;

    // Records a step (start: done = false) and writes the file atomically.
    void begin(const std::string &step, const nlohmann::json &key);
    void finish(const std::string &step, const nlohmann::json &key, double seconds, const nlohmann::json &info);
    // Drops a step's record.
    void forget(const std::string &step);

    const nlohmann::json &json() const { return m_json; }
    const std::string &path() const { return m_path; }

private:
    void save() const;

    std::string m_path;
    nlohmann::json m_json = {{"format", "netsynth-pipeline-state"}, {"version", 1}, {"steps", nlohmann::json::object()}};
};

} // namespace netsynth
