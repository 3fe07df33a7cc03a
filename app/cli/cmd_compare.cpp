// netsynth-cli compare REAL_SET SYNTHETIC_SET [--class NAME]: the decoded
// series of two image sets class by class (the GUI's Real vs synthetic
// view): counts, mean lengths and the 1-Wasserstein distances between the
// value and length distributions; with --class, that class's overlaid
// histograms and example series. See docs/evaluation.md.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/eval/evaluation_inputs.h"
#include "core/eval/series_comparison.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace netsynth::cli {

namespace {

nlohmann::json histogramJson(const OverlaidHistogram &h)
{
    return {{"edges", h.edges}, {"real", h.real}, {"synthetic", h.synthetic}};
}

std::string cell(double v, const char *format)
{
    if (!std::isfinite(v)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

void printHistogram(const char *title, const OverlaidHistogram &h)
{
    std::printf("\n%s\n  %-23s %9s %9s\n", title, "bin", "real", "synthetic");
    for (std::size_t i = 0; i + 1 < h.edges.size(); ++i)
        std::printf("  [%9.1f, %9.1f) %9.3f %9.3f\n", h.edges[i], h.edges[i + 1], h.real[i], h.synthetic[i]);
}

} // namespace

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare the decoded series of a real and a synthetic image set class by class: counts, mean\n"
        "lengths, and the 1-Wasserstein distance between their value and length distributions. With\n"
        "--class, also that class's overlaid histograms (shares per bin) and a few example series."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("real"), QStringLiteral("Real image set folder."));
    parser.addPositionalArgument(QStringLiteral("synthetic"), QStringLiteral("Synthetic image set folder."));
    parser.addOption({QStringLiteral("class"), QStringLiteral("Show one class in detail."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("bins"), QStringLiteral("Bins of the value histogram (default 40)."),
                      QStringLiteral("n")});
    parseCommandLine(parser, args);
    const std::string paths[2] = {toStd(requiredPositional(parser, 0, "REAL_SET (an image set)")),
                                  toStd(requiredPositional(parser, 1, "SYNTHETIC_SET (an image set)"))};
    for (const auto &p : paths)
        if (!std::filesystem::exists(std::filesystem::path(p) / "manifest.json"))
            throw InputError(p, {}, "not an image set (no manifest.json)");
    SeriesComparisonOptions options;
    options.valueBins = intOption(parser, QStringLiteral("bins"), 40);
    if (options.valueBins < 1 || options.valueBins > 10000) throw UsageError("--bins must be 1 to 10000");

    CliProgress progress(parser.isSet(QStringLiteral("quiet")) || jsonRequested(parser));
    SeriesSet sides[2];
    const char *what[2] = {"real: ", "synthetic: "};
    for (int i = 0; i < 2; ++i) {
        ChildProgress part(progress.token(), i * 0.5, (i + 1) * 0.5, what[i]);
        const ImageDataset set = ImageDataset::load(paths[i], part.token());
        sides[i] = seriesOfImages(set, part.token());
    }
    progress.finish();
    const SeriesComparison c = SeriesComparison::compute(sides[0], sides[1], options);
    const ClassComparison *detail = nullptr;
    if (parser.isSet(QStringLiteral("class"))) {
        detail = c.find(toStd(parser.value(QStringLiteral("class"))));
        if (!detail) throw InputError(paths[0], {}, "no class '" + toStd(parser.value(QStringLiteral("class"))) + "' in either set");
    }

    if (jsonRequested(parser)) {
        nlohmann::json out = c.summaryJson();
        out["real"] = paths[0];
        out["synthetic"] = paths[1];
        if (detail)
            out["detail"] = {{"class", detail->name},
                             {"values", histogramJson(detail->values)},
                             {"lengths", histogramJson(detail->lengths)},
                             {"real_examples", detail->realExamples},
                             {"synthetic_examples", detail->syntheticExamples}};
        printJson(out);
        return ExitOk;
    }
    std::printf("%-16s %7s %9s %10s %10s %10s %10s\n", "class", "real", "synthetic", "len real", "len synth",
                "value W1", "length W1");
    for (const auto &k : c.classes)
        std::printf("%-16s %7zu %9zu %10s %10s %10s %10s\n", k.name.c_str(), k.realCount, k.syntheticCount,
                    cell(k.realMeanLength, "%.2f").c_str(), cell(k.syntheticMeanLength, "%.2f").c_str(),
                    cell(k.valueW1, "%.1f").c_str(), cell(k.lengthW1, "%.2f").c_str());
    if (detail) {
        printHistogram(("Values of " + detail->name + " (" + c.feature + ")").c_str(), detail->values);
        printHistogram(("Lengths of " + detail->name).c_str(), detail->lengths);
        for (const auto *side : {&detail->realExamples, &detail->syntheticExamples}) {
            std::printf("\n%s examples\n", side == &detail->realExamples ? "Real" : "Synthetic");
            for (const auto &s : *side) {
                std::printf(" ");
                for (double v : s) std::printf(" %g", v);
                std::printf("\n");
            }
        }
    }
    return ExitOk;
}

} // namespace netsynth::cli
