#pragma once
// ReportDocument: an evaluation report (metrics.json + sample grids in a
// folder) as a QTextDocument, for the Reports pane and for report.pdf.
//
// Needs QtGui only (QTextDocument, QPainter, QPdfWriter), never QtWidgets or
// torch: netsynth-cli compiles this file too, so `netsynth-cli report` writes
// the PDF headless (QGuiApplication on the offscreen platform).
//
// Charts are drawn with QPainter from the chart data stored in metrics.json
// (the same data report.html draws as SVG), at 2x for crisp print.

#include <nlohmann/json.hpp>

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QPdfWriter;
class QTextDocument;

namespace netsynth {

class ReportDocument
{
public:
    // The report as a document; images are registered as resources.
    static std::unique_ptr<QTextDocument> build(const nlohmann::json &metrics, const QString &folder);
    // One chart (see core/eval/report_chart.h) drawn at logical size `size` x scale.
    static QImage renderChart(const nlohmann::json &chart, int width = 560, int height = 320, double scale = 2.0);
    // Writes report.pdf (A4 pages through QTextDocument::print) atomically.
    // Returns the number of pages. Throws InputError when the file cannot be written.
    static int writePdf(const nlohmann::json &metrics, const QString &folder, const QString &pdfPath);
    // The printable area of a PDF page (A4 landscape, 12 mm margins, 110 dpi) in
    // the document's units: content wider than this is cut off in report.pdf.
    static QSizeF pdfPageSize();
    // Headings (outside tables) left alone at the foot of a page: what follows
    // them starts on the next page. The document must have its page size.
    static int orphanedHeadings(const QTextDocument &doc);
    // Moves each such heading to the top of the next page (a page break
    // before it), as "keep with next" does in a word processor. Returns the
    // number of breaks added. writePdf calls it.
    static int keepHeadingsWithNext(QTextDocument &doc);
    // Writes report.html, report.pdf (and copies metrics.json and the sample grids
    // when outDir differs from the metrics folder). Returns the list of files written.
    static QStringList writeReport(const QString &metricsFolder, const QString &outDir);
    // The PNGs a report shows (file names relative to its folder): sample grids
    // (real, synthetic and, for a comparison, one per generator), or the maps of
    // an AppShot report.
    static QStringList sampleGridFiles(const nlohmann::json &metrics);
};

} // namespace netsynth
