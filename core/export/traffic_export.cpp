#include "core/export/traffic_export.h"

#include "core/data/dataset_loader.h"
#include "core/export/capture_writer.h"
#include "core/export/traffic_writers.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_inversion.h"
#include "core/imaging/series_extraction.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <filesystem>
#include <map>

namespace netsynth {

namespace {

namespace fs = std::filesystem;

// First packet of the first exported biflow: 2024-01-01T00:00:00Z. Biflows
// follow each other, 10 ms apart, so every file is in time order.
constexpr double kExportEpoch = 1704067200.0;
constexpr double kGapBetweenBiflows = 0.01;

bool isInside(const fs::path &child, const fs::path &parent)
{
    std::error_code ec;
    const fs::path c = fs::weakly_canonical(child, ec);
    const fs::path p = fs::weakly_canonical(parent, ec);
    if (p.empty()) return false;
    auto ci = c.begin();
    for (auto pi = p.begin(); pi != p.end(); ++pi, ++ci) {
        if (pi->empty()) continue; // trailing separator
        if (ci == c.end() || *ci != *pi) return false;
    }
    return true;
}

} // namespace

std::string exportFormatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Pcap: return "pcap";
    case ExportFormat::Pcapng: return "pcapng";
    case ExportFormat::MirageJson: return "mirage-json";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::CsvPackets: return "csv-packets";
    }
    return "pcapng";
}

ExportFormat parseExportFormat(const std::string &name)
{
    for (ExportFormat f : {ExportFormat::Pcap, ExportFormat::Pcapng, ExportFormat::MirageJson, ExportFormat::Csv,
                           ExportFormat::CsvPackets})
        if (exportFormatName(f) == name) return f;
    throw InputError("", "format",
                     "unknown export format '" + name + "' (expected pcap, pcapng, mirage-json, csv or csv-packets)");
}

bool exportWritesFolder(ExportFormat f)
{
    return f == ExportFormat::Pcap || f == ExportFormat::Pcapng || f == ExportFormat::CsvPackets;
}

nlohmann::json ExportResult::toJson() const
{
    return {{"files", files}, {"biflows", biflows}, {"packets", packets},
            {"size_unit", sizeUnit}, {"timing", timing}, {"notes", notes}};
}

namespace {

// What an export needs of a set's spec: checked once.
struct ExportSpec
{
    EncodeSpec spec;
    SizeUnit unit = SizeUnit::Payload;
};

ExportSpec exportSpecOf(const ImageDataset &set, const ExportOptions &options)
{
    ExportSpec e;
    e.spec = EncodeSpec::fromJson(set.spec, "manifest.json");
    if (e.spec.feature != SeriesFeature::SignedSize && e.spec.feature != SeriesFeature::Size)
        throw InputError("manifest.json", "field 'spec.feature'",
                         "this set encodes '" + featureName(e.spec.feature) +
                             "', not packet sizes: only signed-size and size sets can be exported as packets");
    if (set.channels != 1)
        throw InputError("manifest.json", "field 'channels'", "exports need single-channel images");
    e.unit = !options.sizeUnit.empty() ? parseSizeUnit(options.sizeUnit)
             : !e.spec.sizeUnit.empty() ? parseSizeUnit(e.spec.sizeUnit)
                                        : SizeUnit::Payload;
    return e;
}

// Image i of the set as a biflow starting at `startTime`: symmetrised (a no-op
// for an encoded image), decoded (rounded to whole bytes, snapped when the
// spec asks), packetized.
Biflow biflowOfImage(const ImageDataset &set, std::size_t i, const ExportSpec &e, const ExportOptions &options,
                     const TrafficReference &reference, double startTime, PacketizeStats *stats)
{
    std::vector<float> image(set.image(i), set.image(i) + set.pixelsPerImage());
    symmetrise(image.data(), set.imageSize);
    const ImageSampleInfo &info = set.samples[i];
    const std::string label = set.className(i);
    const std::vector<double> values = decodeImageValues(set, i, e.spec, image.data());
    PacketizeOptions po;
    po.unit = e.unit;
    po.signedValues = e.spec.feature == SeriesFeature::SignedSize;
    po.seed = options.seed;
    po.startTime = startTime;
    Biflow b = packetizeSeries(values, label, static_cast<std::int64_t>(i), info.label, reference.model(label), po,
                               stats);
    b.sourceFile = info.source;
    return b;
}

} // namespace

std::vector<Biflow> exportBiflows(const ImageDataset &set, const ExportOptions &options,
                                  const TrafficReference &reference, ProgressToken &token, PacketizeStats *stats,
                                  SizeUnit *unitOut)
{
    const ExportSpec e = exportSpecOf(set, options);
    if (unitOut) *unitOut = e.unit;
    std::vector<Biflow> out;
    out.reserve(set.count());
    double start = kExportEpoch;
    for (std::size_t i = 0; i < set.count(); ++i) {
        if (i % 256 == 0) {
            token.throwIfCanceled();
            token.setProgress(double(i) / double(set.count()), "inverting images into packets");
        }
        Biflow b = biflowOfImage(set, i, e, options, reference, start, stats);
        if (!b.packets.empty()) start = b.packets.back().timestamp + kGapBetweenBiflows;
        out.push_back(std::move(b));
    }
    token.setProgress(1.0, "inverting images into packets");
    return out;
}

Biflow exportedBiflow(const ImageDataset &set, std::size_t index, const ExportOptions &options,
                      const TrafficReference &reference)
{
    if (index >= set.count())
        throw std::out_of_range("exportedBiflow: image " + std::to_string(index) + " of " +
                                std::to_string(set.count()));
    return biflowOfImage(set, index, exportSpecOf(set, options), options, reference, 0.0, nullptr);
}

