#include "core/eval/evaluator.h"

#include "core/eval/classification_scores.h"
#include "core/eval/frechet_distance.h"
#include "core/eval/gasf_classifier.h"
#include "core/eval/image_samples.h"
#include "core/eval/manifold_metrics.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_text.h"
#include "core/eval/report_warnings.h"
#include "core/eval/sample_grid.h"
#include "core/eval/series_classifier.h"
#include "core/eval/series_fidelity.h"
#include "core/eval/tree_classifier.h"
#include "core/eval/tstr_scenarios.h"
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

// One evaluation: the steps of Evaluator::run in order, each adding its
// block to metrics.json (m_m), its per-class figures and its charts.
class EvaluationRun
{
public:
    EvaluationRun(const EvaluationInputs &in, const EvaluationConfig &config, ProgressToken &token,
                  EvaluationReference *reference)
        : m_in(in), m_config(config), m_token(token), m_shared(reference ? reference->d.get() : nullptr),
          m_numClasses(static_cast<int>(in.classes().size())), m_seeds(std::max(1, config.seeds)),
          // The classifiers read as many values as the longest real series: the
          // real data fixes their input, so real->real is the same for every
          // generator, and a generator's series longer than any real one are cut
          // there (their lengths are judged by the fidelity metrics, not by a
          // wider classifier).
          m_fullPrefix(std::max({maxLength(in.realTrainSeries), maxLength(in.realTestSeries), 1}))
    {
        if (m_shared) {
            const std::string key = in.realPath + "\n" + in.testPath + "\n" + config.toJson().dump() + "\n" +
                                    nlohmann::json(in.realTrain.classCounts()).dump() +
                                    nlohmann::json(in.realTest.classCounts()).dump() +
                                    nlohmann::json(in.classes()).dump();
            if (m_shared->key != key) {
                *m_shared = EvaluationReference::Impl();
                m_shared->key = key;
            }
        }
        if (m_numClasses < 1)
            throw InputError(in.realPath, "field 'classes'", "the real set has no classes");
    }

    nlohmann::json run()
    {
        const auto started = Clock::now();
        describe();
        if (m_config.useTrees)
            timed("tstr_trees_s", [&] { treeJudge(); });
        timed("tstr_series_s", [&] { seriesClassifier(); });
        timed("early_s", [&] { earlyClassification(); });
        if (m_config.useCnn)
            timed("tstr_cnn_s", [&] { cnnClassifier(); });
        headline();
        timed("fid_knn_s", [&] { featureMetrics(); });
        timed("series_fidelity_s", [&] { seriesFidelity(); });
        m_m["series_examples"] = seriesExamplesOf(m_in);
        m_m["per_class"] = m_perClass;
        m_m["charts"] = m_charts;
        m_durations["total_s"] = secondsSince(started);
        m_m["durations"] = m_durations;
        {
            const ReportText::StoredEnglish english; // metrics.json stays English in an Italian workbench
            m_m["warnings"] = ReportWarnings::check(m_m);
        }
        m_token.setProgress(1.0, "evaluation done");
        return m_m;
    }

private:
    template <typename F>
    void timed(const char *key, F &&step)
    {
        const auto t0 = Clock::now();
        step();
        m_durations[key] = secondsSince(t0);
    }

