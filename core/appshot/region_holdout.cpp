#include "core/appshot/region_holdout.h"

#include "core/appshot/appshot_evaluation.h"
#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>

namespace netsynth {

std::vector<HoldoutFold> stripeFolds(const City &city, int folds, int buffer)
{
    const bool alongCols = city.cols >= city.rows;
    const int axis = alongCols ? city.cols : city.rows;
    if (folds < 2 || folds > axis)
        throw InputError(city.path, "--folds", "needs between 2 and " + std::to_string(axis) + " folds, got " +
                                                   std::to_string(folds));
    if (buffer < 0)
        throw InputError(city.path, "--buffer", "the buffer must be 0 or more cells");
    std::vector<HoldoutFold> out;
    for (int k = 0; k < folds; ++k) {
        const int lo = static_cast<int>(static_cast<long long>(axis) * k / folds);
        const int hi = static_cast<int>(static_cast<long long>(axis) * (k + 1) / folds) - 1;
        HoldoutFold f;
        f.index = k;
        f.test.assign(city.cells(), 0);
        f.heldOut.assign(city.cells(), 0);
        std::size_t tested = 0, trainable = 0;
        for (int r = 0; r < city.rows; ++r)
            for (int c = 0; c < city.cols; ++c) {
                const std::size_t i = static_cast<std::size_t>(r) * city.cols + c;
                const int a = alongCols ? c : r;
                if (a >= lo && a <= hi && city.mask[i]) {
                    f.test[i] = 1;
                    ++tested;
                }
                if (a >= lo - buffer && a <= hi + buffer)
                    f.heldOut[i] = 1;
                else if (city.mask[i])
                    ++trainable;
            }
        f.description = std::string(alongCols ? "columns " : "rows ") + std::to_string(lo) + "-" + std::to_string(hi) +
                        " (buffer " + std::to_string(buffer) + ")";
        if (tested == 0)
            throw InputError(city.path, "--folds", "fold " + std::to_string(k) + " (" + f.description +
                                                       ") has no valid cell to test on");
        if (trainable == 0)
            throw InputError(city.path, "--buffer", "fold " + std::to_string(k) + " (" + f.description +
                                                        ") leaves no cell to train on");
        out.push_back(std::move(f));
    }
    return out;
}

nlohmann::json scoreHoldoutFold(const City &city, const HoldoutFold &fold, const TrafficMaps &generated)
{
    if (!city.traffic)
        throw InputError(city.path, {}, "city " + city.name + " has no traffic to score against");
    AppShotEvaluationInputs in =
        AppShotEvaluation::fromCity(city, *city.traffic, generated, generated.metadata.value("checkpoint", std::string()));
    in.mask = fold.test;
    nlohmann::json j = AppShotEvaluation::evaluate(in);
    j["fold"] = {{"index", fold.index}, {"description", fold.description}};
    j["cells"] = std::count(fold.test.begin(), fold.test.end(), std::uint8_t(1));
    return j;
}

namespace {
const char *const kHeadline[] = {"pearson_cell_mean", "ssim_mean_map", "pearson_cell_hourly", "jsd_cell_values",
                                 "emd_relative"};

double meanOf(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v) s += x;
    return v.empty() ? std::nan("") : s / v.size();
}

nlohmann::json stats(const std::vector<double> &v)
{
    auto num = [](double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); };
    const double m = meanOf(v);
    double ss = 0.0;
    for (double x : v) ss += (x - m) * (x - m);
    const double sd = v.size() > 1 ? std::sqrt(ss / (v.size() - 1)) : 0.0;
    return {{"mean", num(m)}, {"sd", num(sd)}, {"min", num(v.empty() ? std::nan("") : *std::min_element(v.begin(), v.end()))},
            {"runs", v.size()}};
}
} // namespace

nlohmann::json holdoutHeadline(const nlohmann::json &metrics)
{
    nlohmann::json out = nlohmann::json::object();
    for (const char *key : kHeadline) {
        std::vector<double> values;
        for (const nlohmann::json &s : metrics.value("services", nlohmann::json::array()))
            if (s.contains(key) && s.at(key).is_number())
                values.push_back(s.at(key).get<double>());
        const double m = meanOf(values);
        out[key] = std::isfinite(m) ? nlohmann::json(m) : nlohmann::json(nullptr);
    }
    return out;
}

nlohmann::json summariseHoldout(const std::vector<nlohmann::json> &scores)
{
    nlohmann::json out = nlohmann::json::object();
    std::vector<double> gap;
    for (const char *method : {"gan", "ridge", "population"}) {
        nlohmann::json m = nlohmann::json::object();
        for (const char *key : kHeadline) {
            std::vector<double> v;
            for (const nlohmann::json &s : scores) {
                const nlohmann::json *src = std::string(method) == "gan" ? &s
                                            : s.contains("baselines") && s["baselines"].contains(method)
                                                ? &s["baselines"][method]
                                                : nullptr;
                if (!src)
                    continue;
                const nlohmann::json h = holdoutHeadline(*src);
                if (h[key].is_number())
                    v.push_back(h[key].get<double>());
            }
            if (!v.empty())
                m[key] = stats(v);
        }
        if (!m.empty())
            out[method] = m;
    }
    for (const nlohmann::json &s : scores) {
        if (!s.contains("baselines") || !s["baselines"].contains("ridge"))
            continue;
        const nlohmann::json g = holdoutHeadline(s), r = holdoutHeadline(s["baselines"]["ridge"]);
        if (g["pearson_cell_mean"].is_number() && r["pearson_cell_mean"].is_number())
            gap.push_back(g["pearson_cell_mean"].get<double>() - r["pearson_cell_mean"].get<double>());
    }
    out["gan_minus_ridge_pearson_cell_mean"] = stats(gap);
    return out;
}

} // namespace netsynth
