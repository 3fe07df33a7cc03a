#include "core/imaging/encode_spec.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace netsynth {

namespace {

template <typename E, std::size_t N>
E parseName(const std::string &name, const std::string &field, const std::pair<E, const char *> (&table)[N])
{
    std::string valid;
    for (const auto &entry : table) {
        if (name == entry.second)
            return entry.first;
        valid += (valid.empty() ? "" : ", ") + std::string(entry.second);
    }
    throw InputError({}, "field '" + field + "'", "unknown value '" + name + "' (expected one of: " + valid + ")");
}

template <typename E, std::size_t N>
std::string nameOf(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table)
        if (entry.first == value)
            return entry.second;
    return {};
}

const std::pair<SeriesFeature, const char *> kFeatures[] = {
    {SeriesFeature::SignedSize, "signed-size"},
    {SeriesFeature::Size, "size"},
    {SeriesFeature::Iat, "iat"},
    {SeriesFeature::BytesPerBin, "bytes-per-bin"}};
const std::pair<PaddingPolicy, const char *> kPaddings[] = {
    {PaddingPolicy::Zeros, "zeros"}, {PaddingPolicy::MarkLength, "mark-length"}};
const std::pair<Normalisation, const char *> kNormalisations[] = {
    {Normalisation::PerSeries, "per-series"}, {Normalisation::Dataset, "dataset"}, {Normalisation::Quantile, "quantile"}};
const std::pair<EncoderKind, const char *> kEncoders[] = {
    {EncoderKind::Gasf, "gasf"}, {EncoderKind::Gadf, "gadf"}, {EncoderKind::Mtf, "mtf"}};
const std::pair<GasfInversion, const char *> kInversions[] = {
    {GasfInversion::Diagonal, "diagonal"}, {GasfInversion::LeastSquares, "least-squares"}};
const std::pair<ValueSnap, const char *> kSnaps[] = {{ValueSnap::None, "none"},
                                                     {ValueSnap::ClassPosition, "class-position"}};

ValueVocabulary vocabularyFromJson(const nlohmann::json &json, const std::string &file)
{
    if (!json.is_object())
        throw InputError(file, "field 'spec.vocabulary'", "expected an object of classes");
    ValueVocabulary out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::string where = "field 'spec.vocabulary." + it.key() + "'";
        if (!it.value().is_array())
            throw InputError(file, where, "expected an array of positions");
        std::vector<std::vector<double>> &positions = out[it.key()];
        for (std::size_t p = 0; p < it.value().size(); ++p) {
            const nlohmann::json &values = it.value()[p];
            if (!values.is_array())
                throw InputError(file, where + "[" + std::to_string(p) + "]", "expected an array of numbers");
            std::vector<double> row;
            row.reserve(values.size());
            for (const nlohmann::json &v : values) {
                if (!v.is_number())
                    throw InputError(file, where + "[" + std::to_string(p) + "]", "expected an array of numbers");
                row.push_back(v.get<double>());
            }
            positions.push_back(std::move(row));
        }
    }
    return out;
}

} // namespace

std::string featureName(SeriesFeature f) { return nameOf(f, kFeatures); }
std::string paddingName(PaddingPolicy p) { return nameOf(p, kPaddings); }
std::string normalisationName(Normalisation n) { return nameOf(n, kNormalisations); }
std::string encoderName(EncoderKind e) { return nameOf(e, kEncoders); }
std::string inversionName(GasfInversion i) { return nameOf(i, kInversions); }
std::string snapName(ValueSnap s) { return nameOf(s, kSnaps); }
ValueSnap parseSnap(const std::string &name, const std::string &field) { return parseName(name, field, kSnaps); }
GasfInversion parseInversion(const std::string &name, const std::string &field)
{
    return parseName(name, field, kInversions);
}

SeriesFeature parseFeature(const std::string &name, const std::string &field) { return parseName(name, field, kFeatures); }
PaddingPolicy parsePadding(const std::string &name, const std::string &field) { return parseName(name, field, kPaddings); }
Normalisation parseNormalisation(const std::string &name, const std::string &field)
{
    return parseName(name, field, kNormalisations);
}
EncoderKind parseEncoder(const std::string &name, const std::string &field) { return parseName(name, field, kEncoders); }

