// CheckpointClock: a checkpoint every N steps and at least every M minutes
// of wall time (a fake clock here), never after the last step; the
// environment variable sets M.
#include "core/runtime/checkpoint_clock.h"

#include <QTest>

#include <cstdlib>

using namespace netsynth;

class TestCheckpointClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyNStepsAndEveryMMinutes()
    {
        CheckpointClock::Clock::time_point now{};
        CheckpointClock clock(100, 5.0, [&] { return now; });
        QVERIFY(!clock.due(1, 1000));
        QVERIFY(clock.due(100, 1000));
        QVERIFY(!clock.due(1000, 1000)); // the last step: the run saves at its end anyway
        now += std::chrono::minutes(4);
        QVERIFY(!clock.due(150, 1000));
        now += std::chrono::minutes(1);
        QVERIFY(clock.due(151, 1000)); // five minutes since the start
        clock.saved();
        QVERIFY(!clock.due(152, 1000));
        now += std::chrono::seconds(299);
        QVERIFY(!clock.due(153, 1000));
        now += std::chrono::seconds(1);
        QVERIFY(clock.due(154, 1000));
    }

    // checkpoint_every 0 ("only at the end") still saves every M minutes;
    // M = 0 turns the time rule off.
    void stepRuleOffTimeRuleOff()
    {
        CheckpointClock::Clock::time_point now{};
        CheckpointClock timeOnly(0, 1.0, [&] { return now; });
        QVERIFY(!timeOnly.due(100, 1000));
        now += std::chrono::minutes(2);
        QVERIFY(timeOnly.due(101, 1000));
        CheckpointClock neither(0, 0.0, [&] { return now; });
        now += std::chrono::hours(10);
        QVERIFY(!neither.due(102, 1000));
    }

    void minutesFromTheEnvironment()
    {
        qputenv("NETSYNTH_CHECKPOINT_MINUTES", "0.5");
        QCOMPARE(CheckpointClock::minutesFromEnvironment(), 0.5);
        qputenv("NETSYNTH_CHECKPOINT_MINUTES", "soon");
        QCOMPARE(CheckpointClock::minutesFromEnvironment(), CheckpointClock::kDefaultMinutes);
        qputenv("NETSYNTH_CHECKPOINT_MINUTES", "-3");
        QCOMPARE(CheckpointClock::minutesFromEnvironment(), CheckpointClock::kDefaultMinutes);
        qunsetenv("NETSYNTH_CHECKPOINT_MINUTES");
        QCOMPARE(CheckpointClock::minutesFromEnvironment(), 5.0);
    }
};

QTEST_GUILESS_MAIN(TestCheckpointClock)
#include "tst_checkpoint_clock.moc"
