// AppShotController + AppShotMapPane (offscreen), the GUI path a user takes:
// open a city folder, simulate traffic, generate with a tiny checkpoint, see
// real / generated / difference maps, inspect a cell, show the patches, export
// PNG / .npy / CSV, train from the GUI (loss curves and sample maps), and
// errors that are shown while what was loaded stays.
#include "appshot_test_util.h"
#include "appshot_toy_city.h"

#include "app/appshot_controller.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/city_writer.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/npy_io.h"
#include "core/runtime/progress.h"
#include "widgets/appshot/appshot_inspector.h"
#include "widgets/appshot/appshot_map_pane.h"
#include "widgets/appshot/holdout_results_dialog.h"
#include "widgets/appshot/appshot_training_view.h"
#include "widgets/appshot/map_canvas.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

using namespace netsynth;

namespace {
AppShotConfig tinyConfig()
{
    AppShotConfig c;
    c.patch = 8;
    c.stride = 4;
    c.channels = 8;
    c.embedDim = 8;
    c.noiseChannels = 2;
    c.dilations = {1, 2};
    c.batch = 2;
    c.steps = 4;
    c.sampleEvery = 0;
    c.seed = 3;
    return c;
}

// Distinct colours in an image (a blank map has one or two).
int colourCount(const QImage &img)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            seen.insert(img.pixel(x, y));
    return seen.size();
}
} // namespace

