#include "appxact_sample.h"
#include "gasf_test_images.h"

#include "core/eval/classification_scores.h"
#include "core/eval/evaluator.h"
#include "core/eval/gasf_classifier.h"
#include "core/eval/report_html.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace netsynth;

namespace {
// Splits the appxact sample three ways: train / test / "synthetic" (a disjoint
// real subset: what a perfect generator would produce).
void threeWay(const SeriesSet &all, SeriesSet &train, SeriesSet &test, SeriesSet &synth)
{
    train.classes = test.classes = synth.classes = all.classes;
    train.feature = test.feature = synth.feature = all.feature;
    for (std::size_t i = 0; i < all.items.size(); ++i) {
        const int k = static_cast<int>(i % 4);
        (k == 0 ? test : k == 1 ? synth : train).items.push_back(all.items[i]);
    }
}

EvaluationInputs inputsOf(const SeriesSet &train, const SeriesSet &test, const SeriesSet &synth, int size)
{
    EvaluationInputs in;
    in.realTrain = gasfImages(train, size);
    in.realTest = gasfImages(test, size);
    in.synthetic = gasfImages(synth, size);
    in.realTrainSeries = train;
    in.realTestSeries = test;
    in.syntheticSeries = synth;
    in.realPath = "appxact(train)";
    in.syntheticPath = "appxact(held-out real as synthetic)";
    return in;
}

EvaluationConfig fastConfig()
{
    EvaluationConfig c;
    c.seeds = 2;
    c.cnnSeeds = 1;
    c.cnn.epochs = 6;
    c.maxTrainPerClass = 30;
    c.series.epochs = 30;
    c.earlyPrefixes = {2, 5, 10};
    return c;
}
} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        if (!QFile::exists(appxactPath()))
            QSKIP("../shared/data/mirage-appxact is absent: evaluator tests on real data skipped");
    }

    void evaluationAndReportFiles()
    {
        SeriesSet train, test, synth;
        threeWay(readAppxact(30), train, test, synth);
        const EvaluationInputs good = inputsOf(train, test, synth, 8);
        ProgressToken token;
        QElapsedTimer timer;
        timer.start();
        nlohmann::json m = Evaluator::run(good, fastConfig(), token);
        qInfo("evaluation of %zu/%zu/%zu images: %lld ms", good.realTrain.count(), good.realTest.count(),
              good.synthetic.count(), static_cast<long long>(timer.elapsed()));
        QVERIFY(m["fid"].is_number());
        QVERIFY(m["fid_real_test"].is_number());
        for (const char *k : {"real_real", "synth_real", "mixed_real"}) {
            QVERIFY(m["tstr"][k]["accuracy"].is_number());
            QVERIFY(m["tstr"][k]["macro_f1"].is_number());
        }
        qInfo("TSTR accuracy: judge real->real %.3f synth->real %.3f; series real->real %.3f synth->real %.3f (chance %.3f)",
              m["tstr"]["real_real"]["accuracy"].get<double>(), m["tstr"]["synth_real"]["accuracy"].get<double>(),
              m["tstr_series"]["real_real"]["accuracy"].get<double>(),
              m["tstr_series"]["synth_real"]["accuracy"].get<double>(), 1.0 / 14);
        // The headline is the boosted-trees judge, on every real training series.
        QCOMPARE(m["tstr"]["classifier"].get<std::string>(), std::string("boosted-trees"));
        QVERIFY(m["tstr"] == m["tstr_trees"]);
        QCOMPARE(m["tstr"]["train_counts"]["real_real"].get<std::size_t>(), good.realTrainSeries.count());
        QCOMPARE(m["tstr"]["train_counts"]["mixed_real"].get<std::size_t>(),
                 good.realTrainSeries.count() + good.syntheticSeries.count());
        QVERIFY(m["tstr"]["real_real"]["accuracy"].get<double>() > 3.0 / 14.0);
        // "Synthetic" = held-out real: its ratio to real->real is about 1.
        const double ratio = m["tstr"]["synth_real_ratio"].get<double>();
        QCOMPARE(ratio, m["tstr"]["synth_real"]["accuracy"].get<double>() / m["tstr"]["real_real"]["accuracy"].get<double>());
        QVERIFY2(ratio > 0.6, qPrintable(QString::number(ratio)));
        QCOMPARE(m["tstr_cnn"]["classifier"].get<std::string>(), std::string("gasf-cnn"));
        QVERIFY(m["tstr_cnn"]["real_real"]["accuracy"].get<double>() > 1.5 / 14.0);
        QVERIFY(m["tstr_series"]["real_real"]["accuracy"].get<double>() > 3.0 / 14.0);
        // "Synthetic" = held-out real: synthetic->real is as useful as real->real.
        QVERIFY(m["tstr_series"]["synth_real"]["accuracy"].get<double>() > 3.0 / 14.0);
        QCOMPARE(m["per_class"].size(), std::size_t(14));
        QCOMPARE(m["early"]["prefixes"].size(), std::size_t(3));
        QVERIFY(m["fidelity"]["size_jsd"].get<double>() < 0.1);
        // Held-out real series as "synthetic": some equal a training series
        // (AppxAct repeats itself), and the real test set is the yardstick.
        QVERIFY(m["series_copies"]["synthetic"].get<double>() > 0.1);
        QVERIFY(m["series_copies"]["real_test"].get<double>() > 0.1);

        // A bad generator: random noise images and random series give a much larger FID.
        SeriesSet noise = synth;
        std::mt19937 rng(1);
        std::uniform_real_distribution<double> u(-1500, 1500);
        for (auto &item : noise.items)
            for (auto &v : item.values) v = u(rng);
        EvaluationInputs bad = inputsOf(train, test, noise, 8);
        std::uniform_real_distribution<float> uf(0.0f, 1.0f);
        for (auto &p : bad.synthetic.pixels) p = uf(rng);
        const nlohmann::json mb = Evaluator::run(bad, fastConfig(), token);
        QVERIFY2(mb["fid"].get<double>() > 3.0 * m["fid"].get<double>(),
                 qPrintable(QString("%1 vs %2").arg(mb["fid"].get<double>()).arg(m["fid"].get<double>())));
        QVERIFY(mb["fidelity"]["size_jsd"].get<double>() > m["fidelity"]["size_jsd"].get<double>());
        QVERIFY(mb["precision"].get<double>() < m["precision"].get<double>());
        QCOMPARE(mb["series_copies"]["synthetic"].get<double>(), 0.0); // random sizes copy nothing
        // The judge sees that random series are useless: far below the held-out real "generator".
        // Sanity warnings: held-out real "synthetic" data is as close to the
        // training data as real data gets (FID at its floor); noise is not.
        const auto hasWarning = [](const nlohmann::json &metrics, const std::string &code) {
            for (const auto &w : metrics.at("warnings"))
                if (w.at("code") == code) return true;
            return false;
        };
        QVERIFY(m["warnings"].is_array());
        qInfo("FID %.2f, floor %.2f; noise FID %.2f", m["fid"].get<double>(), m["fid_real_test"].get<double>(),
              mb["fid"].get<double>());
        QVERIFY2(hasWarning(m, "fid_near_floor"), m["warnings"].dump().c_str());
        QVERIFY2(!hasWarning(mb, "fid_near_floor"), mb["warnings"].dump().c_str());
        QVERIFY2(mb["tstr"]["synth_real_ratio"].get<double>() < 0.5 * ratio,
                 qPrintable(QString("%1 vs %2").arg(mb["tstr"]["synth_real_ratio"].get<double>()).arg(ratio)));

        // Outputs: metrics.json parses with the documented keys, HTML is self-contained.
        const QString out = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/evaluation");
        QDir(out).removeRecursively();
        const std::string metricsPath = Evaluator::writeOutputs(m, good, out.toStdString());
        QFile f(QString::fromStdString(metricsPath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(o.contains("fid") && o.contains("per_class") && o.contains("tstr"));
        QVERIFY(o["tstr"].toObject()["synth_real"].toObject().contains("macro_f1"));
        QVERIFY(QFile::exists(out + "/samples_real.png"));
        const std::string html = ReportHtml::writeHtml(ReportHtml::loadMetrics(out.toStdString()), out.toStdString(),
                                                       out.toStdString());
        QFile h(QString::fromStdString(html));
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray text = h.readAll();
        QVERIFY(text.contains("data:image/svg+xml;base64,"));
        QVERIFY(text.contains("data:image/png;base64,"));
        QVERIFY(!text.contains("src=\"chart:"));
        QVERIFY(text.contains("ClashRoyale"));
        QVERIFY(text.contains("Boosted trees on every real training series"));
        // Decoded series per class, real beside synthetic (held-out real here: the same kind of values).
        QCOMPARE(m["series_examples"].size(), std::size_t(14));
        const auto &telegram = m["series_examples"]["Telegram"];
        QVERIFY(!telegram["real"].empty() && !telegram["synthetic"].empty());
        QVERIFY(telegram["real"].size() <= 4);
        QVERIFY(text.contains("Decoded series per class"));
        QVERIFY(text.contains("Classes the generator fails"));
        // Random series: the report names the classes the generator fails.
        const QString badOut = out + QStringLiteral("-noise");
        QDir(badOut).removeRecursively();
        nlohmann::json mbCopy = mb;
        Evaluator::writeOutputs(mbCopy, bad, badOut.toStdString());
        QFile hb(QString::fromStdString(ReportHtml::writeHtml(ReportHtml::loadMetrics(badOut.toStdString()),
                                                              badOut.toStdString(), badOut.toStdString())));
        QVERIFY(hb.open(QIODevice::ReadOnly));
        QVERIFY(hb.readAll().contains("worst first"));
        QVERIFY(text.contains("as a share of real &rarr; real"));
        const std::string cmp = ReportHtml::compare(m, "good", mb, "noise");
        QVERIFY(cmp.find("FID") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
