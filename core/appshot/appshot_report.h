#pragma once
// The report folder of an AppShot evaluation, in the project's evaluation
// report format (see core/eval/report_html.h and docs/evaluation.md):
//   metrics.json  the AppShotEvaluation metrics plus
//                 "setup"  {train_cities, checkpoint, trained_steps, training_seed,
//                           generation_seed, hours, services, units, simulated, ...},
//                 "charts" temporal profiles per service and per-service SSIM /
//                          Pearson bars (ReportChart JSON),
//                 "images" [{file, service, kind, title, hour, min, max}]
//   map_*.png     colour-mapped maps with a colour bar: for each service the
//                 real, generated and difference maps at its peak hour, and the
//                 per-cell mean maps of the real traffic, the GAN and each baseline
//   report.html   self-contained (images as data: URIs)
// report.pdf needs Qt Gui and is written by ReportDocument (widgets/reports),
// which the CLI and the GUI call after this. Torch-free; PNGs via OpenCV.

#include "core/appshot/appshot_evaluation.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

class AppShotReport
{
public:
    // Adds setup, charts and images to `metrics`, writes the PNGs, metrics.json
    // and report.html into outDir (created). Returns the metrics as written.
    static nlohmann::json write(nlohmann::json metrics, const AppShotEvaluationInputs &inputs, const std::string &outDir);
    static nlohmann::json setup(const AppShotEvaluationInputs &inputs);
    // A rows x cols row-major map as PNG bytes, `scale` pixels per cell, with a
    // colour bar labelled lo and hi below it. Cells with mask 0 are grey;
    // rowZeroNorth false flips rows so north is up. Diverging: blue-white-red
    // around 0 (lo = -hi), else viridis.
    static std::string mapPng(const std::vector<double> &values, int rows, int cols,
                              const std::vector<std::uint8_t> &mask, bool rowZeroNorth, double lo, double hi,
                              bool diverging, int scale);
};

} // namespace netsynth
