// The GUI under faults (issue 23), one job kind at a time: closing the window
// while an AppShot training, an evaluation or the pipeline runs (the window
// closes within seconds, nothing finished is lost, what is on disk is whole
// and a new run resumes or redoes it), and a full disk during encoding and
// sampling (a file-size limit on this process, SIGXFSZ ignored as the app
// does: the job fails with a message naming the write, no half-written set
// is presented as complete, the same job succeeds with room).
// Closing during a diffusion training and a failing job beside a running
// one are in tst_main_window; a full disk during an export in tst_export_actions.
#include "app/appshot_controller.h"
#include "app/evaluation_actions.h"
#include "app/main_window.h"
#include "core/appshot/appshot_generator.h"
#include "core/data/dataset_loader.h"
#include "core/diffusion/tiny_config.h"
#include "core/eval/pipeline_runner.h"
#include "core/imaging/image_dataset.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/json_document.h"
#include "core/runtime/progress.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/training/training_pane.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace netsynth;

namespace {

const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/jobs_under_faults");
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
const QString kAachen = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/cities/aachen");

// Every 16th AppxAct biflow (about 800), the dataset of these tests.
DatasetPtr appxPart()
{
    LoadOptions lo;
    lo.useCache = false;
    ProgressToken token;
    const DatasetPtr full = loadDataset(kAppx.toStdString(), lo, token);
    auto part = std::make_shared<Dataset>();
    part->name = "appxact-part";
    for (std::size_t i = 0; i < full->biflows.size(); i += 16) part->biflows.push_back(full->biflows[i]);
    return part;
}

EncodeSpec smallSpec()
{
    EncodeSpec spec;
    spec.length = spec.imageSize = 16;
    return spec;
}

// A file-size limit on this process for one scope, as on a full disk.
class DiskLimit
{
public:
    explicit DiskLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_before);
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = m_before;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~DiskLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_signal);
    }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_before {};
    void (*m_signal)(int) = nullptr;
    bool m_ok = false;
};

// Closes the window while its one job runs; the window must close within
// `limitMs` with no job left.
void closeDuringJob(MainWindow *w, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w->close());
    QCOMPARE(w->jobRunner()->activeCount(), 0);
    QVERIFY2(timer.elapsed() < limitMs, qPrintable(QString::number(timer.elapsed())));
}

} // namespace

class TestJobsUnderFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetSynthTest"));
        DeviceManager::configure(DevicePreference::Cpu, 1);
        QDir(kOut).removeRecursively();
        QVERIFY(QDir().mkpath(kOut));
    }

    // AppShot training on Aachen's real traffic: closing cancels it, the
    // trainer saves its state first, and the run resumes from that step.
    void closingDuringAppShotTrainingKeepsACheckpoint()
    {
        if (!QFileInfo::exists(kAachen)) QSKIP("../shared/data/cities/aachen is absent");
        const QString run = kOut + QStringLiteral("/appshot-run");
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
        AppShotTrainRequest request;
        request.cityDirs = {kAachen};
        request.runDir = run;
        request.steps = 1000000;
        request.demo = false;
        w->appShotController()->train(request);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        // Past reading the city and the first steps.
        QTRY_VERIFY_WITH_TIMEOUT(w->jobRunner()->activeCount() == 1 && QFileInfo::exists(run), 60000);
        QTest::qWait(3000);
        closeDuringJob(w, 15000);
        delete w;
        // The checkpoint loads, with the steps trained before the close.
        const AppShotGenerator generator((run + QStringLiteral("/checkpoint.pt")).toStdString());
        QVERIFY2(generator.trainedSteps() >= 1, qPrintable(QString::number(generator.trainedSteps())));
    }

    // An evaluation: closing cancels it; the report folder holds no
    // metrics.json (it is written whole at the end), and the same evaluation
    // then runs to completion into the same folder.
    void closingDuringEvaluationLeavesNoHalfReport()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        ProgressToken token;
        const QString real = kOut + QStringLiteral("/eval-real"), synth = kOut + QStringLiteral("/eval-synth");
        const ImageDataset images = encodeDataset(*appxPart(), smallSpec(), token);
        images.save(real.toStdString(), token);
        images.save(synth.toStdString(), token); // a "generator" that copies: the evaluation's work is the same
        const QString report = kOut + QStringLiteral("/eval-report");
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
        w->evaluationActions()->submitEvaluation(real, synth, QString(), report, 3, true);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTest::qWait(1500); // loading done, classifiers training
        closeDuringJob(w, 15000);
        delete w;
        QVERIFY(!QFileInfo::exists(report + QStringLiteral("/metrics.json")));

        QWidget window;
        JobRunner jobs(1);
        ReportsPane reports;
        EvaluationActions actions(&window, &jobs, &reports, nullptr);
        QSignalSpy ready(&actions, &EvaluationActions::reportReady);
        QSignalSpy failed(&actions, &EvaluationActions::failed);
        actions.submitEvaluation(real, synth, QString(), report, 1, false);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const nlohmann::json metrics = readJsonFile((report + QStringLiteral("/metrics.json")).toStdString());
        QVERIFY(metrics.contains("tstr"));
    }

    // The pipeline, closed during its diffusion training: its state file
    // stays loadable with the finished encoding in it, and the same pipeline
    // run again reuses that encoding.
    void closingDuringPipelineKeepsItsFinishedSteps()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        const QString out = kOut + QStringLiteral("/pipeline");
        PipelineOptions options = PipelineOptions::fromPreset("quick");
        options.dataPath = kAppx.toStdString();
        options.outDir = out.toStdString();
        options.maxBiflowsPerClass = 20;
        options.perClass = 4;
        options.trainSteps = 1000000; // still training when the window closes
        options.overrideEval = true;  // the judge alone: the evaluation is not under test here
        options.eval.seeds = 1;
        options.eval.useCnn = false;
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->evaluationActions()->submitPipeline(options);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out + QStringLiteral("/images/train/manifest.json")), 120000);
        QTest::qWait(2000); // into the training
        closeDuringJob(w, 15000);
        delete w;
        // Whole JSON (readJsonFile throws on a torn file), the encoding done, no evaluation.
        const nlohmann::json state = readJsonFile((out + QStringLiteral("/pipeline_state.json")).toStdString());
        const nlohmann::json &steps = state.at("steps");
        QVERIFY2(steps.contains("encode") && steps["encode"].value("done", false), state.dump().c_str());
        QVERIFY2(!steps.contains("evaluate") || !steps["evaluate"].value("done", false), state.dump().c_str());

        options.trainSteps = 40;
        ProgressToken token;
        const PipelineResult result = runPipeline(options, token);
        QVERIFY2(result.steps["encode"].value("reused", false), result.steps.dump().c_str());
        QVERIFY(QFileInfo::exists(QString::fromStdString(result.reportDir) + QStringLiteral("/metrics.json")));
    }

    // Encoding again over a complete image set, and sampling over a
    // complete synthetic set, each closed part-way: the folder still loads
    // whole (the old set or the new one), nothing earlier is lost.
    void closingDuringEncodeAndSamplingKeepsTheEarlierSet()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        ProgressToken token;
        LoadOptions lo;
        lo.useCache = false;
        const DatasetPtr full = loadDataset(kAppx.toStdString(), lo, token);
        const QString folder = kOut + QStringLiteral("/encode-over");
        const ImageDataset first = encodeDataset(*appxPart(), smallSpec(), token);
        first.save(folder.toStdString(), token);
        {
            auto *w = new MainWindow;
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
            w->encodeImagesTo(full, smallSpec(), folder); // all 13,046 biflows: seconds of work
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
            QTest::qWait(300);
            closeDuringJob(w, 15000);
            delete w;
        }
        const std::size_t count = ImageDataset::load(folder.toStdString()).count();
        QVERIFY2(count == first.count() || count == full->biflows.size(), qPrintable(QString::number(count)));

        // A trained model and a complete synthetic set, then a larger sampling over it, closed.
        const QString run = kOut + QStringLiteral("/close-sample-run");
        const QString synth = kOut + QStringLiteral("/close-sample-set");
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        TrainingPane *pane = w->trainingPane();
        pane->setConfigOverride(tinyConfig(10));
        pane->setDataFolder(folder);
        pane->setRunFolder(run);
        // The pane's own signals: they come once the pane has taken the result.
        QSignalSpy trained(pane, &TrainingPane::trainingFinished);
        QSignalSpy sampled(pane, &TrainingPane::samplingFinished);
        pane->start();
        QVERIFY(trained.wait(120000));
        pane->sampleTo(synth);
        QVERIFY(sampled.wait(120000));
        QVERIFY(sampled.last().at(0).toBool());
        const std::size_t before = ImageDataset::load(synth.toStdString()).count();
        auto *perClass = pane->findChild<QSpinBox *>(QStringLiteral("perClassSpin"));
        QVERIFY(perClass);
        perClass->setValue(perClass->value() * 50);
        QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
        pane->sampleTo(synth);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTest::qWait(500);
        closeDuringJob(w, 15000);
        delete w;
        const std::size_t after = ImageDataset::load(synth.toStdString()).count();
        QVERIFY2(after == before || after == before * 50, qPrintable(QString::number(after)));
    }

    // Encoding into a folder on a full disk: the job fails with a message
    // naming the write, the folder holds no manifest, and the same encoding
    // succeeds with room.
    void fullDiskDuringEncodeShowsAMessage()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        const QString folder = kOut + QStringLiteral("/encode-full");
        const DatasetPtr part = appxPart();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.jobRunner(), &JobRunner::jobFinished);
        {
            DiskLimit limit(32 * 1024);
            QVERIFY(limit.ok());
            w.encodeImagesTo(part, smallSpec(), folder);
            QVERIFY(finished.wait(120000));
        }
        QCOMPARE(finished.first().at(1).value<JobResult>().status, JobResult::Status::Failed);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("write failed")), qPrintable(box->text()));
        box->close();
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/manifest.json")));
        w.encodeImagesTo(part, smallSpec(), folder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QCOMPARE(finished.last().at(1).value<JobResult>().status, JobResult::Status::Succeeded);
        QCOMPARE(ImageDataset::load(folder.toStdString()).count(), part->biflows.size());
    }

    // Sampling into a folder on a full disk: the Training pane shows the
    // write failure, the folder holds no manifest, and sampling again with
    // room succeeds.
    void fullDiskDuringSamplingShowsAMessage()
    {
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        ProgressToken token;
        const QString images = kOut + QStringLiteral("/sample-images");
        encodeDataset(*appxPart(), smallSpec(), token).save(images.toStdString(), token);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TrainingPane *pane = w.trainingPane();
        pane->setConfigOverride(tinyConfig(20));
        pane->setDataFolder(images);
        pane->setRunFolder(kOut + QStringLiteral("/sample-run"));
        // The pane's own signals: they come once the pane has taken the result.
        QSignalSpy trained(pane, &TrainingPane::trainingFinished);
        QSignalSpy sampled(pane, &TrainingPane::samplingFinished);
        pane->start();
        QVERIFY(trained.wait(120000));
        QVERIFY(trained.first().at(0).toBool());
        const QString out = kOut + QStringLiteral("/sample-full");
        QSignalSpy errors(pane, &TrainingPane::errorOccurred);
        {
            DiskLimit limit(16 * 1024);
            QVERIFY(limit.ok());
            pane->sampleTo(out);
            QVERIFY(sampled.wait(120000));
        }
        QVERIFY(!sampled.last().at(0).toBool());
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("write failed")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/manifest.json")));
        pane->sampleTo(out);
        QVERIFY(sampled.wait(120000));
        QVERIFY(sampled.last().at(0).toBool());
        QVERIFY(ImageDataset::load(out.toStdString()).count() > 0);
    }
};

QTEST_MAIN(TestJobsUnderFaults)
#include "tst_jobs_under_faults.moc"
