#pragma once
// Imaging API, inversion side (torch-free, netsynth_base): images back to
// series and packets. Used by `netsynth-cli decode`, the Imaging preview and
// the diffusion sampler on generated images.
//
//   const EncodeSpec spec = EncodeSpec::fromJson(set.spec);      // or pass set.spec (JSON) directly
//   std::vector<double> v = invertImage(set.image(i), set.imageSize, set.spec, set.samples[i]);
//   Biflow b = seriesToBiflow(v, spec, int(v.size()), set.classes[label]);   // packets again
//   std::vector<DecodedSample> all = decodeDataset(set, token);  // every image, as above
//
// GASF inversion: read the diagonal I_ii (symmetrising (I + I^T) / 2 first
// leaves the diagonal unchanged, so a generated image should be symmetrised by
// its producer: symmetrise()), undo gamma R = (I_ii / A)^(1 / gamma), then
// G_ii = 2 R - 1 and x = sqrt((G_ii + 1) / 2) = sqrt(R); reverse PAA to
// spec.length values; de-normalise with the sample's min/max (per-series) or
// spec.datasetMin/Max (dataset); undo the log scale. For float images this is
// exact up to float rounding (about 1e-7 of the series range) when
// spec.paaLossless() (image_size == length, or a multiple of it). When
// length > image_size, PAA averaged neighbouring values together: the result
// is the step-wise segment means, not the original values (lossy).
//
// With spec.inversion "least-squares" (image sizes up to kMaxLeastSquaresSize;
// larger ones read the diagonal), the series is the one whose GASF is nearest
// the whole image in the gamma-corrected space: damped Gauss-Newton from the
// diagonal's answer. The same series for an exact image; for a generated one
// the errors of a row's N pixels average out instead of the diagonal's one.
//
// GADF inversion (no information on the diagonal): uses the column of the
// series minimum, x_i = x_m sqrt(1 - G_im^2) - sqrt(1 - x_m^2) G_im; it needs
// per-series normalisation (the maximum maps to 1, the minimum to 0 or to
// mark_level). MTF images cannot be inverted (they keep transition
// probabilities, not values): InputError.
//
// True length: mark-length padding is read from the image (values below
// mark_level / 2 at the end are padding); zeros padding uses info.length
// (0 = unknown: the full spec.length). Values at or after the true length are 0.

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_dataset.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

// Largest image side the least-squares GASF inversion fits (cost grows as N^3).
constexpr int kMaxLeastSquaresSize = 64;

struct InvertedSeries
{
    std::vector<double> values; // spec.length values in feature units (not rounded)
    int length = 0;             // true length (see above)
};

// The normalised series (imageSize values in [0, 1]) encoded in an image.
// Throws InputError for MTF, and for GADF with dataset normalisation.
std::vector<double> invertNormalised(const float *image, int size, const EncodeSpec &spec);

InvertedSeries invertImageFull(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info);

// The series of the image in feature units, truncated to its true length.
// Throws InputError when size != spec image_size or the spec cannot be inverted.
std::vector<double> invertImage(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info);
std::vector<double> invertImage(const float *image, int size, const nlohmann::json &spec, const ImageSampleInfo &info);

// The values of image i of a set as every consumer reads them: invertImage,
// rounded to the feature's unit (toFeatureValues), then, for a generated set
// (set.isGenerated()) whose spec asks for it, snapped to the vocabulary of the
// image's class (snapToVocabulary). Real sets decode to their values
// unchanged. `pixels` replaces set.image(i) when given (a symmetrised copy).
std::vector<double> decodeImageValues(const ImageDataset &set, std::size_t i, const EncodeSpec &spec,
                                      const float *pixels = nullptr);

// invertImage + seriesToBiflow: the packets (or bins) of an image.
Biflow imageToBiflow(const float *image, int size, const EncodeSpec &spec, const ImageSampleInfo &info,
                     const std::string &label = std::string());

// In place (I + I^T) / 2.
void symmetrise(float *image, int size);

struct DecodedSample
{
    std::string label;
    std::string source;
    std::vector<double> values; // decodeImageValues(): sizes rounded (and snapped), true length
};

// Inverts every image of a set with the spec in its manifest.
std::vector<DecodedSample> decodeDataset(const ImageDataset &set, ProgressToken &token);

// CSV, one row per sample: label,length,v1,v2,... (label quoted when needed).
void writeDecodedCsv(const std::vector<DecodedSample> &samples, const std::string &path);

} // namespace netsynth
