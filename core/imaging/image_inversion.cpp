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

// GASF inversion by least squares over every pixel.
//
// A GASF pixel of the normalised series x (x_i = cos(phi_i), phi_i in
// [0, pi/2]) after gamma is I_ij = A * cos((phi_i + phi_j) / 2)^(2 gamma).
// The diagonal alone gives phi_i; a generated image is noisy, and every other
// pixel of row i says something about phi_i too. So: find the phi that
// minimise sum over i <= j of (I_ij(phi) - image_ij)^2 in the gamma-corrected
// space (where the generator made its errors), by damped Gauss-Newton
// (Levenberg-Marquardt) from the diagonal's solution, phi kept in [0, pi/2].
// For an exact image the start is already the minimum (zero residual).
std::vector<double> invertGasfLeastSquares(const float *image, int n, const EncodeSpec &spec)
{
    const std::size_t N = static_cast<std::size_t>(n);
    const double A = spec.amplitude, twoGamma = 2.0 * spec.gamma;
    const double halfPi = std::acos(0.0);
    // Symmetrised target (the producer should have done it; harmless if so).
    std::vector<double> target(N * N);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i; j < N; ++j)
            target[i * N + j] = 0.5 * (static_cast<double>(image[i * N + j]) + static_cast<double>(image[j * N + i]));
    std::vector<double> phi(N);
    for (std::size_t i = 0; i < N; ++i)
        phi[i] = std::acos(std::clamp(std::sqrt(undoGamma(image[i * N + i], spec)), 0.0, 1.0));

    // Pixel model and its derivative with respect to s = phi_i + phi_j.
    const double cMin = 1e-3; // keeps c^(2 gamma - 1) finite where s -> pi
    auto model = [&](double sum, double &derivative) {
        const double c = std::max(std::cos(0.5 * sum), cMin);
        const double value = A * std::pow(c, twoGamma);
        derivative = -0.5 * A * twoGamma * std::pow(c, twoGamma - 1.0) * std::sin(0.5 * sum);
        return value;
    };
    auto cost = [&](const std::vector<double> &p) {
        double total = 0.0, d = 0.0;
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = i; j < N; ++j) {
                const double r = model(p[i] + p[j], d) - target[i * N + j];
                total += r * r;
            }
        return total;
    };

    std::vector<double> H(N * N), g(N), step(N), trial(N);
    double current = cost(phi);
    double lambda = 1e-3;
    for (int iteration = 0; iteration < 30 && current > 1e-14; ++iteration) {
        std::fill(H.begin(), H.end(), 0.0);
        std::fill(g.begin(), g.end(), 0.0);
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = i; j < N; ++j) {
                double d = 0.0;
                const double r = model(phi[i] + phi[j], d) - target[i * N + j];
                if (i == j) { // d(pixel)/d(phi_i) = 2 d
                    H[i * N + i] += 4.0 * d * d;
                    g[i] += 2.0 * d * r;
                } else {
                    H[i * N + i] += d * d;
                    H[j * N + j] += d * d;
                    H[i * N + j] += d * d;
                    H[j * N + i] += d * d;
                    g[i] += d * r;
                    g[j] += d * r;
                }
            }
        bool improved = false;
        for (int attempt = 0; attempt < 8 && !improved; ++attempt) {
            // Solve (H + lambda diag(H)) step = -g by Gaussian elimination with partial pivoting.
            std::vector<double> M = H, b(N);
            for (std::size_t i = 0; i < N; ++i) {
                M[i * N + i] += lambda * std::max(H[i * N + i], 1e-12);
                b[i] = -g[i];
            }
            bool singular = false;
            for (std::size_t k = 0; k < N && !singular; ++k) {
                std::size_t pivot = k;
                for (std::size_t r = k + 1; r < N; ++r)
                    if (std::abs(M[r * N + k]) > std::abs(M[pivot * N + k])) pivot = r;
                if (std::abs(M[pivot * N + k]) < 1e-300) {
                    singular = true;
                    break;
                }
                if (pivot != k) {
                    for (std::size_t c = 0; c < N; ++c) std::swap(M[k * N + c], M[pivot * N + c]);
                    std::swap(b[k], b[pivot]);
                }
                for (std::size_t r = k + 1; r < N; ++r) {
                    const double f = M[r * N + k] / M[k * N + k];
                    if (f == 0.0) continue;
                    for (std::size_t c = k; c < N; ++c) M[r * N + c] -= f * M[k * N + c];
                    b[r] -= f * b[k];
                }
            }
            if (!singular)
                for (std::size_t k = N; k-- > 0;) {
                    double v = b[k];
                    for (std::size_t c = k + 1; c < N; ++c) v -= M[k * N + c] * step[c];
                    step[k] = v / M[k * N + k];
                }
            if (singular) {
                lambda *= 10.0;
                continue;
            }
            for (std::size_t i = 0; i < N; ++i) trial[i] = std::clamp(phi[i] + step[i], 0.0, halfPi);
            const double next = cost(trial);
            if (next < current) {
                const bool converged = current - next < 1e-12 * std::max(1.0, current);
                phi.swap(trial);
                current = next;
                lambda = std::max(lambda * 0.3, 1e-7);
                improved = true;
                if (converged) iteration = 1 << 20; // leaves the loop
            } else {
                lambda *= 10.0;
            }
        }
        if (!improved) break;
    }
    std::vector<double> x(N);
    for (std::size_t i = 0; i < N; ++i) x[i] = std::clamp(std::cos(phi[i]), 0.0, 1.0);
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
        if (spec.inversion == GasfInversion::LeastSquares && size <= kMaxLeastSquaresSize)
            return invertGasfLeastSquares(image, size, spec);
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
        const double unit = (x[static_cast<std::size_t>(i)] - base) / (1.0 - base);
        out.values[static_cast<std::size_t>(i)] = unscaleValue(spec.fromUnit(unit, lo, hi), spec);
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

std::vector<double> decodeImageValues(const ImageDataset &set, std::size_t i, const EncodeSpec &spec,
                                      const float *pixels)
{
    std::vector<double> values =
        toFeatureValues(invertImage(pixels ? pixels : set.image(i), set.imageSize, spec, set.samples.at(i)), spec);
    if (set.isGenerated())
        snapToVocabulary(values, spec, set.className(i));
    return values;
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
        d.label = set.className(i);
        d.source = info.source;
        d.values = decodeImageValues(set, i, spec);
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
