#include "core/eval/report_warnings.h"

#include "core/eval/json_field.h"
#include "core/eval/report_html.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace netsynth::ReportWarnings {

namespace {

// Null-safe lookups: partial metrics (older reports) never throw.
const auto &at = jsonField;

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::vector<double> countsOf(const nlohmann::json &counts)
{
    std::vector<double> out;
    if (counts.is_array())
        for (const auto &c : counts)
            out.push_back(c.is_number() ? c.get<double>() : 0.0);
    return out;
}

// The undertrained threshold per generator family: diffusion models draw
// class-typical GASF images only after a few thousand steps (docs/results.md:
// 1,500 steps give a third of 6,000 steps' synthetic->real accuracy).
int enoughSteps(const std::string &generator)
{
    return generator.rfind("diffusion", 0) == 0 ? 2000 : 1000;
}

} // namespace

nlohmann::json check(const nlohmann::json &m)
{
    nlohmann::json out = nlohmann::json::array();
    auto add = [&](const char *code, const std::string &message) {
        out.push_back({{"code", code}, {"message", message}});
    };
    const nlohmann::json &dataset = at(m, "dataset");
    std::vector<std::string> classes;
    if (at(dataset, "classes").is_array())
        for (const auto &c : at(dataset, "classes"))
            classes.push_back(c.is_string() ? c.get<std::string>() : std::string("?"));
    const std::vector<double> test = countsOf(at(at(dataset, "counts"), "real_test"));
    const double total = std::accumulate(test.begin(), test.end(), 0.0);

    double majorityShare = 0.0;
    std::string majority;
    if (total > 0) {
        const auto big = std::max_element(test.begin(), test.end());
        majorityShare = *big / total;
        const auto index = static_cast<std::size_t>(big - test.begin());
        majority = index < classes.size() ? classes[index] : std::to_string(index);
        if (total < 100)
            add("tiny_test_split", "The real test split has only " + fixed(total, 0) +
                                       " biflows: one biflow moves an accuracy by " + fixed(1.0 / total, 3) +
                                       ". Use more data or a larger test fraction before comparing figures.");
        std::string few;
        int fewCount = 0;
        for (std::size_t c = 0; c < test.size(); ++c)
            if (test[c] < 5) {
                few += (fewCount++ ? ", " : "") + (c < classes.size() ? classes[c] : std::to_string(c)) + " (" +
                       fixed(test[c], 0) + ")";
            }
        if (fewCount > 0)
            add("tiny_test_split", std::string(fewCount == 1 ? "A class has" : "Classes have") +
                                       " fewer than 5 test biflows, so its per-class F1 is noise: " + few + ".");
        // More than half the split, and well above an even share (two classes at 56/44 are fine).
        if (majorityShare > std::max(0.5, 1.5 / double(test.size())))
            add("unbalanced_test_split", "The test split is unbalanced: " + majority + " holds " +
                                             fixed(100.0 * majorityShare, 0) +
                                             " % of it, so always predicting it scores " + fixed(majorityShare, 3) +
                                             ". Read macro-F1 beside accuracy.");
    }

    const nlohmann::json &tstr = at(m, "tstr");
    const struct { const char *key, *name; } scenarios[] = {{"real_real", "real -> real"},
                                                            {"synth_real", "synthetic -> real"},
                                                            {"mixed_real", "real + synthetic -> real"}};
    if (total > 0)
        for (const auto &s : scenarios) {
            const nlohmann::json &acc = at(at(tstr, s.key), "accuracy");
            if (!acc.is_number()) continue;
            if (acc.get<double>() <= majorityShare + 0.01)
                add("majority_rate", "The judge trained " + std::string(s.name) + " scores " +
                                         fixed(acc.get<double>(), 3) + ", no better than always predicting " +
                                         majority + " (" + fixed(majorityShare, 3) +
                                         "): it learnt nothing it could use from that training data.");
        }

    const nlohmann::json &provenance = at(dataset, "synthetic_provenance");
    const nlohmann::json &steps = at(provenance, "training_steps");
    const std::string generator = at(provenance, "generator").is_string() ? at(provenance, "generator").get<std::string>()
                                                                           : std::string();
    if (steps.is_number() && steps.get<double>() < enoughSteps(generator))
        add("undertrained_generator", "The generator (" + generator + ") was trained for only " +
                                          fixed(steps.get<double>(), 0) + " steps; below " +
                                          std::to_string(enoughSteps(generator)) +
                                          " its samples are mostly noise. Train longer before judging the method.");

    const nlohmann::json &fid = at(m, "fid"), &floor = at(m, "fid_real_test");
    if (fid.is_number() && floor.is_number() && floor.get<double>() > 0 &&
        fid.get<double>() <= 2.0 * floor.get<double>())
        add("fid_near_floor", "The FID (" + fixed(fid.get<double>(), 2) + ") is within 2x of two real samples' FID (" +
                                  fixed(floor.get<double>(), 2) +
                                  "): the difference is inside what the sampling alone gives.");
    const nlohmann::json &features = at(at(m, "fid_encoder"), "features");
    if (fid.is_number() && features.is_number() && total > 0 && total < features.get<double>())
        add("fid_few_images", "The FID is computed on " + fixed(total, 0) + " test images against " +
                                  fixed(features.get<double>(), 0) +
                                  " features: it is biased upwards; compare FIDs only on the same split.");

    const nlohmann::json &share = at(at(m, "memorisation"), "share");
    if (share.is_number() && share.get<double>() > 0.2)
        add("memorisation", fixed(100.0 * share.get<double>(), 0) +
                                " % of the synthetic images are closer to a training image than 95 % of real test "
                                "images are (about 5 % expected): the generator copies its training data.");
    return out;
}

std::string html(const nlohmann::json &warnings)
{
    if (!warnings.is_array() || warnings.empty())
        return {};
    std::string o = "<table width=\"100%\" cellpadding=\"8\" border=\"1\" cellspacing=\"0\"><tr><td bgcolor=\"#fff4ce\">"
                    "<b>Read these figures with care</b><ul>";
    for (const auto &w : warnings)
        o += "<li>" + ReportHtml::escape(w.value("message", std::string())) + "</li>";
    return o + "</ul></td></tr></table>";
}

} // namespace netsynth::ReportWarnings
