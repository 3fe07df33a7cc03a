#include "reports/report_document.h"

#include "core/eval/report_kind.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_html.h"
#include "core/eval/report_text.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsynth {

QImage ReportDocument::renderChart(const nlohmann::json &stored, int width, int height, double scale)
{
    // Title, axis labels and fixed series names in the report's language.
    const nlohmann::json chart = ReportChart::translated(stored);
    QImage image(static_cast<int>(width * scale), static_cast<int>(height * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const double left = ReportChart::kLeft, right = ReportChart::kRight, top = ReportChart::kTop,
                 bottom = ReportChart::kBottom;
    const double pw = width - left - right, ph = height - top - bottom;
    // The title in 13 px bold, smaller (down to 9 px) when it is too long for
    // the chart, and elided only beyond that: never cut at the image's edges.
    QFont bold = font;
    bold.setBold(true);
    const QString title = QString::fromStdString(chart.value("title", std::string()));
    const double room = width - 8.0;
    for (int px = 13; px >= 9; --px) {
        bold.setPixelSize(px);
        if (QFontMetricsF(bold).horizontalAdvance(title) <= room)
            break;
    }
    p.setFont(bold);
    p.drawText(QRectF(0, 4, width, 20), Qt::AlignHCenter | Qt::AlignVCenter,
               QFontMetricsF(bold).elidedText(title, Qt::ElideRight, room));
    p.setFont(font);
    const auto &series = chart.contains("series") ? chart["series"] : nlohmann::json::array();
    const bool bars = chart.value("type", std::string("line")) == "bars";
    const ChartRange range = ReportChart::range(chart, ph);
    if (range.empty) {
        p.drawText(QRectF(0, 0, width, height), Qt::AlignCenter, ReportText::tr("no data"));
        return image;
    }
    const double xlo = range.xlo, xhi = range.xhi, ylo = range.ylo, yhi = range.yhi, barHalf = range.barHalf;
    auto X = [&](double x) { return left + (x - xlo) / (xhi - xlo) * pw; };
    auto Y = [&](double y) { return top + ph - (y - ylo) / (yhi - ylo) * ph; };
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (double t : ReportChart::ticks(ylo, yhi)) p.drawLine(QPointF(left, Y(t)), QPointF(left + pw, Y(t)));
    p.setPen(QColor(0x33, 0x33, 0x33));
    for (double t : ReportChart::ticks(ylo, yhi))
        p.drawText(QRectF(0, Y(t) - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(ReportChart::formatTick(t)));
    for (double t : ReportChart::ticks(xlo, xhi))
        p.drawText(QRectF(X(t) - 40, top + ph + 4, 80, 16), Qt::AlignHCenter | Qt::AlignTop,
                   QString::fromStdString(ReportChart::formatTick(t)));
    p.drawText(QRectF(left, height - 20, pw, 18), Qt::AlignHCenter | Qt::AlignVCenter,
               QString::fromStdString(chart.value("x_label", std::string())));
    p.save();
    p.translate(14, top + ph / 2);
    p.rotate(-90);
    p.drawText(QRectF(-ph / 2, -9, ph, 18), Qt::AlignHCenter | Qt::AlignVCenter,
               QString::fromStdString(chart.value("y_label", std::string())));
    p.restore();
    p.setPen(QColor(0x66, 0x66, 0x66));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, top, pw, ph));
    const std::size_t ns = series.size();
    for (std::size_t si = 0; si < ns; ++si) {
        const auto &s = series[si];
        const QColor colour(QString::fromStdString(ReportChart::seriesColour(si)));
        const auto &xs = s["x"];
        const auto &ys = s["y"];
        if (bars) {
            const double slot = 2.0 * barHalf / static_cast<double>(std::max<std::size_t>(1, ns));
            QColor fill = colour;
            fill.setAlphaF(0.8);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
                if (xs[i].is_null() || ys[i].is_null()) continue;
                const double x0 = xs[i].get<double>() - barHalf + slot * static_cast<double>(si);
                const double y = ys[i].get<double>();
                p.drawRect(QRectF(QPointF(X(x0), std::min(Y(y), Y(0))),
                                  QSizeF(std::max(0.5, X(x0 + slot) - X(x0) - 0.5), std::fabs(Y(0) - Y(y)))));
            }
        } else {
            QPainterPath path;
            bool started = false;
            for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
                if (xs[i].is_null() || ys[i].is_null()) { started = false; continue; }
                const QPointF pt(X(xs[i].get<double>()), Y(ys[i].get<double>()));
                if (!started) { path.moveTo(pt); started = true; }
                else path.lineTo(pt);
            }
            p.setPen(QPen(colour, 2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        const double ly = top + 12 + ReportChart::kLegendRow * static_cast<double>(si);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(left + pw - 110, ly - 9, 12, 10));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(left + pw - 94, ly), QString::fromStdString(s.value("name", std::string())));
    }
    return image;
}

