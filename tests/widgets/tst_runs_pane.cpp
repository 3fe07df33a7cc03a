// RunsPane: the workspace's runs (written by the real trainer) are listed;
// ticked runs' loss curves overlay on one chart; runs added from elsewhere
// are remembered across restarts and forgotten on Remove; a folder that is
// not a run is refused with the reason; a double-click asks to open the run.
#include "core/diffusion/trainer.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"
#include "widgets/qcustomplot_include.h"
#include "widgets/runs/runs_pane.h"
#include "widgets/workspace.h"

#include "core/diffusion/tiny_config.h"
#include "core/diffusion/toy_gasf.h"

#include <QApplication>
#include <QPushButton>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <filesystem>

using namespace netsynth;

class TestRunsPane : public QObject
{
    Q_OBJECT
private:
    QString m_root;

    QString train(const QString &dir, int steps)
    {
        TrainRequest req;
        req.config = tinyConfig(steps);
        req.config.batchSize = 8;
        req.dataDir = (m_root + QStringLiteral("/toy")).toStdString();
        req.runDir = dir.toStdString();
        ProgressToken token;
        trainDiffusion(req, token);
        return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NetSynthRunsPaneTest"));
        QSettings().remove(QStringLiteral("runs"));
        DeviceManager::configure(DevicePreference::Cpu, 1);
        m_root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        toy::makeToySet(16, 12).save((m_root + QStringLiteral("/toy")).toStdString());
        Workspace::setRoot(m_root + QStringLiteral("/workspace"));
    }

    void listsOverlaysRemembersAndOpens()
    {
        const QString a = train(m_root + QStringLiteral("/workspace/a/run"), 10);
        const QString b = train(m_root + QStringLiteral("/workspace/b"), 20);
        const QString outside = train(m_root + QStringLiteral("/elsewhere/c"), 6);

        RunsPane pane;
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.runCount(), 2); // the workspace's; not elsewhere/
        QVERIFY(pane.rowOf(a) >= 0 && pane.rowOf(b) >= 0);
        QCOMPARE(pane.rowOf(outside), -1);
        const int rowB = pane.rowOf(b);
        QCOMPARE(pane.table()->item(rowB, 1)->text(), QStringLiteral("b"));
        QCOMPARE(pane.table()->item(rowB, 2)->text(), QStringLiteral("diffusion"));
        QCOMPARE(pane.table()->item(rowB, 3)->text(), QStringLiteral("20"));

        // Tick two runs: two curves, named after the runs, as long as their histories.
        QCOMPARE(pane.lossPlot()->graphCount(), 0);
        pane.setOverlaid(a, true);
        QCOMPARE(pane.lossPlot()->graphCount(), 1);
        pane.setOverlaid(b, true);
        QCOMPARE(pane.lossPlot()->graphCount(), 2);
        QCOMPARE(pane.overlaid(), QStringList({a, b}));
        QStringList names;
        for (int i = 0; i < 2; ++i)
            names << pane.lossPlot()->graph(i)->name();
        QVERIFY(names.contains(QStringLiteral("a/run")) && names.contains(QStringLiteral("b")));
        const RunSummary &runB = pane.run(rowB);
        for (int i = 0; i < 2; ++i)
            if (pane.lossPlot()->graph(i)->name() == QLatin1String("b"))
                QCOMPARE(pane.lossPlot()->graph(i)->dataCount(), static_cast<int>(runB.loss.size()));
        QDir().mkpath(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR));
        QTest::qWait(50); // the chart's queued replot
        QVERIFY(pane.lossPlot()->xAxis->range().upper >= 20.0); // the longer run's last step
        QVERIFY(pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/runs_pane.png")));
        pane.setOverlaid(a, false);
        QCOMPARE(pane.lossPlot()->graphCount(), 1);

        // A run from elsewhere, added by its checkpoint file: listed and remembered.
        QVERIFY(pane.addRun(outside + QStringLiteral("/checkpoint.pt")));
        QCOMPARE(pane.runCount(), 3);
        QVERIFY(RunsPane::rememberedRuns().contains(outside));
        {
            RunsPane again; // a restart
            QCOMPARE(again.runCount(), 3);
            QVERIFY(again.rowOf(outside) >= 0);
        }
        // Not a run: refused, with the file and the reason.
        QVERIFY(!pane.addRun(m_root + QStringLiteral("/toy")));
        QVERIFY2(pane.messageText().contains(QLatin1String("checkpoint.json")), qPrintable(pane.messageText()));
        QCOMPARE(pane.runCount(), 3);

        // Remove forgets it (the folder stays).
        pane.removeRun(pane.rowOf(outside));
        QCOMPARE(pane.runCount(), 2);
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/checkpoint.pt")));
        {
            RunsPane again;
            QCOMPARE(again.runCount(), 2);
        }

        // A double-click on a run, or Open in Training on the selected one,
        // asks for it to be opened in the Training pane.
        QSignalSpy open(&pane, &RunsPane::openRunRequested);
        const int row = pane.rowOf(a);
        Q_EMIT pane.table()->cellDoubleClicked(row, 1);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toString(), a);
        pane.table()->selectRow(pane.rowOf(b));
        QPushButton *openButton = nullptr;
        for (QPushButton *button : pane.findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Open in Training"))
                openButton = button;
        QVERIFY(openButton);
        openButton->click();
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.back().front().toString(), b);
    }
};

QTEST_MAIN(TestRunsPane)
#include "tst_runs_pane.moc"
