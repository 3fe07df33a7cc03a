#include "core/eval/manifold_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace netsynth {

namespace {
float squaredDistance(const float *a, const float *b, std::size_t dim)
{
    float s = 0.0f;
    for (std::size_t d = 0; d < dim; ++d) {
        const float t = a[d] - b[d];
        s += t * t;
    }
    return s;
}

void checkDims(const FeatureMatrix &a, const FeatureMatrix &b)
{
    if (a.dim != b.dim || a.dim == 0)
        throw std::invalid_argument("feature matrices have different dimensions");
}

double quantileOf(std::vector<double> v, double q)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}
} // namespace

std::vector<double> nearestDistances(const FeatureMatrix &queries, const FeatureMatrix &reference, bool excludeSelf)
{
    checkDims(queries, reference);
    std::vector<double> out(queries.rows(), std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < queries.rows(); ++i) {
        float best = std::numeric_limits<float>::infinity();
        for (std::size_t j = 0; j < reference.rows(); ++j) {
            if (excludeSelf && i == j)
                continue;
            best = std::min(best, squaredDistance(queries.row(i), reference.row(j), queries.dim));
        }
        out[i] = std::sqrt(static_cast<double>(best));
    }
    return out;
}

std::vector<double> kthNeighbourRadii(const FeatureMatrix &points, int k)
{
    const std::size_t n = points.rows();
    std::vector<double> radii(n, std::numeric_limits<double>::infinity());
    if (k < 1 || n <= static_cast<std::size_t>(k))
        return radii;
    std::vector<float> d(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            d[j] = i == j ? std::numeric_limits<float>::infinity() : squaredDistance(points.row(i), points.row(j), points.dim);
        std::nth_element(d.begin(), d.begin() + (k - 1), d.end());
        radii[i] = std::sqrt(static_cast<double>(d[static_cast<std::size_t>(k - 1)]));
    }
    return radii;
}

namespace {
// Share of `queries` inside at least one ball (centre row of `centres`, radius radii[j]).
double coverage(const FeatureMatrix &queries, const FeatureMatrix &centres, const std::vector<double> &radii)
{
    if (queries.rows() == 0)
        return 0.0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < queries.rows(); ++i) {
        for (std::size_t j = 0; j < centres.rows(); ++j) {
            const double r = radii[j];
            if (!std::isfinite(r))
                continue;
            if (static_cast<double>(squaredDistance(queries.row(i), centres.row(j), queries.dim)) <= r * r) {
                ++inside;
                break;
            }
        }
    }
    return static_cast<double>(inside) / static_cast<double>(queries.rows());
}
} // namespace

ManifoldScores manifoldPrecisionRecall(const FeatureMatrix &real, const FeatureMatrix &synthetic, int k)
{
    checkDims(real, synthetic);
    ManifoldScores s;
    s.k = k;
    s.precision = coverage(synthetic, real, kthNeighbourRadii(real, k));
    s.recall = coverage(real, synthetic, kthNeighbourRadii(synthetic, k));
    return s;
}

MemorisationScore memorisation(const FeatureMatrix &train, const FeatureMatrix &realTest,
                               const FeatureMatrix &synthetic, double quantile)
{
    checkDims(train, realTest);
    checkDims(train, synthetic);
    MemorisationScore m;
    m.quantile = quantile;
    const auto dTest = nearestDistances(realTest, train);
    const auto dSynth = nearestDistances(synthetic, train);
    m.threshold = quantileOf(dTest, quantile);
    m.medianTest = quantileOf(dTest, 0.5);
    m.medianSynthetic = quantileOf(dSynth, 0.5);
    std::size_t below = 0;
    for (double d : dSynth)
        if (d < m.threshold) ++below;
    m.share = dSynth.empty() ? 0.0 : static_cast<double>(below) / static_cast<double>(dSynth.size());
    return m;
}

} // namespace netsynth
