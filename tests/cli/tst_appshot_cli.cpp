// netsynth-cli appshot end to end on the shared cities: info/layers JSON,
// simulated demo traffic, a tiny training run on Bonn, generation for Aachen
// (never seen in training), evaluation with baselines; exit codes on bad input.
#include <QTest>

#include "core/appshot/appshot_test_util.h"
#include "cli_runner.h"

#include "core/eval/report_html.h"
#include "core/eval/report_html.h"
#include "core/runtime/npy_io.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace netsynth;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The report folder of `appshot evaluate`: metrics.json with the keys, report.html
// embedding the maps and charts, report.pdf with pages, the map PNGs.
void checkReportFolder(const QString &dir, const nlohmann::json &printed)
{
    const auto m = nlohmann::json::parse(readAll(dir + "/metrics.json").toStdString());
    QCOMPARE(m["format"].get<std::string>(), std::string("netsynth-appshot-metrics"));
    QVERIFY(m["services"] == printed["services"]);
    for (const auto &s : m["services"])
        for (const char *k : {"emd", "ssim", "pearson_cell_mean", "moran_i_error", "temporal_profile_error"})
            QVERIFY2(s.contains(k), k);
    QVERIFY(m.contains("cross_service_correlation_error"));
    QVERIFY(m["cross_service_correlation_error"].is_number()); // two services
    QCOMPARE(m["setup"]["simulated"].get<bool>(), true);
    QCOMPARE(m["setup"]["train_cities"].size(), std::size_t(1));
    QCOMPARE(m["setup"]["hours"].size(), std::size_t(4));
    QCOMPARE(m["setup"]["generation_seed"].get<int>(), 1);
    QCOMPARE(m["setup"]["training_seed"].get<int>(), 1);
    // Per service: real / generated / difference at the peak hour, mean maps of real, GAN, ridge, population.
    QCOMPARE(m["images"].size(), std::size_t(2 * 7));
    for (const auto &img : m["images"]) {
        const QString file = dir + "/" + QString::fromStdString(img["file"].get<std::string>());
        const QByteArray png = readAll(file);
        QVERIFY2(png.startsWith("\x89PNG"), qPrintable(file));
    }
    const QString html = QString::fromUtf8(readAll(dir + "/report.html"));
    QVERIFY(html.contains("SIMULATED traffic"));
    // The report says what the model was trained on, and whether the evaluated city was one of them.
    QVERIFY2(html.contains("a city the model was not trained on (training cities: " +
                           QString::fromStdString(m["setup"]["train_cities"][0].get<std::string>()) + ")"),
             qPrintable(html.left(2000)));
    nlohmann::json onTraining = m;
    onTraining["city"] = m["setup"]["train_cities"][0];
    const QString fit = QString::fromStdString(
        ReportHtml::render(onTraining, dir.toStdString(), ReportHtml::ImageMode::Embedded));
    QVERIFY(fit.contains("a city the model <b>was trained on</b>"));
    QVERIFY(fit.contains("Evaluated city (a training city)"));
    QVERIFY(!fit.contains("not trained on"));
    QVERIFY(html.contains("ridge regression (baseline)"));
    QVERIFY(html.contains("population-proportional (baseline)"));
    QVERIFY(html.contains("Cross-service correlation"));
    QVERIFY(html.contains("Temporal profiles"));
    QCOMPARE(html.count("src=\"data:image/png;base64,"), 14);
    QVERIFY(html.count("src=\"data:image/svg+xml;base64,") >= 4); // 2 temporal profiles, SSIM, Pearson
    QVERIFY(!html.contains("is missing"));
    // Best values marked: one shaded cell per service and column at least.
    QVERIFY(html.count("bgcolor=\"#c6efce\"") >= 2 * 6);
    const QByteArray pdf = readAll(dir + "/report.pdf");
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") +
                pdf.count("/Type /Page/") + pdf.count("/Type /Page>") > 0);
    // The maps themselves are in the PDF (Aachen, 28 columns x 8 px), not a missing-image icon.
    QCOMPARE(pdf.count("/Width 224"), 14);
}
} // namespace

class TestAppShotCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infoAndLayers()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities is absent");
        const CliRun r = runCli({"appshot", "info", QString::fromStdString(sharedData("cities/aachen")), "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["rows"].get<int>(), 22);
        QCOMPARE(j["cols"].get<int>(), 28);
        QCOMPARE(j["layer_count"].get<int>(), 30);
        QVERIFY(j["traffic"]["shape"] == nlohmann::json({504, 1, 22, 28}));
        QCOMPARE(j["geo"]["row_zero"].get<std::string>(), std::string("south"));
        const CliRun l = runCli({"appshot", "layers", QString::fromStdString(sharedData("cities/munich")), "--json"});
        QCOMPARE(l.exitCode, 0);
        const auto lj = nlohmann::json::parse(l.out.toStdString());
        QCOMPARE(lj["layers"].size(), std::size_t(30));
        QCOMPARE(lj["layers"][0]["normalization"]["transform"].get<std::string>(), std::string("log1p"));
        const CliRun bad = runCli({"appshot", "info", "/nonexistent/city"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("/nonexistent/city"));
        QCOMPARE(runCli({"appshot", "frobnicate"}).exitCode, 2);
    }

    void trainGenerateEvaluate()
    {
        if (!haveSharedData("cities/bonn"))
            QSKIP("../shared/data/cities is absent");
        const QString out = QString::fromStdString(testOutput(QStringLiteral("e2e")));
        const QString bonn = QString::fromStdString(sharedData("cities/bonn"));
        const QString aachen = QString::fromStdString(sharedData("cities/aachen"));
        const CliRun train = runCli({"appshot", "train", "--cities", bonn, "--demo", "--demo-services", "2", "--demo-days",
                                     "1", "--steps", "6", "--batch", "2", "--patch", "8", "--stride", "4", "--channels",
                                     "8", "--out", out + "/run", "--threads", "1", "--quiet", "--json"});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const auto tj = nlohmann::json::parse(train.out.toStdString());
        QCOMPARE(tj["steps"].get<int>(), 6);
        QCOMPARE(tj["simulated"].get<bool>(), true);

        const CliRun gen = runCli({"appshot", "generate", "--checkpoint", out + "/run/checkpoint.pt", "--city", aachen,
                                   "--out", out + "/gen", "--hours", "0-3", "--threads", "1", "--quiet", "--csv", "--json"});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        const auto gj = nlohmann::json::parse(gen.out.toStdString());
        QVERIFY(gj["shape"] == nlohmann::json({4, 2, 22, 28}));
        const auto npy = readNpyFloat((out + "/gen/traffic.npy").toStdString());
        QCOMPARE(npy.shape, (std::vector<std::size_t>{4, 2, 22, 28}));
        for (float v : npy.values)
            QVERIFY(std::isfinite(v) && v >= 0.0f);
        QVERIFY(QFileInfo::exists(out + "/gen/traffic.json"));
        QVERIFY(QFileInfo::exists(out + "/gen/traffic.csv"));
        QVERIFY(QFileInfo::exists(out + "/gen/baseline_ridge/traffic.npy"));
        QVERIFY(QFileInfo::exists(out + "/gen/baseline_population/traffic.npy"));

        const CliRun demo = runCli({"appshot", "demo", aachen, "--out", out + "/real", "--services", "2", "--days", "1"});
        QCOMPARE(demo.exitCode, 0);
        const CliRun ev = runCli({"appshot", "evaluate", "--generated", out + "/gen", "--real", out + "/real", "--out",
                                  out + "/eval", "--json"});
        QVERIFY2(ev.exitCode == 0, ev.err.constData());
        const auto ej = nlohmann::json::parse(ev.out.toStdString());
        QCOMPARE(ej["services"].size(), std::size_t(2));
        for (const auto &s : ej["services"])
            for (const char *k : {"emd", "ssim", "pearson_cell_mean"})
                QVERIFY2(s.contains(k), k);
        QVERIFY(ej["per_service"].contains("video_streaming"));
        QVERIFY(ej["baselines"].contains("ridge"));
        QVERIFY(ej["baselines"].contains("population"));
        QCOMPARE(ej["hours_compared"].get<int>(), 4);
        checkReportFolder(out + "/eval", ej);
        // Simulated-trained output is never compared with the non-simulated Aachen maps.
        const CliRun mixed = runCli({"appshot", "evaluate", "--generated", out + "/gen", "--real", aachen, "--out",
                                     out + "/eval2"});
        QCOMPARE(mixed.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAppShotCli)
#include "tst_appshot_cli.moc"
