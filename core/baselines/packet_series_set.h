#pragma once
// PacketSeriesSet: labelled, fixed-length multi-feature series, the training input and
// the sampling output of the series baselines (DoppelGANger-style GAN and the
// empirical per-class sampler). Torch-free. (core/eval's SeriesSet is the
// variable-length, one-feature form the fidelity metrics read.)
//
// Values are in feature units (bytes for signed sizes, + upstream / - downstream;
// microseconds for inter-arrival times), laid out [count, length, features] in
// C order. Each series has a true length in 1..length; values at or after it
// are padding and are 0.
//
// The bridge to images is image_series_bridge.h: seriesFromImages() inverts
// an ImageDataset into a PacketSeriesSet, imagesFromSeries() encodes one with the
// imaging encoder so every generator writes the same ImageDataset format.

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct PacketSeriesSet
{
    std::vector<std::string> classes;      // label index = position
    int length = 0;                        // values per series (padded)
    int features = 1;                      // values per time step
    std::vector<std::string> featureNames; // e.g. {"signed-size"}, {"signed-size", "iat"}
    std::vector<float> values;             // [count, length, features]
    std::vector<int> labels;               // one per series
    std::vector<int> lengths;              // true lengths, 1..length

    std::size_t count() const { return labels.size(); }
    std::size_t valuesPerSeries() const { return static_cast<std::size_t>(length) * features; }
    const float *series(std::size_t i) const { return values.data() + i * valuesPerSeries(); }
    float value(std::size_t i, int t, int f) const { return series(i)[static_cast<std::size_t>(t) * features + f]; }

    // Appends one series of valuesPerSeries() values; values at or after
    // `trueLength` are stored as 0.
    void append(const float *data, int label, int trueLength);
    std::vector<std::int64_t> classCounts() const;
    // Throws InputError when shapes, labels or lengths are inconsistent.
    void validate(const std::string &what = std::string("series set")) const;
};

} // namespace netsynth
