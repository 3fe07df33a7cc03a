#include "app/cli/report_writer.h"

#include "core/eval/report_html.h"

#ifdef NETSYNTH_CLI_PDF
#include "reports/report_document.h"
#endif

#include <QDir>
#include <QFileInfo>

namespace netsynth::cli {

QStringList writeReportFiles(const QString &metricsFolderOrFile, const QString &outDir)
{
#ifdef NETSYNTH_CLI_PDF
    return ReportDocument::writeReport(metricsFolderOrFile, outDir);
#else
    // Built without Qt Gui: HTML and metrics only.
    const nlohmann::json metrics = ReportHtml::loadMetrics(metricsFolderOrFile.toStdString());
    const QString folder = QFileInfo(metricsFolderOrFile).isDir() ? metricsFolderOrFile
                                                                  : QFileInfo(metricsFolderOrFile).absolutePath();
    return {QString::fromStdString(ReportHtml::writeHtml(metrics, folder.toStdString(), outDir.toStdString()))};
#endif
}

} // namespace netsynth::cli
