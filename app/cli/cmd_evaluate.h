#pragma once
// Options shared by `evaluate` and `pipeline`.
#include "core/eval/evaluation_config.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth::cli {

// --seeds, --cnn-seeds, --cnn-epochs, --max-per-class, --no-cnn, --early, --config
void addEvaluationOptions(QCommandLineParser &parser);
EvaluationConfig evaluationConfigFrom(const QCommandLineParser &parser);
// The --json object of evaluate: headline metrics of metrics.json and the output folder.
nlohmann::json evaluationSummary(const nlohmann::json &metrics, const std::string &out);

} // namespace netsynth::cli
