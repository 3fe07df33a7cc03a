#pragma once
// Writes a report folder (report.html, report.pdf when this build has Qt Gui,
// metrics.json and the sample grids) from an evaluation folder. Shared by the
// report, evaluate --report and pipeline commands.
#include <QString>
#include <QStringList>

namespace netsynth::cli {

QStringList writeReportFiles(const QString &metricsFolderOrFile, const QString &outDir);

} // namespace netsynth::cli
