#include "core/eval/distribution_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace netsynth {

std::vector<double> histogram(const std::vector<double> &values, double lo, double hi, std::size_t bins)
{
    std::vector<double> counts(std::max<std::size_t>(1, bins), 0.0);
    const double width = hi > lo ? (hi - lo) / static_cast<double>(counts.size()) : 0.0;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        std::size_t index = 0;
        if (width > 0.0) {
            const double f = std::floor((v - lo) / width);
            index = f <= 0.0 ? 0 : std::min(counts.size() - 1, static_cast<std::size_t>(f));
        }
        counts[index] += 1.0;
    }
    return counts;
}

double jensenShannonDivergence(const std::vector<double> &p, const std::vector<double> &q)
{
    const std::size_t n = std::max(p.size(), q.size());
    double sp = 0.0, sq = 0.0;
    for (double v : p) sp += std::max(0.0, v);
    for (double v : q) sq += std::max(0.0, v);
    if (sp <= 0.0 && sq <= 0.0)
        return 0.0;
    if (sp <= 0.0 || sq <= 0.0)
        return 1.0;
    double jsd = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = i < p.size() ? std::max(0.0, p[i]) / sp : 0.0;
        const double b = i < q.size() ? std::max(0.0, q[i]) / sq : 0.0;
        const double m = 0.5 * (a + b);
        if (a > 0.0) jsd += 0.5 * a * std::log2(a / m);
        if (b > 0.0) jsd += 0.5 * b * std::log2(b / m);
    }
    return std::clamp(jsd, 0.0, 1.0);
}

double jensenShannonDivergenceOfSamples(const std::vector<double> &a, const std::vector<double> &b, std::size_t bins)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto *s : {&a, &b})
        for (double v : *s)
            if (std::isfinite(v)) { lo = std::min(lo, v); hi = std::max(hi, v); }
    if (!(lo <= hi))
        return 0.0;
    return jensenShannonDivergence(histogram(a, lo, hi, bins), histogram(b, lo, hi, bins));
}

namespace {
void dropNonFinite(std::vector<double> &v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
}
} // namespace

double wasserstein1(std::vector<double> a, std::vector<double> b)
{
    dropNonFinite(a);
    dropNonFinite(b);
    if (a.empty() || b.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    // Walk the merged sorted support; between consecutive points both CDFs are constant.
    const double na = static_cast<double>(a.size()), nb = static_cast<double>(b.size());
    std::size_t i = 0, j = 0;
    double prev = std::min(a.front(), b.front());
    double total = 0.0;
    while (i < a.size() || j < b.size()) {
        double x;
        if (j >= b.size() || (i < a.size() && a[i] <= b[j])) x = a[i];
        else x = b[j];
        total += std::fabs(static_cast<double>(i) / na - static_cast<double>(j) / nb) * (x - prev);
        while (i < a.size() && a[i] == x) ++i;
        while (j < b.size() && b[j] == x) ++j;
        prev = x;
    }
    return total;
}

double normalisedWasserstein1(const std::vector<double> &reference, const std::vector<double> &other)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : reference)
        if (std::isfinite(v)) { lo = std::min(lo, v); hi = std::max(hi, v); }
    if (!(lo <= hi))
        return std::numeric_limits<double>::quiet_NaN();
    const double range = hi > lo ? hi - lo : 1.0;
    std::vector<double> a(reference), b(other);
    for (double &v : a) v = (v - lo) / range;
    for (double &v : b) v = (v - lo) / range;
    return wasserstein1(std::move(a), std::move(b));
}

double kolmogorovSmirnov(std::vector<double> a, std::vector<double> b)
{
    dropNonFinite(a);
    dropNonFinite(b);
    if (a.empty() || b.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double na = static_cast<double>(a.size()), nb = static_cast<double>(b.size());
    std::size_t i = 0, j = 0;
    double best = 0.0;
    while (i < a.size() || j < b.size()) {
        double x;
        if (j >= b.size() || (i < a.size() && a[i] <= b[j])) x = a[i];
        else x = b[j];
        while (i < a.size() && a[i] == x) ++i;
        while (j < b.size() && b[j] == x) ++j;
        best = std::max(best, std::fabs(static_cast<double>(i) / na - static_cast<double>(j) / nb));
    }
    return best;
}

std::vector<double> autocorrelation(const std::vector<double> &series, std::size_t maxLag)
{
    std::vector<double> acf(maxLag, std::numeric_limits<double>::quiet_NaN());
    const std::size_t n = series.size();
    if (n < 2)
        return acf;
    const double mean = std::accumulate(series.begin(), series.end(), 0.0) / static_cast<double>(n);
    double var = 0.0;
    for (double v : series) var += (v - mean) * (v - mean);
    for (std::size_t lag = 1; lag <= maxLag; ++lag) {
        if (lag >= n)
            break;
        if (var <= 0.0) {
            acf[lag - 1] = 1.0; // a constant series is perfectly self-similar
            continue;
        }
        double c = 0.0;
        for (std::size_t t = 0; t + lag < n; ++t)
            c += (series[t] - mean) * (series[t + lag] - mean);
        acf[lag - 1] = c / var;
    }
    return acf;
}

std::vector<double> meanAutocorrelation(const std::vector<std::vector<double>> &series, std::size_t maxLag)
{
    std::vector<double> sum(maxLag, 0.0), count(maxLag, 0.0);
    for (const auto &s : series) {
        const auto acf = autocorrelation(s, maxLag);
        for (std::size_t l = 0; l < maxLag; ++l)
            if (std::isfinite(acf[l])) { sum[l] += acf[l]; count[l] += 1.0; }
    }
    for (std::size_t l = 0; l < maxLag; ++l)
        sum[l] = count[l] > 0.0 ? sum[l] / count[l] : std::numeric_limits<double>::quiet_NaN();
    return sum;
}

double autocorrelationError(const std::vector<std::vector<double>> &a, const std::vector<std::vector<double>> &b,
                            std::size_t maxLag)
{
    const auto ma = meanAutocorrelation(a, maxLag);
    const auto mb = meanAutocorrelation(b, maxLag);
    double total = 0.0;
    int used = 0;
    for (std::size_t l = 0; l < maxLag; ++l)
        if (std::isfinite(ma[l]) && std::isfinite(mb[l])) { total += std::fabs(ma[l] - mb[l]); ++used; }
    return used ? total / used : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> empiricalCdf(std::vector<double> values, double lo, double hi, std::size_t points)
{
    dropNonFinite(values);
    std::sort(values.begin(), values.end());
    std::vector<double> out(points, 0.0);
    if (values.empty() || points == 0)
        return out;
    for (std::size_t k = 0; k < points; ++k) {
        const double x = points == 1 ? hi : lo + (hi - lo) * static_cast<double>(k) / static_cast<double>(points - 1);
        out[k] = static_cast<double>(std::upper_bound(values.begin(), values.end(), x) - values.begin()) /
                 static_cast<double>(values.size());
    }
    return out;
}

} // namespace netsynth