nlohmann::json EncodeSpec::toJson() const
{
    nlohmann::json j = {{"version", 1},
            {"feature", featureName(feature)},
            {"log_scale", logScale},
            {"bin_seconds", binSeconds},
            {"length", length},
            {"padding", paddingName(padding)},
            {"mark_level", markLevel},
            {"normalisation", normalisationName(normalisation)},
            {"dataset_min", datasetMin},
            {"dataset_max", datasetMax},
            {"encoder", encoderName(encoder)},
            {"image_size", imageSize},
            {"mtf_bins", mtfBins},
            {"gamma", gamma},
            {"amplitude", amplitude},
            {"inversion", inversionName(inversion)}};
    if (normalisation == Normalisation::Quantile)
        j["quantiles"] = quantiles;
    if (!sizeUnit.empty())
        j["size_unit"] = sizeUnit;
    if (snap != ValueSnap::None) {
        j["snap"] = snapName(snap);
        j["snap_min_count"] = snapMinCount;
        j["vocabulary"] = vocabulary;
    }
    return j;
}

EncodeSpec EncodeSpec::fromJson(const nlohmann::json &json, const std::string &file)
{
    if (!json.is_object())
        throw InputError(file, "field 'spec'", "the encode spec must be a JSON object");
    EncodeSpec s;
    auto str = [&](const char *key, const std::string &fallback) {
        if (!json.contains(key))
            return fallback;
        if (!json.at(key).is_string())
            throw InputError(file, std::string("field 'spec.") + key + "'", "expected a string");
        return json.at(key).get<std::string>();
    };
    auto num = [&](const char *key, double fallback) {
        if (!json.contains(key))
            return fallback;
        if (!json.at(key).is_number())
            throw InputError(file, std::string("field 'spec.") + key + "'", "expected a number");
        return json.at(key).get<double>();
    };
    auto integer = [&](const char *key, int fallback) {
        const double v = num(key, fallback);
        if (v != std::floor(v) || std::abs(v) > 1e9)
            throw InputError(file, std::string("field 'spec.") + key + "'", "expected an integer");
        return static_cast<int>(v);
    };
    try {
        if (json.contains("version") && num("version", 1) != 1)
            throw InputError(file, "field 'spec.version'", "unsupported encode spec version");
        s.feature = parseFeature(str("feature", featureName(s.feature)), "spec.feature");
        if (json.contains("log_scale")) {
            if (!json.at("log_scale").is_boolean())
                throw InputError(file, "field 'spec.log_scale'", "expected true or false");
            s.logScale = json.at("log_scale").get<bool>();
        }
        s.binSeconds = num("bin_seconds", s.binSeconds);
        s.length = integer("length", s.length);
        s.padding = parsePadding(str("padding", paddingName(s.padding)), "spec.padding");
        s.markLevel = num("mark_level", s.markLevel);
        s.normalisation = parseNormalisation(str("normalisation", normalisationName(s.normalisation)),
                                             "spec.normalisation");
        s.datasetMin = num("dataset_min", s.datasetMin);
        s.datasetMax = num("dataset_max", s.datasetMax);
        if (json.contains("quantiles")) {
            const nlohmann::json &q = json.at("quantiles");
            if (!q.is_array())
                throw InputError(file, "field 'spec.quantiles'", "expected an array of numbers");
            s.quantiles.reserve(q.size());
            for (std::size_t i = 0; i < q.size(); ++i) {
                if (!q[i].is_number())
                    throw InputError(file, "field 'spec.quantiles[" + std::to_string(i) + "]'", "expected a number");
                s.quantiles.push_back(q[i].get<double>());
            }
        }
        s.encoder = parseEncoder(str("encoder", encoderName(s.encoder)), "spec.encoder");
        s.imageSize = integer("image_size", s.imageSize);
        s.mtfBins = integer("mtf_bins", s.mtfBins);
        s.gamma = num("gamma", s.gamma);
        s.amplitude = num("amplitude", s.amplitude);
        s.inversion = parseInversion(str("inversion", inversionName(s.inversion)), "spec.inversion");
        s.snap = parseSnap(str("snap", snapName(s.snap)), "spec.snap");
        s.snapMinCount = integer("snap_min_count", s.snapMinCount);
        if (json.contains("vocabulary"))
            s.vocabulary = vocabularyFromJson(json.at("vocabulary"), file);
        s.sizeUnit = str("size_unit", "");
        if (!s.sizeUnit.empty() && s.sizeUnit != "ip" && s.sizeUnit != "payload")
            throw InputError(file, "field 'spec.size_unit'",
                             "unknown value '" + s.sizeUnit + "' (expected one of: ip, payload)");
        s.validate();
    } catch (const InputError &e) {
        if (!file.empty() && e.file().empty())
            throw InputError(file, e.location(), e.detail());
        throw;
    }
    return s;
}

