#include "core/data/dataset_loader.h"

#include "core/data/csv_trace_reader.h"
#include "core/data/dataset_cache.h"
#include "core/data/csv_trace_spec.h"
#include "core/data/format_detector.h"
#include "core/data/mirage_reader.h"
#include "core/data/pcap_reader.h"
#include "core/runtime/errors.h"
#include "core/runtime/logging.h"
#include "core/runtime/progress.h"

#include <filesystem>
#include <map>
#include <set>

namespace netsynth {

namespace fs = std::filesystem;

namespace {

void readOneFile(const std::string &file, const std::string &format, const LoadOptions &options,
                 const std::map<std::string, std::string> &labelMap, ProgressToken &token,
                 const std::function<void(std::uint64_t)> &bytesDone, Dataset &ds)
{
    auto sink = [&ds](Biflow &&b) { ds.biflows.push_back(std::move(b)); };
    if (format == "mirage") {
        MirageReadOptions o;
        o.maxPacketsPerBiflow = options.maxPacketsPerBiflow;
        o.keepFlowFeatures = options.keepFlowFeatures;
        o.backgroundRule = options.mirageBackgroundRule;
        MirageReader::readFile(file, o, token, sink, bytesDone);
    } else if (format == "pcap") {
        PcapReadOptions o;
        o.idleTimeoutSeconds = options.idleTimeoutSeconds;
        o.maxPacketsPerBiflow = options.maxPacketsPerBiflow;
        const fs::path p(file);
        auto it = labelMap.find(p.filename().string());
        if (it == labelMap.end())
            it = labelMap.find(p.stem().string());
        if (it != labelMap.end())
            o.label = it->second;
        const PcapReadStats stats = PcapReader::readFile(file, o, token, sink);
        if (!stats.warning.empty())
            ds.warnings.push_back(stats.warning);
    } else if (const CsvTraceSpec *spec = csvSpecByFormat(format)) {
        CsvReadOptions o;
        o.column = options.column;
        o.maxPacketsPerBiflow = options.maxPacketsPerBiflow;
        CsvTraceReader::readFile(file, *spec, o, token, sink);
    } else {
        throw InputError(file, {}, "unknown format '" + format + "'");
    }
}

} // namespace

DatasetPtr loadDataset(const std::string &path, const LoadOptions &options, ProgressToken &token)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw InputError(path, {}, "no such file or folder");
    if (!options.format.empty() && !FormatDetector::isKnownFormat(options.format))
        throw InputError(path, "format", "unknown format '" + options.format + "'");
    if (options.idleTimeoutSeconds <= 0.0)
        throw InputError(path, "idle timeout", "must be positive");

    auto ds = std::make_shared<Dataset>();
    ds->sourcePath = path;
    ds->name = fs::path(path).filename().string();
    if (ds->name.empty())
        ds->name = fs::path(path).parent_path().filename().string();

    // Files and their formats.
    std::vector<std::pair<std::string, std::string>> work;
    if (fs::is_directory(status)) {
        for (const std::string &f : FormatDetector::listFiles(path)) {
            std::string fmt = FormatDetector::detect(f);
            if (!options.format.empty()) {
                // A forced format applies to the files of its family only.
                const bool sameFamily = fmt == options.format ||
                                        (options.format.rfind("csv-", 0) == 0 && fs::path(f).extension() == ".csv");
                fmt = sameFamily ? options.format : std::string();
            }
            if (fmt.empty())
                ds->skippedFiles.push_back(f);
            else
                work.emplace_back(f, fmt);
        }
        if (work.empty())
            throw InputError(path, {}, "no MIRAGE JSON, pcap/pcapng or CSV trace files found in this folder");
    } else {
        std::string fmt = options.format.empty() ? FormatDetector::detect(path) : options.format;
        if (fmt.empty())
            throw InputError(path, {}, "cannot tell the format (expected MIRAGE JSON, pcap/pcapng or a known CSV "
                                       "trace layout); choose one with --format");
        work.emplace_back(path, fmt);
    }

    // A second open of the same, unchanged inputs reads the cache.
    std::string cacheEntry;
    if (options.useCache) {
        std::vector<std::string> files;
        for (const auto &w : work)
            files.push_back(fs::absolute(w.first, ec).lexically_normal().string());
        cacheEntry = DatasetCache::entryPath(path, files, options);
        if (DatasetPtr cached = DatasetCache::read(cacheEntry)) {
            token.setProgress(1.0, "read from the dataset cache");
            return cached;
        }
    }

    std::map<std::string, std::string> labelMap;
    if (!options.labelMapPath.empty())
        labelMap = PcapReader::readLabelMap(options.labelMapPath);

    std::uint64_t totalBytes = 0;
    std::vector<std::uint64_t> sizes;
    for (const auto &w : work) {
        sizes.push_back(fs::file_size(w.first, ec));
        if (ec)
            sizes.back() = 0;
        totalBytes += sizes.back();
    }
    std::set<std::string> formats;
    std::uint64_t doneBytes = 0;
    for (std::size_t i = 0; i < work.size(); ++i) {
        token.throwIfCanceled();
        const std::string &file = work[i].first;
        const std::string message = "reading " + fs::path(file).filename().string();
        auto bytesDone = [&, i](std::uint64_t b) {
            if (totalBytes > 0)
                token.setProgress(static_cast<double>(doneBytes + std::min(b, sizes[i])) / static_cast<double>(totalBytes),
                                  message);
        };
        bytesDone(0);
        readOneFile(file, work[i].second, options, labelMap, token, bytesDone, *ds);
        doneBytes += sizes[i];
        ds->files.push_back(file);
        formats.insert(work[i].second);
    }
    ds->format = formats.size() == 1 ? *formats.begin() : "mixed";
    // A dataset read with warnings is not cached: the next open reports them again.
    if (!cacheEntry.empty() && ds->warnings.empty() && ds->totalPackets() <= DatasetCache::kMaxPackets) {
        try {
            token.setProgress(1.0, "writing the dataset cache");
            DatasetCache::write(cacheEntry, *ds);
        } catch (const std::exception &e) {
            // The cache only saves time: a read-only cache folder is not an error.
            logWarning(std::string("dataset cache not written: ") + e.what());
        }
    }
    token.setProgress(1.0, "done");
    return ds;
}

} // namespace netsynth
