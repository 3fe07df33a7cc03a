#include "core/baselines/baseline_config.h"
#include "core/baselines/gan_step_log.h"
#include "core/runtime/progress.h"
#include "core/runtime/errors.h"

#include <QTest>

#include <array>
#include <vector>

using namespace netsynth;

class TestBaselineConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        BaselineConfig c = BaselineConfig::fromPreset("tiny", BaselineKind::WganGasf);
        c.seed = 12345678901ULL;
        c.stepsPerPass = 5;
        const BaselineConfig back = BaselineConfig::fromJson(nlohmann::json::parse(c.toJson().dump()));
        QVERIFY(back.toJson() == c.toJson());
        QCOMPARE(back.seed, std::uint64_t(12345678901ULL));
    }

    void stepLogKeepsABoundedEvenHistory()
    {
        // A short run keeps every step; a long one an evenly thinned history of
        // at most kMaxHistory entries that still reaches its last steps.
        for (const int total : {300, 9000}) {
            GanStepLog log("x", 0, total, 8);
            std::vector<std::array<double, 4>> history;
            ProgressToken token;
            int calls = 0;
            BaselineTrainCallbacks cb;
            cb.onStep = [&](const BaselineStepStats &) { ++calls; };
            for (int step = 1; step <= total; ++step) {
                BaselineStepStats s;
                s.wasserstein = step;
                log.record(s, step, history, cb, token);
            }
            QCOMPARE(calls, total);
            QVERIFY(history.size() <= GanStepLog::kMaxHistory);
            if (total <= int(GanStepLog::kMaxHistory)) {
                QCOMPARE(history.size(), std::size_t(total));
                continue;
            }
            QVERIFY(history.size() >= GanStepLog::kMaxHistory / 2);
            const double gap = history[1][0] - history[0][0];
            for (std::size_t i = 1; i < history.size(); ++i) {
                QCOMPARE(history[i][0] - history[i - 1][0], gap);
                QCOMPARE(history[i][3], history[i][0]);
            }
            QVERIFY(history.back()[0] > total - gap - 1);
        }
    }

    void presetsDiffer()
    {
        QCOMPARE(BaselineConfig::fromPreset("cpu-small", BaselineKind::DoppelGanger).learningRate, 1e-3);
        QCOMPARE(BaselineConfig::fromPreset("cpu-small", BaselineKind::WganGasf).learningRate, 1e-4);
        QVERIFY(BaselineConfig::fromPreset("tiny", BaselineKind::WganGasf).steps <
                BaselineConfig::fromPreset("cpu-small", BaselineKind::WganGasf).steps);
        QVERIFY_THROWS_EXCEPTION(InputError, BaselineConfig::fromPreset("huge", BaselineKind::WganGasf));
    }

    // A stored configuration names its preset by its networks: longer
    // training or another seed keeps the name, other sizes have none.
    void matchingPreset()
    {
        for (const BaselineKind kind : {BaselineKind::DoppelGanger, BaselineKind::WganGasf})
            for (const std::string name : {"cpu-small", "tiny"}) {
                BaselineConfig c = BaselineConfig::fromPreset(name, kind);
                QCOMPARE(c.matchingPreset(kind), name);
                c.steps *= 3;
                c.seed = 7;
                c.batchSize = 16;
                QCOMPARE(BaselineConfig::fromJson(c.toJson()).matchingPreset(kind), name);
            }
        BaselineConfig custom = BaselineConfig::fromPreset("tiny", BaselineKind::WganGasf);
        custom.baseChannels = 24;
        QCOMPARE(custom.matchingPreset(BaselineKind::WganGasf), std::string());
    }

    void missingFieldsKeepDefaultsBadOnesNameTheField()
    {
        const BaselineConfig c = BaselineConfig::fromJson({{"steps", 7}});
        QCOMPARE(c.steps, 7);
        QCOMPARE(c.batchSize, BaselineConfig().batchSize);
        try {
            BaselineConfig::fromJson({{"batch_size", 0}}, "cfg.json");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), std::string("cfg.json"));
            QCOMPARE(e.location(), std::string("field 'batch_size'"));
        }
        try {
            BaselineConfig::fromJson({{"lstm_hidden", "wide"}}, "cfg.json");
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QCOMPARE(e.location(), std::string("field 'lstm_hidden'"));
        }
    }

    void kindNames()
    {
        for (const auto &n : baselineKindNames())
            QCOMPARE(baselineKindName(parseBaselineKind(n)), n);
        QVERIFY(baselineKindIsGan(parseBaselineKind("dg")));
        QVERIFY(!baselineKindIsGan(parseBaselineKind("empirical")));
        QVERIFY_THROWS_EXCEPTION(InputError, parseBaselineKind("diffusion"));
    }
};

QTEST_GUILESS_MAIN(TestBaselineConfig)
#include "tst_baseline_config.moc"
