#include "core/appshot/appshot_metrics.h"

#include "core/eval/distribution_metrics.h"
#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace netsynth {

namespace {
nlohmann::json num(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

// The bounding box of the mask's cells, where SSIM windows go.
struct Box
{
    int r0 = 0, c0 = 0, rows = 0, cols = 0;
};

Box boundingBox(const std::vector<std::uint8_t> &mask, int rows, int cols)
{
    int r0 = rows, r1 = -1, c0 = cols, c1 = -1;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if (mask[static_cast<std::size_t>(r) * cols + c]) {
                r0 = std::min(r0, r);
                r1 = std::max(r1, r);
                c0 = std::min(c0, c);
                c1 = std::max(c1, c);
            }
    if (r1 < 0)
        return {};
    return {r0, c0, r1 - r0 + 1, c1 - c0 + 1};
}

// The box of a map, cells outside the mask set to 0.
std::vector<float> crop(const float *map, const Box &box, int cols, const std::vector<std::uint8_t> &mask)
{
    std::vector<float> out(static_cast<std::size_t>(box.rows) * box.cols, 0.0f);
    for (int r = 0; r < box.rows; ++r)
        for (int c = 0; c < box.cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(box.r0 + r) * cols + box.c0 + c;
            if (mask[i])
                out[static_cast<std::size_t>(r) * box.cols + c] = map[i];
        }
    return out;
}
} // namespace

nlohmann::json ServiceMetrics::toJson() const
{
    return {{"service", service},
            {"emd", num(emd)},
            {"emd_relative", num(emdRelative)},
            {"ssim", num(ssim)},
            {"pearson_cell_mean", num(pearsonCellMean)},
            {"ssim_mean_map", num(ssimMeanMap)},
            {"pearson_cell_hourly", num(pearsonCellHourly)},
            {"jsd_cell_values", num(jsdCellValues)},
            {"moran_i_real", num(moranReal)},
            {"moran_i_generated", num(moranGenerated)},
            {"moran_i_error", num(moranError)},
            {"temporal_profile_error", num(temporalProfileError)},
            {"mean_real", num(meanReal)},
            {"mean_generated", num(meanGenerated)}};
}

nlohmann::json TrafficEvaluation::toJson() const
{
    nlohmann::json s = nlohmann::json::array();
    for (const auto &m : services)
        s.push_back(m.toJson());
    return {{"method", method},
            {"services", s},
            {"cross_service_correlation_error",
             crossServiceCorrelationError ? num(*crossServiceCorrelationError) : nlohmann::json(nullptr)},
            {"correlation_real", correlationReal},
            {"correlation_generated", correlationGenerated},
            {"hours_compared", hours.size()}};
}

double AppShotMetrics::emd(std::vector<double> a, std::vector<double> b)
{
    if (a.empty() || b.empty())
        return std::nan("");
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a.size() == b.size()) {
        double s = 0.0;
        for (std::size_t i = 0; i < a.size(); ++i)
            s += std::abs(a[i] - b[i]);
        return s / a.size();
    }
    // Integral of |F_a - F_b| over the merged support.
    std::size_t i = 0, j = 0;
    double fa = 0.0, fb = 0.0, total = 0.0;
    double x = std::min(a[0], b[0]);
    while (i < a.size() || j < b.size()) {
        double next;
        if (j >= b.size() || (i < a.size() && a[i] <= b[j]))
            next = a[i];
        else
            next = b[j];
        total += std::abs(fa - fb) * (next - x);
        x = next;
        while (i < a.size() && a[i] == x) {
            ++i;
            fa = static_cast<double>(i) / a.size();
        }
        while (j < b.size() && b[j] == x) {
            ++j;
            fb = static_cast<double>(j) / b.size();
        }
    }
    return total;
}

