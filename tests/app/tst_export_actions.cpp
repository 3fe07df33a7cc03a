// ExportActions (Tools > Export traffic..., the Training pane's Export..., the
// Reports pane's Export traffic...): the dialog proposes an output in the
// workspace, never inside the set; the job writes a pcapng export of real
// AppxAct images that the Datasets pane re-opens with the same classes and
// biflows; a report naming its synthetic set offers to export it.
#include "app/export_actions.h"

#include "core/data/dataset_loader.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "widgets/datasets/datasets_pane.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <csignal>
#include <sys/resource.h>

#include "app/ui_language.h"

using namespace netsynth;

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
} // namespace

class TestExportActions : public QObject
{
    Q_OBJECT
    QString m_set;
    std::size_t m_count = 0;
    std::size_t m_classes = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("netsynth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_actions"));
        QDir(kOut).removeRecursively();
        QDir().mkpath(kOut);
        Workspace::setRoot(kOut + QStringLiteral("/workspace"));
        if (!QFileInfo::exists(kAppx))
            QSKIP("../shared/data/mirage-appxact is absent");
        // Every 16th AppxAct biflow, encoded as the default preset does.
        LoadOptions lo;
        lo.useCache = false;
        ProgressToken token;
        const DatasetPtr full = loadDataset(kAppx.toStdString(), lo, token);
        Dataset part;
        for (std::size_t i = 0; i < full->biflows.size(); i += 16) part.biflows.push_back(full->biflows[i]);
        EncodeSpec spec;
        spec.length = spec.imageSize = 16;
        spec.normalisation = Normalisation::Quantile;
        spec.padding = PaddingPolicy::MarkLength;
        const ImageDataset set = encodeDataset(part, spec, token);
        m_set = kOut + QStringLiteral("/runs/r1/synthetic/diffusion-ddim");
        set.save(m_set.toStdString(), token);
        m_count = set.count();
        m_classes = set.classes.size();
    }

    void dialogProposesTheWorkspaceAndExportsPcapng()
    {
        QWidget window;
        JobRunner jobs(1);
        DatasetsPane datasets(&jobs);
        ExportActions actions(&window, &jobs, &datasets);
        QSignalSpy done(&actions, &ExportActions::exported);
        QString proposed;
        int width = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *set = dialog->findChild<QLineEdit *>(QStringLiteral("ExportSet"));
            auto *out = dialog->findChild<QLineEdit *>(QStringLiteral("ExportOut"));
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("ExportFormat"));
            QVERIFY(set && out && format);
            QCOMPARE(set->text(), m_set);
            QCOMPARE(format->currentIndex(), 0); // pcapng first
            proposed = out->text();
            dialog->adjustSize();
            width = dialog->width();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        actions.exportSet(m_set);
        // runs/r1/synthetic/diffusion-ddim -> <workspace>/exports/r1-diffusion-ddim-pcapng
        QCOMPARE(proposed, kOut + QStringLiteral("/workspace/exports/r1-diffusion-ddim-pcapng"));
        QVERIFY2(width > 0 && width <= 1280, qPrintable(QString::number(width)));
        QVERIFY(done.wait(120000));
        const QStringList files = done.front().at(1).toStringList();
        QCOMPARE(files.size(), int(m_classes) + 1); // one capture per class + labels.csv
        for (const QString &f : files) QVERIFY(QFileInfo::exists(f));

        // The message offers to open the export; the Datasets pane shows the same biflows.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("ExportDoneBox"))) != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("fixed 1 ms spacing")));
        QPushButton *open = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("Datasets"))) open = qobject_cast<QPushButton *>(b);
        QVERIFY(open);
        QSignalSpy opened(&datasets, &DatasetsPane::datasetOpened);
        open->click();
        QVERIFY(opened.wait(120000));
        const DatasetPtr back = datasets.currentDataset();
        QVERIFY(back);
        QCOMPARE(back->biflows.size(), m_count);
        QCOMPARE(back->classes().size(), m_classes);
    }

    // The dialog fits a 1280 px screen in English and Italian; its grab is
    // saved for a person to look at (test-output/export-dialog-<lang>.png).
    void dialogFitsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    void dialogFitsInBothLanguages()
    {
        QFETCH(QString, language);
        const UiLanguage ui(language);
        if (!ui.isAvailable())
            QSKIP("the translation is not embedded in this build");
        QWidget window;
        JobRunner jobs(1);
        ExportActions actions(&window, &jobs, nullptr);
        int width = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->adjustSize();
            width = dialog->width();
            dialog->grab().save(kOut + QStringLiteral("/export-dialog-%1.png").arg(language));
            dialog->reject();
        });
        actions.exportSet(m_set, kAppx);
        QVERIFY2(width > 0 && width <= 1280, qPrintable(QString::number(width)));
    }

    void exportInsideTheSetIsRefused()
    {
        QWidget window;
        JobRunner jobs(1);
        ExportActions actions(&window, &jobs, nullptr);
        QSignalSpy failed(&actions, &ExportActions::failed);
        ExportOptions o;
        o.format = ExportFormat::Csv;
        o.out = (m_set + QStringLiteral("/inside.csv")).toStdString();
        actions.submitExport(m_set, o);
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.front().at(0).toString().contains(QStringLiteral("inside")));
        QVERIFY(!QFileInfo::exists(m_set + QStringLiteral("/inside.csv")));
    }

    void reportOffersItsSyntheticSet()
    {
        const QString report = kOut + QStringLiteral("/runs/r1/report");
        QDir().mkpath(report);
        QFile f(report + QStringLiteral("/metrics.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format": "netsynth-evaluation", "version": 1, "dataset": {"synthetic": "%1", "classes": []},
                                   "pipeline": {"data": "%2"}})")
                    .arg(m_set, kAppx)
                    .toUtf8());
        f.close();
        ReportsPane pane;
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("ExportReportTraffic"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QSignalSpy requested(&pane, &ReportsPane::exportRequested);
        pane.addReport(report);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.front().at(0).toString(), m_set);
        QCOMPARE(requested.front().at(1).toString(), kAppx);
    }

    // A full disk during an export job (a file-size limit on this process,
    // SIGXFSZ ignored as the app does): the job fails with a message naming
    // the write, the window and the other panes keep working, and the same
    // export succeeds once there is room.
    void fullDiskFailsTheJobWithAMessage()
    {
        QWidget window;
        JobRunner jobs(1);
        ExportActions actions(&window, &jobs, nullptr);
        QSignalSpy failed(&actions, &ExportActions::failed);
        QSignalSpy done(&actions, &ExportActions::exported);
        ExportOptions o;
        o.format = ExportFormat::Pcapng;
        o.out = (kOut + QStringLiteral("/full-disk")).toStdString();
        struct rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = before;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        actions.submitExport(m_set, o);
        const bool gotFailure = failed.wait(120000);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(gotFailure);
        QVERIFY2(failed.front().at(0).toString().contains(QStringLiteral("write failed")),
                 qPrintable(failed.front().at(0).toString()));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("write failed")));
        box->close();
        actions.submitExport(m_set, o);
        QVERIFY(done.wait(120000));
        QVERIFY(QFileInfo::exists(kOut + QStringLiteral("/full-disk/labels.csv")));
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_export_actions.moc"
