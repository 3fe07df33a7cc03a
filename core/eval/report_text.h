#pragma once
// The words of a report, translatable. The report renderers (report.html,
// report.pdf, the Reports pane) write their text through ReportText::tr, so a
// report follows the language of the workbench, or `netsynth-cli report
// --lang it`; with no translator installed it is English. metrics.json keys
// and values stay English whatever the language: the renderers translate at
// render time, and text that is stored is made inside a
// ReportText::StoredEnglish scope.
//
// lupdate collects ReportText::tr("...") and ReportText::str("...")
// (`-tr-function-alias tr+=str`, reports/CMakeLists.txt) from core/eval and
// core/appshot into translations/netsynth_*.ts, with the GUI's strings, in
// context "netsynth::ReportText" or "ReportText" (report_text.cpp looks in both).
//
// Stored English text (chart titles and axis labels in metrics.json) is
// marked where it is made with QT_TRANSLATE_NOOP("ReportText", "...") and
// translated when drawn with ReportText::stored(text): text that has no
// translation (a class name, a file name) comes back unchanged.
// Torch-free; QtCore only.

#include <QString>
#include <QtGlobal>

#include <string>

namespace netsynth {

class ReportText
{
public:
    // The translation of sourceText (%n replaced by n,
    // as QObject::tr does); the English source inside a StoredEnglish scope.
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);
    // tr(...) as UTF-8, for the std::string renderers.
    static std::string str(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
    {
        return tr(sourceText, disambiguation, n).toStdString();
    }
    // A stored English text (a chart title, an axis label) in the report's language.
    static std::string stored(const std::string &english);

    // While one lives on this thread, tr() and stored() give English: for
    // text written into metrics.json (its warnings) by a workbench that shows
    // another language.
    class StoredEnglish
    {
    public:
        StoredEnglish();
        ~StoredEnglish();
        StoredEnglish(const StoredEnglish &) = delete;
        StoredEnglish &operator=(const StoredEnglish &) = delete;

    private:
        bool m_previous;
    };
};

} // namespace netsynth