double AppShotMetrics::ssim(const float *a, const float *b, int rows, int cols, double range, int window)
{
    const int w = std::max(1, std::min({window, rows, cols}));
    const double L = range > 0.0 ? range : 1.0;
    const double c1 = (0.01 * L) * (0.01 * L), c2 = (0.03 * L) * (0.03 * L);
    double total = 0.0;
    int count = 0;
    for (int r = 0; r + w <= rows; ++r)
        for (int c = 0; c + w <= cols; ++c) {
            double ma = 0, mb = 0;
            for (int i = 0; i < w; ++i)
                for (int j = 0; j < w; ++j) {
                    ma += a[(r + i) * cols + c + j];
                    mb += b[(r + i) * cols + c + j];
                }
            const double n = static_cast<double>(w) * w;
            ma /= n;
            mb /= n;
            double va = 0, vb = 0, cov = 0;
            for (int i = 0; i < w; ++i)
                for (int j = 0; j < w; ++j) {
                    const double da = a[(r + i) * cols + c + j] - ma, db = b[(r + i) * cols + c + j] - mb;
                    va += da * da;
                    vb += db * db;
                    cov += da * db;
                }
            const double d = n > 1 ? n - 1 : 1;
            va /= d;
            vb /= d;
            cov /= d;
            total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            ++count;
        }
    return count ? total / count : std::nan("");
}

double AppShotMetrics::pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return std::nan("");
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0.0 || sbb <= 0.0)
        return std::nan("");
    return sab / std::sqrt(saa * sbb);
}

double AppShotMetrics::moransI(const std::vector<double> &map, int rows, int cols, const std::vector<std::uint8_t> &mask)
{
    auto valid = [&](int r, int c) {
        return r >= 0 && c >= 0 && r < rows && c < cols && (mask.empty() || mask[static_cast<std::size_t>(r) * cols + c]);
    };
    double mean = 0.0;
    int n = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if (valid(r, c)) {
                mean += map[static_cast<std::size_t>(r) * cols + c];
                ++n;
            }
    if (n < 2)
        return std::nan("");
    mean /= n;
    double num = 0.0, den = 0.0, wsum = 0.0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (!valid(r, c))
                continue;
            const double zi = map[static_cast<std::size_t>(r) * cols + c] - mean;
            den += zi * zi;
            const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
            for (int k = 0; k < 4; ++k) {
                const int rr = r + dr[k], cc = c + dc[k];
                if (!valid(rr, cc))
                    continue;
                num += zi * (map[static_cast<std::size_t>(rr) * cols + cc] - mean);
                wsum += 1.0;
            }
        }
    if (den <= 0.0 || wsum <= 0.0)
        return std::nan("");
    return (n / wsum) * (num / den);
}