void EncodeSpec::validate() const
{
    auto fail = [](const char *field, const std::string &message) {
        throw InputError({}, std::string("field '") + field + "'", message);
    };
    if (length < 1 || length > 65536)
        fail("length", "must be between 1 and 65536, got " + std::to_string(length));
    if (imageSize < 1 || imageSize > 4096)
        fail("image_size", "must be between 1 and 4096, got " + std::to_string(imageSize));
    if (!(gamma > 0.0) || !std::isfinite(gamma) || gamma > 100.0)
        fail("gamma", "must be a positive number up to 100");
    if (!(amplitude > 0.0) || !std::isfinite(amplitude))
        fail("amplitude", "must be a positive number");
    if (!(binSeconds > 0.0) || !std::isfinite(binSeconds))
        fail("bin_seconds", "must be a positive number of seconds");
    if (!(markLevel > 0.0 && markLevel < 1.0))
        fail("mark_level", "must be strictly between 0 and 1");
    if (mtfBins < 2 || mtfBins > 256)
        fail("mtf_bins", "must be between 2 and 256");
    if (!std::isfinite(datasetMin) || !std::isfinite(datasetMax) || datasetMin > datasetMax)
        fail("dataset_min", "dataset bounds must be finite with dataset_min <= dataset_max");
    if (snapMinCount < 1 || snapMinCount > 1000000)
        fail("snap_min_count", "must be between 1 and 1000000, got " + std::to_string(snapMinCount));
    for (const auto &[label, positions] : vocabulary) {
        if (positions.size() > static_cast<std::size_t>(length))
            fail("vocabulary", "class '" + label + "' has " + std::to_string(positions.size()) +
                                   " positions, more than the length " + std::to_string(length));
        for (std::size_t p = 0; p < positions.size(); ++p)
            for (std::size_t i = 0; i < positions[p].size(); ++i)
                if (!std::isfinite(positions[p][i]) || (i > 0 && positions[p][i] <= positions[p][i - 1]))
                    fail("vocabulary", "class '" + label + "', position " + std::to_string(p) +
                                           ": values must be finite and strictly increasing");
    }
    if (!quantiles.empty()) {
        if (quantiles.size() < 2 || quantiles.size() > 65537)
            fail("quantiles", "must hold between 2 and 65537 knots, got " + std::to_string(quantiles.size()));
        for (std::size_t i = 0; i < quantiles.size(); ++i) {
            if (!std::isfinite(quantiles[i]))
                fail("quantiles", "knot " + std::to_string(i) + " is not a finite number");
            if (i > 0 && quantiles[i] < quantiles[i - 1])
                fail("quantiles", "knots must not decrease (knot " + std::to_string(i) + ")");
        }
    }
}

bool EncodeSpec::needsFit() const
{
    return (normalisation == Normalisation::Dataset && datasetMin == datasetMax) ||
           (normalisation == Normalisation::Quantile && quantiles.empty()) ||
           (snap != ValueSnap::None && vocabulary.empty());
}

double EncodeSpec::toUnit(double scaled, double lo, double hi) const
{
    if (normalisation == Normalisation::Quantile)
        return quantiles.empty() ? 0.5 : quantileUnit(quantiles, scaled);
    return hi > lo ? std::clamp((scaled - lo) / (hi - lo), 0.0, 1.0) : 1.0;
}

double EncodeSpec::fromUnit(double unit, double lo, double hi) const
{
    unit = std::clamp(unit, 0.0, 1.0);
    if (normalisation == Normalisation::Quantile)
        return quantiles.empty() ? 0.0 : quantileValue(quantiles, unit);
    return hi > lo ? lo + unit * (hi - lo) : lo;
}

std::vector<double> fitQuantileKnots(std::vector<double> values, int K)
{
    std::vector<double> knots;
    if (values.empty() || K < 1)
        return knots;
    std::sort(values.begin(), values.end());
    const double last = static_cast<double>(values.size() - 1);
    knots.reserve(static_cast<std::size_t>(K) + 1);
    for (int k = 0; k <= K; ++k) {
        const double r = last * k / K;
        const std::size_t i = static_cast<std::size_t>(std::floor(r));
        const std::size_t j = std::min(i + 1, values.size() - 1);
        knots.push_back(values[i] + (r - double(i)) * (values[j] - values[i]));
    }
    return knots;
}

