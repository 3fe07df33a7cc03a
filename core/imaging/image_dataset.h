#pragma once
// ImageDataset: encoded training images on disk, the contract between imaging
// (encode writes it), diffusion (trains on it, sampling writes it), and
// evaluation (reads real and synthetic sets).
//
// On disk, a folder:
//   manifest.json          written last (atomically): a folder without it is incomplete
//   shard_00000.npy ...    float32, shape [n, channels, size, size], C order
//                          (saved over an existing set: shard_00000.<tag>.npy ..., so the
//                          old set stays whole until the new manifest replaces it)
//
// manifest.json:
//   { "format": "netsynth-images", "version": 1,
//     "image_size": S, "channels": 1,
//     "classes": ["label A", "label B", ...],           // label index = position
//     "spec": { ... },            // how images were made (imaging's EncodeSpec as JSON;
//                                 //   opaque to this class, needed by inversion)
//     "origin": "real" | "synthetic" | ...,  "generator": "...",   // free-form provenance
//     "shards": [ {"file": "shard_00000.npy", "count": n}, ... ],
//     "samples": [ {"label": 0, "min": -1500, "max": 1500, "length": 32,
//                   "source": "file.json#3"}, ... ] }   // one per image, shard order
//
// Images are float32, never 8-bit: inversion needs the exact values.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace netsynth {

class ProgressToken;

struct ImageSampleInfo
{
    int label = 0;          // index into ImageDataset::classes
    double min = 0.0;       // series minimum before normalisation
    double max = 0.0;       // series maximum before normalisation
    int length = 0;         // true series length (before padding)
    std::string source;     // "file#index" of the biflow it came from (empty for synthetic)
};

struct ImageDataset
{
    int imageSize = 0;
    int channels = 1;
    std::vector<std::string> classes;
    nlohmann::json spec = nlohmann::json::object();   // encoder/series spec
    nlohmann::json provenance = nlohmann::json::object(); // "origin", "generator", seeds...
    std::vector<float> pixels;               // [count, channels, size, size]
    std::vector<ImageSampleInfo> samples;    // one per image

    std::size_t count() const { return samples.size(); }
    std::size_t pixelsPerImage() const { return static_cast<std::size_t>(channels) * imageSize * imageSize; }
    const float *image(std::size_t i) const { return pixels.data() + i * pixelsPerImage(); }
    float *image(std::size_t i) { return pixels.data() + i * pixelsPerImage(); }
    // Appends one image (pixelsPerImage() values).
    void append(const float *data, const ImageSampleInfo &info);
    // The fixed colour range every picture of the set uses (contact sheets,
    // sample grids): [-1, 1] when a pixel is negative (raw GASF), else [0, 1]
    // (gamma-corrected). Fixed, so a flat image stays flat and real and
    // synthetic sets compare on one scale.
    std::pair<float, float> displayRange() const;
    // True for a generator's output (provenance "origin": "synthetic").
    bool isGenerated() const;
    // The class name of image i (its label index as a number when out of range).
    std::string className(std::size_t i) const;
    // Number of images per class index.
    std::vector<std::int64_t> classCounts() const;

    // Writes shards then the manifest, each atomically. Throws InputError.
    void save(const std::string &folder, std::size_t imagesPerShard = 4096) const;
    void save(const std::string &folder, ProgressToken &token, std::size_t imagesPerShard = 4096) const;
    // Reads a folder (or its manifest.json path). Throws InputError naming the
    // file and field on malformed input (missing shard, wrong shape, ...).
    static ImageDataset load(const std::string &folderOrManifest);
    static ImageDataset load(const std::string &folderOrManifest, ProgressToken &token);
};

// `total` images shared in proportion to `weights` (e.g. a training set's
// class counts), by largest remainders: the counts add up to total exactly;
// all-zero weights share evenly.
std::vector<int> proportionalCounts(const std::vector<double> &weights, int total);

} // namespace netsynth
