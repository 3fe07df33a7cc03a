// netsynth-cli encode INPUT --out DIR: encode every biflow of a traffic dataset
// into float32 GASF (or GADF/MTF) image shards + manifest.json, the input of
// the diffusion trainer. See docs/imaging.md.
#include "app/cli/cli_common.h"
#include "app/cli/encode_spec_options.h"
#include "app/cli/command_table.h"

#include "core/data/dataset_loader.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/errors.h"

#include <cstdio>
#include <iostream>

namespace netsynth::cli {

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
    addEncodeSpecOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Reader to use (default: detect; see 'inspect --help')."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("column"), QStringLiteral("csv-binned-file: the series column."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Encode the embedded synthetic demo dataset.")});
    parseCommandLine(parser, args);

    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing option: --out DIR");
    const std::string out = toStd(parser.value(QStringLiteral("out")));

    const EncodeSpec spec = encodeSpecFrom(parser, EncodeSpec());

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
