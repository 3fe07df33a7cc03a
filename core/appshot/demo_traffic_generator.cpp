#include "core/appshot/demo_traffic_generator.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace netsynth {

namespace {
constexpr double kPi = 3.14159265358979323846;

// Standard normal from a 64-bit engine (Box-Muller, so the values do not depend
// on the standard library's distribution implementation).
double gauss(std::mt19937_64 &rng)
{
    const double u1 = (static_cast<double>(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
    const double u2 = (static_cast<double>(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

std::vector<double> randomField(int rows, int cols, std::mt19937_64 &rng)
{
    std::vector<double> f(static_cast<std::size_t>(rows) * cols);
    for (double &v : f)
        v = gauss(rng);
    std::vector<double> tmp(f.size());
    for (int pass = 0; pass < 3; ++pass) {
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                double s = 0.0;
                int n = 0;
                for (int dr = -1; dr <= 1; ++dr)
                    for (int dc = -1; dc <= 1; ++dc) {
                        const int rr = r + dr, cc = c + dc;
                        if (rr < 0 || cc < 0 || rr >= rows || cc >= cols)
                            continue;
                        s += f[static_cast<std::size_t>(rr) * cols + cc];
                        ++n;
                    }
                tmp[static_cast<std::size_t>(r) * cols + c] = s / n;
            }
        f.swap(tmp);
    }
    double mean = 0.0, var = 0.0;
    for (double v : f)
        mean += v;
    mean /= f.size();
    for (double v : f)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / f.size());
    for (double &v : f)
        v = sd > 0.0 ? (v - mean) / sd : 0.0;
    return f;
}

double bump(int hour, double centre, double width)
{
    double d = std::abs(hour - centre);
    d = std::min(d, 24.0 - d);
    return std::exp(-0.5 * (d / width) * (d / width));
}

struct ServiceShape
{
    double base;     // overall volume
    double affinity; // a_s
    double resWeekday, actWeekday; // weight of homes / activity areas in working hours
};

const ServiceShape kShapes[6] = {
    {40.0, 1.6, 0.8, 0.4},  // video_streaming: homes
    {25.0, 1.4, 0.5, 0.8},  // social_media: everywhere
    {6.0, 1.2, 0.5, 0.9},   // messaging
    {18.0, 1.5, 0.3, 1.2},  // web: offices
    {8.0, 1.3, 0.6, 0.7},   // music_streaming
    {4.0, 1.8, 0.2, 1.4},   // navigation: activity areas, roads
};
} // namespace

const std::vector<std::string> &DemoTrafficGenerator::serviceNames()
{
    static const std::vector<std::string> names = {"video_streaming", "social_media", "messaging",
                                                   "web",             "music_streaming", "navigation"};
    return names;
}

double DemoTrafficGenerator::profile(int s, int h, bool weekend)
{
    double p = 0.08; // night floor
    switch (s) {
    case 0: p += weekend ? 0.6 * bump(h, 15, 3) + 1.6 * bump(h, 21, 2.5) : 0.3 * bump(h, 13, 2) + 1.8 * bump(h, 21, 2.2); break;
    case 1: p += weekend ? 0.9 * bump(h, 12, 3) + 1.0 * bump(h, 20, 3) : 0.8 * bump(h, 8, 1.5) + 0.9 * bump(h, 13, 2) + 1.0 * bump(h, 20, 2.5); break;
    case 2: p += weekend ? 0.8 * bump(h, 13, 4) + 0.6 * bump(h, 19, 3) : 0.9 * bump(h, 8, 1.5) + 0.7 * bump(h, 13, 3) + 1.0 * bump(h, 18, 2); break;
    case 3: p += weekend ? 0.5 * bump(h, 14, 4) : 1.3 * bump(h, 11, 2.5) + 1.1 * bump(h, 15, 2.5); break;
    case 4: p += weekend ? 0.7 * bump(h, 14, 3) : 1.2 * bump(h, 8, 1.2) + 1.0 * bump(h, 17.5, 1.5); break;
    default: p += weekend ? 0.9 * bump(h, 13, 3) : 1.4 * bump(h, 8, 1.0) + 1.3 * bump(h, 17.5, 1.2); break;
    }
    return p;
}

TrafficMaps DemoTrafficGenerator::generate(const City &city, const DemoTrafficSpec &spec)
{
    if (spec.services < 1 || spec.services > static_cast<int>(serviceNames().size()))
        throw InputError({}, "--services", "the demo generator simulates 1 to 6 services");
    if (spec.days < 1 || spec.days > 366)
        throw InputError({}, "--days", "expected 1 to 366 days");
    if (city.cells() == 0)
        throw InputError(city.path, {}, "the city has no cells");
    const int rows = city.rows, cols = city.cols;
    const std::size_t n = city.cells();
    std::vector<double> R(n, 0.0), A(n, 0.0);
    if (const ContextLayer *pop = city.layer("population"))
        for (std::size_t i = 0; i < n; ++i)
            R[i] = pop->normalization.apply(pop->values[i]);
    std::vector<double> poiTotal(n, 0.0);
    bool anyPoi = false;
    for (const auto &l : city.layers) {
        if (l.group == "poi" && l.kind == LayerKind::Count) {
            anyPoi = true;
            for (std::size_t i = 0; i < n; ++i)
                if (std::isfinite(l.values[i]))
                    poiTotal[i] += std::max(0.0, l.values[i]);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        double a = anyPoi ? std::log1p(poiTotal[i]) / std::log1p(100.0) : R[i];
        double lu = 0.0;
        for (const char *name : {"landuse_01", "landuse_02", "landuse_03"})
            if (const ContextLayer *l = city.layer(name))
                lu += l->normalization.apply(l->values[i]);
        A[i] = 0.7 * a + 0.3 * std::min(1.0, lu);
    }
    std::mt19937_64 rng(spec.seed * 0x9E3779B97F4A7C15ULL + 12345);
    const std::vector<double> shared = randomField(rows, cols, rng);
    std::vector<std::vector<double>> own(spec.services);
    for (int s = 0; s < spec.services; ++s)
        own[s] = randomField(rows, cols, rng);

    TrafficMaps t;
    t.serviceNames.assign(serviceNames().begin(), serviceNames().begin() + spec.services);
    t.stepMinutes = 60;
    t.hours.clear();
    t.resize(spec.days * 24, spec.services, rows, cols);
    t.provenance = TrafficProvenance::Simulated;
    t.city = city.name;
    t.units = "simulated MB per hour";
    t.metadata = {{"generator", "DemoTrafficGenerator"},
                  {"seed", spec.seed},
                  {"days", spec.days},
                  {"spatial_noise", spec.spatialNoise},
                  {"warning", "SIMULATED traffic: procedural demo data, not a measurement"}};
    for (int step = 0; step < t.steps; ++step) {
        const int h = step % 24;
        const bool we = t.weekend(step);
        const bool working = !we && h >= 8 && h <= 18;
        for (int s = 0; s < spec.services; ++s) {
            const ServiceShape &sh = kShapes[s];
            const double wR = working ? sh.resWeekday : 1.0;
            const double wA = working ? sh.actWeekday : (we ? 0.5 : 0.3);
            const double scale = sh.base * profile(s, h, we);
            float *m = t.map(step, s);
            for (std::size_t i = 0; i < n; ++i) {
                if (!city.mask[i]) {
                    m[i] = 0.0f;
                    continue;
                }
                const double logI = sh.affinity * (wR * R[i] + wA * A[i]) +
                                    spec.spatialNoise * (0.6 * shared[i] + 0.8 * own[s][i]) - 1.5;
                const double e = std::clamp(gauss(rng), -3.0, 3.0);
                m[i] = static_cast<float>(scale * std::exp(logI) * (1.0 + 0.05 * e));
            }
        }
    }
    return t;
}

} // namespace netsynth
