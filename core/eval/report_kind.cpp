#include "core/eval/report_kind.h"

#include "core/eval/report_text.h"
#include "core/runtime/errors.h"
#include "core/runtime/json_document.h"

namespace netsynth {

const std::vector<const ReportKind *> &ReportKind::all()
{
    static const std::vector<const ReportKind *> kinds = {&evaluationReportKind(), &appShotReportKind()};
    return kinds;
}

const ReportKind *ReportKind::find(const nlohmann::json &metrics)
{
    if (!metrics.is_object())
        return nullptr;
    const std::string format = jsonFormat(metrics);
    for (const ReportKind *kind : all())
        if (kind->format() == format)
            return kind;
    return nullptr;
}

const ReportKind &ReportKind::of(const nlohmann::json &metrics, const std::string &file)
{
    if (const ReportKind *kind = find(metrics))
        return *kind;
    throw InputError(file, "field 'format'", "not a NetSynth evaluation (metrics.json)");
}

std::string ReportHtml::render(const nlohmann::json &metrics, const std::string &folder, ImageMode mode)
{
    return ReportKind::of(metrics).render(metrics, folder, mode);
}

std::string ReportHtml::compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                                const std::string &nameB)
{
    const ReportKind &kind = ReportKind::of(a);
    if (&ReportKind::of(b) == &kind)
        return kind.compare(a, nameA, b, nameB);
    return "<p><b>" +
           ReportText::tr("%1 is a %2 and %3 a %4: only their documents are shown side by side.")
               .arg(QString::fromStdString(escape(nameA)), QString::fromStdString(kind.description()),
                    QString::fromStdString(escape(nameB)), QString::fromStdString(ReportKind::of(b).description()))
               .toStdString() +
           "</b></p>";
}

} // namespace netsynth
