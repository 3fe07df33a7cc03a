// RunSummary: run folders written by the real trainers on real MIRAGE-2019
// biflows (a tiny diffusion run, a DoppelGANger run, the empirical sampler)
// read back whatever trained them;
// findRuns lists a workspace's runs newest first and skips what is not a run.
#include "core/baselines/baseline_config.h"
#include "core/baselines/baseline_trainer.h"
#include "core/diffusion/trainer.h"
#include "core/data/dataset_loader.h"
#include "core/imaging/image_encoder.h"
#include "core/runs/run_summary.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include <QDir>
#include <QTest>

#include <chrono>
#include <filesystem>

using namespace netsynth;
namespace fs = std::filesystem;

class TestRunSummary : public QObject
{
    Q_OBJECT
private:
    std::string m_root, m_data, m_ws;

    std::string trainDiffusionRun(const std::string &dir, int steps)
    {
        TrainRequest req;
        req.config = tinyConfig(steps);
        req.config.batchSize = 8;
        req.dataDir = m_data;
        req.runDir = dir;
        ProgressToken token;
        trainDiffusion(req, token);
        return dir;
    }

    static void setAge(const std::string &dir, int minutesAgo)
    {
        fs::last_write_time(fs::path(dir) / "checkpoint.json",
                            fs::file_time_type::clock::now() - std::chrono::minutes(minutesAgo));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = NETSYNTH_TEST_OUTPUT_DIR;
        QDir(QString::fromStdString(m_root)).removeRecursively();
        fs::create_directories(m_root);
        const std::string mirage = std::string(NETSYNTH_SHARED_DATA_DIR) + "/mirage2019";
        if (!fs::exists(mirage))
            QSKIP("../shared/data/mirage2019 is absent");
        m_data = m_root + "/images";
        {
            ProgressToken token;
            LoadOptions load;
            load.useCache = false;
            EncodeSpec spec;
            spec.length = 16;
            spec.imageSize = 16;
            encodeDataset(*loadDataset(mirage, load, token), spec, token).save(m_data);
        }
        m_ws = m_root + "/workspace";

        trainDiffusionRun(m_ws + "/appx/run", 12);
        setAge(m_ws + "/appx/run", 30);

        BaselineTrainRequest dg;
        dg.kind = BaselineKind::DoppelGanger;
        dg.config = BaselineConfig::fromPreset("tiny", dg.kind);
        dg.steps = 6;
        dg.dataDir = m_data;
        dg.runDir = m_ws + "/dg";
        ProgressToken token;
        trainBaseline(dg, token);
        setAge(m_ws + "/dg", 10);

        BaselineTrainRequest empirical;
        empirical.kind = BaselineKind::Empirical;
        empirical.config = BaselineConfig::fromPreset("tiny", empirical.kind);
        empirical.dataDir = m_data;
        empirical.runDir = m_ws + "/nested/deeper/empirical";
        trainBaseline(empirical, token);
        setAge(m_ws + "/nested/deeper/empirical", 20);

        // Not runs: another NetSynth JSON, a damaged checkpoint.json, an image set.
        fs::create_directories(m_ws + "/other");
        writeFileAtomically(m_ws + "/other/checkpoint.json", R"({"format": "netsynth-appshot-config"})");
        fs::create_directories(m_ws + "/damaged");
        writeFileAtomically(m_ws + "/damaged/checkpoint.json", "{\"format\": \"netsynth-diffusion-checkpoint\", ");
        toy::makeToySet(16, 2).save(m_ws + "/images");
    }

    void diffusionRun()
    {
        const RunSummary r = readRunSummary(m_ws + "/appx/run");
        QCOMPARE(r.model, std::string("diffusion"));
        QCOMPARE(r.name, std::string("appx/run")); // a pipeline's run/ folder is named by its parent
        QCOMPARE(r.dir, fs::absolute(m_ws + "/appx/run").lexically_normal().string());
        QCOMPARE(r.step, 12);
        QCOMPARE(r.totalSteps, 12);
        QVERIFY(r.finished());
        QVERIFY(r.classes.size() >= 2);
        QCOMPARE(r.device, std::string("cpu"));
        QCOMPARE(r.lossName, std::string("denoising loss"));
        QVERIFY(!r.loss.empty());
        QCOMPARE(r.loss.back()[0], 12.0);
        QCOMPARE(r.loss.back()[1], r.lastLoss);
        QVERIFY(r.lastLoss > 0.0 && r.lastLoss < 10.0);
        // The checkpoint files name the same run.
        QCOMPARE(readRunSummary(m_ws + "/appx/run/checkpoint.pt").dir, r.dir);
        QCOMPARE(readRunSummary(m_ws + "/appx/run/checkpoint.json").dir, r.dir);
        QVERIFY(isRunFolder(m_ws + "/appx/run"));
    }

    void baselineRuns()
    {
        const RunSummary dg = readRunSummary(m_ws + "/dg");
        QCOMPARE(dg.model, std::string("dg"));
        QCOMPARE(dg.name, std::string("dg"));
        QCOMPARE(dg.step, 6);
        QCOMPARE(dg.totalSteps, 6);
        QCOMPARE(dg.lossName, std::string("generator loss"));
        QVERIFY(!dg.loss.empty());
        QCOMPARE(dg.loss.back()[0], 6.0);
        const RunSummary empirical = readRunSummary(m_ws + "/nested/deeper/empirical");
        QCOMPARE(empirical.model, std::string("empirical"));
        QVERIFY(empirical.loss.empty()); // nothing trained: no curve
        QVERIFY(!empirical.finished());
    }

    void notRunsAreClearErrors()
    {
        try {
            readRunSummary(m_ws + "/other");
            QFAIL("an AppShot config is not a run");
        } catch (const InputError &e) {
            const QString what = QString::fromLocal8Bit(e.what());
            QVERIFY2(what.contains(QLatin1String("checkpoint.json")) && what.contains(QLatin1String("format")),
                     qPrintable(what));
        }
        try {
            readRunSummary(m_ws + "/damaged");
            QFAIL("a damaged checkpoint.json is an error");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromLocal8Bit(e.what()).contains(QLatin1String("byte")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(InputError, readRunSummary(m_ws + "/images"));
        QVERIFY(!isRunFolder(m_ws + "/other"));
        QVERIFY(!isRunFolder(m_ws + "/damaged"));
        QVERIFY(!isRunFolder(m_ws + "/no-such-folder"));
    }

    void findRunsNewestFirstWithinDepth()
    {
        const std::vector<RunSummary> runs = findRuns(m_ws);
        QCOMPARE(runs.size(), std::size_t(3)); // not other/, damaged/, images/
        QCOMPARE(runs[0].name, std::string("dg"));        // 10 minutes old
        QCOMPARE(runs[1].name, std::string("empirical")); // 20
        QCOMPARE(runs[2].name, std::string("appx/run"));  // 30
        // The empirical run is three levels down: depth 2 does not reach it.
        QCOMPARE(findRuns(m_ws, 2).size(), std::size_t(2));
        QVERIFY(findRuns(m_root + "/no-such-folder").empty());
    }
};

QTEST_MAIN(TestRunSummary)
#include "tst_run_summary.moc"
