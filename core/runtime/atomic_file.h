#pragma once
// Write-then-rename, so a crash or a full disk never leaves a half-written file
// where a good one was. Every file NetSynth writes (checkpoints, shards,
// manifests, reports, caches) goes through these helpers.

#include <functional>
#include <ostream>
#include <string>

namespace netsynth {

// Calls writer with a stream on "<path>.tmp-XXXX" in the same folder, flushes,
// fsyncs and renames it onto path. On any failure the temp file is removed and
// an InputError naming path is thrown; path is left untouched.
void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &writer);
void writeFileAtomically(const std::string &path, const std::string &contents);

// Reads a whole file; throws InputError naming the file when it cannot.
std::string readWholeFile(const std::string &path);

} // namespace netsynth
