#pragma once
// Export an image set (synthetic or real-encoded) as traffic other tools read:
// pcap, pcapng, MIRAGE JSON or CSV. The one entry point of `netsynth-cli
// export` and the GUI's Export... actions.
//
//   ImageDataset set = ImageDataset::load("runs/appx/synthetic/diffusion-ddim");
//   ExportOptions o;
//   o.format = ExportFormat::Pcapng;
//   o.out = "exports/appx-pcapng";                 // a folder: one file per class
//   ExportResult r = exportImageSet(set, o, token); // r.files, r.biflows, r.notes
//
// Every image is inverted with the set's spec (decodeDataset, after
// symmetrising: a no-op for an encoded image), and each series value becomes
// one packet (synthetic_packets.h). Outputs:
//   pcap / pcapng  OUT/ folder, one "<class>.pcap[ng]" per class (the
//                  project's pcap reader labels a capture's biflows with its
//                  file name, so re-opening the folder gives the classes back)
//                  and OUT/labels.csv ("file,label": the exact class names,
//                  for `inspect --label-map` when a name had to be made safe);
//   mirage-json    OUT file, every biflow;
//   csv            OUT file in the AppxAct layout (label,n_pkts,PL,IAT_us,DIR);
//   csv-packets    OUT/ folder, one per-packet CSV per biflow (Alexa layout).
// Which series field each format carries, where timestamps came from and what
// was adjusted is listed in ExportResult::notes (the CLI prints them, the GUI
// shows them). An output must not be inside the set's folder.

#include "core/export/synthetic_packets.h"
#include "core/imaging/image_dataset.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

enum class ExportFormat { Pcap, Pcapng, MirageJson, Csv, CsvPackets };
std::string exportFormatName(ExportFormat f); // "pcap", "pcapng", "mirage-json", "csv", "csv-packets"
ExportFormat parseExportFormat(const std::string &name); // throws InputError("", "format", ...)
// True for the formats written as a folder of files.
bool exportWritesFolder(ExportFormat f);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Pcapng;
    std::string out;           // file or folder (exportWritesFolder)
    std::uint64_t seed = 0;    // inter-arrival draws, sequence numbers, payload bytes
    bool randomPayload = false;
    // "" = the set's spec says (size_unit), else payload; "ip" or "payload" overrides.
    std::string sizeUnit;
    // A traffic dataset whose classes lend their protocol, server port and
    // inter-arrival times (per class and packet position); empty = TCP to 443
    // with fixed 1 ms spacing.
    std::string referencePath;
};

struct ExportResult
{
    std::vector<std::string> files;
    std::int64_t biflows = 0;
    std::int64_t packets = 0;
    std::string sizeUnit;      // "ip" | "payload"
    std::string timing;        // where the timestamps came from, one line
    std::vector<std::string> notes;
    nlohmann::json toJson() const;
};

// The biflows an export writes (decode + packetize), in set order; exposed
// for the tests and the GUI's packet view.
std::vector<Biflow> exportBiflows(const ImageDataset &set, const ExportOptions &options,
                                  const TrafficReference &reference, ProgressToken &token,
                                  PacketizeStats *stats = nullptr, SizeUnit *unit = nullptr);

// One image of the set as the export writes it (its packets start at time 0):
// the Training pane's view of a clicked sample. Throws as exportImageSet.
Biflow exportedBiflow(const ImageDataset &set, std::size_t index, const ExportOptions &options,
                      const TrafficReference &reference);

// Throws InputError for a set whose feature is not a packet size (iat,
// bytes-per-bin), an image set that cannot be inverted, an output inside the
// set's folder, or an unreadable reference dataset; CanceledError on cancel.
ExportResult exportImageSet(const ImageDataset &set, const std::string &setFolder, const ExportOptions &options,
                            ProgressToken &token);

} // namespace netsynth
