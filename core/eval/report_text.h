#pragma once
// The words of a report, translatable. The report renderers (report.html,
// report.pdf, the Reports pane) write their text through ReportText::tr, so a
// report follows the language of the workbench, or `netsynth-cli report
// --lang it`; with no translator installed it is English. metrics.json keys
// and values stay English whatever the language: the renderers translate at
// render time, never what is stored.
//
// lupdate collects ReportText::tr("...") (context "ReportText") from core/eval
// and core/appshot into translations/netsynth_*.ts, like the GUI's strings.
//
// Stored English text (chart titles and axis labels in metrics.json) is
// marked where it is made with QT_TRANSLATE_NOOP("ReportText", "...") and
// translated when drawn with ReportText::stored(text): text that has no
// translation (a class name, a file name) comes back unchanged.
// Torch-free; QtCore only.

#include <QCoreApplication>
#include <QString>

#include <string>

namespace netsynth {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    // tr(...) as UTF-8, for the std::string renderers.
    static std::string str(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
    {
        return tr(sourceText, disambiguation, n).toStdString();
    }
    // A stored English text (a chart title, an axis label) in the report's language.
    static std::string stored(const std::string &english)
    {
        return QCoreApplication::translate("ReportText", english.c_str()).toStdString();
    }
};

} // namespace netsynth
