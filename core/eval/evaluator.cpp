#include "core/eval/evaluator.h"

#include "core/eval/classification_scores.h"
#include "core/eval/frechet_distance.h"
#include "core/eval/gasf_classifier.h"
#include "core/eval/image_samples.h"
#include "core/eval/manifold_metrics.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_warnings.h"
#include "core/eval/sample_grid.h"
#include "core/eval/series_classifier.h"
#include "core/eval/series_fidelity.h"
#include "core/eval/tree_classifier.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <QDateTime>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <random>

namespace netsynth {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

// Feature rows of one classifier (Classifier::features of every series) and
// their labels: doubles for the series MLP, floats for the boosted trees.
template <typename T>
struct Rows
{
    std::vector<T> rows;
    std::vector<int> labels;
};
using SeriesRows = Rows<double>;
using TreeRows = Rows<float>;

template <typename Classifier, typename T = typename decltype(Classifier::features({}, 0))::value_type>
Rows<T> rowsOf(const SeriesSet &set, int prefix)
{
    Rows<T> r;
    r.rows.reserve(set.count() * static_cast<std::size_t>(Classifier::featureCount(prefix)));
    for (const auto &item : set.items) {
        const auto f = Classifier::features(item.values, prefix);
        r.rows.insert(r.rows.end(), f.begin(), f.end());
        r.labels.push_back(item.label);
    }
    return r;
}

SeriesRows seriesRows(const SeriesSet &set, int prefix)
{
    return rowsOf<SeriesClassifier>(set, prefix);
}

TreeRows treeRows(const SeriesSet &set, int prefix)
{
    return rowsOf<TreeClassifier>(set, prefix);
}

template <typename T>
Rows<T> concat(const Rows<T> &a, const Rows<T> &b)
{
    Rows<T> r = a;
    r.rows.insert(r.rows.end(), b.rows.begin(), b.rows.end());
    r.labels.insert(r.labels.end(), b.labels.begin(), b.labels.end());
    return r;
}

const char *kScenarios[3] = {"real_real", "synth_real", "mixed_real"};

// synthetic->real (or mixed->real) accuracy as a share of real->real; null
// when real->real is 0.
nlohmann::json ratioOf(const nlohmann::json &block, const char *scenario)
{
    const double real = block["real_real"]["accuracy"].get<double>();
    const double other = block[scenario]["accuracy"].get<double>();
    return real > 0.0 ? nlohmann::json(other / real) : nlohmann::json(nullptr);
}

// TSTR with the boosted-trees judge on every real training series (no
// per-class cap): real->real, synthetic->real and (real + synthetic)->real,
// `seeds` seeds each (the trees' row subsampling is the seed's only effect).
nlohmann::json treeScenarios(const EvaluationInputs &in, int prefix, int numClasses,
                             const EvaluationConfig &config, int seeds, ProgressToken &token, double begin, double end)
{
    ProgressToken::Scope progress(token, begin, end);
    const TreeRows real = treeRows(in.realTrainSeries, prefix);
    const TreeRows synth = treeRows(in.syntheticSeries, prefix);
    const TreeRows test = treeRows(in.realTestSeries, prefix);
    const TreeRows mixed = concat(real, synth);
    const TreeRows *train[3] = {&real, &synth, &mixed};
    const std::size_t dim = static_cast<std::size_t>(TreeClassifier::featureCount(prefix));
    std::vector<std::vector<ClassificationScores>> runs(3);
    for (int s = 0; s < seeds; ++s)
        for (int k = 0; k < 3; ++k) {
            progress.setProgress(static_cast<double>(s * 3 + k) / (3.0 * seeds),
                                 std::string("TSTR: boosted trees, ") + kScenarios[k]);
            if (train[k]->labels.empty()) continue;
            TreeClassifier clf;
            TreeClassifierOptions o = config.trees;
            o.seed = static_cast<std::uint64_t>(s) * 31 + static_cast<std::uint64_t>(k);
            if (o.threads <= 0) o.threads = DeviceManager::current().threads;
            clf.fit(train[k]->rows, dim, train[k]->labels, numClasses, o, &token);
            runs[static_cast<std::size_t>(k)].push_back(
                ClassificationScores::compute(test.labels, clf.predict(test.rows), numClasses));
        }
    nlohmann::json block = {{"classifier", "boosted-trees"},
                            {"engine", TreeClassifier::engine()},
                            {"prefix", prefix},
                            {"features", "first " + std::to_string(prefix) + " values (missing past the end) and the length"},
                            {"rounds", config.trees.rounds},
                            {"max_depth", config.trees.maxDepth},
                            {"learning_rate", config.trees.learningRate},
                            {"train_counts", {{"real_real", real.labels.size()}, {"synth_real", synth.labels.size()},
                                              {"mixed_real", mixed.labels.size()}}}};
    for (int k = 0; k < 3; ++k)
        if (!runs[static_cast<std::size_t>(k)].empty())
            block[kScenarios[k]] = AggregatedScores::of(runs[static_cast<std::size_t>(k)]).toJson();
    if (block.contains("real_real") && block.contains("synth_real"))
        block["synth_real_ratio"] = ratioOf(block, "synth_real");
    if (block.contains("real_real") && block.contains("mixed_real"))
        block["mixed_real_ratio"] = ratioOf(block, "mixed_real");
    progress.setProgress(1.0, "TSTR: boosted trees");
    return block;
}

// One TSTR round of the series classifier on the first `prefix` values.
std::vector<ClassificationScores> seriesScenarios(const SeriesRows &real, const SeriesRows &synth,
                                                  const SeriesRows &test, int prefix, int numClasses,
                                                  const SeriesClassifierOptions &base, std::uint64_t seed)
{
    std::vector<ClassificationScores> out;
    const SeriesRows mixed = concat(real, synth);
    const SeriesRows *train[3] = {&real, &synth, &mixed};
    for (int s = 0; s < 3; ++s) {
        SeriesClassifier clf;
        SeriesClassifierOptions o = base;
        o.seed = seed * 31 + static_cast<std::uint64_t>(s);
        clf.fit(train[s]->rows, static_cast<std::size_t>(SeriesClassifier::featureCount(prefix)), train[s]->labels,
                numClasses, o);
        out.push_back(ClassificationScores::compute(test.labels, clf.predict(test.rows), numClasses));
    }
    return out;
}

int maxLength(const SeriesSet &s)
{
    int m = 1;
    for (const auto &item : s.items) m = std::max(m, static_cast<int>(item.values.size()));
    return m;
}

FeatureMatrix pixelMatrix(const ImageDataset &set, const std::vector<std::size_t> &indices)
{
    FeatureMatrix m;
    m.dim = set.pixelsPerImage();
    m.values.reserve(indices.size() * m.dim);
    for (std::size_t i : indices)
        m.values.insert(m.values.end(), set.image(i), set.image(i) + m.dim);
    return m;
}

std::vector<std::size_t> subsample(std::size_t n, std::size_t cap, std::uint64_t seed)
{
    std::vector<std::size_t> idx(n);
    for (std::size_t i = 0; i < n; ++i) idx[i] = i;
    if (n > cap) {
        std::mt19937_64 rng(seed);
        std::shuffle(idx.begin(), idx.end(), rng);
        idx.resize(cap);
        std::sort(idx.begin(), idx.end());
    }
    return idx;
}

FeatureMatrix rowsOf(const FeatureMatrix &m, const std::vector<std::size_t> &idx)
{
    FeatureMatrix out;
    out.dim = m.dim;
    for (std::size_t i : idx) out.values.insert(out.values.end(), m.row(i), m.row(i) + m.dim);
    return out;
}

double fidOf(const FeatureMatrix &a, const FeatureMatrix &b)
{
    if (a.rows() < 2 || b.rows() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    return frechetDistance(GaussianStats::fromFeatures(a.values, a.dim), GaussianStats::fromFeatures(b.values, b.dim));
}

FeatureMatrix classRows(const FeatureMatrix &m, const std::vector<int> &labels, int label)
{
    FeatureMatrix out;
    out.dim = m.dim;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == label) out.values.insert(out.values.end(), m.row(i), m.row(i) + m.dim);
    return out;
}

// The first `count` series of class `label`, values rounded to 1e-3 (sizes
// are whole bytes already), for people to read.
nlohmann::json seriesExamples(const SeriesSet &set, int label, int count)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &item : set.items) {
        if (item.label != label) continue;
        nlohmann::json values = nlohmann::json::array();
        for (double v : item.values) values.push_back(std::isfinite(v) ? std::round(v * 1000.0) / 1000.0 : 0.0);
        out.push_back(values);
        if (static_cast<int>(out.size()) >= count) break;
    }
    return out;
}

