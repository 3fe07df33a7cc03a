#include "core/eval/report_text.h"

#include <QCoreApplication>

namespace netsynth {

namespace {
thread_local bool t_english = false;
} // namespace

QString ReportText::tr(const char *sourceText, const char *disambiguation, int n)
{
    if (!t_english)
        return QCoreApplication::translate("ReportText", sourceText, disambiguation, n);
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

std::string ReportText::stored(const std::string &english)
{
    if (t_english)
        return english;
    return QCoreApplication::translate("ReportText", english.c_str()).toStdString();
}

ReportText::StoredEnglish::StoredEnglish() : m_previous(t_english) { t_english = true; }

ReportText::StoredEnglish::~StoredEnglish() { t_english = m_previous; }

} // namespace netsynth
