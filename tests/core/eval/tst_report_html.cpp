// ReportHtml: confusion matrices of many classes become heat-map images.
#include "core/eval/report_html.h"
#include "core/eval/report_kind.h"
#include "core/runtime/errors.h"
#include "core/eval/report_warnings.h"

#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace netsynth;

namespace {

// metrics.json with n classes and a TSTR confusion matrix per scenario:
// class i predicted as i, except class 0 predicted as 1 (twice).
nlohmann::json metricsWithClasses(std::size_t n)
{
    nlohmann::json classes = nlohmann::json::array();
    for (std::size_t i = 0; i < n; ++i) classes.push_back("class_" + std::to_string(i));
    std::vector<double> confusion(n * n, 0.0);
    for (std::size_t i = 1; i < n; ++i) confusion[i * n + i] = 3;
    confusion[0 * n + 1] = 2;
    nlohmann::json m;
    m["format"] = "netsynth-evaluation";
    m["dataset"] = {{"classes", classes}};
    m["tstr"] = {{"classifier", "gasf-cnn"}};
    for (const char *s : {"real_real", "synth_real", "mixed_real"})
        m["tstr"][s] = {{"accuracy", 0.9}, {"macro_f1", 0.8}, {"confusion", confusion}};
    return m;
}

int count(const std::string &text, const std::string &what)
{
    int c = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++c;
    return c;
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fewClassesGiveTables()
    {
        const nlohmann::json m = metricsWithClasses(5);
        QVERIFY(ReportHtml::confusionPng(m, "real_real").empty());
        const std::string html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        QVERIFY(count(html, "<td bgcolor") >= 3 * 25); // three 5x5 tables
        QCOMPARE(count(html, "confusion:"), 0);
    }

    // The encoding is told in words (with the JSON below it); a spec that
    // cannot be read still shows its JSON.
    void encodingIsDescribed()
    {
        nlohmann::json m = metricsWithClasses(3);
        m["dataset"]["spec"] = {{"feature", "iat"}, {"length", 16}, {"image_size", 16}, {"gamma", 0.25}};
        std::string html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        QVERIFY(html.find("GASF 16x16, gamma 0.25, A 1 | inter-arrival time (us), first 16 packets") != std::string::npos);
        m["dataset"]["spec"] = {{"feature", "no-such-feature"}};
        html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        QVERIFY(html.find("no-such-feature") != std::string::npos);
        QVERIFY(html.find("GASF 16x16") == std::string::npos);

        // Quantile knots and the pipeline's step records are summarised, not
        // dumped (a page of raw JSON in the PDF otherwise).
        std::vector<double> knots(513);
        for (int i = 0; i < 513; ++i) knots[static_cast<std::size_t>(i)] = -1460.0 + 5.7 * i;
        m["dataset"]["spec"] = {{"normalisation", "quantile"}, {"length", 16}, {"image_size", 16},
                                {"quantiles", knots}};
        m["config"] = {{"seeds", 3}, {"early_prefixes", {5, 10, 20, 32}}, {"tree_learning_rate", 0.1}};
        m["pipeline"] = {{"preset", "default"},
                         {"guidance", 2.5},
                         {"steps", {{"encode", {{"seconds", 0.09}, {"reused", false}, {"spec", {{"quantiles", knots}}}}},
                                    {"train", {{"seconds", 1735.2}, {"reused", true}}},
                                    {"total_seconds", 2402.6}}}};
        html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        QVERIFY(html.find("normalised by the dataset&#39;s quantiles") != std::string::npos ||
                html.find("normalised by the dataset's quantiles") != std::string::npos);
        QVERIFY(html.find("513 knots (in metrics.json)") != std::string::npos);
        QVERIFY2(html.find("-1454.3") == std::string::npos, "a knot value was dumped into the report");
        QVERIFY(html.find("early_prefixes [5, 10, 20, 32]; seeds 3; tree_learning_rate ") != std::string::npos);
        const auto steps = html.find("steps: encode ");
        QVERIFY(steps != std::string::npos);
        const std::string line = html.substr(steps, html.find('<', steps) - steps);
        QVERIFY2(line.find(" s, train ") != std::string::npos && line.find(" s (reused), total ") != std::string::npos,
                 line.c_str());
        QVERIFY(html.find("guidance 2.5") != std::string::npos);
    }

    void manyClassesGiveHeatMaps()
    {
        const std::size_t n = 40;
        const nlohmann::json m = metricsWithClasses(n);
        const std::string png = ReportHtml::confusionPng(m, "synth_real");
        QVERIFY(!png.empty());
        const cv::Mat img = cv::imdecode(std::vector<uchar>(png.begin(), png.end()), cv::IMREAD_COLOR);
        QVERIFY(!img.empty());
        const int cell = (img.cols - 2) / static_cast<int>(n); // one-pixel frame on each side
        QCOMPARE(img.cols, img.rows);
        QCOMPARE(cell * static_cast<int>(n) + 2, img.cols);
        auto pixel = [&](int row, int col) { // centre of a cell, BGR
            return img.at<cv::Vec3b>(1 + row * cell + cell / 2, 1 + col * cell + cell / 2);
        };
        // A full row share is the darkest blue #1f77b4 (BGR 180, 119, 31).
        QCOMPARE(pixel(7, 7), cv::Vec3b(180, 119, 31));
        QCOMPARE(pixel(0, 1), cv::Vec3b(180, 119, 31)); // class 0 always taken for class 1
        QCOMPARE(pixel(0, 0), cv::Vec3b(255, 255, 255));
        QCOMPARE(pixel(7, 8), cv::Vec3b(255, 255, 255));
        QCOMPARE(img.at<cv::Vec3b>(0, 0), cv::Vec3b(150, 150, 150)); // frame

        const std::string html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        QCOMPARE(count(html, "alt=\"confusion matrix\" src=\"data:image/png;base64,"), 3);
        QVERIFY(count(html, "<td bgcolor") < 100); // no 40x40 tables
        const std::string qt = ReportHtml::render(m, ".", ReportHtml::ImageMode::Resources);
        QCOMPARE(count(qt, "<img src=\"confusion:"), 3);
        QVERIFY(qt.find("confusion:mixed_real") != std::string::npos);
    }

    // The case: 7 test biflows, 6 of one class, and a judge that
    // always predicts it (0.857 for every scenario) must not read as success.
    void sanityWarnings()
    {
        auto codes = [](const nlohmann::json &w) {
            std::vector<std::string> c;
            for (const auto &x : w) c.push_back(x.at("code").get<std::string>());
            return c;
        };
        auto has = [&](const nlohmann::json &w, const char *code) {
            const auto c = codes(w);
            return std::find(c.begin(), c.end(), code) != c.end();
        };
        nlohmann::json m;
        m["format"] = "netsynth-evaluation";
        m["dataset"] = {{"classes", {"chat", "video"}},
                        {"counts", {{"real_test", {1, 6}}}},
                        {"synthetic_provenance", {{"generator", "diffusion-ddim"}, {"training_steps", 100}}}};
        for (const char *k : {"real_real", "synth_real", "mixed_real"})
            m["tstr"][k] = {{"accuracy", 6.0 / 7.0}, {"macro_f1", 0.46}};
        m["fid"] = 3.0;
        m["fid_real_test"] = 2.5;
        m["fid_encoder"] = {{"features", 128}};
        m["memorisation"] = {{"share", 0.5}};
        const nlohmann::json w = ReportWarnings::check(m);
        for (const char *code : {"tiny_test_split", "unbalanced_test_split", "majority_rate", "undertrained_generator",
                                 "fid_near_floor", "fid_few_images", "memorisation"})
            QVERIFY2(has(w, code), code);
        int majority = 0;
        for (const auto &x : w)
            if (x["code"] == "majority_rate") {
                ++majority;
                QVERIFY(x["message"].get<std::string>().find("video") != std::string::npos);
            }
        QCOMPARE(majority, 3);
        // On top of the report, before the summary.
        m["warnings"] = w;
        const std::string html = ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
        const auto box = html.find("Read these figures with care");
        QVERIFY(box != std::string::npos);
        QVERIFY(box < html.find("<h2>Summary</h2>"));
        QVERIFY(html.find("no better than always predicting video") != std::string::npos);

        // A sound evaluation: a large balanced split, a judge well above the
        // majority rate, a trained generator, FID far from its floor.
        nlohmann::json ok;
        ok["dataset"] = {{"classes", {"chat", "video"}},
                         {"counts", {{"real_test", {400, 500}}}},
                         {"synthetic_provenance", {{"generator", "diffusion-ddim"}, {"training_steps", 40000}}}};
        for (const char *k : {"real_real", "synth_real", "mixed_real"})
            ok["tstr"][k] = {{"accuracy", 0.9}};
        ok["fid"] = 4.3;
        ok["fid_real_test"] = 0.4;
        ok["fid_encoder"] = {{"features", 128}};
        ok["memorisation"] = {{"share", 0.0}};
        QVERIFY2(ReportWarnings::check(ok).empty(), ReportWarnings::check(ok).dump().c_str());
        QVERIFY(ReportWarnings::html(ReportWarnings::check(ok)).empty());
        // Reports written before the warnings existed get them when rendered.
        m.erase("warnings");
        QVERIFY(ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded).find("Read these figures with care") !=
                std::string::npos);
    }