QStringList ReportDocument::sampleGridFiles(const nlohmann::json &metrics)
{
    QStringList files;
    // AppShot reports: the map PNGs listed under "images".
    if (metrics.contains("images") && metrics["images"].is_array())
        for (const auto &img : metrics["images"])
            if (img.is_object() && img.contains("file") && img["file"].is_string())
                files << QString::fromStdString(img["file"].get<std::string>());
    if (!metrics.contains("sample_grids") || !metrics["sample_grids"].is_object())
        return files;
    const auto &g = metrics["sample_grids"];
    for (const char *key : {"real", "synthetic"})
        if (g.contains(key) && g[key].is_string())
            files << QString::fromStdString(g[key].get<std::string>());
    if (g.contains("generators") && g["generators"].is_object())
        for (const auto &f : g["generators"])
            if (f.is_string() && !files.contains(QString::fromStdString(f.get<std::string>())))
                files << QString::fromStdString(f.get<std::string>());
    return files;
}

std::unique_ptr<QTextDocument> ReportDocument::build(const nlohmann::json &metrics, const QString &folder)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(9.0);
    doc->setDefaultFont(font);
    if (metrics.contains("charts"))
        for (const auto &chart : metrics["charts"]) {
            const QString id = QString::fromStdString(chart.value("id", std::string()));
            QImage img = renderChart(chart);
            img.setDevicePixelRatio(2.0);
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + id), img);
        }
    for (const char *scenario : {"real_real", "synth_real", "mixed_real"}) {
        const std::string png = ReportHtml::confusionPng(metrics, scenario);
        if (!png.empty())
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("confusion:") + QLatin1String(scenario)),
                             QImage::fromData(QByteArray::fromStdString(png), "PNG"));
    }
    for (const QString &file : sampleGridFiles(metrics)) {
        QImage img(QDir(folder).filePath(file));
        if (!img.isNull())
            doc->addResource(QTextDocument::ImageResource, QUrl(file), img);
    }
    doc->setHtml(QString::fromStdString(
        ReportHtml::render(metrics, folder.toStdString(), ReportHtml::ImageMode::Resources)));
    return doc;
}

namespace {
// The page (0-based) of a y position in a paginated document.
int pageOf(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// Where a top-level block's first line is, in document coordinates: after
// pagination, a line that did not fit on a page starts the next one.
bool firstLineTop(const QTextDocument &doc, const QTextBlock &block, double &top)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return false;
    top = rect.top() + layout->lineAt(0).y();
    return true;
}

// Top of what follows a heading: the next block, or the table that holds it.
bool nextContentTop(const QTextDocument &doc, const QTextBlock &heading, double &top)
{
    const QTextBlock next = heading.next();
    if (!next.isValid())
        return false;
    if (QTextTable *table = QTextCursor(next).currentTable()) {
        top = doc.documentLayout()->frameBoundingRect(table).top();
        return true;
    }
    return firstLineTop(doc, next, top);
}

// The headings (outside tables) whose following content starts on a later page.
std::vector<QTextBlock> orphans(const QTextDocument &doc)
{
    std::vector<QTextBlock> out;
    const double height = doc.pageSize().height();
    if (!(height > 0.0))
        return out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() <= 0 || QTextCursor(b).currentTable())
            continue;
        double headingTop = 0.0, nextTop = 0.0;
        if (firstLineTop(doc, b, headingTop) && nextContentTop(doc, b, nextTop) &&
            pageOf(nextTop, height) > pageOf(headingTop, height))
            out.push_back(b);
    }
    return out;
}
} // namespace

