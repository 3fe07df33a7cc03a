#include "core/eval/series_classifier.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace netsynth {

std::vector<double> SeriesClassifier::features(const std::vector<double> &values, int prefix)
{
    const std::size_t n = std::min<std::size_t>(values.size(), static_cast<std::size_t>(std::max(0, prefix)));
    std::vector<double> f(static_cast<std::size_t>(featureCount(prefix)), 0.0);
    double sum = 0, sumAbs = 0, lo = 0, hi = 0, up = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = std::isfinite(values[i]) ? values[i] : 0.0;
        f[i] = v;
        sum += v;
        sumAbs += std::fabs(v);
        lo = i == 0 ? v : std::min(lo, v);
        hi = i == 0 ? v : std::max(hi, v);
        if (v >= 0) up += 1;
    }
    const double mean = n ? sum / static_cast<double>(n) : 0.0;
    double var = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = std::isfinite(values[i]) ? values[i] : 0.0;
        var += (v - mean) * (v - mean);
    }
    std::size_t k = static_cast<std::size_t>(prefix);
    f[k++] = mean;
    f[k++] = n ? std::sqrt(var / static_cast<double>(n)) : 0.0;
    f[k++] = lo;
    f[k++] = hi;
    f[k++] = n ? sumAbs / static_cast<double>(n) : 0.0;
    f[k++] = n ? up / static_cast<double>(n) : 0.0;
    f[k++] = static_cast<double>(n);
    return f;
}

void SeriesClassifier::forward(const double *x, std::vector<double> &hidden, std::vector<double> &logits) const
{
    hidden.assign(static_cast<std::size_t>(m_hidden), 0.0);
    for (int h = 0; h < m_hidden; ++h) {
        double a = m_b1[static_cast<std::size_t>(h)];
        const double *w = m_w1.data() + static_cast<std::size_t>(h) * m_dim;
        for (std::size_t d = 0; d < m_dim; ++d)
            a += w[d] * (x[d] - m_mean[d]) * m_scale[d];
        hidden[static_cast<std::size_t>(h)] = a > 0 ? a : 0.0;
    }
    logits.assign(static_cast<std::size_t>(m_classes), 0.0);
    for (int c = 0; c < m_classes; ++c) {
        double a = m_b2[static_cast<std::size_t>(c)];
        const double *w = m_w2.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(m_hidden);
        for (int h = 0; h < m_hidden; ++h)
            a += w[h] * hidden[static_cast<std::size_t>(h)];
        logits[static_cast<std::size_t>(c)] = a;
    }
}

