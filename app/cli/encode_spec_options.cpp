#include "app/cli/encode_spec_options.h"

#include "app/cli/cli_common.h"
#include "core/runtime/errors.h"

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

const char *const kSpecOptions[] = {"feature", "length", "image-size", "gamma", "amplitude", "encoder",
                                    "padding", "normalisation", "log-scale", "bin-seconds", "mtf-bins",
                                    "snap", "snap-min-count"};

} // namespace

void addEncodeSpecOptions(QCommandLineParser &parser)
{
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
    parser.addOption({QStringLiteral("normalisation"), QStringLiteral("per-series (default), dataset (the dataset's min and max) or quantile (each value's rank among the dataset's values)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("log-scale"), QStringLiteral("Encode sign(v) ln(1 + |v|) (e.g. for iat).")});
    parser.addOption({QStringLiteral("bin-seconds"), QStringLiteral("bytes-per-bin: bin width (default 0.5)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("mtf-bins"), QStringLiteral("mtf: quantile bins (default 8)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("snap"),
                      QStringLiteral("Decoding: none, or class-position (each decoded value moves to the nearest value "
                                     "the training biflows of its class carry at its position)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("snap-min-count"),
                      QStringLiteral("class-position snapping: keep values seen at least N times (default 3)."),
                      QStringLiteral("n")});
}

bool encodeSpecOptionsSet(const QCommandLineParser &parser)
{
    for (const char *name : kSpecOptions)
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    return false;
}

EncodeSpec encodeSpecFrom(const QCommandLineParser &parser, EncodeSpec spec)
{
    spec.feature = enumOption(parser, QStringLiteral("feature"), [](const std::string &s) { return parseFeature(s); }, spec.feature);
    spec.encoder = enumOption(parser, QStringLiteral("encoder"), [](const std::string &s) { return parseEncoder(s); }, spec.encoder);
    spec.padding = enumOption(parser, QStringLiteral("padding"), [](const std::string &s) { return parsePadding(s); }, spec.padding);
    spec.normalisation = enumOption(parser, QStringLiteral("normalisation"),
                                    [](const std::string &s) { return parseNormalisation(s); }, spec.normalisation);
    const int length = intOption(parser, QStringLiteral("length"), 0);
    const int size = intOption(parser, QStringLiteral("image-size"), 0);
    if (parser.isSet(QStringLiteral("length")) && length <= 0)
        throw UsageError("--length: must be positive");
    if (parser.isSet(QStringLiteral("image-size")) && size <= 0)
        throw UsageError("--image-size: must be positive");
    if (length > 0 || size > 0) {
        spec.length = length > 0 ? length : size;
        spec.imageSize = size > 0 ? size : length;
    }
    spec.gamma = doubleOption(parser, QStringLiteral("gamma"), spec.gamma);
    spec.amplitude = doubleOption(parser, QStringLiteral("amplitude"), spec.amplitude);
    if (parser.isSet(QStringLiteral("log-scale"))) spec.logScale = true;
    spec.binSeconds = doubleOption(parser, QStringLiteral("bin-seconds"), spec.binSeconds);
    spec.mtfBins = intOption(parser, QStringLiteral("mtf-bins"), spec.mtfBins);
    spec.snap = enumOption(parser, QStringLiteral("snap"), [](const std::string &s) { return parseSnap(s); }, spec.snap);
    spec.snapMinCount = intOption(parser, QStringLiteral("snap-min-count"), spec.snapMinCount);
    try {
        spec.validate();
    } catch (const InputError &e) {
        throw UsageError(e.location() + ": " + e.detail());
    }
    return spec;
}

} // namespace netsynth::cli
