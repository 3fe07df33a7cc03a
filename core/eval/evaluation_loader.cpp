// loadEvaluationInputs / seriesOfImages (declared in evaluation_inputs.h): the
// part of the inputs that needs imaging's inversion.
#include "core/eval/evaluation_inputs.h"

#include "core/imaging/image_inversion.h"
#include "core/runtime/child_progress.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <filesystem>
#include <map>

namespace netsynth {

SeriesSet seriesOfImages(const ImageDataset &set, ProgressToken &token)
{
    SeriesSet s;
    s.classes = set.classes;
    s.feature = set.spec.value("feature", std::string("signed-size"));
    std::map<std::string, int> index;
    for (std::size_t c = 0; c < set.classes.size(); ++c)
        index[set.classes[c]] = static_cast<int>(c);
    const std::vector<DecodedSample> decoded = decodeDataset(set, token);
    s.items.reserve(decoded.size());
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        SeriesItem item;
        item.label = i < set.samples.size() ? set.samples[i].label : index[decoded[i].label];
        item.values = decoded[i].values;
        s.items.push_back(std::move(item));
    }
    return s;
}

EvaluationInputs loadEvaluationInputs(const std::string &realPath, const std::string &syntheticPath,
                                      const std::string &testPath, double testFraction, std::uint64_t splitSeed,
                                      ProgressToken &token)
{
    EvaluationInputs in;
    in.realPath = realPath;
    in.syntheticPath = syntheticPath;
    in.testPath = testPath;
    ProgressToken::Scope loading(token, 0.0, 0.5);
    loading.setProgress(0.0, "reading real images");
    ImageDataset real = ImageDataset::load(realPath);
    if (real.count() == 0)
        throw InputError(realPath, "field 'samples'", "the real image set is empty");
    token.throwIfCanceled();
    loading.setProgress(0.3, "reading synthetic images");
    in.synthetic = ImageDataset::load(syntheticPath);
    if (in.synthetic.count() == 0)
        throw InputError(syntheticPath, "field 'samples'", "the synthetic image set is empty");
    token.throwIfCanceled();
    if (!testPath.empty()) {
        loading.setProgress(0.6, "reading real test images");
        in.realTest = ImageDataset::load(testPath);
        const auto droppedTest = alignClasses(real, in.realTest, testPath);
        if (!droppedTest.empty())
            throw InputError(testPath, "field 'classes'",
                             "class '" + droppedTest.front() + "' is not in the real training set " + realPath);
        in.realTrain = std::move(real);
    } else {
        std::vector<std::size_t> train, test;
        stratifiedSplit(real, testFraction, splitSeed, train, test);
        in.realTrain = subsetOf(real, train);
        in.realTest = subsetOf(real, test);
    }
    if (in.realTest.count() == 0)
        throw InputError(testPath.empty() ? realPath : testPath, "field 'samples'",
                         "no real test images (each class needs at least 2 images to split)");
    in.droppedSyntheticClasses = alignClasses(in.realTrain, in.synthetic, syntheticPath);
    if (in.synthetic.count() == 0)
        throw InputError(syntheticPath, "field 'classes'", "no synthetic image belongs to a class of the real set");
    // Each inversion reports its own 0..1: mapped onto its share of [0.5, 1].
    const auto invert = [&token](const ImageDataset &set, double begin, double end, const char *what) {
        ChildProgress part(token, begin, end, std::string("inverting ") + what + " to series: ");
        return seriesOfImages(set, part.token());
    };
    in.realTrainSeries = invert(in.realTrain, 0.5, 0.8, "real training images");
    in.realTestSeries = invert(in.realTest, 0.8, 0.9, "real test images");
    in.syntheticSeries = invert(in.synthetic, 0.9, 1.0, "synthetic images");
    token.setProgress(1.0, "inputs ready");
    return in;
}

} // namespace netsynth
