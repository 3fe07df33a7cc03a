#pragma once
// Accuracy, macro-F1, per-class F1 and the confusion matrix of a classifier's
// predictions; and mean/std aggregation over seeds. Torch-free.

#include <nlohmann/json.hpp>

#include <vector>

namespace netsynth {

struct ClassificationScores
{
    int numClasses = 0;
    double accuracy = 0.0;
    double macroF1 = 0.0;              // mean F1 over classes present in truth or predictions
    std::vector<double> perClassF1;    // numClasses
    std::vector<std::int64_t> confusion; // numClasses x numClasses, row = true, column = predicted
    std::int64_t count = 0;

    static ClassificationScores compute(const std::vector<int> &truth, const std::vector<int> &predicted,
                                        int numClasses);
    nlohmann::json toJson() const;
};

// Mean and (sample) standard deviation of one metric over seeds.
struct MeanStd
{
    double mean = 0.0;
    double std = 0.0;
    static MeanStd of(const std::vector<double> &values);
};

// Aggregates the runs of one scenario over seeds: accuracy and macro-F1 as
// mean/std, per-class F1 as means, the confusion matrix summed.
struct AggregatedScores
{
    MeanStd accuracy;
    MeanStd macroF1;
    std::vector<double> perClassF1;
    std::vector<std::int64_t> confusion;
    int numClasses = 0;
    int runs = 0;

    static AggregatedScores of(const std::vector<ClassificationScores> &runs);
    nlohmann::json toJson() const;
};

} // namespace netsynth
