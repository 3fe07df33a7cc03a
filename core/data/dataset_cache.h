#pragma once
// The dataset index cache: after a file or folder is parsed, the resulting
// Dataset (biflows, packets, labels, metadata) is written in a compact binary
// form, so opening the same data again reads it back instead of re-parsing
// JSON, pcap or CSV. An entry is keyed by the path, every option that changes
// the result, and the size and modification time of every input file, so an
// edited file is never served stale.
//
// Location: $NETSYNTH_CACHE_DIR when set, else the user's cache folder
// (QStandardPaths::CacheLocation, e.g. ~/.cache/NetSynth/NetSynth Studio)/datasets.
// The data folders themselves are often read-only, so nothing is written there.

#include "core/data/biflow.h"
#include "core/data/dataset_loader.h"

#include <string>
#include <vector>

namespace netsynth {

class DatasetCache
{
public:
    static std::string directory();
    // Cache file for a load of `path` reading `files` (absolute, sorted) with `options`.
    static std::string entryPath(const std::string &path, const std::vector<std::string> &files,
                                 const LoadOptions &options);
    // The cached dataset, or nullptr when there is no usable entry (missing,
    // another version, damaged: damaged entries are ignored, never fatal).
    static DatasetPtr read(const std::string &entry);
    // Writes an entry atomically; throws InputError when the folder is not writable.
    static void write(const std::string &entry, const Dataset &dataset);
    // Datasets above this many packets are not cached (the cache would rival the data).
    static constexpr std::int64_t kMaxPackets = 50'000'000;
};

} // namespace netsynth
