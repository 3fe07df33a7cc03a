#include "core/imaging/image_inversion.h"

#include "core/imaging/image_encoder.h"
#include "core/imaging/image_kernels.h"
#include "core/imaging/series_extraction.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace netsynth {

namespace {

// The image rescaled to [0, 1] before gamma: R = (I / A)^(1 / gamma).
inline double undoGamma(float pixel, const EncodeSpec &spec)
{
    const double r = std::clamp(static_cast<double>(pixel) / spec.amplitude, 0.0, 1.0);
    return std::pow(r, 1.0 / spec.gamma);
}

std::vector<double> invertGadf(const float *image, int n, const EncodeSpec &spec)
{
    if (spec.normalisation != Normalisation::PerSeries)
        throw InputError({}, "field 'spec.normalisation'",
                         "GADF images can only be inverted with per-series normalisation");
    const std::size_t N = static_cast<std::size_t>(n);
    std::vector<double> g(N * N);
    for (std::size_t i = 0; i < N * N; ++i)
        g[i] = 2.0 * undoGamma(image[i], spec) - 1.0; // sin(phi_i - phi_j)
    // Column of the minimum (largest phi): G_im <= 0 for all i, smallest column sum.
    // Column of the maximum (phi = 0): largest column sum.
    std::size_t m = 0, k = 0;
    double lowest = 0.0, highest = 0.0;
    for (std::size_t j = 0; j < N; ++j) {
        double sum = 0.0;
        for (std::size_t i = 0; i < N; ++i)
            sum += g[i * N + j];
        if (j == 0 || sum < lowest) {
            lowest = sum;
            m = j;
        }
        if (j == 0 || sum > highest) {
            highest = sum;
            k = j;
        }
    }
    // x_m from G_mk = sin(phi_m); imprecise near 0, so snap to the values the
    // normalisation can give the minimum: 0, mark_level, or 1 (constant series).
    const double estimate = std::sqrt(std::max(0.0, 1.0 - g[m * N + k] * g[m * N + k]));
    std::vector<double> candidates{0.0, 1.0};
    if (spec.padding == PaddingPolicy::MarkLength)
        candidates.push_back(spec.markLevel);
    double xm = candidates[0];
    for (double c : candidates)
        if (std::abs(c - estimate) < std::abs(xm - estimate))
            xm = c;
    const double sm = std::sqrt(1.0 - xm * xm);
    std::vector<double> x(N);
    for (std::size_t i = 0; i < N; ++i) {
        const double gi = g[i * N + m];
        x[i] = std::clamp(xm * std::sqrt(std::max(0.0, 1.0 - gi * gi)) - sm * gi, 0.0, 1.0);
    }
    return x;
}

} // namespace

std::vector<double> invertNormalised(const float *image, int size, const EncodeSpec &spec)
{
    if (size != spec.imageSize)
        throw InputError({}, "image size", "the image is " + std::to_string(size) + "x" + std::to_string(size) +
                                               " but the spec says " + std::to_string(spec.imageSize));
    switch (spec.encoder) {
    case EncoderKind::Gasf: {
        std::vector<double> x(static_cast<std::size_t>(size));
        for (int i = 0; i < size; ++i)
            x[i] = std::sqrt(undoGamma(image[static_cast<std::size_t>(i) * size + i], spec));
        return x;
    }
    case EncoderKind::Gadf:
        return invertGadf(image, size, spec);
    case EncoderKind::Mtf:
        break;
    }
    throw InputError({}, "field 'spec.encoder'",
                     "MTF images cannot be inverted to a series (they hold transition probabilities)");
}

