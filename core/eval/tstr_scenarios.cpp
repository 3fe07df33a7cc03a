#include "core/eval/tstr_scenarios.h"

#include "core/eval/series_classifier.h"
#include "core/eval/tree_classifier.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <string>

namespace netsynth {

namespace {

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

// synthetic->real (or mixed->real) accuracy as a share of real->real; null
// when real->real is 0.
nlohmann::json ratioOf(const nlohmann::json &block, const char *scenario)
{
    const double real = block["real_real"]["accuracy"].get<double>();
    const double other = block[scenario]["accuracy"].get<double>();
    return real > 0.0 ? nlohmann::json(other / real) : nlohmann::json(nullptr);
}

} // namespace

SeriesRows seriesRows(const SeriesSet &set, int prefix)
{
    return rowsOf<SeriesClassifier>(set, prefix);
}

TreeRows treeRows(const SeriesSet &set, int prefix)
{
    return rowsOf<TreeClassifier>(set, prefix);
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
                                 std::string("TSTR: boosted trees, ") + kTstrScenarios[k]);
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
            block[kTstrScenarios[k]] = AggregatedScores::of(runs[static_cast<std::size_t>(k)]).toJson();
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


} // namespace netsynth
