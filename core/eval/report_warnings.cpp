#include "core/eval/report_warnings.h"

#include "core/eval/json_field.h"
#include "core/eval/report_html.h"
#include "core/eval/report_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <set>
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

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A whole count for ReportText's %n (the counts are whole numbers stored as doubles).
int whole(double v)
{
    return static_cast<int>(std::lround(v));
}

// A warning's code; empty when it has none.
std::string codeOf(const nlohmann::json &warning)
{
    const nlohmann::json &code = at(warning, "code");
    return code.is_string() ? code.get<std::string>() : std::string();
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

// The messages are in the current language (ReportText): English when no
// translator is installed, as for metrics.json written by the CLI.
nlohmann::json check(const nlohmann::json &m)
{
    nlohmann::json out = nlohmann::json::array();
    auto add = [&](const char *code, const QString &message) {
        out.push_back({{"code", code}, {"message", message.toStdString()}});
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
            add("tiny_test_split",
                ReportText::tr("The real test split has only %n biflows: one biflow moves an accuracy by %1. "
                               "Use more data or a larger test fraction before comparing figures.",
                               nullptr, whole(total))
                    .arg(q(fixed(1.0 / total, 3))));
        std::string few;
        int fewCount = 0;
        for (std::size_t c = 0; c < test.size(); ++c)
            if (test[c] < 5) {
                few += (fewCount++ ? ", " : "") + (c < classes.size() ? classes[c] : std::to_string(c)) + " (" +
                       fixed(test[c], 0) + ")";
            }
        if (fewCount == 1)
            add("tiny_test_split",
                ReportText::tr("A class has fewer than 5 test biflows, so its per-class F1 is noise: %1.").arg(q(few)));
        else if (fewCount > 1)
            add("tiny_test_split",
                ReportText::tr("Classes have fewer than 5 test biflows, so its per-class F1 is noise: %1.").arg(q(few)));
        // More than half the split, and well above an even share (two classes at 56/44 are fine).
        if (majorityShare > std::max(0.5, 1.5 / double(test.size())))
            add("unbalanced_test_split",
                ReportText::tr("The test split is unbalanced: %1 holds %2 % of it, so always predicting it scores %3. "
                               "Read macro-F1 beside accuracy.")
                    .arg(q(majority), q(fixed(100.0 * majorityShare, 0)), q(fixed(majorityShare, 3))));
    }

    const nlohmann::json &tstr = at(m, "tstr");
    // The names are translated where used (ReportText::stored).
    const struct { const char *key, *name; } scenarios[] = {
        {"real_real", QT_TRANSLATE_NOOP("ReportText", "real -> real")},
        {"synth_real", QT_TRANSLATE_NOOP("ReportText", "synthetic -> real")},
        {"mixed_real", QT_TRANSLATE_NOOP("ReportText", "real + synthetic -> real")}};
    if (total > 0)
        for (const auto &s : scenarios) {
            const nlohmann::json &acc = at(at(tstr, s.key), "accuracy");
            if (!acc.is_number()) continue;
            if (acc.get<double>() <= majorityShare + 0.01)
                add("majority_rate",
                    ReportText::tr("The judge trained %1 scores %2, no better than always predicting %3 (%4): "
                                   "it learnt nothing it could use from that training data.")
                        .arg(q(ReportText::stored(s.name)), q(fixed(acc.get<double>(), 3)), q(majority),
                             q(fixed(majorityShare, 3))));
        }

    const nlohmann::json &provenance = at(dataset, "synthetic_provenance");
    const nlohmann::json &steps = at(provenance, "training_steps");
    const std::string generator = at(provenance, "generator").is_string() ? at(provenance, "generator").get<std::string>()
                                                                           : std::string();
    if (steps.is_number() && steps.get<double>() < enoughSteps(generator))
        add("undertrained_generator",
            ReportText::tr("The generator (%1) was trained for only %n steps; below %2 its samples are mostly noise. "
                           "Train longer before judging the method.",
                           nullptr, whole(steps.get<double>()))
                .arg(q(generator), QString::number(enoughSteps(generator))));

    const nlohmann::json &fid = at(m, "fid"), &floor = at(m, "fid_real_test");
    if (fid.is_number() && floor.is_number() && floor.get<double>() > 0 &&
        fid.get<double>() <= 2.0 * floor.get<double>())
        add("fid_near_floor",
            ReportText::tr("The FID (%1) is within 2x of two real samples' FID (%2): the difference is inside what "
                           "the sampling alone gives.")
                .arg(q(fixed(fid.get<double>(), 2)), q(fixed(floor.get<double>(), 2))));
    const nlohmann::json &features = at(at(m, "fid_encoder"), "features");
    if (fid.is_number() && features.is_number() && total > 0 && total < features.get<double>())
        add("fid_few_images",
            ReportText::tr("The FID is computed on %n test images against %1 features: it is biased upwards; "
                           "compare FIDs only on the same split.",
                           nullptr, whole(total))
                .arg(q(fixed(features.get<double>(), 0))));

    const nlohmann::json &share = at(at(m, "memorisation"), "share");
    if (share.is_number() && share.get<double>() > 0.2)
        add("memorisation",
            ReportText::tr("%1 % of the synthetic images are closer to a training image than 95 % of real test "
                           "images are (about 5 % expected): the generator copies its training data.")
                .arg(q(fixed(100.0 * share.get<double>(), 0))));
    return out;
}

nlohmann::json forDisplay(const nlohmann::json &metrics)
{
    nlohmann::json out = check(metrics);
    std::set<std::string> recomputed;
    for (const auto &w : out) recomputed.insert(codeOf(w));
    const nlohmann::json &stored = at(metrics, "warnings");
    if (stored.is_array())
        for (const auto &w : stored)
            if (w.is_object() && !recomputed.count(codeOf(w))) out.push_back(w);
    return out;
}

std::string html(const nlohmann::json &warnings)
{
    if (!warnings.is_array() || warnings.empty())
        return {};
    std::string o = "<table width=\"100%\" cellpadding=\"8\" border=\"1\" cellspacing=\"0\"><tr><td bgcolor=\"#fff4ce\">"
                    "<b>" + ReportText::str("Read these figures with care") + "</b><ul>";
    for (const auto &w : warnings)
        o += "<li>" + ReportHtml::escape(w.value("message", std::string())) + "</li>";
    return o + "</ul></td></tr></table>";
}

} // namespace netsynth::ReportWarnings
