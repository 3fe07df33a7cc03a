#include "core/eval/frechet_distance.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace netsynth {

std::vector<double> symmetricMatrixSqrt(const std::vector<double> &matrix, std::size_t dim)
{
    if (matrix.size() != dim * dim)
        throw std::invalid_argument("symmetricMatrixSqrt: matrix is not dim x dim");
    cv::Mat m(static_cast<int>(dim), static_cast<int>(dim), CV_64F);
    // Symmetrise against round-off so the eigen solver sees an exactly symmetric matrix.
    for (std::size_t i = 0; i < dim; ++i)
        for (std::size_t j = 0; j < dim; ++j)
            m.at<double>(static_cast<int>(i), static_cast<int>(j)) =
                0.5 * (matrix[i * dim + j] + matrix[j * dim + i]);
    cv::Mat values, vectors; // vectors: one eigenvector per row
    if (!cv::eigen(m, values, vectors))
        throw std::runtime_error("symmetricMatrixSqrt: eigendecomposition failed");
    cv::Mat scaled = vectors.clone();
    for (int r = 0; r < scaled.rows; ++r) {
        const double s = std::sqrt(std::max(0.0, values.at<double>(r)));
        scaled.row(r) *= s;
    }
    // sqrt(M) = V^T diag(sqrt(l)) V with V's rows the eigenvectors.
    cv::Mat root = vectors.t() * scaled;
    std::vector<double> out(dim * dim);
    for (std::size_t i = 0; i < dim; ++i)
        for (std::size_t j = 0; j < dim; ++j)
            out[i * dim + j] = 0.5 * (root.at<double>(static_cast<int>(i), static_cast<int>(j)) +
                                      root.at<double>(static_cast<int>(j), static_cast<int>(i)));
    return out;
}

double frechetDistance(const GaussianStats &a, const GaussianStats &b)
{
    if (a.dim != b.dim || a.dim == 0)
        throw std::invalid_argument("frechetDistance: feature dimensions differ");
    const std::size_t n = a.dim;
    double meanTerm = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = a.mean[i] - b.mean[i];
        meanTerm += d * d;
    }
    double traceA = 0.0, traceB = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        traceA += a.covariance[i * n + i];
        traceB += b.covariance[i * n + i];
    }
    const std::vector<double> rootA = symmetricMatrixSqrt(a.covariance, n);
    const int in = static_cast<int>(n);
    cv::Mat ra(in, in, CV_64F, const_cast<double *>(rootA.data()));
    cv::Mat sb(in, in, CV_64F, const_cast<double *>(b.covariance.data()));
    cv::Mat middle = ra * sb * ra;
    std::vector<double> mv(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            mv[i * n + j] = middle.at<double>(static_cast<int>(i), static_cast<int>(j));
    const std::vector<double> rootMiddle = symmetricMatrixSqrt(mv, n);
    double traceCross = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        traceCross += rootMiddle[i * n + i];
    return std::max(0.0, meanTerm + traceA + traceB - 2.0 * traceCross);
}

} // namespace netsynth
