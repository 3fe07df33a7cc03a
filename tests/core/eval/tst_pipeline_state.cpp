// PipelineState (what a pipeline run may reuse) and the pipeline's generator names.
#include "core/eval/pipeline_runner.h"
#include "core/eval/pipeline_state.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>

using namespace netsynth;

class TestPipelineState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QDir(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR)).removeRecursively();
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
    }

    void finishedStepsAreReusedWithTheSameKeyOnly()
    {
        const std::string dir = NETSYNTH_TEST_OUTPUT_DIR;
        const std::string path = dir + "/pipeline_state.json", output = dir + "/out.txt";
        const nlohmann::json key = {{"steps", 20}, {"input", "abc"}};
        {
            PipelineState s = PipelineState::load(path); // absent: empty
            QVERIFY(!s.finished("train/dg", key, {}));
            s.begin("train/dg", key);
            QVERIFY(s.started("train/dg", key));
            QVERIFY(!s.finished("train/dg", key, {}));
        }
        {
            // An interrupted step is still "started" for the next run (resume), not finished.
            PipelineState s = PipelineState::load(path);
            QVERIFY(s.started("train/dg", key));
            std::ofstream(output) << "x";
            s.finish("train/dg", key, 12.5, {{"steps", 20}});
        }
        PipelineState s = PipelineState::load(path);
        QVERIFY(s.finished("train/dg", key, {output}));
        QVERIFY(!s.started("train/dg", key));
        QCOMPARE(s.matching("train/dg", key)->value("seconds", 0.0), 12.5);
        // Another setting, or a missing output file: not reusable.
        QVERIFY(!s.finished("train/dg", {{"steps", 21}, {"input", "abc"}}, {output}));
        QVERIFY(!s.finished("train/dg", key, {output, dir + "/missing.pt"}));
        QVERIFY(!s.finished("train/wgan-gasf", key, {}));
        s.forget("train/dg");
        QVERIFY(!PipelineState::load(path).finished("train/dg", key, {}));
    }

    void damagedStateIsIgnored()
    {
        const std::string path = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/pipeline_state.json";
        std::ofstream(path) << "{ not json";
        const PipelineState s = PipelineState::load(path);
        QVERIFY(s.json()["steps"].empty());
    }

    void digestIsStableAndKeySensitive()
    {
        // FNV-1a 64 of the compact JSON text: fixed across builds and runs.
        QCOMPARE(PipelineState::digest(nlohmann::json::object()), std::string("9bf65e00c699fdaf"));
        QVERIFY(PipelineState::digest({{"a", 1}}) != PipelineState::digest({{"a", 2}}));
    }

    void fingerprintNoticesChangedData()
    {
        const std::string dir = std::string(NETSYNTH_TEST_OUTPUT_DIR) + "/data";
        QDir().mkpath(QString::fromStdString(dir));
        std::ofstream(dir + "/a.csv") << "label,x\n";
        const nlohmann::json before = PipelineState::fingerprint(dir);
        QCOMPARE(before["files"].get<int>(), 1);
        QCOMPARE(before["bytes"].get<int>(), 8);
        std::ofstream(dir + "/b.csv") << "label,x\nchat,1\n";
        QVERIFY(PipelineState::fingerprint(dir) != before);
        QCOMPARE(PipelineState::fingerprint(dir + "/a.csv")["files"].get<int>(), 1);
    }

    void generatorListsParse()
    {
        using V = std::vector<std::string>;
        QVERIFY(PipelineOptions::parseGenerators("diffusion,dg, wgan-gasf,empirical,real") ==
                V({"diffusion-ddim", "dg", "wgan-gasf", "empirical", "real"}));
        QVERIFY(PipelineOptions::parseGenerators("real-resample,diffusion-ddim,diffusion") ==
                V({"real", "diffusion-ddim"}));
        QVERIFY(PipelineOptions::parseGenerators("all") == PipelineOptions::generatorNames());
        QVERIFY_THROWS_EXCEPTION(InputError, PipelineOptions::parseGenerators("dg,gan"));
        QVERIFY_THROWS_EXCEPTION(InputError, PipelineOptions::parseGenerators(" , "));
        try {
            PipelineOptions::parseGenerators("nope");
        } catch (const InputError &e) {
            QVERIFY(std::string(e.what()).find("wgan-gasf") != std::string::npos); // lists the valid names
        }
        // Presets give DDPM a step count of its own (all steps only for the GPU preset).
        QCOMPARE(PipelineOptions::fromPreset("default").ddpmSteps, 100);
        QCOMPARE(PipelineOptions::fromPreset("netdiffus").ddpmSteps, -1);
        QCOMPARE(PipelineOptions::fromPreset("quick").baselinePreset, std::string("tiny"));
    }

    void perClassScalesWithTheClassCount()
    {
        const PipelineOptions def = PipelineOptions::fromPreset("default");
        QCOMPARE(def.autoPerClass(14), 64);  // MIRAGE-AppxAct: 1024 / 14 = 73, capped at 64
        QCOMPARE(def.autoPerClass(32), 32);
        QCOMPARE(def.autoPerClass(200), 8);  // Alexa: 1024 / 200 = 5, raised to 8
        QCOMPARE(def.autoPerClass(0), 64);
        const PipelineOptions quick = PipelineOptions::fromPreset("quick");
        QCOMPARE(quick.autoPerClass(200), quick.perClass); // no budget: the preset's count
    }

    // The default preset trains about 100 passes over the training split
    // (batch 16), 3,000 to 60,000 steps; presets without the rule keep their count.
    void trainStepsScaleWithTheTrainingSplit()
    {
        const PipelineOptions def = PipelineOptions::fromPreset("default");
        QCOMPARE(def.trainSteps, 0);
        QCOMPARE(def.autoTrainSteps(9779, 16), 60000); // MIRAGE-AppxAct: 61,119, capped
        QCOMPARE(def.autoTrainSteps(978, 16), 6113);   // a tenth of it
        QCOMPARE(def.autoTrainSteps(477, 16), 3000);   // the video traces: 2,982, raised to the floor
        QCOMPARE(def.autoTrainSteps(0, 16), 3000);
        const PipelineOptions quick = PipelineOptions::fromPreset("quick");
        QCOMPARE(quick.autoTrainSteps(9779, 16), quick.trainSteps);
    }
};

QTEST_GUILESS_MAIN(TestPipelineState)
#include "tst_pipeline_state.moc"
