// netsynth-cli decode DIR_OR_NPY --out FILE.csv: images back to series (one CSV
// row per image: label, length, values), with the spec of the image set's
// manifest. See docs/imaging.md.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"

#include "core/imaging/image_dataset.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <cstdio>
#include <filesystem>

namespace netsynth::cli {

int runDecode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decode an image set (a folder written by 'encode' or by sampling, its manifest.json, or one of its\n"
        ".npy shards) back into series: one CSV row per image, 'label,length,v1,v2,...' in feature units\n"
        "(sizes rounded to whole bytes, negative = downstream)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("Image set folder, manifest.json or shard .npy."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output CSV file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("symmetrise"),
                      QStringLiteral("Symmetrise each image, (I + I^T) / 2, before decoding (generated images).")});
    parseCommandLine(parser, args);
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing option: --out FILE.csv");
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    namespace fs = std::filesystem;
    fs::path input = toStd(requiredPositional(parser, 0, "DIR_OR_NPY (an image set)"));
    if (!fs::exists(input))
        throw InputError(input.string(), {}, "no such file or folder");
    // A shard stands for its set: the manifest beside it names its images.
    std::string shard;
    if (input.extension() == ".npy") {
        shard = input.filename().string();
        input = input.parent_path().empty() ? fs::path(".") : input.parent_path();
    }

    CliProgress progress(parser.isSet(QStringLiteral("quiet")) || jsonRequested(parser));
    ImageDataset set = ImageDataset::load(input.string(), progress.token());
    if (!shard.empty()) {
        // Keep only the images of that shard (shards hold consecutive images).
        const fs::path manifest = fs::is_directory(input) ? input / "manifest.json" : input;
        const nlohmann::json m = nlohmann::json::parse(readWholeFile(manifest.string()));
        std::size_t begin = 0, count = 0;
        bool found = false;
        for (const auto &s : m.at("shards")) {
            const std::size_t n = s.at("count").get<std::size_t>();
            if (s.at("file").get<std::string>() == shard) {
                count = n;
                found = true;
                break;
            }
            begin += n;
        }
        if (!found)
            throw InputError(manifest.string(), "field 'shards'", "does not list " + shard);
        ImageDataset part = set;
        part.samples.assign(set.samples.begin() + begin, set.samples.begin() + begin + count);
        part.pixels.assign(set.pixels.begin() + begin * set.pixelsPerImage(),
                           set.pixels.begin() + (begin + count) * set.pixelsPerImage());
        set = std::move(part);
    }
    if (parser.isSet(QStringLiteral("symmetrise")))
        for (std::size_t i = 0; i < set.count(); ++i)
            symmetrise(set.image(i), set.imageSize);
    const std::vector<DecodedSample> decoded = decodeDataset(set, progress.token());
    writeDecodedCsv(decoded, out);
    progress.finish();

    if (jsonRequested(parser)) {
        printJson({{"series", decoded.size()}, {"image_size", set.imageSize}, {"classes", set.classes}, {"out", out}});
    } else {
        std::printf("%zu series decoded from %dx%d images -> %s\n", decoded.size(), set.imageSize, set.imageSize,
                    out.c_str());
    }
    return ExitOk;
}

} // namespace netsynth::cli
