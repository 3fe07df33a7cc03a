#include "core/baselines/image_series_bridge.h"

#include "core/imaging/encode_spec.h"
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_inversion.h"
#include "core/imaging/series_extraction.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

namespace netsynth {

PacketSeriesSet seriesFromImages(const ImageDataset &images, ProgressToken &token, const std::string &what)
{
    const EncodeSpec spec = EncodeSpec::fromJson(images.spec, what);
    if (!spec.invertible())
        throw InputError(what, "field 'spec'",
                         "the series baselines need images that invert exactly to series (GASF or GADF with "
                         "image_size a multiple of length); this set uses encoder '" +
                             encoderName(spec.encoder) + "', length " + std::to_string(spec.length) +
                             ", image size " + std::to_string(spec.imageSize));
    if (images.imageSize != spec.imageSize)
        throw InputError(what, "field 'image_size'", "does not match the spec's image_size");
    PacketSeriesSet out;
    out.classes = images.classes;
    out.length = spec.length;
    out.features = 1;
    out.featureNames = {featureName(spec.feature)};
    std::vector<float> row(static_cast<std::size_t>(spec.length));
    for (std::size_t i = 0; i < images.count(); ++i) {
        if (i % 256 == 0) {
            token.throwIfCanceled();
            token.setProgress(images.count() ? double(i) / images.count() : 1.0, "inverting images to series");
        }
        const InvertedSeries inv = invertImageFull(images.image(i), images.imageSize, spec, images.samples[i]);
        for (int t = 0; t < spec.length; ++t)
            row[static_cast<std::size_t>(t)] =
                t < static_cast<int>(inv.values.size()) ? static_cast<float>(inv.values[static_cast<std::size_t>(t)]) : 0.0f;
        out.append(row.data(), images.samples[i].label, inv.length);
    }
    token.setProgress(1.0, "inverting images to series");
    return out;
}

ImageDataset imagesFromSeries(const PacketSeriesSet &series, const nlohmann::json &specJson, ProgressToken &token)
{
    const EncodeSpec spec = EncodeSpec::fromJson(specJson);
    if (series.features != 1 || series.length != spec.length)
        throw InputError({}, "series", "expected one feature and " + std::to_string(spec.length) +
                                           " values per series (the spec's length)");
    ImageDataset out;
    out.imageSize = spec.imageSize;
    out.channels = 1;
    out.classes = series.classes;
    out.spec = specJson;
    std::vector<double> values(static_cast<std::size_t>(series.length));
    for (std::size_t i = 0; i < series.count(); ++i) {
        if (i % 256 == 0) {
            token.throwIfCanceled();
            token.setProgress(series.count() ? double(i) / series.count() : 1.0, "encoding series to images");
        }
        const float *v = series.series(i);
        for (int t = 0; t < series.length; ++t)
            values[static_cast<std::size_t>(t)] = v[t];
        ExtractedSeries extracted;
        extracted.values = toFeatureValues(values, spec);
        extracted.length = series.lengths[i];
        for (int t = extracted.length; t < series.length; ++t)
            extracted.values[static_cast<std::size_t>(t)] = 0.0;
        EncodedImage img = encodeSeries(extracted, spec);
        img.info.label = series.labels[i];
        img.info.length = extracted.length;
        out.append(img.pixels.data(), img.info);
    }
    token.setProgress(1.0, "encoding series to images");
    return out;
}

} // namespace netsynth
