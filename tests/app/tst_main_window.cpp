// GUI smoke test: the main window opens offscreen with its docks, shows the
// device, runs a job in the Jobs pane, cancels it, and closes while a job runs.
#include "app/compare_actions.h"
#include "app/main_window.h"
#include "core/data/dataset_loader.h"
#include "core/diffusion/tiny_config.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/progress.h"
#include "widgets/training/training_pane.h"
#include "app/shortcuts_dialog.h"
#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "widgets/jobs_model.h"
#include "widgets/jobs_pane.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "app/ui_language.h"

using namespace netsynth;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetSynthTest"));
        DeviceManager::configure(DevicePreference::Cpu, 1);
    }

    void opensWithDocksAndDevice()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const char *name : {"DatasetsDock", "ImagingDock", "TrainingDock", "AppShotDock", "ReportsDock", "RunsDock", "JobsDock"})
            QVERIFY2(w.dock(QString::fromLatin1(name)) != nullptr, name);
        auto *device = w.findChild<QLabel *>(QStringLiteral("DeviceLabel"));
        QVERIFY(device);
        QVERIFY2(device->text().contains(QStringLiteral("CPU")), qPrintable(device->text()));
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        const QString shot = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/main_window.png");
        QVERIFY(w.grab().save(shot));
        QVERIFY(QFileInfo(shot).size() > 1000);
    }

    // Help > Keyboard shortcuts lists the menus' shortcuts and the panes'
    // own, with where each works, read from the window itself.
    void shortcutsAreListed()
    {
        MainWindow w;
        w.resize(1280, 800);
        ShortcutsDialog dialog(&w);
        QTableWidget *table = dialog.table();
        QVERIFY(table->rowCount() > 15);
        auto has = [&](const QString &place, const QKeySequence &key, const QString &what) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == place &&
                    table->item(r, 1)->text() == key.toString(QKeySequence::NativeText) &&
                    table->item(r, 2)->text() == what)
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("Everywhere"), QKeySequence::Open, QStringLiteral("Open dataset")));
        QVERIFY(has(QStringLiteral("Everywhere"), QKeySequence(Qt::CTRL | Qt::Key_Slash), QStringLiteral("Keyboard shortcuts")));
        QVERIFY(has(w.dock(QStringLiteral("TrainingDock"))->windowTitle().remove(QLatin1Char('&')),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("Sample")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("ShortcutsAction")));
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        dialog.show();
        QVERIFY(dialog.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/shortcuts_dialog.png")));
    }

    // With every dock shown in the default layout, the window fits a 1280 px
    // wide screen, in English and in Italian (longer labels).
    void fitsA1280PixelScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("it") << QStringLiteral("it");
    }

    void fitsA1280PixelScreen()
    {
        QFETCH(QString, language);
        const UiLanguage ui(language);
        if (!ui.isAvailable())
            QSKIP("the translation is not embedded in this build");
        {
            MainWindow w;
            w.resetLayout();
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QString widths;
            for (const char *name : {"DatasetsDock", "ImagingDock", "TrainingDock", "AppShotDock", "ReportsDock", "RunsDock", "JobsDock"}) {
                QDockWidget *d = w.dock(QString::fromLatin1(name));
                QVERIFY2(d && d->isVisible(), name);
                widths += QStringLiteral(" %1=%2").arg(QLatin1String(name)).arg(d->minimumSizeHint().width());
            }
            const int minimum = w.minimumSizeHint().width();
            QVERIFY2(minimum <= 1280, qPrintable(QStringLiteral("minimum width %1 px:%2").arg(minimum).arg(widths)));
            if (!language.isEmpty()) // the Italian strings are really in use
                QCOMPARE(w.menuBar()->actions().at(1)->text(), QStringLiteral("&Visualizza"));
            // At 1280 x 800 nothing is squeezed below its minimum.
            w.resize(1280, 800);
            QTRY_COMPARE(w.width(), 1280);
            for (QDockWidget *d : w.findChildren<QDockWidget *>())
                QVERIFY2(!d->isVisible() || d->width() >= d->minimumSizeHint().width(), qPrintable(d->objectName()));
            // Every AppShot action stays on screen: its buttons wrap onto a
            // second row instead of hiding behind a toolbar's extension button.
            w.showAppShotPane();
            auto *actions = w.findChild<QWidget *>(QStringLiteral("AppShotActions"));
            QVERIFY(actions);
            QTRY_VERIFY(actions->isVisible());
            const auto buttons = actions->findChildren<QToolButton *>();
            QCOMPARE(buttons.size(), 9);
            auto allShown = [&] {
                for (QToolButton *b : buttons)
                    if (!b->isVisible() || !actions->rect().contains(QRect(b->mapTo(actions, QPoint(0, 0)), b->size())))
                        return false;
                return true;
            };
            QTRY_VERIFY(allShown());
            if (!language.isEmpty()) {
                QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
                QVERIFY(actions->grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/appshot_actions_it.png")));
            }
        }
    }

    void jobRunsAndCancelsFromJobsPane()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        JobRunner *runner = w.jobRunner();
        QSignalSpy finished(runner, &JobRunner::jobFinished);
        QSignalSpy progress(runner, &JobRunner::jobProgress);
        w.runDeviceBenchmark(); // 3 s of matmuls unless canceled
        auto *pane = w.findChild<JobsPane *>();
        QVERIFY(pane);
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 5000);
        // Select the row and press the pane's Cancel button.
        pane->view()->selectRow(0);
        auto buttons = pane->findChildren<QToolButton *>();
        QToolButton *cancel = nullptr;
        for (QToolButton *b : buttons)
            if (b->text() == QStringLiteral("Cancel"))
                cancel = b;
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
        QCOMPARE(finished.first().at(1).value<JobResult>().status, JobResult::Status::Canceled);
        QCOMPARE(pane->model()->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Canceled"));
    }

    void closingWhileJobRunsCancelsAndWaits()
    {
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
        w->runDeviceBenchmark();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w->close());
        QCOMPARE(w->jobRunner()->activeCount(), 0);
        QVERIFY2(timer.elapsed() < 2500, "close must cancel, not wait for the 3 s job");
        delete w;
    }

    // Closing the window during diffusion training (issue 23, the GUI under
    // faults): the job is canceled, the trainer writes its checkpoint first,
    // and the window closes promptly; nothing trained is lost.
    void closingDuringTrainingKeepsACheckpoint()
    {
        const QString appx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
        if (!QFileInfo::exists(appx)) QSKIP("../shared/data/mirage-appxact is absent");
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(root + QStringLiteral("/training")).removeRecursively();
        LoadOptions lo;
        lo.useCache = false;
        ProgressToken token;
        const DatasetPtr full = loadDataset(appx.toStdString(), lo, token);
        Dataset part;
        for (std::size_t i = 0; i < full->biflows.size(); i += 16) part.biflows.push_back(full->biflows[i]);
        EncodeSpec spec;
        spec.length = spec.imageSize = 16;
        const QString images = root + QStringLiteral("/training/images");
        encodeDataset(part, spec, token).save(images.toStdString(), token);

        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        TrainingPane *pane = w->trainingPane();
        const QString run = root + QStringLiteral("/training/run");
        pane->setConfigOverride(tinyConfig(1000000));
        pane->setDataFolder(images);
        pane->setRunFolder(run);
        QSignalSpy started(w->jobRunner(), &JobRunner::jobStarted);
        pane->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTest::qWait(1500); // some steps
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w->close());
        QCOMPARE(w->jobRunner()->activeCount(), 0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoint.pt")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoint.json")));
        delete w;
    }

    // A job failing while another runs: the failure is reported on its own
    // and the running job goes on to finish.
    void aFailingJobLeavesTheOtherRunning()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.jobRunner(), &JobRunner::jobFinished);
        w.runDeviceBenchmark(); // about 3 s
        const QString empty = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/not-an-image-set");
        QDir().mkpath(empty);
        w.compareActions()->submitComparison(empty, empty);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        int failed = 0, succeeded = 0;
        for (const auto &f : finished) {
            const auto r = f.at(1).value<JobResult>();
            failed += r.status == JobResult::Status::Failed;
            succeeded += r.status == JobResult::Status::Succeeded;
        }
        QCOMPARE(failed, 1);
        QCOMPARE(succeeded, 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("not-an-image-set")));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
