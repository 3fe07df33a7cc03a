// netsynth-cli export SET --format pcap|pcapng|mirage-json|csv|csv-packets --out FILE_OR_DIR:
// an image set (synthetic or real-encoded) as traffic files other tools read.
// See docs/export.md.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/export/traffic_export.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/errors.h"

#include <cstdio>
#include <filesystem>

namespace netsynth::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export an image set (a folder written by 'encode', by sampling or by the pipeline) as traffic:\n"
        "every image is inverted and each series value becomes one packet, so reading the export back\n"
        "gives the same series. Addresses come from the documentation ranges (192.0.2.0/24 device,\n"
        "198.51.100.0/24 and 203.0.113.0/24 servers).\n"
        "  pcap, pcapng   a folder with one capture per class (named after the class) and labels.csv\n"
        "  mirage-json    one MIRAGE JSON file (the schema the project reads)\n"
        "  csv            one CSV file in the AppxAct layout (label,n_pkts,PL,IAT_us,DIR)\n"
        "  csv-packets    a folder with one per-packet CSV per biflow (the Alexa traces' layout)"));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("set"), QStringLiteral("Image set folder or its manifest.json."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("pcap, pcapng, mirage-json, csv or csv-packets."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file (mirage-json, csv) or folder (the others)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed of inter-arrival draws, sequence numbers and payload bytes (default 0)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("reference"),
                      QStringLiteral("A traffic dataset (any format 'inspect' reads) whose classes lend protocol, "
                                     "server port and inter-arrival times (per class and packet position). Without "
                                     "it: TCP to port 443, packets 1 ms apart."),
                      QStringLiteral("dataset")});
    parser.addOption({QStringLiteral("size-unit"),
                      QStringLiteral("ip or payload: what the set's sizes are (default: as its spec records; "
                                     "payload when it does not)."),
                      QStringLiteral("unit")});
    parser.addOption({QStringLiteral("random-payload"),
                      QStringLiteral("Fill payloads with seeded random bytes instead of zeros.")});
    parseCommandLine(parser, args);
    if (!parser.isSet(QStringLiteral("format")))
        throw UsageError("missing option: --format pcap|pcapng|mirage-json|csv|csv-packets");
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing option: --out FILE_OR_DIR");

    ExportOptions options;
    options.format = parseExportFormat(toStd(parser.value(QStringLiteral("format"))));
    options.out = toStd(parser.value(QStringLiteral("out")));
    options.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 0));
    options.referencePath = toStd(parser.value(QStringLiteral("reference")));
    options.sizeUnit = toStd(parser.value(QStringLiteral("size-unit")));
    if (!options.sizeUnit.empty()) parseSizeUnit(options.sizeUnit);
    options.randomPayload = parser.isSet(QStringLiteral("random-payload"));

    namespace fs = std::filesystem;
    fs::path input = toStd(requiredPositional(parser, 0, "SET (an image set folder)"));
    if (!fs::exists(input))
        throw InputError(input.string(), {}, "no such file or folder");
    const fs::path folder = fs::is_directory(input) ? input : input.parent_path();

    CliProgress progress(parser.isSet(QStringLiteral("quiet")) || jsonRequested(parser));
    const ImageDataset set = ImageDataset::load(input.string(), progress.token());
    const ExportResult result = exportImageSet(set, folder.string(), options, progress.token());
    progress.finish();

    if (jsonRequested(parser)) {
        nlohmann::json j = result.toJson();
        j["format"] = exportFormatName(options.format);
        j["out"] = options.out;
        printJson(j);
    } else {
        std::printf("%lld biflows, %lld packets -> %s (%s, %zu file%s)\n", static_cast<long long>(result.biflows),
                    static_cast<long long>(result.packets), options.out.c_str(),
                    exportFormatName(options.format).c_str(), result.files.size(),
                    result.files.size() == 1 ? "" : "s");
        std::printf("timestamps: %s\n", result.timing.c_str());
        for (const std::string &note : result.notes) std::printf("note: %s\n", note.c_str());
    }
    return ExitOk;
}

} // namespace netsynth::cli
