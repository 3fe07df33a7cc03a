#pragma once
// Options shared by `evaluate` and `pipeline`.
#include "core/eval/evaluation_config.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <ostream>

#include <string>

namespace netsynth::cli {

// --seeds, --cnn-seeds, --cnn-epochs, --max-per-class, --no-cnn, --no-trees, --tree-rounds, --early, --config
void addEvaluationOptions(QCommandLineParser &parser);
EvaluationConfig evaluationConfigFrom(const QCommandLineParser &parser);
// The --json object of evaluate: headline metrics of metrics.json and the output folder.
nlohmann::json evaluationSummary(const nlohmann::json &metrics, const std::string &out);
// The FID and TSTR lines of the plain-text summary (evaluate, pipeline): the
// headline judge's three scenarios and synthetic->real as a share of real->real.
void printEvaluationLines(std::ostream &out, const nlohmann::json &metrics);

} // namespace netsynth::cli
