#include "core/runtime/errors.h"
#include "core/runtime/job_runner.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <string>
#include <vector>
#include <chrono>
#include <thread>

using namespace netsynth;
using namespace std::chrono_literals;

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void progressReachesOneAndResultArrives()
    {
        JobRunner runner(2);
        QSignalSpy progress(&runner, &JobRunner::jobProgress);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        int delivered = 0;
        const JobId id = runner.submit(QStringLiteral("count"), [](ProgressToken &t) {
            for (int i = 1; i <= 50; ++i) {
                std::this_thread::sleep_for(2ms);
                t.setProgress(i / 50.0, "step " + std::to_string(i));
            }
            return 42;
        }, this, [&delivered](const JobOutcome<int> &r) { delivered = r.value(); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QTRY_COMPARE(delivered, 42);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
        const auto r = finished.first().at(1).value<JobResult>();
        QVERIFY(r.ok());
        QCOMPARE(runner.info(id).state, JobState::Succeeded);
        QCOMPARE(runner.info(id).fraction, 1.0);
    }

    void progressIsThrottled()
    {
        JobRunner runner(1);
        QSignalSpy progress(&runner, &JobRunner::jobProgress);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.submit(QStringLiteral("many"), [](ProgressToken &t) {
            for (int i = 0; i <= 100000; ++i)
                t.setProgress(i / 100000.0);
        });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCoreApplication::processEvents();
        // 100001 updates, a few dozen at most reach the GUI thread.
        QVERIFY2(progress.count() < 100, qPrintable(QString::number(progress.count())));
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    }

    void cancelStopsWorkPromptly()
    {
        JobRunner runner(1);
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        std::atomic<int> iterations{0};
        const JobId id = runner.submit(QStringLiteral("forever"), [&iterations](ProgressToken &t) {
            while (true) {
                t.throwIfCanceled();
                ++iterations;
                std::this_thread::sleep_for(1ms);
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        const auto before = std::chrono::steady_clock::now();
        runner.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QVERIFY(std::chrono::steady_clock::now() - before < 1s);
        QCOMPARE(finished.first().at(1).value<JobResult>().status, JobResult::Status::Canceled);
        QCOMPARE(runner.info(id).state, JobState::Canceled);
        QVERIFY(iterations.load() > 0);
    }

    // Work that pauses and stops itself (training): the runner shows Paused
    // while it is paused and Stopped, at the step it reached, when it ends early.
    void pausedAndStoppedStates()
    {
        JobRunner runner(1);
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        QSignalSpy changed(&runner, &JobRunner::jobStateChanged);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        std::atomic<bool> paused{false}, stop{false};
        const JobId id = runner.submit(QStringLiteral("train"), [&](ProgressToken &t) {
            for (int step = 1; step <= 100; ++step) {
                while (paused.load() && !stop.load()) std::this_thread::sleep_for(1ms);
                if (stop.load()) break;
                t.setProgress(step / 100.0);
                std::this_thread::sleep_for(2ms);
            }
            return 1;
        });
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QTRY_COMPARE(runner.info(id).state, JobState::Running);
        paused = true;
        runner.setPaused(id, true);
        QCOMPARE(runner.info(id).state, JobState::Paused);
        QVERIFY(runner.info(id).isActive());
        QCOMPARE(runner.activeCount(), 1);
        QTRY_VERIFY(changed.count() >= 1);
        runner.setPaused(id, false);
        QCOMPARE(runner.info(id).state, JobState::Running);
        runner.setPaused(id, false); // not paused: nothing changes
        QCOMPARE(runner.info(id).state, JobState::Running);
        runner.markStopped(id);
        stop = true;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(finished.first().at(1).value<JobResult>().ok());
        QCOMPARE(runner.info(id).state, JobState::Stopped);
        QVERIFY2(runner.info(id).fraction < 1.0, qPrintable(QString::number(runner.info(id).fraction)));
        QCOMPARE(jobStateName(JobState::Stopped), QStringLiteral("stopped"));
    }

    void exceptionBecomesError()
    {
        JobRunner runner(1);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.submit(QStringLiteral("bad input"), [](ProgressToken &) {
            throw InputError("flows.json", "byte 17", "unexpected token");
        });
        runner.submit(QStringLiteral("crash"), [](ProgressToken &) {
            throw std::runtime_error("boom");
        });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
        const auto a = finished.at(0).at(1).value<JobResult>();
        const auto b = finished.at(1).at(1).value<JobResult>();
        QCOMPARE(a.status, JobResult::Status::Failed);
        QVERIFY(a.inputError);
        QCOMPARE(a.error, QStringLiteral("flows.json (byte 17): unexpected token"));
        QCOMPARE(b.status, JobResult::Status::Failed);
        QVERIFY(!b.inputError);
        QCOMPARE(b.error, QStringLiteral("boom"));
    }

    // The callback gets the work's own type; a failed or canceled job's
    // outcome carries no value, and void work gets how it ended.
    void typedOutcomes()
    {
        JobRunner runner(2);
        std::vector<std::string> words;
        bool failedHadNoValue = false, voidRan = false;
        runner.submit(QStringLiteral("words"), [](ProgressToken &) { return std::vector<std::string>{"a", "b"}; },
                      this, [&](const JobOutcome<std::vector<std::string>> &r) { words = r.value(); });
        runner.submit(QStringLiteral("fails"), [](ProgressToken &) -> std::string { throw std::runtime_error("no"); },
                      this, [&](const JobOutcome<std::string> &r) {
                          failedHadNoValue = !r.ok() && r.error == QStringLiteral("no");
                      });
        runner.submit(QStringLiteral("void"), [](ProgressToken &) {}, this,
                      [&](const JobOutcome<void> &r) { voidRan = r.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(words, (std::vector<std::string>{"a", "b"}), 5000);
        QTRY_VERIFY(failedHadNoValue);
        QTRY_VERIFY(voidRan);
    }

    void destroyingRunnerCancelsAndWaits()
    {
        std::atomic<bool> sawCancel{false};
        std::atomic<bool> exited{false};
        {
            JobRunner runner(1);
            QSignalSpy started(&runner, &JobRunner::jobStarted);
            runner.submit(QStringLiteral("long"), [&](ProgressToken &t) {
                while (!t.isCanceled())
                    std::this_thread::sleep_for(1ms);
                sawCancel = true;
                std::this_thread::sleep_for(50ms); // cleanup after cancel
                exited = true;
            });
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        } // destructor: cancel + wait
        QVERIFY(sawCancel.load());
        QVERIFY(exited.load());
    }

    void callbackSkippedWhenContextDestroyed()
    {
        JobRunner runner(1);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        bool called = false;
        auto *context = new QObject;
        runner.submit(QStringLiteral("short"), [](ProgressToken &) {
            std::this_thread::sleep_for(20ms);
            return 1;
        }, context, [&called](const JobOutcome<int> &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void clearFinishedKeepsActive()
    {
        JobRunner runner(2);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.submit(QStringLiteral("done"), [](ProgressToken &) {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const JobId running = runner.submit(QStringLiteral("running"), [](ProgressToken &t) {
            while (!t.isCanceled())
                std::this_thread::sleep_for(1ms);
        });
        runner.clearFinished();
        QCOMPARE(runner.jobIds().size(), 1);
        QCOMPARE(runner.jobIds().first(), running);
        runner.cancelAll();
        QVERIFY(runner.waitForAll(5000));
    }

    void scopeMapsProgress()
    {
        double seen = -1;
        ProgressToken token([&seen](double f, const std::string &) { seen = f; }, std::chrono::milliseconds(0));
        ProgressToken::Scope scope(token, 0.5, 1.0);
        scope.setProgress(0.5, "half");
        QCOMPARE(seen, 0.75);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
