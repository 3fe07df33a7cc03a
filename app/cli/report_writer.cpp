#include "app/cli/report_writer.h"

#include "core/eval/report_html.h"

#include "app/cli/cli_common.h"

#ifdef NETSYNTH_CLI_PDF
#include "reports/report_document.h"
#include "reports/report_language.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace netsynth::cli {

void addReportLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the report's words: en (default) or it. metrics.json stays English."),
                      QStringLiteral("code"), QStringLiteral("en")});
}

void applyReportLanguage(const QCommandLineParser &parser)
{
    const QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty() || language == QLatin1String("en"))
        return;
#ifdef NETSYNTH_CLI_PDF
    if (installTranslations(*QCoreApplication::instance(), language))
        return;
    throw UsageError("--lang " + toStd(language) + ": no translation of NetSynth for it (available: " +
                     toStd(availableLanguages().join(QStringLiteral(", "))) + ")");
#else
    throw UsageError("--lang " + toStd(language) + ": this netsynth-cli was built without translations (no Qt Gui)");
#endif
}

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
