#pragma once
// HTML of an AppShot evaluation report (leave-one-city-out, metrics.json of
// format "netsynth-appshot-metrics", written by core/appshot AppShotReport).
// ReportHtml::render and ReportHtml::compare hand AppShot metrics here, so the
// same report.html / report.pdf / Reports pane machinery shows both kinds of
// report. Same rich-text subset and image modes as ReportHtml. Torch-free.

#include "core/eval/report_html.h"

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth {

class AppShotReportHtml
{
public:
    static bool isAppShot(const nlohmann::json &metrics);
    static std::string render(const nlohmann::json &metrics, const std::string &folder, ReportHtml::ImageMode mode);
    // Headline numbers of two AppShot reports side by side, with the difference.
    static std::string compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                               const std::string &nameB);
    // One line for tool tips and lists: city, mean SSIM and Pearson of the GAN, simulated or not.
    static std::string summaryLine(const nlohmann::json &metrics);
};

} // namespace netsynth
