#include "core/eval/pipeline_state.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace netsynth {

namespace fs = std::filesystem;

PipelineState PipelineState::load(const std::string &path)
{
    PipelineState s;
    s.m_path = path;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return s;
    try {
        nlohmann::json j = nlohmann::json::parse(readWholeFile(path));
        if (j.is_object() && jsonFormat(j) == "netsynth-pipeline-state" &&
            j.contains("steps") && j["steps"].is_object())
            s.m_json = std::move(j);
    } catch (const std::exception &) {
        // A damaged state only costs a re-run of the steps.
    }
    return s;
}

std::string PipelineState::digest(const nlohmann::json &key)
{
    const std::string text = key.dump();
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

nlohmann::json PipelineState::fingerprint(const std::string &path)
{
    std::error_code ec;
    const fs::path p(path);
    std::uintmax_t files = 0, bytes = 0;
    long long newest = 0;
    auto visit = [&](const fs::directory_entry &e) {
        std::error_code e2;
        if (!e.is_regular_file(e2))
            return;
        ++files;
        bytes += e.file_size(e2);
        const auto t = e.last_write_time(e2).time_since_epoch();
        newest = std::max<long long>(newest, std::chrono::duration_cast<std::chrono::seconds>(t).count());
    };
    if (fs::is_directory(p, ec)) {
        for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
            visit(*it);
    } else if (fs::exists(p, ec)) {
        visit(fs::directory_entry(p, ec));
    }
    return {{"files", files}, {"bytes", bytes}, {"newest", newest}};
}

namespace {
// A step record's "done", false unless it is the boolean true (the file is
// only a cache: a hand-edited or damaged record means "redo the step").
bool isDone(const nlohmann::json &record)
{
    const auto done = record.find("done");
    return done != record.end() && done->is_boolean() && done->get<bool>();
}
} // namespace

const nlohmann::json *PipelineState::matching(const std::string &step, const nlohmann::json &key) const
{
    const auto steps = m_json.find("steps");
    if (steps == m_json.end() || !steps->is_object())
        return nullptr;
    const auto it = steps->find(step);
    if (it == steps->end() || !it->is_object())
        return nullptr;
    const auto recorded = it->find("digest");
    if (recorded == it->end() || !recorded->is_string() || recorded->get<std::string>() != digest(key))
        return nullptr;
    return &*it;
}

bool PipelineState::finished(const std::string &step, const nlohmann::json &key,
                             const std::vector<std::string> &outputs) const
{
    const nlohmann::json *s = matching(step, key);
    if (!s || !isDone(*s))
        return false;
    std::error_code ec;
    for (const auto &f : outputs)
        if (!fs::exists(f, ec))
            return false;
    return true;
}

bool PipelineState::started(const std::string &step, const nlohmann::json &key) const
{
    const nlohmann::json *s = matching(step, key);
    return s && !isDone(*s);
}

void PipelineState::begin(const std::string &step, const nlohmann::json &key)
{
    m_json["steps"][step] = {{"key", key}, {"digest", digest(key)}, {"done", false}};
    save();
}

void PipelineState::finish(const std::string &step, const nlohmann::json &key, double seconds,
                           const nlohmann::json &info)
{
    m_json["steps"][step] = {{"key", key}, {"digest", digest(key)}, {"done", true}, {"seconds", seconds},
                             {"info", info}};
    save();
}

void PipelineState::forget(const std::string &step)
{
    m_json["steps"].erase(step);
    save();
}

void PipelineState::save() const
{
    if (!m_path.empty())
        writeFileAtomically(m_path, m_json.dump(1));
}

} // namespace netsynth
