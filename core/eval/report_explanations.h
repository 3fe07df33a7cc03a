#pragma once
// The parts of an evaluation report that explain its result: which
// classifier judged it, the classes the generator fails and a few decoded
// series of each class, real beside synthetic. HTML fragments built from
// metrics.json (Evaluator::run); used by ReportHtml. Torch-free.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace netsynth::ReportExplanations {

// The headline TSTR block's classifier in words ("boosted trees (xgboost
// 1.7.4 hist) on the first 10 values, ...").
std::string judgeName(const nlohmann::json &tstr);

// "Classes the generator fails": synthetic->real F1 of the headline judge
// below half of real->real's, worst first ("None: ..." when every class
// holds up); empty when metrics.json has no per-class F1.
std::string weakClasses(const nlohmann::json &metrics, const std::vector<std::string> &classes);

// "Decoded series per class": metrics.json's series_examples as a table;
// empty when it has none (older reports).
std::string seriesExamples(const nlohmann::json &metrics, const std::vector<std::string> &classes);

} // namespace netsynth::ReportExplanations