namespace {

// What evaluate() compares: the matched steps (real, generated), the valid
// cells, the mask and its bounding box.
struct Comparison
{
    const TrafficMaps &real;
    const TrafficMaps &gen;
    const std::vector<std::pair<int, int>> &steps;
    const std::vector<std::size_t> &valid;
    const std::vector<std::uint8_t> &mask;
    const Box &box;
    std::size_t cells;
};

// The metrics of one service (real sr, generated sg); vr and vg receive its
// values, steps x valid cells, for the cross-service correlations.
ServiceMetrics serviceMetrics(const Comparison &c, int sr, int sg, std::vector<double> &vr, std::vector<double> &vg)
{
    const TrafficMaps &real = c.real;
    const TrafficMaps &gen = c.gen;
    const auto &steps = c.steps;
    const auto &valid = c.valid;
    const auto &mask = c.mask;
    const Box &box = c.box;
    const std::size_t cells = c.cells;
    ServiceMetrics m;
    m.service = real.serviceNames[sr];
    std::vector<double> meanR(cells, 0.0), meanG(cells, 0.0), totR, totG;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto &st : steps) {
        const float *a = real.map(st.first, sr);
        const float *b = gen.map(st.second, sg);
        double tr = 0, tg = 0;
        for (std::size_t i : valid) {
            vr.push_back(a[i]);
            vg.push_back(b[i]);
            meanR[i] += a[i];
            meanG[i] += b[i];
            tr += a[i];
            tg += b[i];
            lo = std::min(lo, static_cast<double>(a[i]));
            hi = std::max(hi, static_cast<double>(a[i]));
        }
        totR.push_back(tr);
        totG.push_back(tg);
    }
    for (std::size_t i = 0; i < cells; ++i) {
        meanR[i] /= steps.size();
        meanG[i] /= steps.size();
    }
    m.emd = AppShotMetrics::emd(vr, vg);
    double mr = 0, mg = 0;
    for (double v : vr) mr += v;
    for (double v : vg) mg += v;
    m.meanReal = vr.empty() ? 0.0 : mr / vr.size();
    m.meanGenerated = vg.empty() ? 0.0 : mg / vg.size();
    m.emdRelative = m.meanReal != 0.0 ? m.emd / std::abs(m.meanReal) : std::nan("");
    double ss = 0.0;
    for (const auto &st : steps) {
        const std::vector<float> a = crop(real.map(st.first, sr), box, real.cols, mask);
        const std::vector<float> b = crop(gen.map(st.second, sg), box, real.cols, mask);
        ss += AppShotMetrics::ssim(a.data(), b.data(), box.rows, box.cols, hi - lo);
    }
    m.ssim = ss / steps.size();
    {
        std::vector<float> mr32(meanR.begin(), meanR.end()), mg32(meanG.begin(), meanG.end());
        const std::vector<float> a = crop(mr32.data(), box, real.cols, mask);
        const std::vector<float> b = crop(mg32.data(), box, real.cols, mask);
        double mlo = std::numeric_limits<double>::infinity(), mhi = -mlo;
        for (std::size_t i : valid) {
            mlo = std::min(mlo, meanR[i]);
            mhi = std::max(mhi, meanR[i]);
        }
        m.ssimMeanMap = AppShotMetrics::ssim(a.data(), b.data(), box.rows, box.cols, mhi - mlo);
    }
    // Each cell's series over the steps: vr/vg hold steps x valid cells.
    double corrSum = 0.0;
    int corrCells = 0;
    const std::size_t V = valid.size();
    for (std::size_t j = 0; j < V; ++j) {
        std::vector<double> cr(steps.size()), cg(steps.size());
        for (std::size_t t = 0; t < steps.size(); ++t) {
            cr[t] = vr[t * V + j];
            cg[t] = vg[t * V + j];
        }
        const double c = AppShotMetrics::pearson(cr, cg);
        if (std::isfinite(c)) {
            corrSum += c;
            ++corrCells;
        }
    }
    m.pearsonCellHourly = corrCells ? corrSum / corrCells : std::nan("");
    m.jsdCellValues = jensenShannonDivergenceOfSamples(vr, vg, 50);
    std::vector<double> cmR, cmG;
    for (std::size_t i : valid) {
        cmR.push_back(meanR[i]);
        cmG.push_back(meanG[i]);
    }
    m.pearsonCellMean = AppShotMetrics::pearson(cmR, cmG);
    m.moranReal = AppShotMetrics::moransI(meanR, real.rows, real.cols, mask);
    m.moranGenerated = AppShotMetrics::moransI(meanG, real.rows, real.cols, mask);
    m.moranError = std::abs(m.moranReal - m.moranGenerated);
    double sr2 = 0, sg2 = 0;
    for (double v : totR) sr2 += v;
    for (double v : totG) sg2 += v;
    double tv = 0.0;
    for (std::size_t t = 0; t < totR.size(); ++t)
        tv += std::abs((sr2 != 0 ? totR[t] / sr2 : 0.0) - (sg2 != 0 ? totG[t] / sg2 : 0.0));
    m.temporalProfileError = 0.5 * tv;
    return m;
}

