// TrainConfig: JSON round trip, presets, and errors that name the field.
#include "core/diffusion/train_config.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <cmath>

using namespace netsynth;

class TestTrainConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        TrainConfig c = TrainConfig::fromPreset("cpu-small");
        c.model.baseChannels = 48;
        c.model.channelMult = {1, 2};
        c.model.attentionResolutions = {16};
        c.schedule = NoiseScheduleKind::Linear;
        c.seed = 42;
        c.steps = 123;
        c.labelDropout = 0.2;
        c.classBalance = 0.5;
        const TrainConfig back = TrainConfig::fromJson(c.toJson());
        QVERIFY(back.toJson() == c.toJson());
        QCOMPARE(back.model.baseChannels, 48);
        QCOMPARE(back.schedule, NoiseScheduleKind::Linear);
        QCOMPARE(back.seed, std::uint64_t(42));
        QCOMPARE(back.classBalance, 0.5);
        QCOMPARE(TrainConfig::fromJson(nlohmann::json::object()).classBalance, 1.0); // older configs
    }

    // class_balance a: a class of n images is drawn in proportion to n^a.
    void classDrawWeightsFollowTheBalance()
    {
        std::vector<int> labels(90, 0);
        labels.insert(labels.end(), 10, 1); // 90 and 10 images
        auto share = [&](double a) {
            const std::vector<double> w = classDrawWeights(labels, a);
            double small = 0, all = 0;
            for (std::size_t i = 0; i < w.size(); ++i) {
                all += w[i];
                if (labels[i] == 1) small += w[i];
            }
            return small / all;
        };
        QVERIFY(std::abs(share(1.0) - 0.1) < 1e-12);  // the data's own share
        QVERIFY(std::abs(share(0.0) - 0.5) < 1e-12);  // every class alike
        QVERIFY(std::abs(share(0.5) - 0.25) < 1e-12); // sqrt(10) / (sqrt(90) + sqrt(10))
        try {
            TrainConfig::fromJson({{"class_balance", 1.5}}, "cfg.json");
            QFAIL("class_balance 1.5 accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'class_balance'"));
        }
    }

    // The learning rate per step: linear warm-up, then constant or a half
    // cosine down to zero at the last step.
    void learningRateSchedule()
    {
        TrainConfig c;
        c.lr = 1e-3;
        c.warmupSteps = 10;
        c.steps = 110;
        QCOMPARE(c.learningRateAt(0), 1e-4);
        QCOMPARE(c.learningRateAt(9), 1e-3);
        QCOMPARE(c.learningRateAt(109), 1e-3); // constant, the default
        c = TrainConfig::fromJson({{"lr", 1e-3}, {"warmup_steps", 10}, {"steps", 111}, {"lr_schedule", "cosine"}});
        QCOMPARE(c.lrSchedule, std::string("cosine"));
        QCOMPARE(c.learningRateAt(4), 5e-4);                    // warm-up unchanged
        QCOMPARE(c.learningRateAt(10), 1e-3);                   // the decay starts at lr
        QVERIFY(std::abs(c.learningRateAt(60) - 5e-4) < 1e-12); // half way: half of lr
        QVERIFY(c.learningRateAt(35) > c.learningRateAt(36));
        QVERIFY(std::abs(c.learningRateAt(110)) < 1e-15);       // zero at the last step
        QCOMPARE(TrainConfig::fromJson(c.toJson()).lrSchedule, std::string("cosine"));
        try {
            TrainConfig::fromJson({{"lr_schedule", "step"}}, "cfg.json");
            QFAIL("lr_schedule step accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'lr_schedule'"));
        }
    }

    // pipeline --diffusion-config: a merge patch over a whole configuration.
    void overrides()
    {
        const TrainConfig base = TrainConfig::fromPreset("cpu-small");
        const TrainConfig c = base.withOverrides(
            {{"ema_rate", 0.9995}, {"model", {{"base_channels", 48}}}}, "--diffusion-config");
        QCOMPARE(c.emaRate, 0.9995);
        QCOMPARE(c.model.baseChannels, 48);
        QVERIFY(c.model.channelMult == base.model.channelMult); // nested objects merge, siblings stay
        QCOMPARE(c.model.numResBlocks, base.model.numResBlocks);
        QCOMPARE(c.lr, base.lr);
        QVERIFY(base.withOverrides(nlohmann::json::object(), "x").toJson() == base.toJson());
        try {
            base.withOverrides({{"ema_rte", 0.9}}, "--diffusion-config");
            QFAIL("a misspelt field accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("--diffusion-config"));
            QVERIFY(std::string(e.what()).find("ema_rte") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, base.withOverrides({{"lr", "fast"}}, "p"));
        QVERIFY_THROWS_EXCEPTION(InputError, base.withOverrides({{"model", {{"base_channels", -4}}}}, "p"));
        QVERIFY_THROWS_EXCEPTION(InputError, base.withOverrides(nlohmann::json::array({1}), "p"));
    }

    void presets()
    {
        QCOMPARE(TrainConfig::presetNames(), (std::vector<std::string>{"cpu-small", "netdiffus"}));
        const TrainConfig small = TrainConfig::fromPreset("cpu-small");
        QCOMPARE(small.model.imageSize, 32);
        QVERIFY(!small.model.learnSigma);
        const TrainConfig paper = TrainConfig::fromPreset("netdiffus");
        QCOMPARE(paper.model.imageSize, 128);
        QCOMPARE(paper.model.baseChannels, 128);
        QCOMPARE(paper.model.numResBlocks, 3);
        QCOMPARE(paper.model.attentionResolutions, (std::vector<int>{16, 8}));
        QVERIFY(paper.model.learnSigma);
        QVERIFY(paper.hybridLoss);
        QCOMPARE(paper.schedule, NoiseScheduleKind::Cosine);
        QCOMPARE(paper.diffusionSteps, 1000);
        QCOMPARE(paper.lr, 1e-4);
        QCOMPARE(paper.batchSize, 4);
        paper.validate();
        QVERIFY_THROWS_EXCEPTION(InputError, TrainConfig::fromPreset("huge"));
    }

    void presetInFileIsTheBase()
    {
        const TrainConfig c = TrainConfig::fromJson({{"preset", "netdiffus"}, {"steps", 10}, {"model", {{"base_channels", 64}}}});
        QCOMPARE(c.steps, 10);
        QCOMPARE(c.model.baseChannels, 64);
        QCOMPARE(c.model.numResBlocks, 3); // kept from the preset
    }

    void errorsNameTheField()
    {
        try {
            TrainConfig::fromJson({{"lr", "fast"}}, "cfg.json");
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("cfg.json"));
            QCOMPARE(e.location(), std::string("field 'lr'"));
        }
        try {
            TrainConfig::fromJson({{"model", {{"image_size", 30}, {"channel_mult", {1, 2, 2}}}}}, "cfg.json");
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'model.image_size'"));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, TrainConfig::fromJson({{"learning_rate", 1}}));
        QVERIFY_THROWS_EXCEPTION(InputError, TrainConfig::fromJson({{"loss", "hybrid"}})); // needs learn_sigma
        QVERIFY_THROWS_EXCEPTION(InputError, TrainConfig::fromJson({{"schedule", "quadratic"}}));
    }
};

QTEST_GUILESS_MAIN(TestTrainConfig)
#include "tst_train_config.moc"
