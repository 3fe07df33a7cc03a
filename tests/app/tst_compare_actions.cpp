// CompareActions and SeriesComparisonDialog (Tools > Compare real and
// synthetic..., the Training pane's Real vs synthetic..., the Reports pane's
// Real vs synthetic...): the dialog takes the two sets, the job decodes them
// and opens the view on real AppxAct images; the view switches classes and
// draws both sides; a folder that is not an image set fails with its name;
// a report naming both sets offers the view. The view's grab in English and
// Italian is saved for a person to look at (test-output/compare-view-<lang>.png).
#include "app/compare_actions.h"

#include "core/data/dataset_loader.h"
#include "core/imaging/image_encoder.h"
#include "core/runtime/job_runner.h"
#include "core/runtime/progress.h"
#include "widgets/qcustomplot_include.h"
#include "widgets/reports/reports_pane.h"
#include "widgets/reports/series_comparison_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "app/ui_language.h"

using namespace netsynth;

namespace {
const QString kOut = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
const QString kAppx = QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact");
} // namespace

class TestCompareActions : public QObject
{
    Q_OBJECT
    QString m_real;
    QString m_synth;
    std::size_t m_classes = 0;

    // Every 8th AppxAct biflow from `offset`, encoded as the default preset does.
    static ImageDataset encodeEvery8th(const Dataset &full, std::size_t offset)
    {
        Dataset part;
        for (std::size_t i = offset; i < full.biflows.size(); i += 8) part.biflows.push_back(full.biflows[i]);
        EncodeSpec spec;
        spec.length = spec.imageSize = 16;
        spec.normalisation = Normalisation::Quantile;
        spec.padding = PaddingPolicy::MarkLength;
        ProgressToken token;
        return encodeDataset(part, spec, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("netsynth-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_compare_actions"));
        QDir(kOut).removeRecursively();
        QDir().mkpath(kOut);
        if (!QFileInfo::exists(kAppx)) QSKIP("../shared/data/mirage-appxact is absent");
        LoadOptions lo;
        lo.useCache = false;
        ProgressToken token;
        const DatasetPtr full = loadDataset(kAppx.toStdString(), lo, token);
        // Two disjoint shares of the real data stand in for the real and the synthetic set.
        const ImageDataset real = encodeEvery8th(*full, 0), other = encodeEvery8th(*full, 4);
        m_real = kOut + QStringLiteral("/runs/r1/images/train");
        m_synth = kOut + QStringLiteral("/runs/r1/synthetic/diffusion-dpm2m");
        real.save(m_real.toStdString(), token);
        other.save(m_synth.toStdString(), token);
        m_classes = real.classes.size();
    }

    void dialogRunsTheJobAndOpensTheView()
    {
        QWidget window;
        JobRunner jobs(1);
        CompareActions actions(&window, &jobs);
        QSignalSpy shown(&actions, &CompareActions::shown);
        QString realText;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            realText = dialog->findChild<QLineEdit *>(QStringLiteral("CompareReal"))->text();
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("CompareSynthetic"))->text(), m_synth);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        actions.compareSets(m_real, m_synth);
        QCOMPARE(realText, m_real);
        QVERIFY(shown.wait(120000));
        auto *view = shown.front().at(0).value<SeriesComparisonDialog *>();
        QVERIFY(view);
        QVERIFY(view->windowTitle().contains(QStringLiteral("r1/train")));
        QVERIFY(view->windowTitle().contains(QStringLiteral("r1/diffusion-dpm2m")));
        auto *classes = view->findChild<QComboBox *>(QStringLiteral("ComparisonClass"));
        QCOMPARE(std::size_t(classes->count()), m_classes);
        QVERIFY(view->showClass(QStringLiteral("Discord")));
        QCOMPARE(view->currentClass(), QStringLiteral("Discord"));
        QVERIFY(!view->showClass(QStringLiteral("NoSuchApp")));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("ComparisonSummary"))->text().contains(QStringLiteral("Discord")));
        // Both sides drawn: example lines on each side, two overlaid bar sets per histogram.
        auto *real = view->findChild<QCustomPlot *>(QStringLiteral("ComparisonRealSeries"));
        auto *synth = view->findChild<QCustomPlot *>(QStringLiteral("ComparisonSyntheticSeries"));
        QCOMPARE(real->graphCount(), 6);
        QCOMPARE(synth->graphCount(), 6);
        QCOMPARE(real->yAxis->range().lower, synth->yAxis->range().lower); // the same axes
        for (const char *name : {"ComparisonValues", "ComparisonLengths"})
            QCOMPARE(view->findChild<QCustomPlot *>(QLatin1String(name))->plottableCount(), 2);
        // Page Down moves to the next class.
        const int at = classes->currentIndex();
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(classes->currentIndex(), std::min(at + 1, classes->count() - 1));
        view->close();
    }

    void viewFitsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    void viewFitsInBothLanguages()
    {
        QFETCH(QString, language);
        const UiLanguage ui(language);
        if (!ui.isAvailable())
            QSKIP("the translation is not embedded in this build");
        QWidget window;
        JobRunner jobs(1);
        CompareActions actions(&window, &jobs);
        QSignalSpy shown(&actions, &CompareActions::shown);
        actions.submitComparison(m_real, m_synth);
        QVERIFY(shown.wait(120000));
        auto *view = shown.front().at(0).value<SeriesComparisonDialog *>();
        QVERIFY(view->showClass(QStringLiteral("Discord")));
        QTest::qWait(50);
        view->grab().save(kOut + QStringLiteral("/compare-view-%1.png").arg(language));
        QVERIFY2(view->width() <= 1280 && view->height() <= 800,
                 qPrintable(QStringLiteral("%1x%2").arg(view->width()).arg(view->height())));
        QVERIFY(view->minimumSizeHint().width() <= 1280);
        view->close();
    }

    void notAnImageSetFailsWithItsName()
    {
        QWidget window;
        JobRunner jobs(1);
        CompareActions actions(&window, &jobs);
        QSignalSpy failed(&actions, &CompareActions::failed);
        const QString empty = kOut + QStringLiteral("/empty");
        QDir().mkpath(empty);
        actions.submitComparison(m_real, empty);
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.front().at(0).toString().contains(QStringLiteral("empty")),
                 qPrintable(failed.front().at(0).toString()));
    }

    void reportOffersItsSets()
    {
        const QString report = kOut + QStringLiteral("/runs/r1/report");
        QDir().mkpath(report);
        QFile f(report + QStringLiteral("/metrics.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format": "netsynth-evaluation", "version": 1,
                                   "dataset": {"real": "%1", "synthetic": "%2", "classes": []}})")
                    .arg(m_real, m_synth)
                    .toUtf8());
        f.close();
        ReportsPane pane;
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("CompareReportSets"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QSignalSpy requested(&pane, &ReportsPane::compareRequested);
        pane.addReport(report);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.front().at(0).toString(), m_real);
        QCOMPARE(requested.front().at(1).toString(), m_synth);
    }
};

QTEST_MAIN(TestCompareActions)
#include "tst_compare_actions.moc"
