// netsynth-cli encode INPUT --out DIR: encode every biflow of a traffic dataset
// into float32 GASF (or GADF/MTF) image shards + manifest.json, the input of
// the diffusion trainer. See docs/imaging.md.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/data/dataset_loader.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/errors.h"

#include <cstdio>
#include <iostream>

namespace netsynth::cli {

namespace {

template <typename Parse>
auto enumOption(const QCommandLineParser &parser, const QString &name, Parse parse, decltype(parse(std::string())) fallback)
{
    if (!parser.isSet(name))
        return fallback;
    try {
        return parse(toStd(parser.value(name)));
    } catch (const InputError &e) {
        throw UsageError("--" + toStd(name) + ": " + e.detail());
    }
}

} // namespace

int runEncode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Encode every biflow of a traffic dataset (any file or folder 'inspect' opens) into float32 images\n"
        "(GASF by default, gamma-corrected) written as .npy shards plus manifest.json in DIR.\n"
        "The default spec (32 packets, 32x32) is lossless: 'decode' gives the series back exactly."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("Traffic file or folder (or --demo)."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder (created)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("feature"), QStringLiteral("signed-size (default), size, iat or bytes-per-bin."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("length"), QStringLiteral("First N packets/bins (default: the image size, else 32)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("image-size"), QStringLiteral("Image side S (default: the length, else 32). "
                                                                   "S < N averages values (PAA): lossy."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("gamma"), QStringLiteral("Gamma correction (default 0.25)."), QStringLiteral("g")});
    parser.addOption({QStringLiteral("amplitude"), QStringLiteral("Gamma amplitude A (default 1)."), QStringLiteral("a")});
    parser.addOption({QStringLiteral("encoder"), QStringLiteral("gasf (default), gadf or mtf."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("padding"), QStringLiteral("zeros (default) or mark-length."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("normalisation"), QStringLiteral("per-series (default) or dataset."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("log-scale"), QStringLiteral("Encode sign(v) ln(1 + |v|) (e.g. for iat).")});
    parser.addOption({QStringLiteral("bin-seconds"), QStringLiteral("bytes-per-bin: bin width (default 0.5)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("mtf-bins"), QStringLiteral("mtf: quantile bins (default 8)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Reader to use (default: detect; see 'inspect --help')."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("column"), QStringLiteral("csv-binned-file: the series column."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Encode the embedded synthetic demo dataset.")});
    parseCommandLine(parser, args);

    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing option: --out DIR");
    const std::string out = toStd(parser.value(QStringLiteral("out")));

    EncodeSpec spec;
    spec.feature = enumOption(parser, QStringLiteral("feature"), [](const std::string &s) { return parseFeature(s); }, spec.feature);
    spec.encoder = enumOption(parser, QStringLiteral("encoder"), [](const std::string &s) { return parseEncoder(s); }, spec.encoder);
    spec.padding = enumOption(parser, QStringLiteral("padding"), [](const std::string &s) { return parsePadding(s); }, spec.padding);
    spec.normalisation = enumOption(parser, QStringLiteral("normalisation"),
                                    [](const std::string &s) { return parseNormalisation(s); }, spec.normalisation);
    const int length = intOption(parser, QStringLiteral("length"), 0);
    const int size = intOption(parser, QStringLiteral("image-size"), 0);
    spec.length = length > 0 ? length : size > 0 ? size : spec.length;
    spec.imageSize = size > 0 ? size : length > 0 ? length : spec.imageSize;
    if (parser.isSet(QStringLiteral("length")) && length <= 0)
        throw UsageError("--length: must be positive");
    if (parser.isSet(QStringLiteral("image-size")) && size <= 0)
        throw UsageError("--image-size: must be positive");
    spec.gamma = doubleOption(parser, QStringLiteral("gamma"), spec.gamma);
    spec.amplitude = doubleOption(parser, QStringLiteral("amplitude"), spec.amplitude);
    spec.logScale = parser.isSet(QStringLiteral("log-scale"));
    spec.binSeconds = doubleOption(parser, QStringLiteral("bin-seconds"), spec.binSeconds);
    spec.mtfBins = intOption(parser, QStringLiteral("mtf-bins"), spec.mtfBins);
    try {
        spec.validate();
    } catch (const InputError &e) {
        throw UsageError(e.location() + ": " + e.detail());
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet")) || jsonRequested(parser);
    if (!spec.invertible() && !parser.isSet(QStringLiteral("quiet")))
        std::cerr << "netsynth-cli: note: "
                  << (spec.encoder == EncoderKind::Mtf ? std::string("MTF images cannot be decoded back to series")
                                                       : "image size " + std::to_string(spec.imageSize) +
                                                             " does not keep " + std::to_string(spec.length) +
                                                             " values: PAA averages them (decoding is lossy)")
                  << "\n";

    DatasetPtr ds;
    CliProgress progress(quiet);
    if (parser.isSet(QStringLiteral("demo"))) {
        ds = demoDataset();
    } else {
        const std::string input = toStd(requiredPositional(parser, 0, "INPUT (a traffic file or folder; or --demo)"));
        LoadOptions options;
        options.format = toStd(parser.value(QStringLiteral("format")));
        options.column = toStd(parser.value(QStringLiteral("column")));
        ds = loadDataset(input, options, progress.token());
    }
    const ImageDataset images = encodeDataset(*ds, spec, progress.token());
    images.save(out, progress.token());
    progress.finish();

    if (jsonRequested(parser)) {
        printJson({{"images", images.count()},
                   {"image_size", images.imageSize},
                   {"classes", images.classes},
                   {"class_counts", images.classCounts()},
                   {"out", out},
                   {"invertible", spec.invertible()},
                   {"spec", images.spec}});
    } else {
        std::printf("%zu images of %dx%d (%s, gamma %g, A %g), %zu classes -> %s\n", images.count(), images.imageSize,
                    images.imageSize, encoderName(spec.encoder).c_str(), spec.gamma, spec.amplitude,
                    images.classes.size(), out.c_str());
    }
    return ExitOk;
}

} // namespace netsynth::cli
