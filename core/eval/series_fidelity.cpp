#include "core/eval/series_fidelity.h"

#include "core/eval/distribution_metrics.h"
#include "core/eval/report_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsynth {

namespace {

struct Pooled
{
    std::vector<double> magnitudes; // |value| for signed sizes, value otherwise (log10 for iat)
    std::vector<double> directions; // 0 upstream (value >= 0), 1 downstream
    std::vector<double> lengths;
    std::vector<std::vector<double>> series;
};

bool isIat(const SeriesSet &s)
{
    return s.feature.find("iat") != std::string::npos;
}

Pooled pool(const SeriesSet &s)
{
    Pooled p;
    const bool sized = s.signedBySize();
    const bool iat = isIat(s);
    for (const auto &item : s.items) {
        p.lengths.push_back(static_cast<double>(item.values.size()));
        p.series.push_back(item.values);
        for (double v : item.values) {
            if (!std::isfinite(v))
                continue;
            if (sized) {
                p.magnitudes.push_back(std::fabs(v));
                p.directions.push_back(v >= 0.0 ? 0.0 : 1.0);
            } else if (iat) {
                p.magnitudes.push_back(v);
            } else {
                p.magnitudes.push_back(v);
            }
        }
    }
    return p;
}

std::string prefixOf(const SeriesSet &s)
{
    if (s.signedBySize() || s.feature == "size")
        return "size";
    if (isIat(s))
        return "iat";
    return "value";
}

std::vector<double> log10Of(const std::vector<double> &v)
{
    std::vector<double> out;
    out.reserve(v.size());
    for (double x : v)
        out.push_back(std::log10(std::max(x, 0.0) + 1e-6));
    return out;
}

} // namespace

std::map<std::string, double> SeriesFidelity::metrics(const SeriesSet &real, const SeriesSet &synthetic,
                                                      std::size_t maxLag)
{
    std::map<std::string, double> m;
    const Pooled r = pool(real), s = pool(synthetic);
    const std::string p = prefixOf(real);
    const bool iat = p == "iat";
    m[p + "_jsd"] = iat ? jensenShannonDivergenceOfSamples(log10Of(r.magnitudes), log10Of(s.magnitudes))
                        : jensenShannonDivergenceOfSamples(r.magnitudes, s.magnitudes);
    m[p + "_w1"] = normalisedWasserstein1(r.magnitudes, s.magnitudes);
    m[p + "_ks"] = kolmogorovSmirnov(r.magnitudes, s.magnitudes);
    if (real.signedBySize())
        m["direction_jsd"] = jensenShannonDivergence(histogram(r.directions, 0.0, 1.0, 2),
                                                     histogram(s.directions, 0.0, 1.0, 2));
    m["acf_error"] = autocorrelationError(r.series, s.series, maxLag);
    double maxLen = 1.0;
    for (const auto *l : {&r.lengths, &s.lengths})
        for (double v : *l) maxLen = std::max(maxLen, v);
    const std::size_t lenBins = static_cast<std::size_t>(maxLen) + 1;
    m["length_jsd"] = jensenShannonDivergence(histogram(r.lengths, -0.5, maxLen + 0.5, lenBins),
                                              histogram(s.lengths, -0.5, maxLen + 0.5, lenBins));
    m["length_w1"] = normalisedWasserstein1(r.lengths, s.lengths);
    for (auto &kv : m)
        if (!std::isfinite(kv.second))
            kv.second = std::numeric_limits<double>::quiet_NaN();
    return m;
}

