#pragma once
// Nearest-neighbour judgements of a synthetic set against real data, in any
// feature space (CNN features or raw pixels). Torch-free.
//
// Precision/recall (Kynkaanniemi et al., 2019, "k-NN manifold"): each real
// point gets a ball reaching its k-th nearest real neighbour; precision is the
// share of synthetic points inside at least one real ball (are samples
// realistic?), recall the share of real points inside at least one synthetic
// ball built the same way (is the real variety covered?).
//
// Memorisation: a generator that copies its training images puts synthetic
// samples much closer to a training image than unseen real images ever get.
// With d(x) the distance from x to its nearest training image, the threshold is
// the 5th percentile of d over the real test images; the memorisation share is
// the share of synthetic samples with d below it. A generator that samples
// the real distribution without copying scores about 0.05.

#include <cstddef>
#include <vector>

namespace netsynth {

// A matrix of n row vectors of dimension dim (row-major).
struct FeatureMatrix
{
    std::size_t dim = 0;
    std::vector<float> values;
    std::size_t rows() const { return dim ? values.size() / dim : 0; }
    const float *row(std::size_t i) const { return values.data() + i * dim; }
};

struct ManifoldScores
{
    double precision = 0.0;
    double recall = 0.0;
    int k = 3;
};

struct MemorisationScore
{
    double share = 0.0;          // synthetic samples closer to training than the threshold
    double threshold = 0.0;      // 5th percentile of real-test nearest-training distances
    double medianSynthetic = 0.0; // median nearest-training distance of synthetic samples
    double medianTest = 0.0;     // same for real test samples
    double quantile = 0.05;
};

// Euclidean distance from each row of `queries` to its nearest row of `reference`
// (excludeSelf: the sets are the same and index i must skip reference row i).
std::vector<double> nearestDistances(const FeatureMatrix &queries, const FeatureMatrix &reference,
                                     bool excludeSelf = false);
// Distance from each row of `points` to its k-th nearest other row.
std::vector<double> kthNeighbourRadii(const FeatureMatrix &points, int k);

ManifoldScores manifoldPrecisionRecall(const FeatureMatrix &real, const FeatureMatrix &synthetic, int k = 3);
MemorisationScore memorisation(const FeatureMatrix &train, const FeatureMatrix &realTest,
                               const FeatureMatrix &synthetic, double quantile = 0.05);

} // namespace netsynth
