#pragma once
// EncodeSpec: everything needed to turn a biflow into an image and back.
//
// It is stored as JSON in ImageDataset::spec (manifest.json "spec"), so any
// consumer of an image set (the diffusion sampler, evaluation, `decode`) can
// invert images without knowing how they were made. JSON form (all fields are
// written; on reading, missing fields take the defaults below):
//
//   { "version": 1,
//     "feature": "signed-size" | "size" | "iat" | "bytes-per-bin",
//     "log_scale": false,          // v -> sign(v) * ln(1 + |v|) before normalising
//     "bin_seconds": 0.5,          // bytes-per-bin on packet sources
//     "length": 32,                // first N packets (or bins) of each biflow
//     "padding": "zeros" | "mark-length",
//     "mark_level": 0.1,           // mark-length: real values use [mark_level, 1], padding is 0
//     "normalisation": "per-series" | "dataset" | "quantile",
//     "dataset_min": 0, "dataset_max": 0,   // dataset: the bounds (set by encodeDataset)
//     "quantiles": [..],           // quantile only: the knots (set by encodeDataset)
//     "encoder": "gasf" | "gadf" | "mtf",
//     "image_size": 32,            // PAA resizes the N-value series to S values
//     "mtf_bins": 8,               // MTF: quantile bins
//     "gamma": 0.25, "amplitude": 1.0,      // I_c = A * I_r^gamma, I_r the image in [0, 1]
//     "inversion": "diagonal" | "least-squares",   // GASF: read the diagonal, or fit every pixel
//     "size_unit": "ip" | "payload",   // sizes: IP lengths or L4 payloads (set by encodeDataset;
//                                      // written only when known)
//     "snap": "none" | "class-position",   // decoding: snap values to the training vocabulary
//     "snap_min_count": 3,                 // (written only when snap is not none)
//     "vocabulary": { "class": [[v, ...], ...] } }  // per class, per position (set by encodeDataset)
//
// Units of the series: bytes for sizes (signed-size: + upstream, - downstream),
// microseconds for inter-arrival times, bytes per bin for bytes-per-bin.
//
// The default spec is lossless: length == image_size, so PAA is the identity and
// GASF inversion gives back the series up to float rounding.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace netsynth {

enum class SeriesFeature { SignedSize, Size, Iat, BytesPerBin };
enum class PaddingPolicy { Zeros, MarkLength };
// PerSeries: each series' own min/max map to [0, 1] (the scale is lost in the
// image). Dataset: the dataset's min/max do (the scale is in the image).
// Quantile: a value maps to its rank among the dataset's values (its empirical
// CDF, a quantile transform as in TabDDPM): a value shared by many packets
// (a 517-byte TLS ClientHello, a 0-byte ACK) owns an interval as wide as its
// share, so a generated value anywhere in it inverts to exactly that size.
enum class Normalisation { PerSeries, Dataset, Quantile };
enum class EncoderKind { Gasf, Gadf, Mtf };
enum class GasfInversion { Diagonal, LeastSquares };
// What decoding does with a recovered value. None: keeps it (rounded to the
// feature's unit). ClassPosition: moves it to the nearest value that the
// training split's biflows of the same class carry at the same position at
// least snap_min_count times (real packet sizes sit on a few exact values per
// class and position, a generator's scatter around them; section *Snapping to
// the training vocabulary* of docs/results.md).
enum class ValueSnap { None, ClassPosition };

// Per class (Biflow::classKey()), per position 0..length-1: the sorted values
// of the vocabulary.
using ValueVocabulary = std::map<std::string, std::vector<std::vector<double>>>;

