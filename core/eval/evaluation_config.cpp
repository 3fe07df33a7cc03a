#include "core/eval/evaluation_config.h"

#include "core/runtime/errors.h"
#include "core/runtime/json_document.h"

namespace netsynth {

nlohmann::json EvaluationConfig::toJson() const
{
    return {{"seeds", seeds},
            {"cnn_seeds", cnnSeeds},
            {"test_fraction", testFraction},
            {"split_seed", splitSeed},
            {"use_cnn", useCnn},
            {"cnn_epochs", cnn.epochs},
            {"cnn_batch_size", cnn.batchSize},
            {"cnn_learning_rate", cnn.learningRate},
            {"max_train_per_class", maxTrainPerClass},
            {"series_epochs", series.epochs},
            {"series_hidden", series.hidden},
            {"use_trees", useTrees},
            {"tree_rounds", trees.rounds},
            {"tree_max_depth", trees.maxDepth},
            {"tree_learning_rate", trees.learningRate},
            {"early_prefixes", earlyPrefixes},
            {"knn_k", knnK},
            {"max_manifold_samples", maxManifoldSamples},
            {"min_per_class_for_fid", minPerClassForFid}};
}

EvaluationConfig EvaluationConfig::fromJson(const nlohmann::json &json, const std::string &file)
{
    EvaluationConfig c;
    if (!json.is_object())
        throw InputError(file, {}, "evaluation config must be a JSON object");
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::string &k = it.key();
        const auto &v = it.value();
        try {
            if (k == "seeds") c.seeds = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "cnn_seeds") c.cnnSeeds = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "test_fraction") c.testFraction = v.get<double>();
            else if (k == "split_seed") c.splitSeed = jsonNumber<std::uint64_t>(v, file, "field '" + k + "'");
            else if (k == "use_cnn") c.useCnn = v.get<bool>();
            else if (k == "cnn_epochs") c.cnn.epochs = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "cnn_batch_size") c.cnn.batchSize = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "cnn_learning_rate") c.cnn.learningRate = v.get<double>();
            else if (k == "max_train_per_class") c.maxTrainPerClass = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "series_epochs") c.series.epochs = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "series_hidden") c.series.hidden = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "use_trees") c.useTrees = v.get<bool>();
            else if (k == "tree_rounds") c.trees.rounds = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "tree_max_depth") c.trees.maxDepth = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "tree_learning_rate") c.trees.learningRate = v.get<double>();
            else if (k == "early_prefixes") c.earlyPrefixes = v.get<std::vector<int>>();
            else if (k == "knn_k") c.knnK = jsonNumber<int>(v, file, "field '" + k + "'");
            else if (k == "max_manifold_samples") c.maxManifoldSamples = v.get<std::size_t>();
            else if (k == "min_per_class_for_fid") c.minPerClassForFid = jsonNumber<int>(v, file, "field '" + k + "'");
            else throw InputError(file, "field '" + k + "'", "unknown evaluation setting");
        } catch (const nlohmann::json::exception &e) {
            throw InputError(file, "field '" + k + "'", e.what());
        }
    }
    if (c.seeds < 1 || c.cnnSeeds < 1 || c.testFraction <= 0.0 || c.testFraction >= 1.0 || c.cnn.epochs < 1 ||
        c.maxTrainPerClass < 1 || c.knnK < 1 || c.trees.rounds < 1 || c.trees.maxDepth < 1 ||
        c.trees.learningRate <= 0.0)
        throw InputError(file, {}, "evaluation settings out of range (seeds >= 1, 0 < test_fraction < 1, epochs >= 1, "
                                   "tree_rounds >= 1, tree_max_depth >= 1, tree_learning_rate > 0)");
    return c;
}

} // namespace netsynth
