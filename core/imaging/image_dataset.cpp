#include "core/imaging/image_dataset.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>

namespace netsynth {

namespace fs = std::filesystem;

void ImageDataset::append(const float *data, const ImageSampleInfo &info)
{
    pixels.insert(pixels.end(), data, data + pixelsPerImage());
    samples.push_back(info);
}

std::pair<float, float> ImageDataset::displayRange() const
{
    const bool negative = std::any_of(pixels.begin(), pixels.end(), [](float v) { return v < 0.0f; });
    return {negative ? -1.0f : 0.0f, 1.0f};
}

bool ImageDataset::isGenerated() const
{
    const auto it = provenance.find("origin");
    return it != provenance.end() && it->is_string() && it->get<std::string>() == "synthetic";
}

std::string ImageDataset::className(std::size_t i) const
{
    const int label = samples.at(i).label;
    return label >= 0 && static_cast<std::size_t>(label) < classes.size() ? classes[static_cast<std::size_t>(label)]
                                                                          : std::to_string(label);
}

std::vector<std::int64_t> ImageDataset::classCounts() const
{
    std::vector<std::int64_t> counts(classes.size(), 0);
    for (const auto &s : samples)
        if (s.label >= 0 && static_cast<std::size_t>(s.label) < counts.size())
            ++counts[static_cast<std::size_t>(s.label)];
    return counts;
}

void ImageDataset::save(const std::string &folder, std::size_t imagesPerShard) const
{
    ProgressToken token;
    save(folder, token, imagesPerShard);
}

void ImageDataset::save(const std::string &folder, ProgressToken &token, std::size_t imagesPerShard) const
{
    if (pixels.size() != count() * pixelsPerImage())
        throw std::logic_error("ImageDataset: pixels and samples disagree");
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw InputError(folder, {}, "cannot create folder: " + ec.message());
    nlohmann::json manifest = {
        {"format", "netsynth-images"}, {"version", 1}, {"image_size", imageSize},
        {"channels", channels}, {"classes", classes}, {"spec", spec}};
    for (auto it = provenance.begin(); it != provenance.end(); ++it)
        manifest[it.key()] = it.value();
    // Over an existing set, the new shards get names of their own, so until
    // the new manifest replaces the old one (atomically) the folder still
    // holds the old set complete: a kill or a full disk on the way leaves the
    // previous set or the new one, never a mix. The old shards go after.
    const bool replacing = fs::exists(fs::path(folder) / "manifest.json");
    std::string tag;
    if (replacing) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%08llx",
                      static_cast<unsigned long long>(std::random_device{}() ^ (std::random_device{}() << 1)) & 0xffffffffULL);
        tag = std::string(".") + buf;
    }
    nlohmann::json shards = nlohmann::json::array();
    imagesPerShard = std::max<std::size_t>(1, imagesPerShard);
    const std::size_t n = count();
    for (std::size_t begin = 0, index = 0; begin < n || (n == 0 && index == 0); begin += imagesPerShard, ++index) {
        token.throwIfCanceled();
        const std::size_t m = std::min(imagesPerShard, n - begin);
        char number[32];
        std::snprintf(number, sizeof number, "shard_%05zu", index);
        const std::string name = std::string(number) + tag + ".npy";
        writeNpy((fs::path(folder) / name).string(),
                 {m, static_cast<std::size_t>(channels), static_cast<std::size_t>(imageSize),
                  static_cast<std::size_t>(imageSize)},
                 pixels.data() + begin * pixelsPerImage());
        shards.push_back({{"file", name}, {"count", m}});
        token.setProgress(n ? double(begin + m) / n : 1.0, "writing images");
        if (n == 0)
            break;
    }
    manifest["shards"] = shards;
    nlohmann::json list = nlohmann::json::array();
    for (const auto &s : samples)
        list.push_back({{"label", s.label}, {"min", s.min}, {"max", s.max}, {"length", s.length}, {"source", s.source}});
    manifest["samples"] = list;
    writeFileAtomically((fs::path(folder) / "manifest.json").string(), manifest.dump(1));
    if (replacing) {
        // The previous set's shards: "shard_*.npy" files the new manifest does not list.
        std::error_code ec;
        for (const auto &entry : fs::directory_iterator(folder, ec)) {
            const std::string file = entry.path().filename().string();
            const bool listed = std::any_of(shards.begin(), shards.end(),
                                            [&](const nlohmann::json &sh) { return sh["file"] == file; });
            if (!listed && file.rfind("shard_", 0) == 0 && entry.path().extension() == ".npy")
                fs::remove(entry.path(), ec);
        }
    }
}

