#include "core/eval/report_chart.h"

#include "core/eval/report_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

namespace netsynth {

namespace {

nlohmann::json numbers(const std::vector<double> &v)
{
    nlohmann::json a = nlohmann::json::array();
    for (double x : v) {
        if (std::isfinite(x)) a.push_back(x);
        else a.push_back(nullptr);
    }
    return a;
}

nlohmann::json make(const char *type, const std::string &id, const std::string &title, const std::string &xLabel,
                    const std::string &yLabel, const std::vector<ChartSeries> &series)
{
    nlohmann::json s = nlohmann::json::array();
    for (const auto &cs : series)
        s.push_back({{"name", cs.name}, {"x", numbers(cs.x)}, {"y", numbers(cs.y)}});
    return {{"id", id}, {"title", title}, {"type", type}, {"x_label", xLabel}, {"y_label", yLabel}, {"series", s}};
}

std::string escapeXml(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// Characters (not bytes) of a UTF-8 text, for the title's font size.
std::size_t characters(const std::string &utf8)
{
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Series names that are fixed words (the others are generator, class or
// method names: data, shown as stored).
bool isFixedSeriesName(const std::string &name)
{
    static const char *fixed[] = {QT_TRANSLATE_NOOP("ReportText", "real"), QT_TRANSLATE_NOOP("ReportText", "synthetic"),
                                  QT_TRANSLATE_NOOP("ReportText", "real (real->real)"),
                                  QT_TRANSLATE_NOOP("ReportText", "accuracy"), QT_TRANSLATE_NOOP("ReportText", "macro-F1"),
                                  QT_TRANSLATE_NOOP("ReportText", "loss")};
    return std::any_of(std::begin(fixed), std::end(fixed), [&](const char *f) { return name == f; });
}

} // namespace

nlohmann::json ReportChart::line(const std::string &id, const std::string &title, const std::string &xLabel,
                                 const std::string &yLabel, const std::vector<ChartSeries> &series)
{
    return make("line", id, title, xLabel, yLabel, series);
}

nlohmann::json ReportChart::bars(const std::string &id, const std::string &title, const std::string &xLabel,
                                 const std::string &yLabel, const std::vector<ChartSeries> &series)
{
    return make("bars", id, title, xLabel, yLabel, series);
}

void ReportChart::setComposed(nlohmann::json &item, const std::string &field, const char *englishTemplate,
                              const std::vector<std::string> &args)
{
    item[field] = compose(englishTemplate, args);
    item[field + "_template"] = englishTemplate;
    item[field + "_args"] = args;
}

std::string ReportChart::compose(const std::string &templ, const std::vector<std::string> &args)
{
    std::string out;
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] == '%' && i + 1 < templ.size() && templ[i + 1] >= '1' && templ[i + 1] <= '9') {
            const std::size_t k = static_cast<std::size_t>(templ[i + 1] - '1');
            if (k < args.size()) {
                out += args[k];
                ++i;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

std::string ReportChart::displayText(const nlohmann::json &item, const std::string &field)
{
    if (!item.is_object())
        return {};
    const auto templ = item.find(field + "_template");
    const auto args = item.find(field + "_args");
    if (templ != item.end() && templ->is_string() && args != item.end() && args->is_array()) {
        std::vector<std::string> translatedArgs;
        for (const auto &a : *args)
            translatedArgs.push_back(a.is_string() ? ReportText::stored(a.get<std::string>()) : a.dump());
        return compose(ReportText::stored(templ->get<std::string>()), translatedArgs);
    }
    const std::string text = item.value(field, std::string());
    return text.empty() ? text : ReportText::stored(text);
}

nlohmann::json ReportChart::translated(const nlohmann::json &chart)
{
    nlohmann::json out = chart;
    if (!out.is_object())
        return out;
    for (const char *field : {"title", "x_label", "y_label"})
        if (chart.contains(field))
            out[field] = displayText(chart, field);
    if (out.contains("series") && out["series"].is_array())
        for (auto &s : out["series"]) {
            const std::string name = s.value("name", std::string());
            if (isFixedSeriesName(name))
                s["name"] = ReportText::stored(name);
        }
    return out;
}

std::string ReportChart::seriesColour(std::size_t i)
{
    static const char *palette[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    return palette[i % (sizeof palette / sizeof palette[0])];
}

std::vector<double> ReportChart::ticks(double lo, double hi, int count)
{
    std::vector<double> out;
    if (!(hi > lo) || count < 2) {
        out.push_back(lo);
        return out;
    }
    const double raw = (hi - lo) / count;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw) { step = m * mag; break; }
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        out.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

std::string ReportChart::formatTick(double value)
{
    char buf[32];
    const double a = std::fabs(value);
    if (a != 0.0 && (a >= 1e5 || a < 1e-3)) std::snprintf(buf, sizeof buf, "%.1e", value);
    else std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

ChartRange ReportChart::range(const nlohmann::json &chart, double plotHeight)
{
    ChartRange r;
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    const nlohmann::json &series = chart.contains("series") && chart["series"].is_array() ? chart["series"]
                                                                                          : nlohmann::json::array();
    const bool isBars = chart.value("type", std::string("line")) == "bars";
    std::size_t maxPoints = 1;
    for (const auto &s : series) {
        const auto &xs = s["x"];
        const auto &ys = s["y"];
        maxPoints = std::max<std::size_t>(maxPoints, xs.size());
        for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
            if (xs[i].is_null() || ys[i].is_null()) continue;
            xlo = std::min(xlo, xs[i].get<double>()); xhi = std::max(xhi, xs[i].get<double>());
            ylo = std::min(ylo, ys[i].get<double>()); yhi = std::max(yhi, ys[i].get<double>());
        }
    }
    if (!(xlo <= xhi))
        return r;
    r.empty = false;
    if (isBars || ylo > 0.0) ylo = std::min(0.0, ylo);
    if (yhi <= ylo) yhi = ylo + 1.0;
    // Room at the top: the legend's rows (and a margin) stay free of data.
    const double legend = kLegendRow * static_cast<double>(series.size()) + 8.0;
    const double freeShare = plotHeight > 2.0 * legend ? legend / plotHeight : 0.05;
    yhi = ylo + (yhi - ylo) / (1.0 - freeShare);
    if (isBars) {
        r.barHalf = maxPoints > 1 ? (xhi - xlo) / static_cast<double>(maxPoints - 1) / 2.0 : 0.5;
        xlo -= r.barHalf;
        xhi += r.barHalf;
    }
    if (xhi <= xlo) { xlo -= 0.5; xhi += 0.5; }
    r.xlo = xlo;
    r.xhi = xhi;
    r.ylo = ylo;
    r.yhi = yhi;
    return r;
}

std::string ReportChart::toSvg(const nlohmann::json &stored, int width, int height)
{
    const nlohmann::json chart = translated(stored);
    const double left = kLeft, right = kRight, top = kTop, bottom = kBottom;
    const double pw = width - left - right, ph = height - top - bottom;
    const auto &series = chart.value("series", nlohmann::json::array());
    const bool isBars = chart.value("type", std::string("line")) == "bars";
    const ChartRange range = ReportChart::range(chart, ph);
    const double xlo = range.xlo, xhi = range.xhi, ylo = range.ylo, yhi = range.yhi, barHalf = range.barHalf;
    // A long title gets a smaller font (down to 9) so it stays inside the chart;
    // bold sans-serif averages about 0.62 em per character.
    const std::string title = chart.value("title", std::string());
    const double titleSize = std::clamp((width - 8.0) / (0.62 * std::max<std::size_t>(1, characters(title))), 9.0, 13.0);
    std::ostringstream o;
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << ' ' << height << "\" font-family=\"sans-serif\" font-size=\"11\">"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"
      << "<text x=\"" << width / 2 << "\" y=\"18\" text-anchor=\"middle\" font-size=\"" << titleSize
      << "\" font-weight=\"bold\">" << escapeXml(title) << "</text>";
    if (range.empty) {
        o << "<text x=\"" << width / 2 << "\" y=\"" << height / 2 << "\" text-anchor=\"middle\">"
          << escapeXml(ReportText::str("no data")) << "</text></svg>";
        return o.str();
    }
    auto X = [&](double x) { return left + (x - xlo) / (xhi - xlo) * pw; };
    auto Y = [&](double y) { return top + ph - (y - ylo) / (yhi - ylo) * ph; };
    o << "<g stroke=\"#ddd\" stroke-width=\"1\">";
    for (double t : ticks(ylo, yhi)) o << "<line x1=\"" << num(left) << "\" x2=\"" << num(left + pw) << "\" y1=\"" << num(Y(t)) << "\" y2=\"" << num(Y(t)) << "\"/>";
    o << "</g><g fill=\"#333\">";
    for (double t : ticks(ylo, yhi))
        o << "<text x=\"" << num(left - 6) << "\" y=\"" << num(Y(t) + 4) << "\" text-anchor=\"end\">" << formatTick(t) << "</text>";
    for (double t : ticks(xlo, xhi))
        o << "<text x=\"" << num(X(t)) << "\" y=\"" << num(top + ph + 16) << "\" text-anchor=\"middle\">" << formatTick(t) << "</text>";
    o << "<text x=\"" << num(left + pw / 2) << "\" y=\"" << height - 6 << "\" text-anchor=\"middle\">"
      << escapeXml(chart.value("x_label", std::string())) << "</text>"
      << "<text transform=\"translate(14," << num(top + ph / 2) << ") rotate(-90)\" text-anchor=\"middle\">"
      << escapeXml(chart.value("y_label", std::string())) << "</text></g>"
      << "<rect x=\"" << num(left) << "\" y=\"" << num(top) << "\" width=\"" << num(pw) << "\" height=\"" << num(ph)
      << "\" fill=\"none\" stroke=\"#666\"/>";
    const std::size_t ns = series.size();
    for (std::size_t si = 0; si < ns; ++si) {
        const auto &s = series[si];
        const std::string colour = seriesColour(si);
        const auto &xs = s["x"];
        const auto &ys = s["y"];
        if (isBars) {
            const double slot = 2.0 * barHalf / static_cast<double>(std::max<std::size_t>(1, ns));
            for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
                if (xs[i].is_null() || ys[i].is_null()) continue;
                const double x0 = xs[i].get<double>() - barHalf + slot * static_cast<double>(si);
                const double y = ys[i].get<double>();
                o << "<rect x=\"" << num(X(x0)) << "\" y=\"" << num(std::min(Y(y), Y(0))) << "\" width=\""
                  << num(std::max(0.5, X(x0 + slot) - X(x0) - 0.5)) << "\" height=\"" << num(std::fabs(Y(0) - Y(y)))
                  << "\" fill=\"" << colour << "\" fill-opacity=\"0.8\"/>";
            }
        } else {
            o << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\" points=\"";
            for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
                if (xs[i].is_null() || ys[i].is_null()) continue;
                o << num(X(xs[i].get<double>())) << ',' << num(Y(ys[i].get<double>())) << ' ';
            }
            o << "\"/>";
        }
        const double ly = top + 12 + kLegendRow * static_cast<double>(si);
        o << "<rect x=\"" << num(left + pw - 110) << "\" y=\"" << num(ly - 9) << "\" width=\"12\" height=\"10\" fill=\""
          << colour << "\"/><text x=\"" << num(left + pw - 94) << "\" y=\"" << num(ly) << "\">"
          << escapeXml(s.value("name", std::string())) << "</text>";
    }
    o << "</svg>";
    return o.str();
}

} // namespace netsynth
