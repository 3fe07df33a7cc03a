#include "core/eval/evaluation_fixture.h"
#include "reports/report_document.h"
#include "widgets/reports/reports_pane.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_html.h"
#include "app/ui_language.h"

#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

using namespace netsynth;

class TestReportsPane : public QObject
{
    Q_OBJECT
private:
    QString m_a, m_b;

private Q_SLOTS:
    void initTestCase()
    {
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR);
        QDir(root).removeRecursively();
        m_a = root + QStringLiteral("/runs/a");
        m_b = root + QStringLiteral("/runs/nested/b");
        writeFixtureEvaluation(m_a.toStdString(), 0.0);
        writeFixtureEvaluation(m_b.toStdString(), 400.0); // synthetic sizes shifted: worse fidelity
    }

    void listsShowsAndCompares()
    {
        ReportsPane pane;
        pane.resize(1200, 800);
        pane.setRoot(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/runs"));
        QCOMPARE(pane.reports().size(), 2);
        QVERIFY(pane.showReport(m_a));
        auto *view = pane.findChild<QTextBrowser *>(QStringLiteral("ReportView"));
        QVERIFY(view);
        const QString text = view->document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Downstream usefulness")));
        QVERIFY(text.contains(QStringLiteral("video")));
        // Charts were registered as images.
        QVERIFY(!view->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:early"))).isNull());
        // For a look at the pane as a user sees it.
        pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/reports_pane_single.png"));

        QVERIFY(pane.compareReports(m_a, m_b));
        auto *table = pane.findChild<QTextBrowser *>(QStringLiteral("CompareTable"));
        QVERIFY(table);
        const QString cmp = table->toPlainText();
        QVERIFY(cmp.contains(QStringLiteral("size_jsd")));
        QVERIFY(cmp.contains(QStringLiteral("difference")));
        pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/reports_pane_compare.png"));

        // A folder without metrics.json: a message, no crash, the list stays.
        QVERIFY(!pane.showReport(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/nothing-here")));
        QCOMPARE(pane.reports().size(), 2);
        pane.addReport(m_b);
        QCOMPARE(pane.reports().size(), 2);
        // The same folder spelt another way (a trailing slash, "..") is the same entry.
        pane.addReport(m_b + QStringLiteral("/"));
        pane.addReport(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/runs/nested/../nested/b"));
        QCOMPARE(pane.reports().size(), 2);
    }

    // In the Italian workbench the report's words are Italian (the class
    // names and numbers are the data's); back in English when the language
    // is removed.
    void reportFollowsTheLanguage()
    {
        ReportsPane pane;
        pane.resize(1200, 800);
        auto *view = pane.findChild<QTextBrowser *>(QStringLiteral("ReportView"));
        QVERIFY(view);
        {
            const UiLanguage italian(QStringLiteral("it"));
            if (!italian.isAvailable())
                QSKIP("the Italian translation is not embedded in this build");
            QVERIFY(pane.showReport(m_a));
            const QString text = view->document()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("Fedelt\u00e0")), qPrintable(text.left(2000)));
            QVERIFY(!text.contains(QStringLiteral("Downstream usefulness")));
            QVERIFY(text.contains(QStringLiteral("video")));
            pane.grab().save(QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/reports_pane_italian.png"));
        }
        QVERIFY(pane.showReport(m_a));
        QVERIFY(view->document()->toPlainText().contains(QStringLiteral("Downstream usefulness")));
    }

    // Pipeline runs all name their report folder "report": the list shows
    // the run's folder too, and a comparison names its columns apart.
    void reportsOfTwoRunsAreToldApart()
    {
        const QString root = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR "/two-runs");
        const QString x = root + QStringLiteral("/run-x/report"), y = root + QStringLiteral("/run-y/report");
        writeFixtureEvaluation(x.toStdString(), 0.0);
        writeFixtureEvaluation(y.toStdString(), 200.0);
        ReportsPane pane;
        pane.addReport(x);
        pane.addReport(y);
        auto *list = pane.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("run-x/report"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("run-y/report"));
        QVERIFY(pane.compareReports(x, y));
        const QString cmp = pane.findChild<QTextBrowser *>(QStringLiteral("CompareTable"))->toPlainText();
        QVERIFY2(cmp.contains(QStringLiteral("run-x/report")) && cmp.contains(QStringLiteral("run-y/report")),
                 qPrintable(cmp.left(400)));
    }

    void comparisonFitsThePdfPage()
    {
        // A six-generator comparison with sample grids as wide as real ones
        // (466 px: 8 images per class and the class labels) must fit the PDF's
        // printable width; three grids in a row did not and were cut off.
        const std::string folder = NETSYNTH_TEST_OUTPUT_DIR "/runs/six";
        nlohmann::json m = writeFixtureEvaluation(folder, 0.0);
        m["generator_order"] = nlohmann::json::array();
        for (const char *g : {"diffusion-ddim", "diffusion-ddpm", "dg", "wgan-gasf", "empirical", "real"}) {
            const std::string file = std::string("samples_") + g + ".png";
            QImage grid(466, 628, QImage::Format_RGB32);
            grid.fill(Qt::darkCyan);
            QVERIFY(grid.save(QString::fromStdString(folder + "/" + file)));
            m["generator_order"].push_back(g);
            m["sample_grids"]["generators"][g] = file;
        }
        auto doc = ReportDocument::build(m, QString::fromStdString(folder));
        const QSizeF page = ReportDocument::pdfPageSize();
        QVERIFY(page.width() > 1000 && page.height() > 700);
        doc->setPageSize(page);
        QVERIFY(doc->toHtml().contains(QStringLiteral("wgan-gasf")));
        QVERIFY2(doc->idealWidth() <= page.width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(doc->idealWidth()).arg(page.width())));
    }

    // "Keep with next": a heading never ends a PDF page with its content on
    // the next one (the orphan heading at the foot of page 4).
    void headingsStayWithWhatFollows()
    {
        const QSizeF page = ReportDocument::pdfPageSize();
        // A heading near the foot of page 1 followed by a chart-sized image.
        QTextDocument doc;
        QImage chart(800, static_cast<int>(page.height() * 0.5), QImage::Format_RGB32);
        chart.fill(Qt::darkGreen);
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:x")), chart);
        doc.setPageSize(page);
        // Grow the filler until the heading sits in the last fifth of page 1.
        QString filler;
        int lines = 0;
        for (;;) {
            doc.setHtml(filler + QStringLiteral("<h2>Fidelity</h2><p><img src=\"chart:x\"></p><p>after</p>"));
            QTextBlock heading = doc.begin();
            while (heading.isValid() && heading.blockFormat().headingLevel() == 0)
                heading = heading.next();
            QVERIFY(heading.isValid());
            const double top = doc.documentLayout()->blockBoundingRect(heading).top();
            if (top > page.height() * 0.8 || lines > 500)
                break;
            filler += QStringLiteral("<p>filler line %1</p>").arg(lines++);
        }
        QVERIFY(lines <= 500);
        QCOMPARE(ReportDocument::orphanedHeadings(doc), 1); // the image did not fit below it
        QCOMPARE(ReportDocument::keepHeadingsWithNext(doc), 1);
        QCOMPARE(ReportDocument::orphanedHeadings(doc), 0);
        QCOMPARE(doc.pageCount(), 2);

        // A whole report, as report.pdf lays it out.
        const std::string folder = NETSYNTH_TEST_OUTPUT_DIR "/runs/pdf";
        const nlohmann::json m = writeFixtureEvaluation(folder, 0.0);
        auto report = ReportDocument::build(m, QString::fromStdString(folder));
        report->setPageSize(page);
        ReportDocument::keepHeadingsWithNext(*report);
        QCOMPARE(ReportDocument::orphanedHeadings(*report), 0);
        QVERIFY(ReportDocument::writePdf(m, QString::fromStdString(folder),
                                         QString::fromStdString(folder + "/report.pdf")) >= 2);
    }

    void chartImageHasContent()
    {
        const nlohmann::json chart = ReportChart::line("c", "title", "x", "y", {{"real", {0, 1, 2}, {0, 1, 0.5}}});
        const QImage img = ReportDocument::renderChart(chart, 300, 200, 1.0);
        QCOMPARE(img.size(), QSize(300, 200));
        int coloured = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                if (c.blue() > 150 && c.red() < 100) ++coloured; // the first series is blue
            }
        QVERIFY(coloured > 50);
    }

    void longTitlesStayInsideTheChart()
    {
        // The comparison's "TSTR accuracy per generator (1 real->real, ...)" ran
        // past both edges of its 560 px chart. Now the title shrinks to fit: the
        // title band's outer columns stay white and the text is still drawn.
        const std::string title = "TSTR accuracy per generator (1 real->real, 2 synthetic->real, 3 mixed->real)";
        const nlohmann::json chart = ReportChart::bars("t", title, "x", "y", {{"a", {1, 2}, {0.5, 0.7}}});
        const QImage img = ReportDocument::renderChart(chart, 560, 320, 1.0);
        auto darkIn = [&](int x0, int x1) {
            int dark = 0;
            for (int y = 4; y < 24; ++y)
                for (int x = x0; x < x1; ++x)
                    dark += img.pixelColor(x, y).lightness() < 128 ? 1 : 0;
            return dark;
        };
        QCOMPARE(darkIn(0, 3), 0);
        QCOMPARE(darkIn(557, 560), 0);
        QVERIFY(darkIn(0, 560) > 200);
        // The SVG form (report.html) sets a smaller font size for the long title.
        const std::string svg = ReportChart::toSvg(chart);
        QVERIFY2(svg.find("font-size=\"13\" font-weight=\"bold\"") == std::string::npos, svg.substr(0, 400).c_str());
        QVERIFY(ReportChart::toSvg(ReportChart::bars("s", "short", "x", "y", {{"a", {1}, {1}}}))
                    .find("font-size=\"13\" font-weight=\"bold\"") != std::string::npos);
    }

    // The TSTR bars (0.85, 0.67, 0.86 and macro-F1 beside them) reached the
    // plot's top edge and ran under the legend. Now the top of the plot,
    // where the legend's rows are, holds no bar: the band between the frame
    // and the legend's bottom is white left of the legend, and the tallest
    // bar starts below it.
    void barsStayBelowTheLegend()
    {
        const nlohmann::json chart = ReportChart::bars(
            "tstr", "TSTR", "scenario", "score", {{"accuracy", {1, 2, 3}, {0.846, 0.669, 0.857}},
                                                 {"macro-F1", {1, 2, 3}, {0.788, 0.602, 0.811}}});
        const double ph = 320 - ReportChart::kTop - ReportChart::kBottom;
        const ChartRange r = ReportChart::range(chart, ph);
        QVERIFY(!r.empty);
        QCOMPARE(r.ylo, 0.0);
        const double legendBottom = ReportChart::kLegendRow * 2 + 8.0; // pixels below the frame's top
        const double tallest = ph - 0.857 / (r.yhi - r.ylo) * ph;    // pixels below the frame's top
        QVERIFY2(tallest >= legendBottom - 1e-9, qPrintable(QString::number(tallest)));
        const QImage img = ReportDocument::renderChart(chart, 560, 320, 1.0);
        int coloured = 0; // bar pixels in the legend band, left of the legend
        for (int y = static_cast<int>(ReportChart::kTop) + 2; y < static_cast<int>(ReportChart::kTop + legendBottom) - 2; ++y)
            for (int x = static_cast<int>(ReportChart::kLeft) + 2; x < 560 - 14 - 112; ++x) {
                const QColor c = img.pixelColor(x, y);
                if (c.saturation() > 80) ++coloured;
            }
        QCOMPARE(coloured, 0);
        // Lines too: the highest point of a loss curve sits below the legend.
        const nlohmann::json loss = ReportChart::line("l", "loss", "epoch", "loss", {{"a", {1, 2}, {2.6, 1.9}}});
        const ChartRange lr = ReportChart::range(loss, ph);
        QVERIFY(ph - (2.6 - lr.ylo) / (lr.yhi - lr.ylo) * ph >= ReportChart::kLegendRow + 8.0 - 1e-9);
    }
};

QTEST_MAIN(TestReportsPane)
#include "tst_reports_pane.moc"