InvertedSeries invertImageFull(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info)
{
    const std::vector<double> xs = invertNormalised(image, size, spec);
    const int L = spec.length;
    std::vector<double> x(static_cast<std::size_t>(L));
    if (size == L)
        x = xs;
    else
        kernels::unpaa(xs.data(), size, x.data(), L);

    InvertedSeries out;
    const bool mark = spec.padding == PaddingPolicy::MarkLength;
    if (mark) {
        out.length = 0;
        for (int i = L - 1; i >= 0; --i)
            if (x[static_cast<std::size_t>(i)] >= spec.markLevel / 2) {
                out.length = i + 1;
                break;
            }
    } else {
        out.length = info.length > 0 && info.length <= L ? info.length : L;
    }
    double min = info.min, max = info.max;
    if (spec.normalisation == Normalisation::Dataset) {
        min = spec.datasetMin;
        max = spec.datasetMax;
    }
    const double lo = scaleValue(min, spec), hi = scaleValue(max, spec);
    const double base = mark ? spec.markLevel : 0.0;
    out.values.assign(static_cast<std::size_t>(L), 0.0);
    for (int i = 0; i < out.length; ++i) {
        const double unit = std::clamp((x[static_cast<std::size_t>(i)] - base) / (1.0 - base), 0.0, 1.0);
        out.values[static_cast<std::size_t>(i)] = unscaleValue(hi > lo ? lo + unit * (hi - lo) : lo, spec);
    }
    return out;
}

std::vector<double> invertImage(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info)
{
    InvertedSeries s = invertImageFull(image, size, spec, info);
    s.values.resize(static_cast<std::size_t>(s.length));
    return s.values;
}

std::vector<double> invertImage(const float *image, int size, const nlohmann::json &spec, const ImageSampleInfo &info)
{
    return invertImage(image, size, EncodeSpec::fromJson(spec), info);
}

Biflow imageToBiflow(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info,
                     const std::string &label)
{
    const std::vector<double> v = invertImage(image, size, spec, info);
    return seriesToBiflow(v, spec, static_cast<int>(v.size()), label);
}

void symmetrise(float *image, int size)
{
    const std::size_t n = static_cast<std::size_t>(size);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const float m = 0.5f * (image[i * n + j] + image[j * n + i]);
            image[i * n + j] = m;
            image[j * n + i] = m;
        }
}

std::vector<DecodedSample> decodeDataset(const ImageDataset &set, ProgressToken &token)
{
    const EncodeSpec spec = EncodeSpec::fromJson(set.spec, "manifest.json");
    if (set.channels != 1)
        throw InputError("manifest.json", "field 'channels'", "decoding needs single-channel images");
    std::vector<DecodedSample> out;
    out.reserve(set.count());
    for (std::size_t i = 0; i < set.count(); ++i) {
        if (i % 256 == 0)
            token.throwIfCanceled();
        const ImageSampleInfo &info = set.samples[i];
        DecodedSample d;
        d.label = info.label >= 0 && static_cast<std::size_t>(info.label) < set.classes.size()
                      ? set.classes[static_cast<std::size_t>(info.label)]
                      : std::to_string(info.label);
        d.source = info.source;
        d.values = toFeatureValues(invertImage(set.image(i), set.imageSize, spec, info), spec);
        out.push_back(std::move(d));
        token.setProgress(double(i + 1) / double(set.count()), "decoding images");
    }
    return out;
}

void writeDecodedCsv(const std::vector<DecodedSample> &samples, const std::string &path)
{
    auto quote = [](const std::string &s) {
        if (s.find_first_of(",\"\n\r") == std::string::npos)
            return s;
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    writeFileAtomically(path, [&](std::ostream &os) {
        std::size_t longest = 0;
        for (const DecodedSample &d : samples)
            longest = std::max(longest, d.values.size());
        os << "label,length";
        for (std::size_t i = 1; i <= longest; ++i)
            os << ",v" << i;
        os << '\n';
        char buf[64];
        for (const DecodedSample &d : samples) {
            os << quote(d.label) << ',' << d.values.size();
            for (double v : d.values) {
                std::snprintf(buf, sizeof buf, ",%.9g", v);
                os << buf;
            }
            os << '\n';
        }
    });
}

} // namespace netsynth