class TestAppShotController : public QObject
{
    Q_OBJECT
    std::string m_cityDir, m_checkpoint, m_out;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of this test, not the user's
        torch_threads_one();
        m_out = testOutput(QStringLiteral("controller"));
        // A city folder on disk (read back by CityReader in the job), 12 x 14 cells.
        m_cityDir = m_out + "/toytown";
        CityWriter::writeNpyFolder(toyCity("toytown", 12, 14, 0.05), m_cityDir);
        // A tiny checkpoint trained on another city with 2 simulated services.
        City train = toyCity("trainville", 14, 16, 0.0);
        DemoTrafficSpec spec;
        spec.services = 2;
        spec.days = 1;
        train.traffic = DemoTrafficGenerator::generate(train, spec);
        ProgressToken token;
        const auto r = AppShotTrainer::train({train}, AppShotTrainer::prepareConfig({train}, tinyConfig()),
                                             m_out + "/run", token);
        m_checkpoint = r.checkpoint;
        QVERIFY(QFileInfo::exists(QString::fromStdString(m_checkpoint)));
    }

    void paneFitsASmallScreen()
    {
        AppShotMapPane pane;
        // The pane shares the window with the other docks: it must not force a
        // window wider than a laptop screen.
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showMessage(QStringLiteral("A long status line that must wrap instead of widening the pane: ").repeated(4));
        QVERIFY(pane.minimumSizeHint().width() <= 900);
    }

    void openSimulateGenerateInspectExport()
    {
        JobRunner jobs(1);
        AppShotMapPane pane;
        pane.resize(1300, 700);
        pane.show();
        AppShotController controller(&jobs, &pane);
        QSignalSpy done(&controller, &AppShotController::startupFinished);
        AppShotStartup s;
        s.city = QString::fromStdString(m_cityDir);
        s.simulateServices = 2;
        s.simulateDays = 1;
        s.checkpoint = QString::fromStdString(m_checkpoint);
        s.hours = QStringLiteral("6-9");
        s.cellRow = 3;
        s.cellCol = 4;
        s.showPatches = true;
        controller.runStartup(s);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY2(!pane.statusIsError(), qPrintable(pane.statusText()));

        // The city as read from disk, with simulated real traffic and generated maps.
        QVERIFY(pane.city());
        QCOMPARE(pane.city()->rows, 12);
        QCOMPARE(pane.city()->cols, 14);
        QVERIFY(pane.realTraffic() && pane.realTraffic()->simulated());
        const auto gen = pane.generatedTraffic();
        QVERIFY(gen);
        QCOMPARE(gen->steps, 4);
        QCOMPARE(gen->services, 2);
        QCOMPARE(gen->rows, 12);
        QCOMPARE(gen->cols, 14);
        QCOMPARE(gen->hours, (std::vector<int>{6, 7, 8, 9}));
        for (float v : gen->values)
            QVERIFY(std::isfinite(v) && v >= 0.0f);
        QVERIFY(pane.statusText().contains(QStringLiteral("SIMULATED")));
        // Maps: real, generated and difference each draw the visible service layer.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(pane.canvas(i)->layerCount() >= 1, qPrintable(QString::number(i)));
        QVERIFY(pane.patchesShown());
        QVERIFY(pane.canvas(1)->patchesVisible());
        QVERIFY(pane.canvas(1)->patchCount() >= 4); // 12 x 14 with 8 x 8 patches, stride 4
        // Inspector: 2 services + the city's 4 context layers, real and generated series.
        QCOMPARE(pane.inspector()->tableRows(), 2 + 4);
        QCOMPARE(pane.inspector()->plottedSeries(), 2);
        // The time slider moves through the generated hours; the real map follows the hour.
        pane.setCurrentStep(3);
        QCOMPARE(pane.currentStep(), 3);
        const QImage maps = pane.renderMaps();
        QVERIFY(maps.width() > 600);
        QVERIFY(colourCount(maps) > 20);
        QVERIFY(maps.save(QString::fromStdString(m_out + "/maps.png")));

        // Export generated traffic as .npy (+ .json) and CSV.
        QSignalSpy finished(&jobs, &JobRunner::jobFinished);
        controller.exportTraffic(QString::fromStdString(m_out + "/export.npy"));
        QVERIFY(finished.wait(20000));
        controller.exportTraffic(QString::fromStdString(m_out + "/export.csv"));
        QVERIFY(finished.wait(20000));
        const NpyArray<float> npy = readNpyFloat(m_out + "/export.npy");
        QCOMPARE(npy.shape, (std::vector<std::size_t>{4, 2, 12, 14}));
        QVERIFY(QFileInfo::exists(QString::fromStdString(m_out + "/export.npy.json")));
        QFile csv(QString::fromStdString(m_out + "/export.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!csv.atEnd()) {
            csv.readLine();
            ++lines;
        }
        QCOMPARE(lines, 1 + 4 * 12 * 14);

        // A failing request shows an error and keeps what is loaded.
        QSignalSpy done2(&controller, &AppShotController::startupFinished);
        AppShotStartup bad;
        bad.city = QString::fromStdString(m_out + "/no-such-city");
        controller.runStartup(bad);
        QVERIFY(done2.wait(20000));
        QCOMPARE(done2.at(0).at(0).toBool(), false);
        QVERIFY(pane.statusIsError());
        QVERIFY(pane.statusText().contains(QStringLiteral("no-such-city")));
        QCOMPARE(pane.city()->name, std::string("toytown"));
        QVERIFY(pane.generatedTraffic() == gen);
        AppShotGenerateRequest missing;
        missing.checkpoint = QString::fromStdString(m_out + "/missing.pt");
        pane.showMessage(QString());
        controller.generate(missing);
        QTRY_VERIFY_WITH_TIMEOUT(pane.statusIsError(), 20000);
        QVERIFY(pane.statusText().contains(QStringLiteral("checkpoint not found")));
        QVERIFY(pane.generatedTraffic() == gen);
    }

    // Outputs are proposed in the workspace, never in the input city's folder;
    // Generate... proposes the checkpoint of the run trained last.
    void outputsAndCheckpointAreProposed()
    {
        const QString ws = QString::fromStdString(m_out + "/workspace");
        Workspace::setRoot(ws);
        AppShotMapPane pane;
        pane.setCity(std::make_shared<const City>(CityReader::read(m_cityDir)));
        // The text of a dialog's line edit, read while the dialog is open, then the dialog canceled.
        auto proposedBy = [this](const char *editName, const std::function<void()> &open) {
            QString text = QStringLiteral("(no dialog)");
            QTimer::singleShot(0, this, [&text, editName] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog) return;
                if (auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(editName))) text = edit->text();
                dialog->reject();
            });
            open();
            return text;
        };
        const QString run = proposedBy("appshot-train-run", [&] { pane.trainDialog(); });
        QCOMPARE(run, ws + QStringLiteral("/appshot-toytown"));
        QVERIFY(!Workspace::isInside(run, QString::fromStdString(m_cityDir)));
        // A used folder is not proposed again.
        QDir().mkpath(run);
        QFile marker(run + QStringLiteral("/checkpoint.json"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QCOMPARE(Workspace::proposeFolder(QStringLiteral("appshot-toytown")), ws + QStringLiteral("/appshot-toytown-2"));
        QVERIFY(Workspace::isInside(run + QStringLiteral("/a/../b"), ws));
        QVERIFY(!Workspace::isInside(ws + QStringLiteral("-other"), ws));

        pane.setLastRun(QString::fromStdString(m_out + "/run"));
        QCOMPARE(proposedBy("appshot-generate-checkpoint", [&] { pane.generateDialog(); }),
                 QString::fromStdString(m_out + "/run/checkpoint.pt"));
    }

    void trainFromTheGui()
    {
        JobRunner jobs(1);
        AppShotMapPane pane;
        pane.resize(1300, 700);
        pane.show();
        AppShotController controller(&jobs, &pane);
        AppShotTrainRequest r;
        r.cityDirs << QString::fromStdString(m_cityDir);
        r.runDir = QString::fromStdString(m_out + "/gui-run");
        r.steps = 12;
        r.batch = 2;
        r.demo = true;
        r.demoServices = 2;
        r.demoDays = 1;
        controller.train(r);
        QCOMPARE(pane.lastRun(), r.runDir); // what Generate... will propose
        // The job's callback (after jobFinished) reports the checkpoint.
        QTRY_VERIFY_WITH_TIMEOUT(pane.statusText().contains(QStringLiteral("checkpoint.pt")) || pane.statusIsError(), 50000);
        QVERIFY2(!pane.statusIsError(), qPrintable(pane.statusText()));
        // Every 5 steps and at the end: generator, D spatial and D composition curves.
        QVERIFY(pane.trainingView()->pointCount() >= 2);
        QCOMPARE(pane.trainingView()->curveCount(), 3);
        // The last step is a sample step: real and generated sample maps are shown.
        QCOMPARE(pane.trainingView()->samplesShown(), 1);
        QVERIFY(QFileInfo::exists(QString::fromStdString(m_out + "/gui-run/samples/step_000012.npy")));
    }

    // The Evaluate action on a real city (Aachen's context, simulated traffic):
    // the same report folder as `appshot evaluate`, offered to the Reports pane.
    // The Hold-out study... dialog's request on Aachen's own (stand-in)
    // traffic: a tiny study runs as a job, writes holdout.json and shows its
    // table with a number in every cell.
    void holdoutStudyFromTheGui()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities is absent");
        JobRunner jobs(1);
        AppShotMapPane pane;
        pane.resize(1300, 700);
        pane.show();
        AppShotController controller(&jobs, &pane);
        QSignalSpy done(&controller, &AppShotController::startupFinished);
        AppShotStartup s;
        s.city = QString::fromStdString(sharedData("cities/aachen"));
        controller.runStartup(s);
        QVERIFY(done.wait(60000));
        QVERIFY(pane.realTraffic());

        QSignalSpy finished(&controller, &AppShotController::holdoutFinished);
        AppShotHoldoutRequest r;
        r.outDir = QString::fromStdString(m_out + "/gui-holdout");
        QDir(r.outDir).removeRecursively();
        r.folds = 2;
        r.seeds = 1;
        r.steps = 4;
        r.hours = QStringLiteral("0-5");
        Q_EMIT pane.holdoutRequested(r); // what the Hold-out study... dialog emits
        QVERIFY(finished.wait(120000));
        QVERIFY2(!pane.statusIsError(), qPrintable(pane.statusText()));
        QFile f(r.outDir + QStringLiteral("/holdout.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto study = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(study["runs"].size(), std::size_t(2));
        QCOMPARE(study["hours_compared"].get<int>(), 6);
        // every run says what it was trained on
        QFile run(r.outDir + QStringLiteral("/fold1-seed0/run.json"));
        QVERIFY(run.open(QIODevice::ReadOnly));
        QCOMPARE(nlohmann::json::parse(run.readAll().toStdString())["config"]["train_cities"][0].get<std::string>(),
                 std::string("aachen without columns 14-27 (buffer 1)"));
        auto *dialog = pane.findChild<HoldoutResultsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            for (int col = 0; col < 3; ++col)
                QVERIFY2(dialog->table()->item(row, col)->text().contains(QChar(0x00b1)),
                         qPrintable(dialog->table()->item(row, col)->text()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("holdout-verdict"))->text().contains(QStringLiteral("ridge")));
        QImage shot = dialog->grab().toImage();
        shot.save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/holdout_results.png"));
    }

    void evaluateFromTheGuiOnARealCity()
    {
        if (!haveSharedData("cities/aachen"))
            QSKIP("../shared/data/cities is absent");
        JobRunner jobs(1);
        AppShotMapPane pane;
        pane.resize(1300, 700);
        pane.show();
        AppShotController controller(&jobs, &pane);
        QSignalSpy done(&controller, &AppShotController::startupFinished);
        AppShotStartup s;
        s.city = QString::fromStdString(sharedData("cities/aachen"));
        s.simulateServices = 2;
        s.simulateDays = 1;
        s.checkpoint = QString::fromStdString(m_checkpoint);
        s.hours = QStringLiteral("6-9");
        controller.runStartup(s);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), true);

        QSignalSpy ready(&controller, &AppShotController::reportReady);
        QSignalSpy open(&pane, &AppShotMapPane::openReportRequested);
        const QString out = QString::fromStdString(m_out + "/gui-report");
        Q_EMIT pane.evaluateRequested(AppShotEvaluateRequest{out}); // what the Evaluate... dialog emits
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.at(0).at(0).toString(), QDir(out).absolutePath());
        QVERIFY2(!pane.statusIsError(), qPrintable(pane.statusText()));
        QVERIFY(pane.statusText().contains(QStringLiteral("SIMULATED")));

        QFile metricsFile(out + QStringLiteral("/metrics.json"));
        QVERIFY(metricsFile.open(QIODevice::ReadOnly));
        const auto m = nlohmann::json::parse(metricsFile.readAll().toStdString());
        QCOMPARE(m["city"].get<std::string>(), std::string("aachen"));
        QCOMPARE(m["hours_compared"].get<int>(), 4);
        QCOMPARE(m["services"].size(), std::size_t(2));
        for (const auto &sv : m["services"])
            for (const char *k : {"emd", "ssim", "pearson_cell_mean"})
                QVERIFY2(sv.contains(k) && sv[k].is_number(), k);
        // The run folder's baselines.json gives both baselines for the unseen city.
        QVERIFY(m["baselines"].contains("ridge"));
        QVERIFY(m["baselines"].contains("population"));
        QCOMPARE(m["setup"]["simulated"].get<bool>(), true);
        QCOMPARE(m["setup"]["training_seed"].get<int>(), 3);
        QCOMPARE(m["images"].size(), std::size_t(2 * 7));
        QFile html(out + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QCOMPARE(text.count(QStringLiteral("src=\"data:image/png;base64,")), 14);
        QVERIFY(text.contains(QStringLiteral("SIMULATED traffic")));
        QFile pdf(out + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.count("/Type /Page") > bytes.count("/Type /Pages"));
        QCOMPARE(bytes.count("/Width 224"), 14); // the 14 maps (28 columns x 8 px), drawn by the job's thread

        // The offer: the status line's link asks to open the report in the Reports pane.
        QLabel *link = nullptr;
        for (QLabel *l : pane.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("href")))
                link = l;
        QVERIFY(link);
        Q_EMIT link->linkActivated(QStringLiteral("report"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QDir(out).absolutePath());

        // The Reports pane lists it as an AppShot report and shows the same document.
        ReportsPane reports;
        reports.addReport(out);
        QVERIFY(reports.showReport(out));
        auto *view = reports.findChild<QTextBrowser *>(QStringLiteral("ReportView"));
        QVERIFY(view);
        QVERIFY(view->toPlainText().contains(QStringLiteral("AppShot evaluation report")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("population-proportional (baseline)")));
        QVERIFY(view->toolTip().contains(QStringLiteral("SIMULATED")));
        auto *list = reports.findChild<QListWidget *>(QStringLiteral("ReportsList"));
        QVERIFY(list && list->count() == 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("AppShot")));
        QVERIFY(reports.compareReports(out, out));
        auto *table = reports.findChild<QTextBrowser *>(QStringLiteral("CompareTable"));
        QVERIFY(table->toPlainText().contains(QStringLiteral("cross-service correlation error")));
    }

private:
    static void torch_threads_one() { DeviceManager::configure(DevicePreference::Cpu, 1); }
};

QTEST_MAIN(TestAppShotController)
#include "tst_appshot_controller.moc"
