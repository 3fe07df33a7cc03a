#include "core/imaging/image_encoder.h"

#include "core/imaging/image_kernels.h"
#include "core/runtime/progress.h"
#include "core/runtime/child_progress.h"

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
    } else if (spec.normalisation == Normalisation::PerSeries) {
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
        x[i] = base + (1.0 - base) * spec.toUnit(scaleValue(series.values[i], spec), lo, hi);
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

std::string sizeUnitOf(const Dataset &dataset, SeriesFeature feature)
{
    if (feature == SeriesFeature::Size)
        return "payload";
    if (feature != SeriesFeature::SignedSize)
        return {};
    bool ip = false, payload = false;
    for (const Biflow &b : dataset.biflows)
        for (const Packet &p : b.packets) (p.ipBytes >= 0 ? ip : payload) = true;
    return ip == payload ? std::string() : ip ? "ip" : "payload";
}

EncodeSpec fitEncodeSpec(const Dataset &dataset, const EncodeSpec &specIn, const std::vector<std::size_t> &indices,
                         ProgressToken &token)
{
    EncodeSpec spec = specIn;
    spec.sizeUnit = sizeUnitOf(dataset, spec.feature);
    const bool bounds = spec.normalisation != Normalisation::PerSeries;
    const bool snap = spec.snap != ValueSnap::None;
    if (!bounds && !snap)
        return spec;
    const std::size_t n = indices.empty() ? dataset.biflows.size() : indices.size();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    std::vector<double> values;
    // Snapping: per class, per position, how often each (decoded) value occurs.
    std::map<std::string, std::vector<std::map<double, int>>> counts;
    for (std::size_t k = 0; k < n; ++k) {
        if (k % 64 == 0) {
            token.throwIfCanceled();
            token.setProgress(double(k) / double(n), "computing dataset statistics");
        }
        const std::size_t i = indices.empty() ? k : indices[k];
        if (i >= dataset.biflows.size())
            throw std::out_of_range("fitEncodeSpec: biflow index " + std::to_string(i) + " out of range");
        const ExtractedSeries s = extractSeries(dataset.biflows[i], spec);
        std::size_t count = s.values.size();
        if (spec.padding == PaddingPolicy::MarkLength)
            count = std::min(count, static_cast<std::size_t>(std::max(s.length, 0)));
        if (count == 0)
            continue;
        for (std::size_t j = 0; j < count && bounds; ++j) {
            const double v = s.values[j];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            if (spec.normalisation == Normalisation::Quantile)
                values.push_back(scaleValue(v, spec));
        }
        if (snap) {
            // The values as decoding yields them (rounded to the feature's
            // unit), only the biflow's own (never padding).
            const std::size_t own = std::min(s.values.size(), static_cast<std::size_t>(std::max(s.length, 0)));
            const std::vector<double> decoded =
                toFeatureValues(std::vector<double>(s.values.begin(), s.values.begin() + own), spec);
            std::vector<std::map<double, int>> &positions = counts[dataset.biflows[i].classKey()];
            if (positions.size() < decoded.size())
                positions.resize(decoded.size());
            for (std::size_t j = 0; j < decoded.size(); ++j)
                ++positions[j][decoded[j]];
        }
    }
    if (spec.normalisation == Normalisation::Dataset) {
        spec.datasetMin = std::isfinite(lo) ? lo : 0.0;
        spec.datasetMax = std::isfinite(hi) ? hi : 0.0;
    } else if (spec.normalisation == Normalisation::Quantile) {
        spec.quantiles = fitQuantileKnots(std::move(values));
    }
    if (snap) {
        spec.vocabulary.clear();
        for (const auto &[label, positions] : counts) {
            std::vector<std::vector<double>> &out = spec.vocabulary[label];
            for (const std::map<double, int> &position : positions) {
                out.emplace_back();
                for (const auto &[value, times] : position)
                    if (times >= spec.snapMinCount)
                        out.back().push_back(value); // std::map: increasing
            }
        }
    }
    token.setProgress(1.0, "computing dataset statistics");
    return spec;
}

void reencodeImages(ImageDataset &set, const Dataset &dataset, const std::vector<std::size_t> &biflowOf,
                    const EncodeSpec &spec)
{
    spec.validate();
    if (biflowOf.size() != set.count() || set.imageSize != spec.imageSize || set.channels != 1)
        throw std::invalid_argument("reencodeImages: the set does not match the biflow list or the spec");
    const std::size_t perImage = set.pixelsPerImage();
    for (std::size_t i = 0; i < set.count(); ++i) {
        const ImageSampleInfo info = encodeSeriesInto(extractSeries(dataset.biflows.at(biflowOf[i]), spec), spec,
                                                      set.pixels.data() + i * perImage);
        set.samples[i].min = info.min;
        set.samples[i].max = info.max;
        set.samples[i].length = info.length;
    }
    set.spec = spec.toJson();
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

    if (spec.needsFit()) {
        ChildProgress fit(token, 0.0, 0.1, "");
        spec = fitEncodeSpec(dataset, spec, {}, fit.token());
    }
    spec.sizeUnit = sizeUnitOf(dataset, spec.feature);
    out.spec = spec.toJson();
    out.provenance["origin"] = "real";
    out.provenance["generator"] = "netsynth encode";

    const double start = specIn.needsFit() ? 0.1 : 0.0;
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
