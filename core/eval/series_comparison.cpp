#include "core/eval/series_comparison.h"

#include "core/eval/distribution_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsynth {

namespace {

struct Side
{
    std::vector<const std::vector<double> *> series; // this class's series, in set order
    std::vector<double> values;
    std::vector<double> lengths;
};

Side sideOf(const SeriesSet &set, const std::string &name)
{
    Side s;
    const auto it = std::find(set.classes.begin(), set.classes.end(), name);
    if (it == set.classes.end()) return s;
    const int label = static_cast<int>(it - set.classes.begin());
    for (const SeriesItem &item : set.items) {
        if (item.label != label) continue;
        s.series.push_back(&item.values);
        for (double v : item.values)
            if (std::isfinite(v)) s.values.push_back(v);
        s.lengths.push_back(static_cast<double>(item.values.size()));
    }
    return s;
}

// Up to `count` series spread evenly over the class (the first, then every
// n/count-th), so the examples are not all from the start of a capture.
std::vector<std::vector<double>> examplesOf(const Side &side, int count)
{
    std::vector<std::vector<double>> out;
    const std::size_t n = side.series.size();
    const std::size_t k = std::min<std::size_t>(n, static_cast<std::size_t>(std::max(0, count)));
    for (std::size_t i = 0; i < k; ++i) out.push_back(*side.series[i * n / k]);
    return out;
}

std::vector<double> shares(std::vector<double> counts)
{
    double total = 0.0;
    for (double c : counts) total += c;
    if (total > 0.0)
        for (double &c : counts) c /= total;
    return counts;
}

OverlaidHistogram overlay(const std::vector<double> &real, const std::vector<double> &synthetic,
                          const std::vector<double> &edges)
{
    OverlaidHistogram h;
    h.edges = edges;
    const std::size_t bins = edges.size() - 1;
    const double lo = edges.front(), hi = edges.back();
    h.real = shares(histogram(real, lo, hi, bins));
    h.synthetic = shares(histogram(synthetic, lo, hi, bins));
    return h;
}

std::vector<double> evenEdges(double lo, double hi, int bins)
{
    std::vector<double> edges;
    for (int i = 0; i <= bins; ++i) edges.push_back(lo + (hi - lo) * i / bins);
    return edges;
}

// Value bins over the joint range of both sides; a single value gets a unit-wide bin around it.
std::vector<double> valueEdges(const Side &a, const Side &b, int bins)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const Side *s : {&a, &b})
        for (double v : s->values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!std::isfinite(lo)) return evenEdges(0.0, 1.0, 1);
    if (hi <= lo) return evenEdges(lo - 0.5, hi + 0.5, 1);
    return evenEdges(lo, hi, std::max(1, bins));
}

// One bin per length 1..max (lengths are whole numbers), or wider bins of
// whole lengths when the longest series exceeds `maxBins`.
std::vector<double> lengthEdges(const Side &a, const Side &b, int maxBins)
{
    double longest = 1.0;
    for (const Side *s : {&a, &b})
        for (double n : s->lengths) longest = std::max(longest, n);
    const int width = static_cast<int>(std::ceil(longest / std::max(1, maxBins)));
    const int bins = static_cast<int>(std::ceil(longest / width));
    return evenEdges(0.5, 0.5 + static_cast<double>(bins) * width, bins);
}

double mean(const std::vector<double> &v)
{
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    double s = 0.0;
    for (double x : v) s += x;
    return s / static_cast<double>(v.size());
}

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

} // namespace

SeriesComparison SeriesComparison::compute(const SeriesSet &real, const SeriesSet &synthetic,
                                           const SeriesComparisonOptions &options)
{
    SeriesComparison c;
    c.feature = real.feature;
    std::vector<std::string> names = real.classes;
    for (const auto &n : synthetic.classes)
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    for (const auto &name : names) {
        const Side r = sideOf(real, name), s = sideOf(synthetic, name);
        ClassComparison k;
        k.name = name;
        k.realCount = r.series.size();
        k.syntheticCount = s.series.size();
        k.realExamples = examplesOf(r, options.examples);
        k.syntheticExamples = examplesOf(s, options.examples);
        k.values = overlay(r.values, s.values, valueEdges(r, s, options.valueBins));
        k.lengths = overlay(r.lengths, s.lengths, lengthEdges(r, s, options.maxLengthBins));
        k.valueW1 = wasserstein1(r.values, s.values);
        k.lengthW1 = wasserstein1(r.lengths, s.lengths);
        k.realMeanLength = mean(r.lengths);
        k.syntheticMeanLength = mean(s.lengths);
        c.classes.push_back(std::move(k));
    }
    return c;
}

const ClassComparison *SeriesComparison::find(const std::string &name) const
{
    for (const auto &k : classes)
        if (k.name == name) return &k;
    return nullptr;
}

nlohmann::json SeriesComparison::summaryJson() const
{
    nlohmann::json classesJson = nlohmann::json::array();
    for (const auto &k : classes)
        classesJson.push_back({{"class", k.name},
                               {"real", k.realCount},
                               {"synthetic", k.syntheticCount},
                               {"mean_length_real", finiteOrNull(k.realMeanLength)},
                               {"mean_length_synthetic", finiteOrNull(k.syntheticMeanLength)},
                               {"value_w1", finiteOrNull(k.valueW1)},
                               {"length_w1", finiteOrNull(k.lengthW1)}});
    return {{"feature", feature}, {"classes", classesJson}};
}

} // namespace netsynth
