#include "core/imaging/image_encoder.h"

#include "core/imaging/image_kernels.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

namespace netsynth {

double scaleValue(double v, const EncodeSpec &spec)
{
    if (!spec.logScale)
        return v;
    return v < 0 ? -std::log1p(-v) : std::log1p(v);
}

double unscaleValue(double y, const EncodeSpec &spec)
{
    if (!spec.logScale)
        return y;
    return y < 0 ? -std::expm1(-y) : std::expm1(y);
}

void seriesBounds(const ExtractedSeries &series, const EncodeSpec &spec, double &min, double &max)
{
    std::size_t count = series.values.size();
    if (spec.padding == PaddingPolicy::MarkLength)
        count = std::min(count, static_cast<std::size_t>(std::max(series.length, 0)));
    if (count == 0) {
        min = max = 0.0;
        return;
    }
    const auto [lo, hi] = std::minmax_element(series.values.begin(), series.values.begin() + count);
    min = *lo;
    max = *hi;
}

std::vector<double> normaliseSeries(const ExtractedSeries &series, const EncodeSpec &spec)
{
    double min = 0.0, max = 0.0;
    if (spec.normalisation == Normalisation::Dataset) {
        min = spec.datasetMin;
        max = spec.datasetMax;
    } else {
        seriesBounds(series, spec, min, max);
    }
    const double lo = scaleValue(min, spec), hi = scaleValue(max, spec);
    const bool mark = spec.padding == PaddingPolicy::MarkLength;
    const double base = mark ? spec.markLevel : 0.0;
    const std::size_t n = series.values.size();
    std::vector<double> x(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (mark && static_cast<int>(i) >= series.length) {
            x[i] = 0.0;
            continue;
        }
        const double y = scaleValue(series.values[i], spec);
        const double unit = hi > lo ? std::clamp((y - lo) / (hi - lo), 0.0, 1.0) : 1.0;
        x[i] = base + (1.0 - base) * unit;
    }
    return x;
}

void encodeNormalised(const std::vector<double> &x, const EncodeSpec &spec, float *out)
{
    const int n = static_cast<int>(x.size());
    switch (spec.encoder) {
    case EncoderKind::Gasf:
        kernels::gasfImage(x.data(), n, spec.gamma, spec.amplitude, out);
        break;
    case EncoderKind::Gadf:
        kernels::gadfImage(x.data(), n, spec.gamma, spec.amplitude, out);
        break;
    case EncoderKind::Mtf:
        kernels::mtfImage(x.data(), n, spec.mtfBins, n, spec.gamma, spec.amplitude, out);
        break;
    }
}

ImageSampleInfo encodeSeriesInto(const ExtractedSeries &series, const EncodeSpec &spec, float *out,
                                 std::vector<double> *normalised)
{
    ImageSampleInfo info;
    seriesBounds(series, spec, info.min, info.max);
    info.length = series.length;
    const std::vector<double> x = normaliseSeries(series, spec);
    const std::size_t S = static_cast<std::size_t>(spec.imageSize);
    std::vector<double> reduced;
    if (spec.encoder == EncoderKind::Mtf) {
        // MTF is built on the full series and resized as an image (pyts does the same).
        kernels::mtfImage(x.data(), static_cast<int>(x.size()), spec.mtfBins, spec.imageSize, spec.gamma,
                          spec.amplitude, out);
        reduced.resize(S);
        kernels::paa(x.data(), static_cast<int>(x.size()), reduced.data(), spec.imageSize);
    } else {
        if (static_cast<int>(x.size()) == spec.imageSize) {
            reduced = x;
        } else {
            reduced.resize(S);
            kernels::paa(x.data(), static_cast<int>(x.size()), reduced.data(), spec.imageSize);
        }
        encodeNormalised(reduced, spec, out);
    }
    if (normalised)
        *normalised = std::move(reduced);
    return info;
}

EncodedImage encodeSeries(const ExtractedSeries &series, const EncodeSpec &spec)
{
    spec.validate();
    EncodedImage e;
    const std::size_t S = static_cast<std::size_t>(spec.imageSize);
    e.pixels.assign(S * S, 0.0f);
    e.info = encodeSeriesInto(series, spec, e.pixels.data(), &e.normalised);
    return e;
}

EncodedImage encodeBiflow(const Biflow &biflow, const EncodeSpec &spec)
{
    return encodeSeries(extractSeries(biflow, spec), spec);
}

ImageDataset encodeDataset(const Dataset &dataset, const EncodeSpec &specIn, ProgressToken &token)
{
    specIn.validate();
    EncodeSpec spec = specIn;
    const std::size_t n = dataset.biflows.size();
    ImageDataset out;
    out.imageSize = spec.imageSize;
    out.channels = 1;
    std::map<std::string, int> classIndex;
    for (const ClassSummary &c : dataset.classes()) {
        classIndex[c.label] = static_cast<int>(out.classes.size());
        out.classes.push_back(c.label);
    }

    if (spec.normalisation == Normalisation::Dataset && spec.datasetMin == spec.datasetMax) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t i = 0; i < n; ++i) {
            if (i % 64 == 0)
                token.throwIfCanceled();
            const ExtractedSeries s = extractSeries(dataset.biflows[i], spec);
            double a = 0.0, b = 0.0;
            seriesBounds(s, spec, a, b);
            if (spec.padding == PaddingPolicy::MarkLength && s.length == 0)
                continue;
            lo = std::min(lo, a);
            hi = std::max(hi, b);
            token.setProgress(0.1 * double(i + 1) / double(n), "computing dataset bounds");
        }
        spec.datasetMin = std::isfinite(lo) ? lo : 0.0;
        spec.datasetMax = std::isfinite(hi) ? hi : 0.0;
    }
    out.spec = spec.toJson();
    out.provenance["origin"] = "real";
    out.provenance["generator"] = "netsynth encode";

    const double start = spec.normalisation == Normalisation::Dataset ? 0.1 : 0.0;
    // Each image goes straight into its slot of the dataset's buffer.
    const std::size_t perImage = out.pixelsPerImage();
    out.pixels.resize(n * perImage);
    out.samples.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        token.throwIfCanceled();
        const Biflow &b = dataset.biflows[i];
        ImageSampleInfo info = encodeSeriesInto(extractSeries(b, spec), spec, out.pixels.data() + i * perImage);
        info.label = classIndex.at(b.classKey());
        info.source = std::filesystem::path(b.sourceFile).filename().string() + "#" + std::to_string(b.sourceIndex);
        out.samples.push_back(std::move(info));
        token.setProgress(start + (1.0 - start) * double(i + 1) / double(n), "encoding biflows");
    }
    return out;
}

} // namespace netsynth
