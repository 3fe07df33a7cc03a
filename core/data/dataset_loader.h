#pragma once
// One entry point to open any traffic source as a Dataset.
// (Declared here as the contract between the data layer and its users: the
// imaging encoder, the CLI and the GUI. Implemented in dataset_loader.cpp.)

#include "core/data/biflow.h"

#include <string>

namespace netsynth {

class ProgressToken;

struct LoadOptions
{
    // "" = detect from the path (extension, folder contents, first bytes);
    // else "mirage", "pcap", "csv-binned-rows", "csv-binned-file", "csv-packets", "csv-appxact".
    std::string format;
    // pcap: biflow idle timeout in seconds.
    double idleTimeoutSeconds = 60.0;
    // Keep at most this many packets per biflow (0 = all).
    std::size_t maxPacketsPerBiflow = 0;
    // csv-binned-file: the column holding the series (NetDiffus uses addr2_bytes).
    std::string column;
    // pcap: optional "file name -> label" mapping file; empty = label is the file name.
    std::string labelMapPath;
    // MIRAGE: tcbench "background" rule (label differs from the app in the file name).
    bool mirageBackgroundRule = false;
    // MIRAGE: keep the flow_features statistics in Biflow::features (about 100 per biflow).
    bool keepFlowFeatures = true;
    // Read and write the dataset index cache (see dataset_cache.h) so a second open is instant.
    bool useCache = true;
};

// Loads a file or a folder of files. Streams; reports progress; cancellable.
// Throws InputError naming the file and where it went wrong.
DatasetPtr loadDataset(const std::string &path, const LoadOptions &options, ProgressToken &token);

// The embedded demo: a small synthetic MIRAGE-format dataset of clearly
// different traffic archetypes, generated with a fixed seed (Dataset::synthetic = true).
DatasetPtr demoDataset();

} // namespace netsynth
