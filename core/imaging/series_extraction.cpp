#include "core/imaging/series_extraction.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace netsynth {

namespace {
std::string formatSeconds(double s)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s);
    return buf;
}
} // namespace

std::size_t binsPerValue(const Biflow &biflow, const EncodeSpec &spec)
{
    if (!biflow.isBinned() || !(biflow.binSeconds > 0.0) || !(spec.binSeconds >= 2.0 * biflow.binSeconds))
        return 1;
    const double k = spec.binSeconds / biflow.binSeconds;
    if (std::fabs(k - std::round(k)) > 1e-6 * k)
        throw InputError(biflow.sourceFile, "bin width",
                         "--bin-seconds " + formatSeconds(spec.binSeconds) + " is not a whole multiple of this " +
                             "source's " + formatSeconds(biflow.binSeconds) + " s bins");
    return static_cast<std::size_t>(std::llround(k));
}

ExtractedSeries extractSeries(const Biflow &biflow, const EncodeSpec &spec)
{
    const std::size_t n = static_cast<std::size_t>(std::max(spec.length, 0));
    ExtractedSeries s;
    s.values.assign(n, 0.0);
    std::size_t taken = 0;
    switch (spec.feature) {
    case SeriesFeature::SignedSize:
        for (; taken < n && taken < biflow.packets.size(); ++taken)
            s.values[taken] = biflow.packets[taken].signedSize();
        break;
    case SeriesFeature::Size:
        for (; taken < n && taken < biflow.packets.size(); ++taken)
            s.values[taken] = biflow.packets[taken].payloadBytes;
        break;
    case SeriesFeature::Iat:
        for (; taken < n && taken < biflow.packets.size(); ++taken)
            s.values[taken] = taken == 0 ? 0.0 : std::max(0.0, biflow.packets[taken].iat) * 1e6;
        break;
    case SeriesFeature::BytesPerBin:
        if (biflow.isBinned()) {
            // A binned source keeps its bins unless the requested width is a
            // whole multiple k >= 2 of theirs: then each value sums k of them
            // (bytes add up), so a longer window fits the same length.
            const std::size_t k = binsPerValue(biflow, spec);
            for (; taken < n && taken * k < biflow.bins.size(); ++taken)
                for (std::size_t j = taken * k; j < (taken + 1) * k && j < biflow.bins.size(); ++j)
                    s.values[taken] += biflow.bins[j];
        } else if (!biflow.packets.empty()) {
            double t = 0.0;
            std::size_t lastBin = 0;
            for (std::size_t i = 0; i < biflow.packets.size(); ++i) {
                const Packet &p = biflow.packets[i];
                if (i > 0)
                    t += std::max(0.0, p.iat);
                const auto bin = static_cast<std::size_t>(std::floor(t / spec.binSeconds));
                if (bin >= n)
                    break;
                s.values[bin] += p.ipBytes >= 0 ? p.ipBytes : p.payloadBytes;
                lastBin = bin;
            }
            taken = lastBin + 1;
        }
        break;
    }
    s.length = static_cast<int>(taken);
    return s;
}

std::vector<double> toFeatureValues(const std::vector<double> &series, const EncodeSpec &spec)
{
    std::vector<double> out(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        const double v = std::isfinite(series[i]) ? series[i] : 0.0;
        switch (spec.feature) {
        case SeriesFeature::SignedSize:
            out[i] = std::clamp(std::round(v), -65535.0, 65535.0);
            break;
        case SeriesFeature::Size:
            out[i] = std::clamp(std::round(v), 0.0, 65535.0);
            break;
        case SeriesFeature::Iat:
        case SeriesFeature::BytesPerBin:
            out[i] = std::max(0.0, v);
            break;
        }
        if (out[i] == 0.0)
            out[i] = 0.0; // no negative zero in outputs
    }
    return out;
}

Biflow seriesToBiflow(const std::vector<double> &series, const EncodeSpec &spec, int length, const std::string &label)
{
    const std::size_t n = std::min(series.size(), static_cast<std::size_t>(std::max(length, 0)));
    const std::vector<double> v = toFeatureValues(std::vector<double>(series.begin(), series.begin() + n), spec);
    Biflow b;
    b.label = label;
    if (spec.feature == SeriesFeature::BytesPerBin) {
        b.bins = v;
        b.binSeconds = spec.binSeconds;
        return b;
    }
    b.packets.resize(n);
    double t = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        Packet &p = b.packets[i];
        switch (spec.feature) {
        case SeriesFeature::SignedSize:
            p.payloadBytes = static_cast<std::int32_t>(std::abs(v[i]));
            p.direction = v[i] < 0 ? Direction::Downstream : Direction::Upstream;
            break;
        case SeriesFeature::Size:
            p.payloadBytes = static_cast<std::int32_t>(v[i]);
            break;
        case SeriesFeature::Iat:
            p.iat = i == 0 ? 0.0 : v[i] * 1e-6;
            break;
        case SeriesFeature::BytesPerBin:
            break;
        }
        t += p.iat;
        p.timestamp = t;
    }
    b.declaredPackets = static_cast<std::int64_t>(n);
    return b;
}

} // namespace netsynth