    // ---------------------------------------------------------------- dataset summary
    void describe()
    {
        const EvaluationInputs &in = m_in;
        const std::vector<std::string> &classes = in.classes();
        m_m["format"] = "netsynth-evaluation";
        m_m["version"] = 1;
        m_m["created"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        m_m["config"] = m_config.toJson();
        m_m["dataset"] = {
            {"classes", classes},
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
        m_m["versions"] = {{"netsynth", NETSYNTH_VERSION}, {"qt", qVersion()}, {"torch", DeviceManager::torchVersion()},
                           {"opencv", DeviceManager::openCvVersion()}};
        m_m["device"] = {{"name", device.name}, {"description", device.description}, {"threads", device.threads}};
        for (std::size_t c = 0; c < classes.size(); ++c)
            m_perClass[classes[c]] = {{"count_real_train", in.realTrain.classCounts()[c]},
                                      {"count_real_test", in.realTest.classCounts()[c]},
                                      {"count_synthetic", in.synthetic.classCounts()[c]}};
        std::vector<std::uint64_t> seedList;
        for (int s = 0; s < m_seeds; ++s) seedList.push_back(static_cast<std::uint64_t>(s));
        m_m["seeds"] = seedList;
    }

    // ---------------------------------------------------------------- 0. TSTR, boosted trees (the judge)
    void treeJudge()
    {
        if (!m_config.useTrees)
            return;
        m_tstrTrees = treeScenarios(m_in, m_fullPrefix, m_numClasses, m_config, std::min(m_seeds, 3), m_token, 0.0, 0.06);
        m_m["tstr_trees"] = m_tstrTrees;
    }

    // ---------------------------------------------------------------- 1. TSTR, series classifier
    void seriesClassifier()
    {
        m_token.setProgress(0.06, "TSTR: series classifier");
        const SeriesRows realRows = seriesRows(m_in.realTrainSeries, m_fullPrefix);
        const SeriesRows synthRows = seriesRows(m_in.syntheticSeries, m_fullPrefix);
        const SeriesRows testRows = seriesRows(m_in.realTestSeries, m_fullPrefix);
        std::vector<std::vector<ClassificationScores>> runs(3);
        for (int s = 0; s < m_seeds; ++s) {
            m_token.throwIfCanceled();
            const auto r = seriesScenarios(realRows, synthRows, testRows, m_fullPrefix, m_numClasses, m_config.series,
                                           static_cast<std::uint64_t>(s));
            for (std::size_t k = 0; k < 3; ++k) runs[k].push_back(r[k]);
            m_token.setProgress(0.06 + 0.04 * (s + 1) / m_seeds, "TSTR: series classifier");
        }
        m_tstrSeries = {{"classifier", "series-mlp"}, {"prefix", m_fullPrefix}};
        for (std::size_t k = 0; k < 3; ++k)
            m_tstrSeries[kTstrScenarios[k]] = AggregatedScores::of(runs[k]).toJson();
        m_m["tstr_series"] = m_tstrSeries;
    }

    // ---------------------------------------------------------------- 2. early classification
    void earlyClassification()
    {
        nlohmann::json early = {{"classifier", "series-mlp"}};
        std::vector<int> prefixes;
        for (int n : m_config.earlyPrefixes)
            if (n >= 1) prefixes.push_back(n);
        std::vector<double> effective;
        std::vector<std::vector<double>> acc(3), f1(3), sd(3);
        for (std::size_t p = 0; p < prefixes.size(); ++p) {
            const int n = prefixes[p];
            const SeriesRows er = seriesRows(m_in.realTrainSeries, n), es = seriesRows(m_in.syntheticSeries, n),
                             et = seriesRows(m_in.realTestSeries, n);
            std::vector<std::vector<ClassificationScores>> runs(3);
            for (int s = 0; s < m_seeds; ++s) {
                m_token.throwIfCanceled();
                const auto r =
                    seriesScenarios(er, es, et, n, m_numClasses, m_config.series, static_cast<std::uint64_t>(s));
                for (std::size_t k = 0; k < 3; ++k) runs[k].push_back(r[k]);
            }
            for (std::size_t k = 0; k < 3; ++k) {
                const auto a = AggregatedScores::of(runs[k]);
                acc[k].push_back(a.accuracy.mean);
                sd[k].push_back(a.accuracy.std);
                f1[k].push_back(a.macroF1.mean);
            }
            effective.push_back(std::min(n, m_fullPrefix));
            m_token.setProgress(0.10 + 0.05 * static_cast<double>(p + 1) / static_cast<double>(prefixes.size()),
                                "early classification: first " + std::to_string(n) + " packets");
        }
        early["prefixes"] = prefixes;
        early["effective_prefixes"] = effective;
        early["series_length"] = m_fullPrefix;
        for (std::size_t k = 0; k < 3; ++k)
            early[kTstrScenarios[k]] = {{"accuracy", acc[k]}, {"accuracy_std", sd[k]}, {"macro_f1", f1[k]}};
        m_m["early"] = early;
        const std::vector<double> xs(prefixes.begin(), prefixes.end());
        m_charts.push_back(ReportChart::line("early",
                                             QT_TRANSLATE_NOOP("ReportText", "Early classification: accuracy vs first N packets"),
                                             QT_TRANSLATE_NOOP("ReportText", "N (packets)"),
                                             QT_TRANSLATE_NOOP("ReportText", "accuracy"),
                                             {{"real->real", xs, acc[0]}, {"synthetic->real", xs, acc[1]},
                                              {"mixed->real", xs, acc[2]}}));
    }

    // ---------------------------------------------------------------- 3. TSTR, CNN (+ FID encoder)
    void cnnClassifier()
    {
        const EvaluationInputs &in = m_in;
        const int cnnSeeds = std::max(1, std::min(m_config.cnnSeeds, m_seeds));
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
            const ImageSamples real = ImageSamples::fromDataset(
                in.realTrain, samplePerClass(realLabels, m_numClasses, m_config.maxTrainPerClass, seed));
            const ImageSamples synth = ImageSamples::fromDataset(
                in.synthetic, samplePerClass(synthLabels, m_numClasses, m_config.maxTrainPerClass, seed + 100));
            ImageSamples mixed = real;
            mixed.append(synth);
            const ImageSamples *train[3] = {&real, &synth, &mixed};
            const double weight[3] = {1.0, 1.0, 2.0};
            for (int k = 0; k < 3; ++k) {
                const auto sk = static_cast<std::size_t>(s);
                // real->real does not depend on the synthetic set: taken from the shared reference when it has it.
                if (k == 0 && m_shared && m_shared->realRuns.size() > sk) {
                    curves.push_back({{"scenario", kTstrScenarios[k]}, {"seed", s}, {"loss", m_shared->realLosses[sk]},
                                      {"shared", true}});
                    runs[0].push_back(m_shared->realRuns[sk]);
                    at += span * weight[k];
                    continue;
                }
                auto clf = std::make_unique<GasfClassifier>(in.realTrain.imageSize, in.realTrain.channels, m_numClasses);
                GasfClassifierOptions o = m_config.cnn;
                o.seed = seed * 31 + static_cast<std::uint64_t>(k);
                const double begin = at, width = span * weight[k];
                const std::string what = std::string("TSTR CNN ") + kTstrScenarios[k] + ", seed " + std::to_string(s);
                const auto losses =
                    clf->fit(*train[k], o, m_token, [&](double f) { m_token.setProgress(begin + width * f, what); });
                at += width;
                curves.push_back({{"scenario", kTstrScenarios[k]}, {"seed", s}, {"loss", losses}});
                runs[static_cast<std::size_t>(k)].push_back(
                    ClassificationScores::compute(test.labels, clf->predict(test), m_numClasses));
                if (k == 0 && m_shared && m_shared->realRuns.size() == sk) {
                    m_shared->realRuns.push_back(runs[0].back());
                    m_shared->realLosses.push_back(losses);
                }
                if (k == 0 && s == 0) {
                    if (m_shared)
                        m_shared->encoder = std::move(clf);
                    else
                        m_encoder = std::move(clf);
                }
            }
        }
        m_tstrCnn = {{"classifier", "gasf-cnn"}, {"seeds", cnnSeeds}, {"max_train_per_class", m_config.maxTrainPerClass},
                     {"epochs", m_config.cnn.epochs}, {"loss_curves", curves}};
        for (std::size_t k = 0; k < 3; ++k)
            m_tstrCnn[kTstrScenarios[k]] = AggregatedScores::of(runs[k]).toJson();
        m_m["tstr_cnn"] = m_tstrCnn;
        std::vector<ChartSeries> lossSeries;
        for (const auto &c : curves) {
            if (c["seed"] != 0) continue;
            std::vector<double> ys = c["loss"].get<std::vector<double>>(), xs;
            for (std::size_t e = 0; e < ys.size(); ++e) xs.push_back(static_cast<double>(e + 1));
            lossSeries.push_back({c["scenario"].get<std::string>(), xs, ys});
        }
        m_charts.push_back(ReportChart::line("cnn_loss", QT_TRANSLATE_NOOP("ReportText", "CNN classifier training loss (seed 0)"),
                                             QT_TRANSLATE_NOOP("ReportText", "epoch"),
                                             QT_TRANSLATE_NOOP("ReportText", "cross-entropy"), lossSeries));
    }

    // The headline TSTR: the boosted-trees judge (every real training series),
    // else the CNN when it ran (NetDiffus), else the series classifier.
    void headline()
    {
        m_m["tstr"] = m_config.useTrees ? m_tstrTrees : m_config.useCnn ? m_tstrCnn : m_tstrSeries;
        const nlohmann::json &headline = m_m["tstr"];
        const std::vector<std::string> &classes = m_in.classes();
        for (std::size_t c = 0; c < classes.size(); ++c)
            for (int k = 0; k < 3; ++k)
                m_perClass[classes[c]][std::string("f1_") + kTstrScenarios[k]] =
                    headline[kTstrScenarios[k]]["per_class_f1"][c];
        const std::vector<double> xs = {1, 2, 3};
        std::vector<double> acc, f1;
        for (int k = 0; k < 3; ++k) {
            acc.push_back(headline[kTstrScenarios[k]]["accuracy"].get<double>());
            f1.push_back(headline[kTstrScenarios[k]]["macro_f1"].get<double>());
        }
        m_charts.push_back(ReportChart::bars("tstr",
                                             QT_TRANSLATE_NOOP("ReportText", "TSTR (1 real->real, 2 synthetic->real, 3 mixed->real)"),
                                             QT_TRANSLATE_NOOP("ReportText", "scenario"), QT_TRANSLATE_NOOP("ReportText", "score"),
                                             {{"accuracy", xs, acc}, {"macro-F1", xs, f1}}));
    }

    // ---------------------------------------------------------------- 4. FID, precision/recall, memorisation
    void featureMetrics()
    {
        m_token.setProgress(0.85, "FID and nearest-neighbour metrics");
        const std::size_t cap = std::max<std::size_t>(10, m_config.maxManifoldSamples);
        const GasfClassifier *fidEncoder = m_shared && m_config.useCnn ? m_shared->encoder.get() : m_encoder.get();
        if (fidEncoder) {
            fidAndPrecisionRecall(*fidEncoder, cap);
        } else {
            m_m["fid"] = nullptr;
            m_m["fid_real_test"] = nullptr;
        }
        m_token.throwIfCanceled();
        const EvaluationInputs &in = m_in;
        const auto mem = memorisation(pixelMatrix(in.realTrain, subsample(in.realTrain.count(), 2 * cap, 3)),
                                      pixelMatrix(in.realTest, subsample(in.realTest.count(), cap, 4)),
                                      pixelMatrix(in.synthetic, subsample(in.synthetic.count(), cap, 5)));
        m_m["memorisation"] = {{"share", mem.share}, {"threshold", mem.threshold}, {"quantile", mem.quantile},
                               {"median_synthetic", mem.medianSynthetic}, {"median_real_test", mem.medianTest},
                               {"space", "pixels"}};
    }

    void fidAndPrecisionRecall(const GasfClassifier &fidEncoder, std::size_t cap)
    {
        const EvaluationInputs &in = m_in;
        FeatureMatrix ownTrain, ownTest;
        if (!m_shared || !m_shared->haveFeatures) {
            ownTrain = fidEncoder.features(ImageSamples::fromDataset(in.realTrain));
            ownTest = fidEncoder.features(ImageSamples::fromDataset(in.realTest));
            if (m_shared) {
                m_shared->fTrain = std::move(ownTrain);
                m_shared->fTest = std::move(ownTest);
                m_shared->haveFeatures = true;
            }
        }
        const FeatureMatrix &fTrain = m_shared ? m_shared->fTrain : ownTrain;
        const FeatureMatrix &fTest = m_shared ? m_shared->fTest : ownTest;
        const FeatureMatrix fSynth = fidEncoder.features(ImageSamples::fromDataset(in.synthetic));
        m_m["fid"] = finiteOrNull(fidOf(fTrain, fSynth));
        m_m["fid_real_test"] = finiteOrNull(fidOf(fTrain, fTest));
        m_m["fid_encoder"] = {{"network", "gasf-cnn"}, {"features", GasfClassifier::featureDim()},
                              {"trained_on", "real training images (TSTR real->real, seed 0)"}};
        std::vector<int> trainLabels, synthLabels;
        for (const auto &s : in.realTrain.samples) trainLabels.push_back(s.label);
        for (const auto &s : in.synthetic.samples) synthLabels.push_back(s.label);
        const std::vector<std::string> &classes = in.classes();
        for (std::size_t c = 0; c < classes.size(); ++c) {
            const FeatureMatrix a = classRows(fTrain, trainLabels, static_cast<int>(c));
            const FeatureMatrix b = classRows(fSynth, synthLabels, static_cast<int>(c));
            const bool enough = static_cast<int>(a.rows()) >= m_config.minPerClassForFid &&
                                static_cast<int>(b.rows()) >= m_config.minPerClassForFid;
            m_perClass[classes[c]]["fid"] = enough ? finiteOrNull(fidOf(a, b)) : nlohmann::json(nullptr);
        }
        m_token.throwIfCanceled();
        const auto pr = manifoldPrecisionRecall(rowsOf(fTrain, subsample(fTrain.rows(), cap, 1)),
                                                rowsOf(fSynth, subsample(fSynth.rows(), cap, 2)), m_config.knnK);
        m_m["precision"] = pr.precision;
        m_m["recall"] = pr.recall;
        m_m["knn_k"] = pr.k;
    }

    // ---------------------------------------------------------------- 5. series fidelity
    void seriesFidelity()
    {
        const EvaluationInputs &in = m_in;
        m_token.setProgress(0.95, "series fidelity");
        const SeriesFidelity fid = SeriesFidelity::compute(in.realTrainSeries, in.syntheticSeries);
        nlohmann::json overall = nlohmann::json::object();
        for (const auto &kv : fid.overall) overall[kv.first] = finiteOrNull(kv.second);
        m_m["fidelity"] = overall;
        for (const auto &kv : fid.perClass)
            for (const auto &mv : kv.second) m_perClass[kv.first][mv.first] = finiteOrNull(mv.second);
        for (const auto &c : fid.charts) m_charts.push_back(c);
        // Real train vs real test: the floor a perfect generator would reach.
        nlohmann::json floor = nlohmann::json::object();
        for (const auto &kv : SeriesFidelity::metrics(in.realTrainSeries, in.realTestSeries))
            floor[kv.first] = finiteOrNull(kv.second);
        m_m["fidelity_real_test"] = floor;
        m_m["series_copies"] = {{"synthetic", exactCopyShare(in.realTrainSeries, in.syntheticSeries)},
                                {"real_test", exactCopyShare(in.realTrainSeries, in.realTestSeries)}};
    }

    const EvaluationInputs &m_in;
    const EvaluationConfig &m_config;
    ProgressToken &m_token;
    EvaluationReference::Impl *m_shared;
    const int m_numClasses;
    const int m_seeds;
    const int m_fullPrefix;
    nlohmann::json m_m;
    nlohmann::json m_perClass = nlohmann::json::object();
    nlohmann::json m_charts = nlohmann::json::array();
    nlohmann::json m_durations = nlohmann::json::object();
    nlohmann::json m_tstrTrees, m_tstrSeries, m_tstrCnn;
    std::unique_ptr<GasfClassifier> m_encoder; // the FID encoder when there is no shared reference
};

nlohmann::json Evaluator::run(const EvaluationInputs &in, const EvaluationConfig &config, ProgressToken &token,
                              EvaluationReference *reference)
{
    return EvaluationRun(in, config, token, reference).run();
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