double quantileUnit(const std::vector<double> &knots, double v)
{
    const std::size_t n = knots.size();
    if (n < 2)
        return 0.5;
    const double K = static_cast<double>(n - 1);
    if (v < knots.front())
        return 0.0;
    if (v > knots.back())
        return 1.0;
    const auto lo = std::lower_bound(knots.begin(), knots.end(), v);
    const auto hi = std::upper_bound(knots.begin(), knots.end(), v);
    if (lo != hi) // v is a knot: the middle of its plateau
        return (double(lo - knots.begin()) + double(hi - knots.begin() - 1)) / 2.0 / K;
    const std::size_t k = static_cast<std::size_t>(lo - knots.begin()); // knots[k-1] < v < knots[k]
    return (double(k - 1) + (v - knots[k - 1]) / (knots[k] - knots[k - 1])) / K;
}

double quantileValue(const std::vector<double> &knots, double u)
{
    const std::size_t n = knots.size();
    if (n == 0)
        return 0.0;
    if (n == 1)
        return knots.front();
    const double t = std::clamp(u, 0.0, 1.0) * double(n - 1);
    const std::size_t k = std::min(static_cast<std::size_t>(std::floor(t)), n - 2);
    return knots[k] + (t - double(k)) * (knots[k + 1] - knots[k]);
}

bool EncodeSpec::invertible() const
{
    return encoder != EncoderKind::Mtf && paaLossless();
}

std::string EncodeSpec::describe() const
{
    auto number = [](double v) {
        std::ostringstream o;
        o << v;
        return o.str();
    };
    std::string enc = encoder == EncoderKind::Gasf ? "GASF" : encoder == EncoderKind::Gadf ? "GADF" : "MTF";
    std::string out = enc + " " + std::to_string(imageSize) + "x" + std::to_string(imageSize);
    if (encoder == EncoderKind::Mtf)
        out += " (" + std::to_string(mtfBins) + " bins)";
    out += ", gamma " + number(gamma) + ", A " + number(amplitude) + " | ";
    std::string unit = "packets";
    switch (feature) {
    case SeriesFeature::SignedSize: out += "signed packet size (+ up, - down)"; break;
    case SeriesFeature::Size: out += "packet size"; break;
    case SeriesFeature::Iat: out += "inter-arrival time (us)"; break;
    case SeriesFeature::BytesPerBin:
        out += "bytes per " + number(binSeconds) + " s bin";
        unit = "bins";
        break;
    }
    if (logScale)
        out += ", log-scaled";
    out += ", first " + std::to_string(length) + " " + unit;
    out += padding == PaddingPolicy::Zeros ? ", zero padding" : ", padding marked (level " + number(markLevel) + ")";
    switch (normalisation) {
    case Normalisation::PerSeries: out += ", normalised per series"; break;
    case Normalisation::Dataset:
        out += ", normalised to the dataset's [" + number(datasetMin) + ", " + number(datasetMax) + "]";
        break;
    case Normalisation::Quantile:
        out += quantiles.empty() ? ", normalised by the dataset's quantiles"
                                 : ", normalised by the dataset's quantiles ([" + number(quantiles.front()) + ", " +
                                       number(quantiles.back()) + "], " + std::to_string(quantiles.size() - 1) +
                                       " steps)";
        break;
    }
    if (!paaLossless())
        out += ", PAA " + std::to_string(length) + " -> " + std::to_string(imageSize);
    if (encoder == EncoderKind::Gasf && inversion == GasfInversion::LeastSquares)
        out += ", least-squares inversion";
    if (snap == ValueSnap::ClassPosition)
        out += ", values snapped to the training values of their class and position (seen " +
               std::to_string(snapMinCount) + "+ times)";
    return out;
}

void snapToVocabulary(std::vector<double> &values, const EncodeSpec &spec, const std::string &label)
{
    if (spec.snap == ValueSnap::None)
        return;
    const auto it = spec.vocabulary.find(label);
    if (it == spec.vocabulary.end())
        return;
    const std::vector<std::vector<double>> &positions = it->second;
    const std::size_t n = std::min(values.size(), positions.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::vector<double> &vocab = positions[i];
        if (vocab.empty())
            continue;
        const double v = values[i];
        const auto up = std::lower_bound(vocab.begin(), vocab.end(), v);
        if (up == vocab.end())
            values[i] = vocab.back();
        else if (up == vocab.begin() || *up - v < v - *(up - 1))
            values[i] = *up;
        else
            values[i] = *(up - 1);
    }
}

} // namespace netsynth