// A few decoded series of each class, real beside synthetic, so a reader
// sees what the generator gets wrong (report: "Decoded series per class").
nlohmann::json seriesExamplesOf(const EvaluationInputs &in)
{
    nlohmann::json examples = nlohmann::json::object();
    for (std::size_t c = 0; c < in.classes().size(); ++c)
        examples[in.classes()[c]] = {{"real", seriesExamples(in.realTrainSeries, static_cast<int>(c), 4)},
                                     {"synthetic", seriesExamples(in.syntheticSeries, static_cast<int>(c), 4)}};
    return examples;
}

nlohmann::json countsJson(const ImageDataset &set)
{
    return set.classCounts();
}

} // namespace

struct EvaluationReference::Impl
{
    std::string key;
    std::vector<ClassificationScores> realRuns;  // CNN real->real, per seed
    std::vector<std::vector<double>> realLosses; // their training losses
    std::unique_ptr<GasfClassifier> encoder;
    FeatureMatrix fTrain;
    FeatureMatrix fTest;
    bool haveFeatures = false;
};

EvaluationReference::EvaluationReference() : d(std::make_unique<Impl>()) {}
EvaluationReference::~EvaluationReference() = default;
int EvaluationReference::cachedRuns() const { return static_cast<int>(d->realRuns.size()); }

