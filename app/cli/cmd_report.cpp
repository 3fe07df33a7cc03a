// netsynth-cli report RUNDIR --out DIR: report.html + report.pdf (+ metrics.json)
// from an evaluation folder (the --out of `evaluate`).
#include "app/cli/cli_application.h"
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "app/cli/report_writer.h"

#include "core/eval/report_html.h"

#include <QDir>
#include <QFileInfo>

#include <iostream>

namespace netsynth::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write report.html (self-contained) and report.pdf from an evaluation folder holding metrics.json."));
    addCommonOptions(parser);
    addReportLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("RUNDIR"), QStringLiteral("Evaluation folder (the --out of 'evaluate') or its metrics.json."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Report folder (default: RUNDIR)."), QStringLiteral("dir")});
    parseCommandLine(parser, args);
    applyReportLanguage(parser);
    const QString run = requiredPositional(parser, 0, "RUNDIR");
    const QString runDir = QFileInfo(run).isDir() ? run : QFileInfo(run).absolutePath();
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : runDir;
    const QStringList files = writeReportFiles(run, out);
    nlohmann::json j = {{"out", toStd(QDir(out).absolutePath())}, {"files", nlohmann::json::array()},
                        {"pdf", pdfReportsAvailable()}};
    for (const QString &f : files) j["files"].push_back(toStd(f));
    if (jsonRequested(parser))
        printJson(j);
    else
        for (const QString &f : files) std::cout << toStd(f) << "\n";
    return ExitOk;
}

} // namespace netsynth::cli
