#include "core/imaging/imaging_preview.h"

#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/runtime/errors.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace netsynth {

namespace {

std::vector<int> histogram(const std::vector<float> &values, int bins, double max)
{
    std::vector<int> counts(static_cast<std::size_t>(bins), 0);
    for (float v : values) {
        int b = static_cast<int>(std::floor(v / max * bins));
        b = std::clamp(b, 0, bins - 1);
        ++counts[static_cast<std::size_t>(b)];
    }
    return counts;
}

} // namespace

ImagingPreview computeImagingPreview(const Biflow &biflow, const EncodeSpec &spec, int histogramBins)
{
    spec.validate();
    ImagingPreview p;
    p.spec = spec;
    p.series = extractSeries(biflow, spec);
    EncodeSpec raw = spec;
    raw.gamma = 1.0;
    raw.amplitude = 1.0;

    const auto start = std::chrono::steady_clock::now();
    EncodedImage encoded = encodeSeries(p.series, spec);
    p.encodeMicroseconds =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    p.image = std::move(encoded.pixels);
    p.normalised = std::move(encoded.normalised);
    p.minValue = encoded.info.min;
    p.maxValue = encoded.info.max;
    p.rawImage = encodeSeries(p.series, raw).pixels;

    p.histogramMax = std::max(1.0, spec.amplitude);
    const int bins = std::max(1, histogramBins);
    p.rawHistogram = histogram(p.rawImage, bins, p.histogramMax);
    p.gammaHistogram = histogram(p.image, bins, p.histogramMax);

    try {
        ImageSampleInfo info = encoded.info;
        const InvertedSeries inv = invertImageFull(p.image.data(), spec.imageSize, spec, info);
        p.invertible = true;
        p.recovered = inv.values;
        p.recoveredLength = inv.length;
        if (!spec.paaLossless())
            p.inversionNote = "lossy: PAA averaged " + std::to_string(spec.length) + " values into " +
                              std::to_string(spec.imageSize);
        double sum = 0.0;
        const int n = std::min(p.series.length, static_cast<int>(p.recovered.size()));
        for (int i = 0; i < n; ++i) {
            const double e = std::abs(p.recovered[static_cast<std::size_t>(i)] - p.series.values[static_cast<std::size_t>(i)]);
            p.maxAbsError = std::max(p.maxAbsError, e);
            sum += e * e;
        }
        p.rmsError = n > 0 ? std::sqrt(sum / n) : 0.0;
    } catch (const InputError &e) {
        p.invertible = false;
        p.inversionNote = e.detail();
    }
    return p;
}

} // namespace netsynth
