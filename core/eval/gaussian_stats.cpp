#include "core/eval/gaussian_stats.h"

#include <stdexcept>

namespace netsynth {

namespace {
template <typename T>
GaussianStats computeStats(const T *rows, std::size_t count, std::size_t dim)
{
    if (dim == 0 || count < 2)
        throw std::invalid_argument("GaussianStats: need at least 2 feature vectors of dimension >= 1");
    GaussianStats s;
    s.dim = dim;
    s.count = count;
    s.mean.assign(dim, 0.0);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t d = 0; d < dim; ++d)
            s.mean[d] += static_cast<double>(rows[i * dim + d]);
    for (double &m : s.mean)
        m /= static_cast<double>(count);
    s.covariance.assign(dim * dim, 0.0);
    std::vector<double> centred(dim);
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t d = 0; d < dim; ++d)
            centred[d] = static_cast<double>(rows[i * dim + d]) - s.mean[d];
        for (std::size_t a = 0; a < dim; ++a) {
            const double ca = centred[a];
            double *row = s.covariance.data() + a * dim;
            for (std::size_t b = a; b < dim; ++b)
                row[b] += ca * centred[b];
        }
    }
    const double norm = 1.0 / static_cast<double>(count - 1);
    for (std::size_t a = 0; a < dim; ++a)
        for (std::size_t b = a; b < dim; ++b) {
            const double v = s.covariance[a * dim + b] * norm;
            s.covariance[a * dim + b] = v;
            s.covariance[b * dim + a] = v;
        }
    return s;
}
} // namespace

GaussianStats GaussianStats::fromFeatures(const float *rows, std::size_t count, std::size_t dim)
{
    return computeStats(rows, count, dim);
}

GaussianStats GaussianStats::fromFeatures(const std::vector<float> &rows, std::size_t dim)
{
    if (dim == 0 || rows.size() % dim != 0)
        throw std::invalid_argument("GaussianStats: row data is not a multiple of the dimension");
    return computeStats(rows.data(), rows.size() / dim, dim);
}

GaussianStats GaussianStats::fromFeatures(const std::vector<double> &rows, std::size_t dim)
{
    if (dim == 0 || rows.size() % dim != 0)
        throw std::invalid_argument("GaussianStats: row data is not a multiple of the dimension");
    return computeStats(rows.data(), rows.size() / dim, dim);
}

} // namespace netsynth
