#include "core/eval/report_text.h"

#include <QCoreApplication>

namespace netsynth {

namespace {

thread_local bool t_english = false;

// lupdate names the context after where a string is marked: "netsynth::ReportText"
// for ReportText::tr/str calls inside namespace netsynth, "ReportText" for
// QT_TRANSLATE_NOOP and for calls it cannot place in the namespace (C++17
// nested namespace blocks). A lookup tries the first, then the second.
constexpr const char *kContexts[] = {"netsynth::ReportText", "ReportText"};

QString sourceWithCount(const char *sourceText, int n)
{
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QString lookUp(const char *sourceText, const char *disambiguation, int n)
{
    const QString source = sourceWithCount(sourceText, n);
    for (const char *context : kContexts) {
        QString text = QCoreApplication::translate(context, sourceText, disambiguation, n);
        if (text != source)
            return text;
    }
    return source;
}

} // namespace

QString ReportText::tr(const char *sourceText, const char *disambiguation, int n)
{
    return t_english ? sourceWithCount(sourceText, n) : lookUp(sourceText, disambiguation, n);
}

std::string ReportText::stored(const std::string &english)
{
    if (t_english)
        return english;
    return lookUp(english.c_str(), nullptr, -1).toStdString();
}

ReportText::StoredEnglish::StoredEnglish() : m_previous(t_english) { t_english = true; }

ReportText::StoredEnglish::~StoredEnglish() { t_english = m_previous; }

} // namespace netsynth
