#pragma once
// The pipeline's first step: load the dataset, encode every biflow, cap the
// classes, split into training and test images (stratified), and fit the
// encoding's dataset statistics (bounds, quantile knots) on the training
// split only. Torch-free; used by runPipeline (pipeline_runner.cpp).

#include "core/eval/pipeline_runner.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_dataset.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct PipelineSplit
{
    ImageDataset train;
    ImageDataset test;
    nlohmann::json inspectStep;            // steps["inspect"] of metrics.json
    std::vector<std::string> droppedClasses;
    std::size_t images = 0;                // after the cap, train + test
    double encodeSeconds = 0.0;            // encode, cap, split and fit
};

// Keeps at most `cap` images per class (drawn with `seed`) and drops classes
// with fewer than `minCount` images; class indices are renumbered.
// kept[i]: the index in set of the returned set's sample i.
ImageDataset capClasses(const ImageDataset &set, int cap, int minCount, std::uint64_t seed,
                        std::vector<std::string> &dropped, std::vector<std::size_t> &kept);

// Loads o.dataPath, writes inspectPath (inspect.json), then encodes and
// splits as above. Progress runs over [begin, end] of token. Throws
// InputError when fewer than 2 classes keep o.minPerClass biflows.
PipelineSplit loadEncodeAndSplit(const PipelineOptions &o, const EncodeSpec &spec, const std::string &inspectPath,
                                 double begin, double end, ProgressToken &token);

} // namespace netsynth