    // The kind of report is the format's: a metrics.json no kind reads is an
    // error naming its format field, not an empty or mistaken report.
    void kindComesFromTheFormat()
    {
        nlohmann::json m = metricsWithClasses(3);
        QCOMPARE(ReportKind::of(m).format(), std::string("netsynth-evaluation"));
        QVERIFY(ReportKind::of(m).listTag().empty());
        QVERIFY(ReportKind::of(m).summaryLine(m).find("real->real 0.9") != std::string::npos);
        nlohmann::json appshot = {{"format", "netsynth-appshot-metrics"}, {"city", "bonn"}};
        QCOMPARE(ReportKind::of(appshot).listTag(), std::string("AppShot"));
        QVERIFY(ReportKind::of(appshot).summaryLine(appshot).find("AppShot bonn") == 0);
        // Two kinds side by side: both names, no table of numbers that do not compare.
        const std::string mixed = ReportHtml::compare(m, "eval", appshot, "city");
        QVERIFY(mixed.find("only their documents are shown side by side") != std::string::npos);
        QVERIFY(mixed.find("<table") == std::string::npos);
        m["format"] = "something-else";
        QVERIFY(!ReportKind::find(m));
        try {
            ReportHtml::render(m, ".", ReportHtml::ImageMode::Embedded);
            QFAIL("rendered a metrics.json of an unknown format");
        } catch (const InputError &e) {
            QVERIFY(std::string(e.what()).find("format") != std::string::npos);
        }
    }

    void missingMatrixGivesNoImage()
    {
        nlohmann::json m = metricsWithClasses(40);
        m["tstr"]["mixed_real"].erase("confusion");
        QVERIFY(ReportHtml::confusionPng(m, "mixed_real").empty());
        QVERIFY(ReportHtml::confusionPng(m, "no_such_scenario").empty());
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_report_html.moc"
