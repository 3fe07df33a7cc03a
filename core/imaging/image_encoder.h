#pragma once
// Imaging API, encoding side (torch-free, netsynth_base). See image_inversion.h
// for the way back, and docs/imaging.md for the user guide.
//
//   EncodeSpec spec;                       // defaults: signed sizes, 32 packets, 32x32 GASF, gamma 0.25, A 1
//   spec.imageSize = 64; spec.length = 64;
//   ImageDataset set = encodeDataset(*dataset, spec, token);   // a job: progress + cancel
//   set.save(folder);                       // float32 .npy shards + manifest.json (spec inside)
//
//   EncodedImage one = encodeBiflow(biflow, spec);   // one image (size x size floats) + its metadata
//
// Pipeline of one biflow: extractSeries (first N values, padded, true length
// kept) -> optional log scale -> normalise to [0, 1] (per series, or with the
// dataset bounds in spec.datasetMin/Max) -> PAA to spec.imageSize values ->
// GASF / GADF / MTF -> gamma correction I_c = A * I_r^gamma with I_r the image
// rescaled to [0, 1] (GASF: I_r = (G + 1) / 2).
//
// ImageSampleInfo.min / .max are the series' own minimum and maximum in
// feature units (before log scaling), .length its true length.

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_dataset.h"
#include "core/imaging/series_extraction.h"

#include <vector>

namespace netsynth {

class ProgressToken;

struct EncodedImage
{
    std::vector<float> pixels;   // imageSize * imageSize, row-major
    ImageSampleInfo info;        // min, max, length (label and source left to the caller)
    std::vector<double> normalised; // the series fed to the encoder: imageSize values in [0, 1] (after PAA)
};

// Log scaling of a feature value (identity when spec.logScale is false):
// sign(v) * ln(1 + |v|), and its inverse.
double scaleValue(double v, const EncodeSpec &spec);
double unscaleValue(double y, const EncodeSpec &spec);

// Normalised series (spec.length values in [0, 1]) of an extracted series.
// Per-series bounds are the extracted values' own (padding zeros included with
// zeros padding); dataset bounds come from spec.datasetMin/Max (values outside
// are clamped). mark-length maps real values to [markLevel, 1] and padding to 0.
// A constant series maps to 1.
std::vector<double> normaliseSeries(const ExtractedSeries &series, const EncodeSpec &spec);

// The bounds normaliseSeries() uses for a series, in feature units.
void seriesBounds(const ExtractedSeries &series, const EncodeSpec &spec, double &min, double &max);

EncodedImage encodeSeries(const ExtractedSeries &series, const EncodeSpec &spec);
// The same image written to out[imageSize * imageSize] (e.g. a slot of a
// dataset's pixel buffer); returns min, max and length. normalised, when
// given, receives the series fed to the encoder.
ImageSampleInfo encodeSeriesInto(const ExtractedSeries &series, const EncodeSpec &spec, float *out,
                                 std::vector<double> *normalised = nullptr);
EncodedImage encodeBiflow(const Biflow &biflow, const EncodeSpec &spec);

// Images of a normalised series that already has imageSize values (after PAA),
// written to out[imageSize * imageSize]. Used by encodeSeries and the preview.
void encodeNormalised(const std::vector<double> &x, const EncodeSpec &spec, float *out);

// Encodes every biflow of a dataset. Classes are the sorted class keys
// (label, or "label / activity"); ImageSampleInfo.source is "file#index".
// When the spec needs dataset statistics (spec.needsFit(): dataset bounds or
// quantile knots not set) they are computed over the whole dataset
// (fitEncodeSpec) and stored in the returned spec.
// Images are written straight into the returned pixel buffer (no per-image
// allocation or copy). Progress is reported per biflow; cancel throws
// CanceledError.
ImageDataset encodeDataset(const Dataset &dataset, const EncodeSpec &spec, ProgressToken &token);

// What the dataset's size values are (EncodeSpec::sizeUnit): "ip" when every
// packet carries its IP length, "payload" when none does (or for the size
// feature), "" for a mixture, a binned source or another feature.
std::string sizeUnitOf(const Dataset &dataset, SeriesFeature feature);

// The spec with its dataset statistics computed from the given biflows
// (indices into dataset.biflows; empty = all): the bounds for dataset
// normalisation, the quantile knots for quantile normalisation, over the
// non-padding values of each series. Per-series specs come back unchanged.
// The pipeline fits on the training split only, so the held-out test split
// does not shape the encoding. Cancel throws CanceledError.
EncodeSpec fitEncodeSpec(const Dataset &dataset, const EncodeSpec &spec, const std::vector<std::size_t> &indices,
                         ProgressToken &token);
// Encodes set's images again, in place, with spec: sample i from
// dataset.biflows[biflowOf[i]] (the biflow it was encoded from); set.spec
// becomes spec. Used after fitEncodeSpec on a subset.
void reencodeImages(ImageDataset &set, const Dataset &dataset, const std::vector<std::size_t> &biflowOf,
                    const EncodeSpec &spec);

} // namespace netsynth