nlohmann::json Evaluator::run(const EvaluationInputs &in, const EvaluationConfig &config, ProgressToken &token,
                              EvaluationReference *reference)
{
    EvaluationReference::Impl *shared = reference ? reference->d.get() : nullptr;
    if (shared) {
        const std::string key = in.realPath + "\n" + in.testPath + "\n" + config.toJson().dump() + "\n" +
                                nlohmann::json(in.realTrain.classCounts()).dump() +
                                nlohmann::json(in.realTest.classCounts()).dump() + nlohmann::json(in.classes()).dump();
        if (shared->key != key) {
            *shared = EvaluationReference::Impl();
            shared->key = key;
        }
    }
    const auto started = Clock::now();
    const int numClasses = static_cast<int>(in.classes().size());
    if (numClasses < 1)
        throw InputError(in.realPath, "field 'classes'", "the real set has no classes");
    nlohmann::json m;
    m["format"] = "netsynth-evaluation";
    m["version"] = 1;
    m["created"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    m["config"] = config.toJson();
    nlohmann::json durations = nlohmann::json::object();
    nlohmann::json charts = nlohmann::json::array();
    const std::vector<std::string> &classes = in.classes();

    // ---------------------------------------------------------------- dataset summary
    m["dataset"] = {{"classes", classes},
                    {"real", in.realPath},
                    {"test_real", in.testPath.empty() ? std::string("(stratified split of the real set)") : in.testPath},
                    {"synthetic", in.syntheticPath},
                    {"image_size", in.realTrain.imageSize},
                    {"channels", in.realTrain.channels},
                    {"spec", in.realTrain.spec},
                    {"synthetic_provenance", in.synthetic.provenance},
                    {"counts", {{"real_train", countsJson(in.realTrain)},
                                {"real_test", countsJson(in.realTest)},
                                {"synthetic", countsJson(in.synthetic)}}},
                    {"dropped_synthetic_classes", in.droppedSyntheticClasses}};
    const DeviceInfo device = DeviceManager::current();
    m["versions"] = {{"netsynth", NETSYNTH_VERSION}, {"qt", qVersion()}, {"torch", DeviceManager::torchVersion()},
                     {"opencv", DeviceManager::openCvVersion()}};
    m["device"] = {{"name", device.name}, {"description", device.description}, {"threads", device.threads}};

    nlohmann::json perClass = nlohmann::json::object();
    for (std::size_t c = 0; c < classes.size(); ++c)
        perClass[classes[c]] = {{"count_real_train", in.realTrain.classCounts()[c]},
                                {"count_real_test", in.realTest.classCounts()[c]},
                                {"count_synthetic", in.synthetic.classCounts()[c]}};

    const int seeds = std::max(1, config.seeds);
    std::vector<std::uint64_t> seedList;
    for (int s = 0; s < seeds; ++s) seedList.push_back(static_cast<std::uint64_t>(s));
    m["seeds"] = seedList;

    // The classifiers read as many values as the longest real series: the real
    // data fixes their input, so real->real is the same for every generator, and
    // a generator's series longer than any real one are cut there (their
    // lengths are judged by the fidelity metrics, not by a wider classifier).
    const int fullPrefix = std::max({maxLength(in.realTrainSeries), maxLength(in.realTestSeries), 1});

    // ---------------------------------------------------------------- 0. TSTR, boosted trees (the judge)
    auto t0 = Clock::now();
    nlohmann::json tstrTrees;
    if (config.useTrees) {
        tstrTrees = treeScenarios(in, fullPrefix, numClasses, config, std::min(seeds, 3), token, 0.0, 0.06);
        m["tstr_trees"] = tstrTrees;
        durations["tstr_trees_s"] = secondsSince(t0);
    }

    // ---------------------------------------------------------------- 1. TSTR, series classifier
    t0 = Clock::now();
    token.setProgress(0.06, "TSTR: series classifier");
    const SeriesRows realRows = seriesRows(in.realTrainSeries, fullPrefix);
    const SeriesRows synthRows = seriesRows(in.syntheticSeries, fullPrefix);
    const SeriesRows testRows = seriesRows(in.realTestSeries, fullPrefix);
    std::vector<std::vector<ClassificationScores>> seriesRuns(3);
    for (int s = 0; s < seeds; ++s) {
        token.throwIfCanceled();
        const auto r = seriesScenarios(realRows, synthRows, testRows, fullPrefix, numClasses, config.series,
                                       static_cast<std::uint64_t>(s));
        for (int k = 0; k < 3; ++k) seriesRuns[static_cast<std::size_t>(k)].push_back(r[static_cast<std::size_t>(k)]);
        token.setProgress(0.06 + 0.04 * (s + 1) / seeds, "TSTR: series classifier");
    }
    nlohmann::json tstrSeries = {{"classifier", "series-mlp"}, {"prefix", fullPrefix}};
    std::vector<AggregatedScores> seriesAgg;
    for (int k = 0; k < 3; ++k) {
        seriesAgg.push_back(AggregatedScores::of(seriesRuns[static_cast<std::size_t>(k)]));
        tstrSeries[kScenarios[k]] = seriesAgg.back().toJson();
    }
    m["tstr_series"] = tstrSeries;
    durations["tstr_series_s"] = secondsSince(t0);

    // ---------------------------------------------------------------- 2. early classification
    t0 = Clock::now();
    nlohmann::json early = {{"classifier", "series-mlp"}};
    std::vector<int> prefixes;
    for (int n : config.earlyPrefixes)
        if (n >= 1) prefixes.push_back(n);
    std::vector<double> effective;
    nlohmann::json earlyScen = nlohmann::json::object();
    std::vector<std::vector<double>> earlyAcc(3), earlyF1(3), earlyStd(3);
    for (std::size_t p = 0; p < prefixes.size(); ++p) {
        const int n = prefixes[p];
        const SeriesRows er = seriesRows(in.realTrainSeries, n), es = seriesRows(in.syntheticSeries, n),
                         et = seriesRows(in.realTestSeries, n);
        std::vector<std::vector<ClassificationScores>> runs(3);
        for (int s = 0; s < seeds; ++s) {
            token.throwIfCanceled();
            const auto r = seriesScenarios(er, es, et, n, numClasses, config.series, static_cast<std::uint64_t>(s));
            for (int k = 0; k < 3; ++k) runs[static_cast<std::size_t>(k)].push_back(r[static_cast<std::size_t>(k)]);
        }
        for (int k = 0; k < 3; ++k) {
            const auto a = AggregatedScores::of(runs[static_cast<std::size_t>(k)]);
            earlyAcc[static_cast<std::size_t>(k)].push_back(a.accuracy.mean);
            earlyStd[static_cast<std::size_t>(k)].push_back(a.accuracy.std);
            earlyF1[static_cast<std::size_t>(k)].push_back(a.macroF1.mean);
        }
        effective.push_back(std::min(n, fullPrefix));
        token.setProgress(0.10 + 0.05 * static_cast<double>(p + 1) / static_cast<double>(prefixes.size()),
                          "early classification: first " + std::to_string(n) + " packets");
    }
    early["prefixes"] = prefixes;
    early["effective_prefixes"] = effective;
    early["series_length"] = fullPrefix;
    for (int k = 0; k < 3; ++k)
        early[kScenarios[k]] = {{"accuracy", earlyAcc[static_cast<std::size_t>(k)]},
                                {"accuracy_std", earlyStd[static_cast<std::size_t>(k)]},
                                {"macro_f1", earlyF1[static_cast<std::size_t>(k)]}};
    m["early"] = early;
    {
        std::vector<double> xs(prefixes.begin(), prefixes.end());
        charts.push_back(ReportChart::line("early", "Early classification: accuracy vs first N packets",
                                           "N (packets)", "accuracy",
                                           {{"real->real", xs, earlyAcc[0]}, {"synthetic->real", xs, earlyAcc[1]},
                                            {"mixed->real", xs, earlyAcc[2]}}));
    }
    durations["early_s"] = secondsSince(t0);

    // ---------------------------------------------------------------- 3. TSTR, CNN (+ FID encoder)
    nlohmann::json tstrCnn;
    std::unique_ptr<GasfClassifier> encoder;
    if (config.useCnn) {
        t0 = Clock::now();
        const int cnnSeeds = std::max(1, std::min(config.cnnSeeds, seeds));
        const ImageSamples test = ImageSamples::fromDataset(in.realTest);
        std::vector<int> realLabels, synthLabels;
        for (const auto &s : in.realTrain.samples) realLabels.push_back(s.label);
        for (const auto &s : in.synthetic.samples) synthLabels.push_back(s.label);
        std::vector<std::vector<ClassificationScores>> runs(3);
        nlohmann::json curves = nlohmann::json::array();
        const double span = 0.70 / (cnnSeeds * 4.0); // mixed costs about two units
        double at = 0.15;
        for (int s = 0; s < cnnSeeds; ++s) {
            const auto seed = static_cast<std::uint64_t>(s);
            const ImageSamples real =
                ImageSamples::fromDataset(in.realTrain, samplePerClass(realLabels, numClasses, config.maxTrainPerClass, seed));
            const ImageSamples synth =
                ImageSamples::fromDataset(in.synthetic, samplePerClass(synthLabels, numClasses, config.maxTrainPerClass, seed + 100));
            ImageSamples mixed = real;
            mixed.append(synth);
            const ImageSamples *train[3] = {&real, &synth, &mixed};
            const double weight[3] = {1.0, 1.0, 2.0};
            for (int k = 0; k < 3; ++k) {
                // real->real does not depend on the synthetic set: taken from the shared reference when it has it.
                if (k == 0 && shared && static_cast<int>(shared->realRuns.size()) > s) {
                    curves.push_back({{"scenario", kScenarios[k]}, {"seed", s},
                                      {"loss", shared->realLosses[static_cast<std::size_t>(s)]}, {"shared", true}});
                    runs[0].push_back(shared->realRuns[static_cast<std::size_t>(s)]);
                    at += span * weight[k];
                    continue;
                }
                auto clf = std::make_unique<GasfClassifier>(in.realTrain.imageSize, in.realTrain.channels, numClasses);
                GasfClassifierOptions o = config.cnn;
                o.seed = seed * 31 + static_cast<std::uint64_t>(k);
                const double begin = at, width = span * weight[k];
                const std::string what = std::string("TSTR CNN ") + kScenarios[k] + ", seed " + std::to_string(s);
                const auto losses = clf->fit(*train[k], o, token, [&](double f) { token.setProgress(begin + width * f, what); });
                at += width;
                curves.push_back({{"scenario", kScenarios[k]}, {"seed", s}, {"loss", losses}});
                runs[static_cast<std::size_t>(k)].push_back(
                    ClassificationScores::compute(test.labels, clf->predict(test), numClasses));
                if (k == 0 && shared && static_cast<int>(shared->realRuns.size()) == s) {
                    shared->realRuns.push_back(runs[0].back());
                    shared->realLosses.push_back(losses);
                }
                if (k == 0 && s == 0) {
                    if (shared)
                        shared->encoder = std::move(clf);
                    else
                        encoder = std::move(clf);
                }
            }
        }
        tstrCnn = {{"classifier", "gasf-cnn"}, {"seeds", cnnSeeds}, {"max_train_per_class", config.maxTrainPerClass},
                   {"epochs", config.cnn.epochs}, {"loss_curves", curves}};
        for (int k = 0; k < 3; ++k)
            tstrCnn[kScenarios[k]] = AggregatedScores::of(runs[static_cast<std::size_t>(k)]).toJson();
        m["tstr_cnn"] = tstrCnn;
        std::vector<ChartSeries> lossSeries;
        for (const auto &c : curves) {
            if (c["seed"] != 0) continue;
            std::vector<double> ys = c["loss"].get<std::vector<double>>(), xs;
            for (std::size_t e = 0; e < ys.size(); ++e) xs.push_back(static_cast<double>(e + 1));
            lossSeries.push_back({c["scenario"].get<std::string>(), xs, ys});
        }
        charts.push_back(ReportChart::line("cnn_loss", "CNN classifier training loss (seed 0)", "epoch",
                                           "cross-entropy", lossSeries));
        durations["tstr_cnn_s"] = secondsSince(t0);
    }
    // The headline TSTR: the boosted-trees judge (every real training series),
    // else the CNN when it ran (NetDiffus), else the series classifier.
    m["tstr"] = config.useTrees ? tstrTrees : config.useCnn ? tstrCnn : tstrSeries;
    const nlohmann::json &headline = m["tstr"];
    for (std::size_t c = 0; c < classes.size(); ++c)
        for (int k = 0; k < 3; ++k)
            perClass[classes[c]][std::string("f1_") + kScenarios[k]] = headline[kScenarios[k]]["per_class_f1"][c];
    {
        std::vector<double> xs = {1, 2, 3};
        std::vector<double> acc, f1;
        for (int k = 0; k < 3; ++k) {
            acc.push_back(headline[kScenarios[k]]["accuracy"].get<double>());
            f1.push_back(headline[kScenarios[k]]["macro_f1"].get<double>());
        }
        charts.push_back(ReportChart::bars("tstr", "TSTR (1 real->real, 2 synthetic->real, 3 mixed->real)",
                                           "scenario", "score", {{"accuracy", xs, acc}, {"macro-F1", xs, f1}}));
    }

    // ---------------------------------------------------------------- 4. FID, precision/recall, memorisation
    t0 = Clock::now();
    token.setProgress(0.85, "FID and nearest-neighbour metrics");
    const std::size_t cap = std::max<std::size_t>(10, config.maxManifoldSamples);
    const GasfClassifier *fidEncoder = shared && config.useCnn ? shared->encoder.get() : encoder.get();
    if (fidEncoder) {
        FeatureMatrix ownTrain, ownTest;
        if (!shared || !shared->haveFeatures) {
            ownTrain = fidEncoder->features(ImageSamples::fromDataset(in.realTrain));
            ownTest = fidEncoder->features(ImageSamples::fromDataset(in.realTest));
            if (shared) {
                shared->fTrain = std::move(ownTrain);
                shared->fTest = std::move(ownTest);
                shared->haveFeatures = true;
            }
        }
        const FeatureMatrix &fTrain = shared ? shared->fTrain : ownTrain;
        const FeatureMatrix &fTest = shared ? shared->fTest : ownTest;
        const FeatureMatrix fSynth = fidEncoder->features(ImageSamples::fromDataset(in.synthetic));
        m["fid"] = finiteOrNull(fidOf(fTrain, fSynth));
        m["fid_real_test"] = finiteOrNull(fidOf(fTrain, fTest));
        m["fid_encoder"] = {{"network", "gasf-cnn"}, {"features", GasfClassifier::featureDim()},
                            {"trained_on", "real training images (TSTR real->real, seed 0)"}};
        std::vector<int> trainLabels, synthLabels;
        for (const auto &s : in.realTrain.samples) trainLabels.push_back(s.label);
        for (const auto &s : in.synthetic.samples) synthLabels.push_back(s.label);
        for (std::size_t c = 0; c < classes.size(); ++c) {
            const FeatureMatrix a = classRows(fTrain, trainLabels, static_cast<int>(c));
            const FeatureMatrix b = classRows(fSynth, synthLabels, static_cast<int>(c));
            const bool enough = static_cast<int>(a.rows()) >= config.minPerClassForFid &&
                                static_cast<int>(b.rows()) >= config.minPerClassForFid;
            perClass[classes[c]]["fid"] = enough ? finiteOrNull(fidOf(a, b)) : nlohmann::json(nullptr);
        }
        token.throwIfCanceled();
        const auto pr = manifoldPrecisionRecall(rowsOf(fTrain, subsample(fTrain.rows(), cap, 1)),
                                                rowsOf(fSynth, subsample(fSynth.rows(), cap, 2)), config.knnK);
        m["precision"] = pr.precision;
        m["recall"] = pr.recall;
        m["knn_k"] = pr.k;
    } else {
        m["fid"] = nullptr;
        m["fid_real_test"] = nullptr;
    }
    token.throwIfCanceled();
    {
        const auto mem = memorisation(pixelMatrix(in.realTrain, subsample(in.realTrain.count(), 2 * cap, 3)),
                                      pixelMatrix(in.realTest, subsample(in.realTest.count(), cap, 4)),
                                      pixelMatrix(in.synthetic, subsample(in.synthetic.count(), cap, 5)));
        m["memorisation"] = {{"share", mem.share}, {"threshold", mem.threshold}, {"quantile", mem.quantile},
                             {"median_synthetic", mem.medianSynthetic}, {"median_real_test", mem.medianTest},
                             {"space", "pixels"}};
    }
    durations["fid_knn_s"] = secondsSince(t0);

    // ---------------------------------------------------------------- 5. series fidelity
    t0 = Clock::now();
    token.setProgress(0.95, "series fidelity");
    const SeriesFidelity fid = SeriesFidelity::compute(in.realTrainSeries, in.syntheticSeries);
    nlohmann::json overall = nlohmann::json::object();
    for (const auto &kv : fid.overall) overall[kv.first] = finiteOrNull(kv.second);
    m["fidelity"] = overall;
    for (const auto &kv : fid.perClass)
        for (const auto &mv : kv.second) perClass[kv.first][mv.first] = finiteOrNull(mv.second);
    for (const auto &c : fid.charts) charts.push_back(c);
    // Real train vs real test: the floor a perfect generator would reach.
    const auto floorMetrics = SeriesFidelity::metrics(in.realTrainSeries, in.realTestSeries);
    nlohmann::json floor = nlohmann::json::object();
    for (const auto &kv : floorMetrics) floor[kv.first] = finiteOrNull(kv.second);
    m["fidelity_real_test"] = floor;
    m["series_copies"] = {{"synthetic", exactCopyShare(in.realTrainSeries, in.syntheticSeries)},
                          {"real_test", exactCopyShare(in.realTrainSeries, in.realTestSeries)}};
    durations["series_fidelity_s"] = secondsSince(t0);

    m["series_examples"] = seriesExamplesOf(in);
    m["per_class"] = perClass;
    m["charts"] = charts;
    durations["total_s"] = secondsSince(started);
    m["durations"] = durations;
    m["warnings"] = ReportWarnings::check(m);
    token.setProgress(1.0, "evaluation done");
    return m;
}

std::string Evaluator::writeOutputs(nlohmann::json &metrics, const EvaluationInputs &inputs,
                                    const std::string &outDir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec)
        throw InputError(outDir, {}, "cannot create folder: " + ec.message());
    const int perClass = 6;
    writeFileAtomically((fs::path(outDir) / "samples_real.png").string(),
                        sampleGridPng(inputs.realTrain, perClass, 12));
    writeFileAtomically((fs::path(outDir) / "samples_synthetic.png").string(),
                        sampleGridPng(inputs.synthetic, perClass, 12));
    metrics["sample_grids"] = {{"real", "samples_real.png"}, {"synthetic", "samples_synthetic.png"},
                           {"per_class", perClass}};
    const std::string path = (fs::path(outDir) / "metrics.json").string();
    writeFileAtomically(path, metrics.dump(1));
    return path;
}

} // namespace netsynth
