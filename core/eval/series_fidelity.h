#pragma once
// Series-level fidelity of a synthetic SeriesSet against a real one, per class
// and overall (NetShare / DoppelGANger style distribution distances):
//
//   signed-size series:  size_jsd, size_w1 (normalised), size_ks on |value|;
//                        direction_jsd on the sign (upstream share);
//   iat series:          iat_jsd (on log10 seconds), iat_w1 (normalised), iat_ks;
//   other series:        value_jsd, value_w1, value_ks;
//   always:              acf_error (lags 1..8), length_jsd and length_w1 of the
//                        series lengths (biflow length distribution).
//
// Also produces the plot data (CDFs, histograms, mean ACF) as JSON charts.

#include "core/eval/series_set.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace netsynth {

struct SeriesFidelity
{
    std::map<std::string, double> overall;                         // metric -> value
    std::map<std::string, std::map<std::string, double>> perClass; // class -> metric -> value
    nlohmann::json charts = nlohmann::json::array();               // see report_charts.h

    static SeriesFidelity compute(const SeriesSet &real, const SeriesSet &synthetic, std::size_t maxLag = 8);
    // Metrics of one pair of sets (no per-class split, no charts).
    static std::map<std::string, double> metrics(const SeriesSet &real, const SeriesSet &synthetic,
                                                 std::size_t maxLag = 8);
};

} // namespace netsynth
