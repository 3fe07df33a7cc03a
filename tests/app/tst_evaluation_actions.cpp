// EvaluationActions (Tools menu): the Run full pipeline dialog offers one
// checkbox per generator, and a pipeline job comparing generators on real
// MIRAGE-AppxAct rows ends with its report shown in the Reports pane, the
// comparison section included.
#include "app/evaluation_actions.h"

#include "core/runtime/device.h"
#include "core/runtime/job_runner.h"
#include "widgets/reports/reports_pane.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace netsynth;

class TestEvaluationActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DeviceManager::configure(DevicePreference::Cpu, 1);
        QCoreApplication::setOrganizationName(QStringLiteral("netsynth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evaluation_actions"));
    }

    void dialogHasGeneratorCheckboxes()
    {
        QWidget window;
        JobRunner jobs(1);
        ReportsPane pane;
        EvaluationActions actions(&window, &jobs, &pane, nullptr);
        QStringList names;
        bool ddimChecked = false;
        int dialogWidth = 0, dialogHeight = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (auto *check : dialog->findChildren<QCheckBox *>()) {
                if (!check->objectName().startsWith(QStringLiteral("generator-")))
                    continue;
                names << check->text();
                if (check->text() == QStringLiteral("diffusion-dpm2m"))
                    ddimChecked = check->isChecked();
            }
            // Guidance and class mix start at the preset's values.
            auto *guidance = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("pipeline-guidance"));
            auto *mix = dialog->findChild<QComboBox *>(QStringLiteral("pipeline-class-mix"));
            QVERIFY(guidance && mix);
            QCOMPARE(guidance->value(), 0.0);
            QCOMPARE(mix->currentData().toString(), QString());
            QCOMPARE(mix->count(), 3);
            QCOMPARE(mix->itemData(2).toString(), QStringLiteral("training"));
            // The training share starts at 1 (every training biflow).
            auto *share = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("pipeline-train-share"));
            QVERIFY(share);
            QCOMPARE(share->value(), 1.0);
            QCOMPARE(share->minimum(), 0.01);
            // The help text wraps: the dialog fits a 1280 x 800 screen (it was 2,266 px wide).
            dialog->adjustSize();
            dialogWidth = dialog->width();
            dialogHeight = dialog->height();
            QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
            dialog->grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/pipeline-dialog.png"));
            dialog->reject();
        });
        actions.runFullPipeline();
        QCOMPARE(names, QStringList({QStringLiteral("diffusion-ddim"), QStringLiteral("diffusion-ddpm"),
                                     QStringLiteral("diffusion-dpm2m"), QStringLiteral("dg"), QStringLiteral("wgan-gasf"), QStringLiteral("empirical"),
                                     QStringLiteral("real")}));
        QVERIFY(ddimChecked); // the default: the default preset's generator, diffusion with DPM-Solver++
        QVERIFY2(dialogWidth > 0 && dialogWidth <= 1280, qPrintable(QString::number(dialogWidth)));
        QVERIFY2(dialogHeight > 0 && dialogHeight <= 800, qPrintable(QString::number(dialogHeight)));
    }

    void pipelineJobOpensTheComparisonReport()
    {
        const QString data = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
        if (!QFileInfo::exists(data + QStringLiteral("/appxact_first10_train.csv")))
            QSKIP("../shared/data/mirage-appxact is absent: the pipeline job test needs it");
        const QString out = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/pipeline");
        QDir(out).removeRecursively();
        QWidget window;
        JobRunner jobs(1);
        ReportsPane pane;
        EvaluationActions actions(&window, &jobs, &pane, nullptr);
        QSignalSpy ready(&actions, &EvaluationActions::reportReady);
        QSignalSpy failed(&actions, &EvaluationActions::failed);
        PipelineOptions options = PipelineOptions::fromPreset("quick");
        options.dataPath = data.toStdString();
        options.outDir = out.toStdString();
        options.generators = {"empirical", "real"}; // no network training: the job and the pane are under test
        options.maxBiflowsPerClass = 10;
        options.perClass = 4;
        actions.submitPipeline(options);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString folder = ready.first().first().toString();
        QCOMPARE(QDir(folder).absolutePath(), QDir(out + QStringLiteral("/report")).absolutePath());
        QCOMPARE(QDir(pane.currentReport()).absolutePath(), QDir(folder).absolutePath());
        auto *view = pane.findChild<QTextBrowser *>(QStringLiteral("ReportView"));
        QVERIFY(view);
        const QString text = view->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Generators compared")));
        QVERIFY(text.contains(QStringLiteral("empirical")));
        QVERIFY(QFileInfo(out + QStringLiteral("/report/report.pdf")).size() > 1000);
    }
};

QTEST_MAIN(TestEvaluationActions)
#include "tst_evaluation_actions.moc"
