#include "core/eval/classification_scores.h"

#include <cmath>
#include <stdexcept>

namespace netsynth {

ClassificationScores ClassificationScores::compute(const std::vector<int> &truth, const std::vector<int> &predicted,
                                                   int numClasses)
{
    if (truth.size() != predicted.size())
        throw std::invalid_argument("ClassificationScores: truth and predictions differ in length");
    ClassificationScores s;
    s.numClasses = numClasses;
    const std::size_t n = static_cast<std::size_t>(numClasses);
    s.confusion.assign(n * n, 0);
    s.count = static_cast<std::int64_t>(truth.size());
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const int t = truth[i], p = predicted[i];
        if (t < 0 || t >= numClasses || p < 0 || p >= numClasses)
            throw std::invalid_argument("ClassificationScores: label out of range");
        ++s.confusion[static_cast<std::size_t>(t) * n + static_cast<std::size_t>(p)];
        if (t == p) ++correct;
    }
    s.accuracy = truth.empty() ? 0.0 : static_cast<double>(correct) / static_cast<double>(truth.size());
    s.perClassF1.assign(n, 0.0);
    double f1Sum = 0.0;
    int present = 0;
    for (std::size_t c = 0; c < n; ++c) {
        std::int64_t tp = s.confusion[c * n + c], rowSum = 0, colSum = 0;
        for (std::size_t k = 0; k < n; ++k) {
            rowSum += s.confusion[c * n + k];
            colSum += s.confusion[k * n + c];
        }
        const double denom = static_cast<double>(rowSum + colSum);
        s.perClassF1[c] = denom > 0 ? 2.0 * static_cast<double>(tp) / denom : 0.0;
        if (rowSum + colSum > 0) {
            f1Sum += s.perClassF1[c];
            ++present;
        }
    }
    s.macroF1 = present ? f1Sum / present : 0.0;
    return s;
}

nlohmann::json ClassificationScores::toJson() const
{
    return {{"accuracy", accuracy}, {"macro_f1", macroF1}, {"per_class_f1", perClassF1},
            {"confusion", confusion}, {"count", count}};
}

MeanStd MeanStd::of(const std::vector<double> &values)
{
    MeanStd m;
    if (values.empty())
        return m;
    for (double v : values) m.mean += v;
    m.mean /= static_cast<double>(values.size());
    if (values.size() > 1) {
        double s = 0.0;
        for (double v : values) s += (v - m.mean) * (v - m.mean);
        m.std = std::sqrt(s / static_cast<double>(values.size() - 1));
    }
    return m;
}

AggregatedScores AggregatedScores::of(const std::vector<ClassificationScores> &runs)
{
    AggregatedScores a;
    a.runs = static_cast<int>(runs.size());
    if (runs.empty())
        return a;
    a.numClasses = runs.front().numClasses;
    std::vector<double> acc, f1;
    a.perClassF1.assign(static_cast<std::size_t>(a.numClasses), 0.0);
    a.confusion.assign(runs.front().confusion.size(), 0);
    for (const auto &r : runs) {
        acc.push_back(r.accuracy);
        f1.push_back(r.macroF1);
        for (std::size_t c = 0; c < a.perClassF1.size() && c < r.perClassF1.size(); ++c)
            a.perClassF1[c] += r.perClassF1[c] / static_cast<double>(runs.size());
        for (std::size_t k = 0; k < a.confusion.size() && k < r.confusion.size(); ++k)
            a.confusion[k] += r.confusion[k];
    }
    a.accuracy = MeanStd::of(acc);
    a.macroF1 = MeanStd::of(f1);
    return a;
}

nlohmann::json AggregatedScores::toJson() const
{
    return {{"accuracy", accuracy.mean}, {"accuracy_std", accuracy.std},
            {"macro_f1", macroF1.mean}, {"macro_f1_std", macroF1.std},
            {"per_class_f1", perClassF1}, {"confusion", confusion}, {"runs", runs}};
}

} // namespace netsynth