ImageDataset ImageDataset::load(const std::string &folderOrManifest)
{
    ProgressToken token;
    return load(folderOrManifest, token);
}

ImageDataset ImageDataset::load(const std::string &folderOrManifest, ProgressToken &token)
{
    fs::path manifestPath(folderOrManifest);
    if (fs::is_directory(manifestPath))
        manifestPath /= "manifest.json";
    else if (!fs::exists(manifestPath))
        throw InputError(folderOrManifest, {},
                         "no such image set (expected a folder with manifest.json and .npy shards, as `encode` writes)");
    const std::string mp = manifestPath.string();
    const nlohmann::json m = readJsonFile(mp);
    auto field = [&](const char *key) -> const nlohmann::json & {
        if (!m.contains(key))
            throw InputError(mp, std::string("field '") + key + "'", "missing");
        return m.at(key);
    };
    if (field("format") != "netsynth-images")
        throw InputError(mp, "field 'format'", "not a NetSynth image set");
    ImageDataset d;
    try {
        d.imageSize = jsonNumber<int>(field("image_size"), mp, "field 'image_size'");
        d.channels = jsonNumberOr(m, "channels", 1, mp);
        d.classes = field("classes").get<std::vector<std::string>>();
        d.spec = m.value("spec", nlohmann::json::object());
        for (const char *key : {"origin", "generator", "seed", "checkpoint"})
            if (m.contains(key))
                d.provenance[key] = m[key];
        for (const auto &s : field("samples")) {
            ImageSampleInfo info;
            info.label = jsonNumber<int>(s.at("label"), mp, "field 'samples' label");
            info.min = jsonNumberOr(s, "min", 0.0, mp);
            info.max = jsonNumberOr(s, "max", 0.0, mp);
            info.length = jsonNumberOr(s, "length", 0, mp);
            info.source = s.value("source", std::string());
            if (info.label < 0 || static_cast<std::size_t>(info.label) >= d.classes.size())
                throw InputError(mp, "field 'samples'", "label " + std::to_string(info.label) + " out of range");
            d.samples.push_back(info);
        }
    } catch (const nlohmann::json::exception &e) {
        throw InputError(mp, "manifest fields", e.what());
    }
    if (d.imageSize <= 0 || d.channels <= 0)
        throw InputError(mp, "field 'image_size'", "must be positive");
    d.pixels.reserve(d.count() * d.pixelsPerImage());
    const auto &shards = field("shards");
    std::size_t loaded = 0;
    for (const auto &s : shards) {
        token.throwIfCanceled();
        const std::string file = (manifestPath.parent_path() / s.at("file").get<std::string>()).string();
        const auto arr = readNpyFloat(file);
        const std::size_t n = s.at("count").get<std::size_t>();
        const std::vector<std::size_t> expected{n, static_cast<std::size_t>(d.channels),
                                                static_cast<std::size_t>(d.imageSize),
                                                static_cast<std::size_t>(d.imageSize)};
        if (arr.shape != expected)
            throw InputError(file, "shape", "does not match the manifest (expected [" + std::to_string(n) + ", " +
                                                std::to_string(d.channels) + ", " + std::to_string(d.imageSize) +
                                                ", " + std::to_string(d.imageSize) + "])");
        d.pixels.insert(d.pixels.end(), arr.values.begin(), arr.values.end());
        loaded += n;
        token.setProgress(d.count() ? double(loaded) / d.count() : 1.0, "reading images");
    }
    if (loaded != d.count())
        throw InputError(mp, "field 'shards'", "shards hold " + std::to_string(loaded) + " images but 'samples' lists " +
                                                   std::to_string(d.count()));
    return d;
}

std::vector<int> proportionalCounts(const std::vector<double> &weights, int total)
{
    std::vector<int> counts(weights.size(), 0);
    double sum = 0.0;
    for (double w : weights) sum += std::max(0.0, w);
    if (weights.empty() || total <= 0) return counts;
    if (sum <= 0.0) {
        for (std::size_t i = 0; i < weights.size(); ++i)
            counts[i] = total / static_cast<int>(weights.size()) + (static_cast<int>(i) < total % static_cast<int>(weights.size()) ? 1 : 0);
        return counts;
    }
    // Largest remainders: floor shares first, then one more to the classes
    // whose shares lost the most to rounding, until the total is reached.
    std::vector<std::pair<double, std::size_t>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double share = total * std::max(0.0, weights[i]) / sum;
        counts[i] = static_cast<int>(std::floor(share));
        given += counts[i];
        remainders.push_back({share - counts[i], i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; k = (k + 1) % remainders.size(), ++given)
        ++counts[remainders[k].second];
    return counts;
}

} // namespace netsynth
