// netsynth-cli inspect PATH: what a traffic file or folder contains.
//   classes, biflow and packet counts per class, packet-size and IAT summaries.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/data/class_statistics.h"
#include "core/data/dataset_loader.h"
#include "core/data/format_detector.h"

#include <cstdio>
#include <iostream>

namespace netsynth::cli {

namespace {

nlohmann::json summaryJson(const ValueSummary &s)
{
    return {{"count", s.count}, {"min", s.min}, {"max", s.max}, {"mean", s.mean}, {"median", s.median}, {"p90", s.p90}};
}

std::string formatList()
{
    std::string out;
    for (const std::string &f : FormatDetector::knownFormats())
        out += (out.empty() ? "" : ", ") + f;
    return out;
}

} // namespace

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show the classes of a traffic dataset (MIRAGE JSON, pcap/pcapng or CSV traces; a file or a folder):\n"
        "biflow and packet counts per class, packet-size and inter-arrival-time summaries."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("File or folder to inspect."));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Reader to use (default: detect). One of: %1.").arg(QString::fromStdString(formatList())),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("column"), QStringLiteral("csv-binned-file: the series column (default addr2_bytes)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("idle-timeout"), QStringLiteral("pcap: biflow idle timeout in seconds (default 60)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("label-map"), QStringLiteral("pcap: 'file name,label' mapping file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("max-packets"), QStringLiteral("Keep at most N packets per biflow (default all)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("background-rule"),
                      QStringLiteral("MIRAGE: label biflows whose label differs from the app in the file name 'background'.")});
    parser.addOption({QStringLiteral("no-cache"), QStringLiteral("Neither read nor write the dataset index cache.")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Inspect the embedded synthetic demo dataset instead of a path.")});
    parseCommandLine(parser, args);

    DatasetPtr ds;
    if (parser.isSet(QStringLiteral("demo"))) {
        ds = demoDataset();
    } else {
        const std::string path = toStd(requiredPositional(parser, 0, "PATH (a file or folder; or --demo)"));
        LoadOptions options;
        options.format = toStd(parser.value(QStringLiteral("format")));
        if (!options.format.empty() && !FormatDetector::isKnownFormat(options.format))
            throw UsageError("--format: unknown format '" + options.format + "' (known: " + formatList() + ")");
        options.column = toStd(parser.value(QStringLiteral("column")));
        options.idleTimeoutSeconds = doubleOption(parser, QStringLiteral("idle-timeout"), 60.0);
        if (options.idleTimeoutSeconds <= 0)
            throw UsageError("--idle-timeout: must be positive");
        const int maxPackets = intOption(parser, QStringLiteral("max-packets"), 0);
        if (maxPackets < 0)
            throw UsageError("--max-packets: must not be negative");
        options.maxPacketsPerBiflow = static_cast<std::size_t>(maxPackets);
        options.labelMapPath = toStd(parser.value(QStringLiteral("label-map")));
        options.mirageBackgroundRule = parser.isSet(QStringLiteral("background-rule"));
        options.useCache = !parser.isSet(QStringLiteral("no-cache"));
        CliProgress progress(parser.isSet(QStringLiteral("quiet")) || jsonRequested(parser));
        ds = loadDataset(path, options, progress.token());
        progress.finish();
    }

    const std::vector<ClassStatistics> stats = classStatistics(*ds);
    std::int64_t biflows = 0, packets = 0;
    for (const ClassStatistics &c : stats) {
        biflows += c.biflows;
        packets += c.packets;
    }

    if (jsonRequested(parser)) {
        nlohmann::json classes = nlohmann::json::array();
        for (const ClassStatistics &c : stats) {
            classes.push_back({{"label", c.label},
                               {"biflows", c.biflows},
                               {"packets", c.packets},
                               {"declared_packets", c.declaredPackets},
                               {"upstream_packets", c.upstreamPackets},
                               {"downstream_packets", c.downstreamPackets},
                               {"bytes_up", c.bytesUp},
                               {"bytes_down", c.bytesDown},
                               {"binned_biflows", c.binnedBiflows},
                               {"packet_size", summaryJson(c.packetSize)},
                               {"iat", summaryJson(c.iat)},
                               {"biflow_length", summaryJson(c.biflowLength)}});
        }
        nlohmann::json out = {{"name", ds->name},
                              {"path", ds->sourcePath},
                              {"format", ds->format},
                              {"synthetic", ds->synthetic},
                              {"from_cache", ds->fromCache},
                              {"files", ds->files.size()},
                              {"skipped_files", ds->skippedFiles},
                              {"warnings", ds->warnings},
                              {"classes", classes},
                              {"totals", {{"classes", stats.size()}, {"biflows", biflows}, {"packets", packets}}}};
        printJson(out);
        return ExitOk;
    }

    std::printf("%s%s\n", ds->name.c_str(), ds->synthetic ? "  [synthetic demo data]" : "");
    std::printf("format %s, %zu file(s)%s\n", ds->format.c_str(), ds->files.size(), ds->fromCache ? ", from cache" : "");
    for (const std::string &s : ds->skippedFiles)
        std::printf("skipped (unknown format): %s\n", s.c_str());
    for (const std::string &w : ds->warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    std::printf("\n%-40s %8s %10s %12s %12s %9s %9s %11s %11s\n", "class", "biflows", "packets", "bytes up",
                "bytes down", "size mean", "size med", "iat mean s", "iat med s");
    for (const ClassStatistics &c : stats) {
        std::string label = c.label;
        if (label.size() > 40)
            label = label.substr(0, 37) + "...";
        std::printf("%-40s %8lld %10lld %12lld %12lld %9.1f %9.1f %11.4g %11.4g\n", label.c_str(),
                    static_cast<long long>(c.biflows), static_cast<long long>(c.packets),
                    static_cast<long long>(c.bytesUp), static_cast<long long>(c.bytesDown), c.packetSize.mean,
                    c.packetSize.median, c.iat.mean, c.iat.median);
    }
    std::printf("\ntotal: %zu classes, %lld biflows, %lld packets\n", stats.size(), static_cast<long long>(biflows),
                static_cast<long long>(packets));
    return ExitOk;
}

} // namespace netsynth::cli
