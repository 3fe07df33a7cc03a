#pragma once
// Mean and covariance of a set of feature vectors: the Gaussian summary that the
// Frechet distance compares (FID-style). Torch-free.

#include <cstddef>
#include <vector>

namespace netsynth {

struct GaussianStats
{
    std::size_t dim = 0;
    std::size_t count = 0;
    std::vector<double> mean;        // dim
    std::vector<double> covariance;  // dim x dim, row-major, unbiased (n - 1)

    // rows: count x dim, row-major. Throws std::invalid_argument on fewer than 2 rows.
    static GaussianStats fromFeatures(const float *rows, std::size_t count, std::size_t dim);
    static GaussianStats fromFeatures(const std::vector<float> &rows, std::size_t dim);
    static GaussianStats fromFeatures(const std::vector<double> &rows, std::size_t dim);
};

} // namespace netsynth
