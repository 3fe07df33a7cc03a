#pragma once
// GeneratorComparison: the side-by-side table of the evaluation report, one
// row per generator (diffusion DDPM and DDIM, dg, wgan-gasf, empirical, real),
// one column per fidelity metric and TSTR scenario, best value per column
// marked, plus the same per class. Torch-free; reads the metrics objects the
// evaluator writes (core/eval, docs/evaluation.md), so it follows their keys:
//
//   fid, precision, recall, memorisation.share,
//   fidelity.<metric>                      (series distances: lower is better)
//   tstr.<scenario>.accuracy / .macro_f1   (headline classifier: higher is better)
//   tstr_series.<scenario>.accuracy / .macro_f1
//   early.synth_real.accuracy[i]           (accuracy on the first N packets)
//   per_class.<class>.<metric>
//
// metrics.json of a comparison: {"generators": {name: metrics, ...},
// "comparison": table()} with table() as below.

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace netsynth {

class GeneratorComparison
{
public:
    // (generator name, its metrics object), in row order. A reference row
    // (the names "real" and "real-resample" always are) is shown but not ranked.
    void add(const std::string &generator, const nlohmann::json &metrics, bool reference = false);
    const std::vector<std::pair<std::string, nlohmann::json>> &entries() const { return m_entries; }

    // {"generators": {name: metrics}} (the metrics.json "generators" object).
    nlohmann::json generatorsJson() const;

    // {"columns": [{"key", "label", "better": "lower"|"higher"}...],
    //  "rows": [{"generator", "values": [number|null...]}...],
    //  "best": {key: [generator...]},
    //  "per_class": {class: {"columns": [...], "rows": [...], "best": {...}}}}
    // Columns are the metrics at least one generator has; null where one lacks it.
    nlohmann::json table() const;

    // An HTML section (table + per-class details), self-contained, best cells
    // in bold with a star. `title` is escaped.
    static std::string html(const nlohmann::json &table, const std::string &title = "Generators side by side");
    // Plain-text table for terminals.
    static std::string text(const nlohmann::json &table);

    // Index of the column `key` in a table()'s "columns", -1 when absent.
    static int columnIndex(const nlohmann::json &table, const std::string &key);

    // "lower" or "higher": which direction is better for a flattened metric key.
    static std::string betterDirection(const std::string &key);

private:
    std::vector<std::pair<std::string, nlohmann::json>> m_entries;
    std::vector<std::string> m_references;
};

} // namespace netsynth
