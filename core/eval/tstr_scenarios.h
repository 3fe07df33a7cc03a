#pragma once
// TSTR scenarios: a classifier trained on real, on synthetic, and on real +
// synthetic series, each tested on the held-out real series. The feature
// rows of the two series classifiers (the boosted-trees judge and the
// series MLP) and one round of each. Used by Evaluator::run. Torch-free.

#include "core/eval/classification_scores.h"
#include "core/eval/evaluation_config.h"
#include "core/eval/evaluation_inputs.h"
#include "core/eval/series_set.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace netsynth {

class ProgressToken;

// The scenarios' keys in metrics.json, in the order of every scenario array.
inline constexpr const char *kTstrScenarios[3] = {"real_real", "synth_real", "mixed_real"};

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

SeriesRows seriesRows(const SeriesSet &set, int prefix); // the series MLP's rows
TreeRows treeRows(const SeriesSet &set, int prefix);     // the judge's rows

template <typename T>
Rows<T> concat(const Rows<T> &a, const Rows<T> &b)
{
    Rows<T> r = a;
    r.rows.insert(r.rows.end(), b.rows.begin(), b.rows.end());
    r.labels.insert(r.labels.end(), b.labels.begin(), b.labels.end());
    return r;
}

// The boosted-trees judge on every real training series (no per-class cap),
// the three scenarios with `seeds` seeds each (the trees' row subsampling is
// the seed's only effect): metrics.json's "tstr_trees" block, with the
// synthetic->real and mixed->real ratios to real->real. Progress runs over
// [begin, end] of token.
nlohmann::json treeScenarios(const EvaluationInputs &in, int prefix, int numClasses, const EvaluationConfig &config,
                             int seeds, ProgressToken &token, double begin, double end);

// One round of the series classifier on the first `prefix` values: the
// three scenarios' scores, in kTstrScenarios order.
std::vector<ClassificationScores> seriesScenarios(const SeriesRows &real, const SeriesRows &synth,
                                                  const SeriesRows &test, int prefix, int numClasses,
                                                  const SeriesClassifierOptions &base, std::uint64_t seed);

} // namespace netsynth