void SeriesClassifier::fit(const std::vector<double> &rows, std::size_t dim, const std::vector<int> &labels,
                           int numClasses, const SeriesClassifierOptions &options)
{
    if (dim == 0 || rows.size() != labels.size() * dim || labels.empty() || numClasses < 1)
        throw std::invalid_argument("SeriesClassifier::fit: inconsistent training data");
    const std::size_t n = labels.size();
    m_dim = dim;
    m_hidden = std::max(1, options.hidden);
    m_classes = numClasses;
    m_mean.assign(dim, 0.0);
    m_scale.assign(dim, 1.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dim; ++d) m_mean[d] += rows[i * dim + d];
    for (double &m : m_mean) m /= static_cast<double>(n);
    std::vector<double> var(dim, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d = 0; d < dim; ++d) {
            const double t = rows[i * dim + d] - m_mean[d];
            var[d] += t * t;
        }
    for (std::size_t d = 0; d < dim; ++d) {
        const double sd = std::sqrt(var[d] / static_cast<double>(n));
        m_scale[d] = sd > 1e-12 ? 1.0 / sd : 0.0;
    }

    std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + 17);
    const std::size_t H = static_cast<std::size_t>(m_hidden), C = static_cast<std::size_t>(m_classes);
    std::normal_distribution<double> g1(0.0, std::sqrt(2.0 / static_cast<double>(dim)));
    std::normal_distribution<double> g2(0.0, std::sqrt(1.0 / static_cast<double>(H)));
    m_w1.resize(H * dim); m_b1.assign(H, 0.0);
    m_w2.resize(C * H); m_b2.assign(C, 0.0);
    for (double &w : m_w1) w = g1(rng);
    for (double &w : m_w2) w = g2(rng);

    // Adam state for all four parameter blocks.
    std::vector<double *> params;
    std::vector<std::size_t> sizes;
    for (auto *v : {&m_w1, &m_b1, &m_w2, &m_b2}) { params.push_back(v->data()); sizes.push_back(v->size()); }
    std::vector<std::vector<double>> grad(4), m1(4), m2(4);
    for (int k = 0; k < 4; ++k) {
        grad[k].assign(sizes[k], 0.0);
        m1[k].assign(sizes[k], 0.0);
        m2[k].assign(sizes[k], 0.0);
    }
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    std::int64_t step = 0;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> hidden, logits, prob(C), dh(H);
    const std::size_t batch = static_cast<std::size_t>(std::max(1, options.batchSize));
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (std::size_t start = 0; start < n; start += batch) {
            const std::size_t end = std::min(n, start + batch);
            for (auto &g : grad) std::fill(g.begin(), g.end(), 0.0);
            for (std::size_t b = start; b < end; ++b) {
                const std::size_t i = order[b];
                const double *x = rows.data() + i * dim;
                forward(x, hidden, logits);
                const double mx = *std::max_element(logits.begin(), logits.end());
                double z = 0;
                for (std::size_t c = 0; c < C; ++c) { prob[c] = std::exp(logits[c] - mx); z += prob[c]; }
                for (std::size_t c = 0; c < C; ++c) prob[c] /= z;
                prob[static_cast<std::size_t>(labels[i])] -= 1.0; // dLoss/dlogits
                std::fill(dh.begin(), dh.end(), 0.0);
                for (std::size_t c = 0; c < C; ++c) {
                    grad[3][c] += prob[c];
                    double *gw = grad[2].data() + c * H;
                    const double *w = m_w2.data() + c * H;
                    for (std::size_t h = 0; h < H; ++h) {
                        gw[h] += prob[c] * hidden[h];
                        dh[h] += prob[c] * w[h];
                    }
                }
                for (std::size_t h = 0; h < H; ++h) {
                    if (hidden[h] <= 0) continue;
                    grad[1][h] += dh[h];
                    double *gw = grad[0].data() + h * dim;
                    for (std::size_t d = 0; d < dim; ++d)
                        gw[d] += dh[h] * (x[d] - m_mean[d]) * m_scale[d];
                }
            }
            ++step;
            const double inv = 1.0 / static_cast<double>(end - start);
            const double c1 = 1.0 - std::pow(b1, static_cast<double>(step));
            const double c2 = 1.0 - std::pow(b2, static_cast<double>(step));
            for (int k = 0; k < 4; ++k) {
                const bool decay = k == 0 || k == 2;
                for (std::size_t j = 0; j < sizes[k]; ++j) {
                    double g = grad[k][j] * inv + (decay ? options.weightDecay * params[k][j] : 0.0);
                    m1[k][j] = b1 * m1[k][j] + (1 - b1) * g;
                    m2[k][j] = b2 * m2[k][j] + (1 - b2) * g * g;
                    params[k][j] -= options.learningRate * (m1[k][j] / c1) / (std::sqrt(m2[k][j] / c2) + eps);
                }
            }
        }
    }
}

std::vector<int> SeriesClassifier::predict(const std::vector<double> &rows) const
{
    if (!trained())
        throw std::logic_error("SeriesClassifier::predict before fit");
    const std::size_t n = rows.size() / m_dim;
    std::vector<int> out(n);
    std::vector<double> hidden, logits;
    for (std::size_t i = 0; i < n; ++i) {
        forward(rows.data() + i * m_dim, hidden, logits);
        out[i] = static_cast<int>(std::max_element(logits.begin(), logits.end()) - logits.begin());
    }
    return out;
}

} // namespace netsynth