SeriesFidelity SeriesFidelity::compute(const SeriesSet &real, const SeriesSet &synthetic, std::size_t maxLag)
{
    SeriesFidelity f;
    f.overall = metrics(real, synthetic, maxLag);
    for (std::size_t c = 0; c < real.classes.size(); ++c) {
        const SeriesSet rc = real.subset(static_cast<int>(c));
        const SeriesSet sc = synthetic.subset(static_cast<int>(c));
        if (rc.items.empty() || sc.items.empty())
            continue;
        f.perClass[real.classes[c]] = metrics(rc, sc, maxLag);
    }

    // Plot data: CDF overlay and histogram of the main quantity, length
    // distribution, mean autocorrelation.
    const Pooled r = pool(real), s = pool(synthetic);
    const std::string p = prefixOf(real);
    const bool iat = p == "iat";
    const std::vector<double> rv = iat ? log10Of(r.magnitudes) : r.magnitudes;
    const std::vector<double> sv = iat ? log10Of(s.magnitudes) : s.magnitudes;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto *v : {&rv, &sv})
        for (double x : *v)
            if (std::isfinite(x)) { lo = std::min(lo, x); hi = std::max(hi, x); }
    if (lo <= hi) {
        if (hi == lo) hi = lo + 1.0;
        const std::size_t points = 120;
        std::vector<double> xs(points);
        for (std::size_t k = 0; k < points; ++k)
            xs[k] = lo + (hi - lo) * static_cast<double>(k) / static_cast<double>(points - 1);
        // The quantity is the x label and part of the titles: the titles are
        // stored with a template (ReportChart::setComposed), so a report in
        // another language composes them from the translated template and quantity.
        const std::string quantity = p == "size" ? QT_TRANSLATE_NOOP("ReportText", "packet size (bytes)")
                                     : iat       ? QT_TRANSLATE_NOOP("ReportText", "log10 inter-arrival time (s)")
                                                 : QT_TRANSLATE_NOOP("ReportText", "value");
        nlohmann::json cdf = ReportChart::line("series_cdf", {}, quantity, "CDF",
                                               {{"real", xs, empiricalCdf(rv, lo, hi, points)},
                                                {"synthetic", xs, empiricalCdf(sv, lo, hi, points)}});
        ReportChart::setComposed(cdf, "title", QT_TRANSLATE_NOOP("ReportText", "CDF of %1: real vs synthetic"), {quantity});
        f.charts.push_back(std::move(cdf));
        const std::size_t bins = 40;
        auto hr = histogram(rv, lo, hi, bins), hs = histogram(sv, lo, hi, bins);
        double nr = 0, ns = 0;
        for (double v : hr) nr += v;
        for (double v : hs) ns += v;
        std::vector<double> centres(bins);
        for (std::size_t k = 0; k < bins; ++k) {
            centres[k] = lo + (hi - lo) * (static_cast<double>(k) + 0.5) / static_cast<double>(bins);
            hr[k] = nr > 0 ? hr[k] / nr : 0.0;
            hs[k] = ns > 0 ? hs[k] / ns : 0.0;
        }
        nlohmann::json hist = ReportChart::bars("series_hist", {}, quantity, QT_TRANSLATE_NOOP("ReportText", "share"),
                                                {{"real", centres, hr}, {"synthetic", centres, hs}});
        ReportChart::setComposed(hist, "title", QT_TRANSLATE_NOOP("ReportText", "Histogram of %1"), {quantity});
        f.charts.push_back(std::move(hist));
    }
    double maxLen = 1.0;
    for (const auto *l : {&r.lengths, &s.lengths})
        for (double v : *l) maxLen = std::max(maxLen, v);
    const std::size_t lenBins = static_cast<std::size_t>(maxLen);
    auto lr = histogram(r.lengths, 0.5, maxLen + 0.5, lenBins), ls = histogram(s.lengths, 0.5, maxLen + 0.5, lenBins);
    std::vector<double> lx(lenBins);
    for (std::size_t k = 0; k < lenBins; ++k) {
        lx[k] = static_cast<double>(k + 1);
        lr[k] = r.lengths.empty() ? 0.0 : lr[k] / static_cast<double>(r.lengths.size());
        ls[k] = s.lengths.empty() ? 0.0 : ls[k] / static_cast<double>(s.lengths.size());
    }
    f.charts.push_back(ReportChart::bars("length_hist", QT_TRANSLATE_NOOP("ReportText", "Biflow length distribution (packets)"),
                                         QT_TRANSLATE_NOOP("ReportText", "length"), QT_TRANSLATE_NOOP("ReportText", "share"),
                                         {{"real", lx, lr}, {"synthetic", lx, ls}}));
    const auto ar = meanAutocorrelation(r.series, maxLag), as = meanAutocorrelation(s.series, maxLag);
    std::vector<double> lags(maxLag);
    for (std::size_t l = 0; l < maxLag; ++l) lags[l] = static_cast<double>(l + 1);
    f.charts.push_back(ReportChart::line("acf", QT_TRANSLATE_NOOP("ReportText", "Mean autocorrelation"),
                                         QT_TRANSLATE_NOOP("ReportText", "lag"), "ACF",
                                         {{"real", lags, ar}, {"synthetic", lags, as}}));
    return f;
}

} // namespace netsynth
