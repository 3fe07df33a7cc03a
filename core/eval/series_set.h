#pragma once
// SeriesSet: labelled 1-D series (the series recovered from GASF images, or
// extracted directly from a dataset), the input of series-level fidelity
// metrics and of the light series classifier. Torch-free.

#include <string>
#include <vector>

namespace netsynth {

struct SeriesItem
{
    int label = 0;
    std::vector<double> values; // true length only (padding already removed)
};

struct SeriesSet
{
    std::vector<std::string> classes;
    // What the values are: "signed-size" (+ upstream / - downstream bytes),
    // "size", "iat", "bytes-per-bin"... (imaging's series feature name).
    std::string feature = "signed-size";
    std::vector<SeriesItem> items;

    std::size_t count() const { return items.size(); }
    // Items of one class (copies).
    SeriesSet subset(int label) const;
    // True when the feature encodes direction in the sign.
    bool signedBySize() const { return feature == "signed-size"; }
};

// Share (0..1) of the items of `queries` that are exact copies of an item of
// `reference`: the same class name and the same values. Real traffic repeats
// itself (56 % of AppxAct's held-out biflows equal a training biflow), so
// the real test set's share is the yardstick of a synthetic set's. 0 when
// `queries` is empty.
double exactCopyShare(const SeriesSet &reference, const SeriesSet &queries);

} // namespace netsynth