int ReportDocument::orphanedHeadings(const QTextDocument &doc)
{
    return static_cast<int>(orphans(doc).size());
}

int ReportDocument::keepHeadingsWithNext(QTextDocument &doc)
{
    int breaks = 0;
    // One heading at a time, first to last: each break moves what follows.
    for (int guard = 0; guard < 1000; ++guard) {
        // A heading that already starts a page stays: what follows it is taller than a page.
        const std::vector<QTextBlock> left = orphans(doc);
        const auto movable = std::find_if(left.begin(), left.end(), [](const QTextBlock &b) {
            return !(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        });
        if (movable == left.end())
            break;
        QTextBlockFormat format = movable->blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(*movable).setBlockFormat(format);
        ++breaks;
    }
    return breaks;
}

namespace {
void setUpPage(QPdfWriter &pdf)
{
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setResolution(110);
}
} // namespace

QSizeF ReportDocument::pdfPageSize()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPage(pdf);
    return QSizeF(pdf.width(), pdf.height());
}

int ReportDocument::writePdf(const nlohmann::json &metrics, const QString &folder, const QString &pdfPath)
{
    auto doc = build(metrics, folder);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter pdf(&buffer);
        setUpPage(pdf);
        pdf.setTitle(QString::fromStdString(ReportKind::of(metrics).documentTitle()));
        pdf.setCreator(QStringLiteral("NetSynth Studio " NETSYNTH_VERSION));
        doc->setPageSize(QSizeF(pdf.width(), pdf.height()));
        keepHeadingsWithNext(*doc); // no heading alone at the foot of a page
        pages = doc->pageCount();
        doc->print(&pdf);
    }
    buffer.close();
    writeFileAtomically(pdfPath.toStdString(), buffer.data().toStdString());
    return pages;
}

QStringList ReportDocument::writeReport(const QString &metricsPath, const QString &outDir)
{
    const nlohmann::json metrics = ReportHtml::loadMetrics(metricsPath.toStdString());
    const QString metricsFolder = QFileInfo(metricsPath).isDir() ? metricsPath : QFileInfo(metricsPath).absolutePath();
    QDir().mkpath(outDir);
    QStringList written;
    const bool sameFolder = QFileInfo(metricsFolder).canonicalFilePath() == QFileInfo(outDir).canonicalFilePath();
    if (!sameFolder) {
        // Keep the report folder complete: metrics.json and the grids beside the report.
        writeFileAtomically(QDir(outDir).filePath(QStringLiteral("metrics.json")).toStdString(), metrics.dump(1));
        written << QDir(outDir).filePath(QStringLiteral("metrics.json"));
        for (const QString &file : sampleGridFiles(metrics)) {
            const QString src = QDir(metricsFolder).filePath(file);
            if (QFileInfo::exists(src)) {
                writeFileAtomically(QDir(outDir).filePath(file).toStdString(), readWholeFile(src.toStdString()));
                written << QDir(outDir).filePath(file);
            }
        }
    }
    written << QString::fromStdString(ReportHtml::writeHtml(metrics, metricsFolder.toStdString(), outDir.toStdString()));
    const QString pdf = QDir(outDir).filePath(QStringLiteral("report.pdf"));
    writePdf(metrics, metricsFolder, pdf);
    written << pdf;
    return written;
}

} // namespace netsynth