ExportResult exportImageSet(const ImageDataset &set, const std::string &setFolder, const ExportOptions &options,
                            ProgressToken &token)
{
    if (options.out.empty())
        throw InputError("", "out", "no output path given");
    if (!setFolder.empty() && isInside(options.out, setFolder))
        throw InputError(options.out, {}, "the export would land inside the image set's folder " + setFolder +
                                              "; choose a folder outside it");
    // The spec once, checked before a (possibly large) reference dataset is read.
    const ExportSpec e = exportSpecOf(set, options);
    ExportResult result;
    TrafficReference reference;
    if (!options.referencePath.empty()) {
        ChildProgress child(token, 0.0, 0.05, "reference: ");
        LoadOptions lo;
        lo.keepFlowFeatures = false;
        const DatasetPtr ds = loadDataset(options.referencePath, lo, child.token());
        reference = TrafficReference::fromDataset(*ds, e.spec.length);
    }
    PacketizeStats stats;
    SizeUnit unit = SizeUnit::Payload;
    std::vector<Biflow> biflows;
    {
        ChildProgress child(token, 0.05, 0.6, "");
        biflows = exportBiflows(set, options, reference, child.token(), &stats, &unit);
    }
    result.biflows = static_cast<std::int64_t>(biflows.size());
    result.packets = stats.packets;
    result.sizeUnit = sizeUnitName(unit);

    // What the user should know about the timestamps and the sizes.
    std::vector<std::string> missing;
    if (!options.referencePath.empty()) {
        for (const std::string &c : set.classes)
            if (!reference.model(c).empirical()) missing.push_back(c);
        result.timing = "inter-arrival times drawn from the per-class empirical model of " + options.referencePath +
                        " (same class and packet position)";
        if (!missing.empty()) {
            std::string list;
            for (const auto &c : missing) list += (list.empty() ? "" : ", ") + c;
            result.notes.push_back("classes without inter-arrival times in the reference (fixed 1 ms spacing, TCP "
                                   "to port 443): " + list);
        }
    } else {
        result.timing = "fixed 1 ms spacing between packets (the set has no inter-arrival channel and no "
                        "reference dataset was given), TCP to port 443";
    }
    if (options.sizeUnit.empty() && e.spec.sizeUnit.empty())
        result.notes.push_back("the set's spec does not say whether its sizes are IP lengths or L4 payloads "
                               "(encoded before NetSynth recorded it): written as payload sizes; "
                               "choose the size unit to change that");
    result.notes.push_back(std::string("series values are ") +
                           (unit == SizeUnit::Ip ? "IP packet lengths" : "L4 payload sizes") + "; " +
                           (options.format == ExportFormat::Csv
                                ? "the AppxAct CSV carries payload sizes (PL)"
                            : options.format == ExportFormat::CsvPackets
                                ? "the per-packet CSV carries IP lengths (size)"
                            : options.format == ExportFormat::MirageJson
                                ? (unit == SizeUnit::Ip ? "MIRAGE JSON carries them as IP_packet_bytes"
                                                        : "MIRAGE JSON carries them as L4_payload_bytes")
                                : "each packet carries them; readers see IP length = payload + headers"));
    if (stats.raisedToHeader > 0)
        result.notes.push_back(std::to_string(stats.raisedToHeader) +
                               " IP lengths below the headers' size were raised to it");
    if (stats.cappedIats > 0)
        result.notes.push_back(std::to_string(stats.cappedIats) + " inter-arrival times were capped at 30 s");

    ProgressToken::Scope write(token, 0.6, 1.0);
    write.setProgress(0.0, "writing " + exportFormatName(options.format));
    switch (options.format) {
    case ExportFormat::Pcap:
    case ExportFormat::Pcapng: {
        fs::create_directories(options.out);
        std::map<int, std::vector<Biflow>> byClass;
        for (std::size_t i = 0; i < biflows.size(); ++i)
            byClass[set.samples[i].label].push_back(std::move(biflows[i]));
        CaptureWriteOptions co;
        co.format = options.format == ExportFormat::Pcap ? CaptureFormat::Pcap : CaptureFormat::Pcapng;
        co.randomPayload = options.randomPayload;
        co.seed = options.seed;
        std::string labels = "file,label\n";
        std::size_t done = 0;
        for (const auto &kv : byClass) {
            token.throwIfCanceled();
            const std::string name = safeFileName(set.classes[static_cast<std::size_t>(kv.first)]) + "." +
                                     exportFormatName(options.format);
            const std::string path = (fs::path(options.out) / name).string();
            writeCapture(path, kv.second, co);
            result.files.push_back(path);
            labels += name + "," + set.classes[static_cast<std::size_t>(kv.first)] + "\n";
            write.setProgress(double(++done) / double(byClass.size()), "writing " + name);
        }
        const std::string labelsPath = (fs::path(options.out) / "labels.csv").string();
        writeFileAtomically(labelsPath, labels);
        result.files.push_back(labelsPath);
        break;
    }
    case ExportFormat::MirageJson:
        writeMirageJson(options.out, biflows, unit == SizeUnit::Ip);
        result.files.push_back(options.out);
        break;
    case ExportFormat::Csv:
        writeAppxActCsv(options.out, biflows);
        result.files.push_back(options.out);
        break;
    case ExportFormat::CsvPackets:
        result.files = writePacketCsvFiles(options.out, biflows);
        break;
    }
    write.setProgress(1.0, "export written");
    return result;
}

} // namespace netsynth