// Correlations between services, real and generated, and their mean gap.
void crossServiceCorrelations(TrafficEvaluation &ev, const std::vector<std::vector<double>> &seriesR,
                              const std::vector<std::vector<double>> &seriesG)
{
    const std::size_t S = seriesR.size();
    ev.correlationReal.assign(S, std::vector<double>(S, 1.0));
    ev.correlationGenerated.assign(S, std::vector<double>(S, 1.0));
    if (S > 1) {
        double err = 0.0;
        int n = 0;
        for (std::size_t a = 0; a < S; ++a)
            for (std::size_t b = 0; b < S; ++b) {
                if (a == b)
                    continue;
                ev.correlationReal[a][b] = AppShotMetrics::pearson(seriesR[a], seriesR[b]);
                ev.correlationGenerated[a][b] = AppShotMetrics::pearson(seriesG[a], seriesG[b]);
                const double d = std::abs(ev.correlationReal[a][b] - ev.correlationGenerated[a][b]);
                if (std::isfinite(d)) {
                    err += d;
                    ++n;
                }
            }
        ev.crossServiceCorrelationError = n ? err / n : std::nan("");
    }
}

} // namespace

TrafficEvaluation AppShotMetrics::evaluate(const TrafficMaps &real, const TrafficMaps &gen,
                                           const std::vector<std::uint8_t> &maskIn, const std::string &method)
{
    if (real.rows != gen.rows || real.cols != gen.cols)
        throw InputError({}, "grid", "real traffic is " + std::to_string(real.rows) + "x" + std::to_string(real.cols) +
                                         " but generated is " + std::to_string(gen.rows) + "x" +
                                         std::to_string(gen.cols));
    if (real.stepMinutes != gen.stepMinutes)
        throw InputError({}, "step_minutes", "real and generated traffic have different time steps");
    // Services.
    std::vector<std::pair<int, int>> svc; // (real, generated)
    for (int g = 0; g < gen.services; ++g)
        for (int r = 0; r < real.services; ++r)
            if (real.serviceNames[r] == gen.serviceNames[g])
                svc.push_back({r, g});
    if (svc.empty() && real.services == gen.services)
        for (int s = 0; s < real.services; ++s)
            svc.push_back({s, s});
    if (svc.empty())
        throw InputError({}, "services", "no service of the generated traffic matches the real traffic");
    // Steps by hour index.
    std::map<int, int> realStep;
    for (int t = real.steps - 1; t >= 0; --t)
        realStep[real.hours[t]] = t;
    std::vector<std::pair<int, int>> steps;
    TrafficEvaluation ev;
    ev.method = method;
    for (int t = 0; t < gen.steps; ++t) {
        auto it = realStep.find(gen.hours[t]);
        if (it != realStep.end()) {
            steps.push_back({it->second, t});
            ev.hours.push_back(gen.hours[t]);
        }
    }
    if (steps.empty())
        throw InputError({}, "hours", "no generated hour is present in the real traffic");
    const std::size_t cells = real.cells();
    std::vector<std::uint8_t> mask = maskIn.size() == cells ? maskIn : std::vector<std::uint8_t>(cells, 1);
    std::vector<std::size_t> valid;
    for (std::size_t i = 0; i < cells; ++i)
        if (mask[i])
            valid.push_back(i);
    if (valid.empty())
        throw InputError({}, "mask", "no cell to compare (the mask is empty)");
    const Box box = boundingBox(mask, real.rows, real.cols);

    const std::size_t S = svc.size();
    std::vector<std::vector<double>> seriesR(S), seriesG(S); // valid cells x steps, for correlations
    const Comparison comparison{real, gen, steps, valid, mask, box, cells};
    for (std::size_t k = 0; k < S; ++k) {
        ev.services.push_back(serviceMetrics(comparison, svc[k].first, svc[k].second, seriesR[k], seriesG[k]));
    }
    crossServiceCorrelations(ev, seriesR, seriesG);
    return ev;
}

} // namespace netsynth
