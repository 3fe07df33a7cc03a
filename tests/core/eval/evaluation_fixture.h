#pragma once
// Test helper: a small, fully computed evaluation folder (metrics.json + sample
// grids) without shared data or the CNN: two classes of hand-made series with
// clearly different packet sizes, GASF-encoded by gasf_test_images.h. `shift`
// moves the synthetic sizes, so two fixtures give two different reports.
#include "gasf_test_images.h"

#include "core/eval/evaluator.h"
#include "core/runtime/progress.h"

#include <random>
#include <string>

inline netsynth::SeriesSet fixtureSeries(int perClass, double shift, unsigned seed)
{
    netsynth::SeriesSet s;
    s.classes = {"chat", "video"};
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, 20.0);
    for (int i = 0; i < 2 * perClass; ++i) {
        netsynth::SeriesItem item;
        item.label = i % 2;
        const int len = 6 + static_cast<int>(rng() % 6);
        for (int k = 0; k < len; ++k) {
            const double size = (item.label == 0 ? 120.0 : 1300.0) + g(rng) + shift;
            item.values.push_back(k % 2 ? -size : size);
        }
        s.items.push_back(item);
    }
    return s;
}

// Writes an evaluation into `folder`; returns metrics.json as written.
inline nlohmann::json writeFixtureEvaluation(const std::string &folder, double shift)
{
    using namespace netsynth;
    EvaluationInputs in;
    in.realTrainSeries = fixtureSeries(30, 0.0, 1);
    in.realTestSeries = fixtureSeries(10, 0.0, 2);
    in.syntheticSeries = fixtureSeries(20, shift, 3);
    in.realTrain = gasfImages(in.realTrainSeries, 8);
    in.realTest = gasfImages(in.realTestSeries, 8);
    in.synthetic = gasfImages(in.syntheticSeries, 8);
    in.realPath = "fixture/real";
    in.syntheticPath = "fixture/synthetic";
    EvaluationConfig c;
    c.useCnn = false;
    c.seeds = 2;
    c.series.epochs = 20;
    c.earlyPrefixes = {2, 4, 8};
    ProgressToken token;
    nlohmann::json m = Evaluator::run(in, c, token);
    Evaluator::writeOutputs(m, in, folder);
    return m;
}
