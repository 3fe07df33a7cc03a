#pragma once
// Streaming reader of MIRAGE labelled-biflow JSON (MIRAGE-2019, MIRAGE-VIDEO,
// MIRAGE-COVID-CCMA-2022, MIRAGE-AppxAct-2024).
//
// The file is one JSON object keyed by "ip1,port1,ip2,port2,proto"; each value
// holds packet_data (parallel per-packet arrays), flow_features (nested
// statistics) and flow_metadata (BF_label, BF_activity, ...). The files carry
// bare NaN tokens, so this uses RapidJSON's SAX reader with
// kParseNanAndInfFlag. It never builds a DOM: memory is bounded by the largest
// biflow, and each finished biflow is handed to a sink.

#include "core/data/biflow.h"

#include <cstdint>
#include <functional>
#include <string>

namespace netsynth {

class ProgressToken;

struct MirageReadOptions
{
    std::size_t maxPacketsPerBiflow = 0; // 0 = all
    bool keepFlowFeatures = true;        // store flow_features.* in Biflow::features
    bool backgroundRule = false;         // tcbench rule: label != app of the file name -> "background"
};

class MirageReader
{
public:
    using Sink = std::function<void(Biflow &&)>;
    // Called with the bytes consumed so far (throttled by the caller's token).
    using ByteProgress = std::function<void(std::uint64_t bytesRead)>;

    // Streams one file. Throws InputError(file, "byte N"/"field ...", why) on bad
    // input and CanceledError when the token is canceled.
    static void readFile(const std::string &path, const MirageReadOptions &options, ProgressToken &token,
                         const Sink &sink, const ByteProgress &progress = {});
    // Same on an in-memory document; `name` is used as the file name in errors
    // and as Biflow::sourceFile.
    static void readString(const std::string &json, const std::string &name, const MirageReadOptions &options,
                           ProgressToken &token, const Sink &sink);

    // The app a MIRAGE file name is about: "1539866692_com.foo.bar_MIRAGE-2019_..." -> "com.foo.bar";
    // "" when the name does not follow the pattern.
    static std::string appFromFileName(const std::string &fileName);
};

} // namespace netsynth