struct EncodeSpec
{
    SeriesFeature feature = SeriesFeature::SignedSize;
    bool logScale = false;
    double binSeconds = 0.5;
    int length = 32;
    PaddingPolicy padding = PaddingPolicy::Zeros;
    double markLevel = 0.1;
    Normalisation normalisation = Normalisation::PerSeries;
    double datasetMin = 0.0;
    double datasetMax = 0.0;
    // Quantile normalisation: kQuantileKnots + 1 values, the dataset's
    // quantiles at probabilities 0, 1/K, ..., 1 (non-decreasing). Empty until
    // fitted (encodeDataset fits it; JSON "quantiles", written only for this
    // normalisation).
    std::vector<double> quantiles;
    EncoderKind encoder = EncoderKind::Gasf;
    int imageSize = 32;
    int mtfBins = 8;
    double gamma = 0.25;
    double amplitude = 1.0;
    // How a GASF image becomes a series again: the diagonal alone (exact for
    // encoded images), or the series whose GASF is nearest the whole image
    // (least squares over every pixel, in the gamma-corrected space where a
    // generator's errors are; sizes up to 64). Both give the same series for
    // an exact GASF image; the fit averages a generated image's pixel errors.
    GasfInversion inversion = GasfInversion::Diagonal;
    // Size features: whether the values are IP packet lengths ("ip") or L4
    // payload sizes ("payload"), as the dataset the set was encoded from
    // carried them (Packet::signedSize uses the IP length when known). Empty
    // when unknown (sets encoded before it was recorded, other features).
    // Exports use it to write packets whose sizes read back the same.
    std::string sizeUnit;
    // Decoding: snapping to the training vocabulary (see ValueSnap). The
    // vocabulary is empty until fitted (encodeDataset / fitEncodeSpec).
    ValueSnap snap = ValueSnap::None;
    int snapMinCount = 3;
    ValueVocabulary vocabulary;

    nlohmann::json toJson() const;
    // Throws InputError naming `file` (may be empty) and the offending field.
    static EncodeSpec fromJson(const nlohmann::json &json, const std::string &file = std::string());
    // Throws InputError("", "field '...'", ...) when a value is out of range.
    void validate() const;

    // True when an image of this spec can be inverted exactly (up to float
    // rounding): a GASF/GADF encoder and PAA that keeps every value
    // (image_size == length, or image_size a multiple of length).
    bool invertible() const;
    // One line for people, e.g. "GASF 32x32, gamma 0.25, A 1 | signed packet
    // size (+ up, - down), first 32 packets, zero padding, normalised per series".
    std::string describe() const;
    // True when the spec still needs dataset statistics (dataset bounds,
    // quantile knots, the snapping vocabulary) that encodeDataset / fitEncodeSpec compute.
    bool needsFit() const;
    // A value (after log scaling) <-> the unit interval: linear between the
    // scaled bounds lo and hi (the series' own, or the dataset's), or through
    // the quantile knots (lo and hi unused).
    double toUnit(double scaled, double lo, double hi) const;
    double fromUnit(double unit, double lo, double hi) const;
    bool paaLossless() const { return imageSize == length || (imageSize > length && imageSize % length == 0); }

    bool operator==(const EncodeSpec &o) const { return toJson() == o.toJson(); }
    bool operator!=(const EncodeSpec &o) const { return !(*this == o); }
};

constexpr int kQuantileKnots = 512;
// The K + 1 knots of the empirical quantile function of values (sorted in
// place): knot k is the value at rank k / K (linear between order statistics).
std::vector<double> fitQuantileKnots(std::vector<double> values, int K = kQuantileKnots);
// The rank in [0, 1] of v: the middle of its plateau when v equals knots (so
// a generator has the whole plateau to land in), linear between knots.
double quantileUnit(const std::vector<double> &knots, double v);
// The inverse: the knot function at u in [0, 1], linear between knots.
double quantileValue(const std::vector<double> &knots, double u);

// Snaps the values of a decoded series (feature units, after
// toFeatureValues) of class `label` in place to spec.vocabulary: value i to
// the nearest value of position i (the lower one on a tie). Does nothing when
// spec.snap is None or the class is not in the vocabulary; a position with an
// empty vocabulary (or past its end) keeps its value.
void snapToVocabulary(std::vector<double> &values, const EncodeSpec &spec, const std::string &label);

// Names used in JSON, on the command line and in the GUI.
std::string featureName(SeriesFeature f);
std::string paddingName(PaddingPolicy p);
std::string normalisationName(Normalisation n);
std::string encoderName(EncoderKind e);
std::string inversionName(GasfInversion i);
std::string snapName(ValueSnap s);
// Parse a name; throws InputError("", field, message listing the valid names).
SeriesFeature parseFeature(const std::string &name, const std::string &field = "feature");
PaddingPolicy parsePadding(const std::string &name, const std::string &field = "padding");
Normalisation parseNormalisation(const std::string &name, const std::string &field = "normalisation");
EncoderKind parseEncoder(const std::string &name, const std::string &field = "encoder");
GasfInversion parseInversion(const std::string &name, const std::string &field = "inversion");
ValueSnap parseSnap(const std::string &name, const std::string &field = "snap");

} // namespace netsynth
