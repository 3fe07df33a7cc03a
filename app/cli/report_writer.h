#pragma once
// Writes a report folder (report.html, report.pdf when this build has Qt Gui,
// metrics.json and the sample grids) from an evaluation folder. Shared by the
// report, evaluate --report and pipeline commands.
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace netsynth::cli {

// --lang LANG: the language of the report's words (default English; metrics.json
// stays English). Every command that writes a report adds it.
void addReportLanguageOption(QCommandLineParser &parser);
// Installs the translation --lang names; a language NetSynth has no
// translation for is a usage error (exit 2) naming the ones it has.
void applyReportLanguage(const QCommandLineParser &parser);

QStringList writeReportFiles(const QString &metricsFolderOrFile, const QString &outDir);

} // namespace netsynth::cli
