#include "core/eval/pipeline_split.h"

#include "core/data/dataset_loader.h"
#include "core/eval/evaluation_inputs.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <random>

namespace netsynth {

namespace {
using Clock = std::chrono::steady_clock;

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}
} // namespace

ImageDataset capClasses(const ImageDataset &set, int cap, int minCount, std::uint64_t seed,
                        std::vector<std::string> &dropped, std::vector<std::size_t> &kept)
{
    kept.clear();
    std::vector<std::vector<std::size_t>> byClass(set.classes.size());
    for (std::size_t i = 0; i < set.count(); ++i)
        byClass[static_cast<std::size_t>(set.samples[i].label)].push_back(i);
    std::mt19937_64 rng(seed + 99);
    ImageDataset out;
    out.imageSize = set.imageSize;
    out.channels = set.channels;
    out.spec = set.spec;
    out.provenance = set.provenance;
    std::vector<int> remap(set.classes.size(), -1);
    for (std::size_t c = 0; c < set.classes.size(); ++c) {
        if (static_cast<int>(byClass[c].size()) < minCount) {
            dropped.push_back(set.classes[c]);
            continue;
        }
        remap[c] = static_cast<int>(out.classes.size());
        out.classes.push_back(set.classes[c]);
        if (cap > 0 && static_cast<int>(byClass[c].size()) > cap) {
            std::shuffle(byClass[c].begin(), byClass[c].end(), rng);
            byClass[c].resize(static_cast<std::size_t>(cap));
            std::sort(byClass[c].begin(), byClass[c].end());
        }
    }
    for (std::size_t c = 0; c < set.classes.size(); ++c) {
        if (remap[c] < 0) continue;
        for (std::size_t i : byClass[c]) {
            ImageSampleInfo info = set.samples[i];
            info.label = remap[c];
            out.append(set.image(i), info);
            kept.push_back(i);
        }
    }
    return out;
}

PipelineSplit loadEncodeAndSplit(const PipelineOptions &o, const EncodeSpec &spec, const std::string &inspectPath,
                                 double begin, double end, ProgressToken &token)
{
    PipelineSplit result;
    auto t = Clock::now();
    const double pInspect = begin + (end - begin) * 0.5;
    DatasetPtr dataset;
    {
        ChildProgress step(token, begin, pInspect, "inspect: ");
        LoadOptions load;
        load.format = o.format;
        step.token().setProgress(0.0, "loading " + o.dataPath);
        dataset = loadDataset(o.dataPath, load, step.token());
    }
    token.throwIfCanceled();
    nlohmann::json classes = nlohmann::json::array();
    for (const auto &c : dataset->classes())
        classes.push_back({{"label", c.label}, {"biflows", c.biflows}, {"packets", c.packets}});
    nlohmann::json inspect = {{"path", o.dataPath}, {"format", dataset->format}, {"classes", classes},
                              {"totals", {{"biflows", dataset->biflows.size()}, {"packets", dataset->totalPackets()}}}};
    writeFileAtomically(inspectPath, inspect.dump(1));
    result.inspectStep = {{"seconds", since(t)}, {"format", dataset->format}, {"classes", classes.size()},
                          {"biflows", dataset->biflows.size()}, {"reused", false}};
    t = Clock::now();
    ImageDataset all;
    {
        ChildProgress step(token, pInspect, end, "encode: ");
        all = encodeDataset(*dataset, spec, step.token());
    }
    std::vector<std::size_t> biflowOf; // all's sample i (after the cap) is biflow biflowOf[i]
    all = capClasses(all, o.maxBiflowsPerClass, o.minPerClass, o.seed, result.droppedClasses, biflowOf);
    if (all.classes.size() < 2)
        throw InputError(o.dataPath, "classes", "fewer than 2 classes with at least " +
                                                    std::to_string(o.minPerClass) +
                                                    " biflows: nothing to learn or classify");
    std::vector<std::size_t> trainIdx, testIdx;
    stratifiedSplit(all, o.eval.testFraction, o.eval.splitSeed, trainIdx, testIdx);
    if (o.trainShare < 1.0) // the held-out split stays the one of every biflow
        trainIdx = thinStratified(all, trainIdx, o.trainShare, 2, o.seed);
    result.train = subsetOf(all, trainIdx);
    result.test = subsetOf(all, testIdx);
    if (spec.needsFit()) {
        // Dataset statistics (bounds, quantile knots) from the training
        // split only, so the held-out biflows do not shape the encoding.
        std::vector<std::size_t> trainBiflows, testBiflows;
        for (std::size_t i : trainIdx) trainBiflows.push_back(biflowOf[i]);
        for (std::size_t i : testIdx) testBiflows.push_back(biflowOf[i]);
        const EncodeSpec fitted = fitEncodeSpec(*dataset, spec, trainBiflows, token);
        reencodeImages(result.train, *dataset, trainBiflows, fitted);
        reencodeImages(result.test, *dataset, testBiflows, fitted);
    }
    result.images = all.count();
    result.encodeSeconds = since(t);
    return result;
}

} // namespace netsynth
