#include "core/eval/report_kind.h"
#include "core/eval/report_chart.h"
#include "core/eval/report_text.h"
#include "core/runtime/json_document.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <sstream>
#include <utility>
#include <vector>

namespace netsynth {

namespace {

const nlohmann::json &at(const nlohmann::json &j, const std::string &key)
{
    static const nlohmann::json null;
    if (j.is_object()) {
        auto it = j.find(key);
        if (it != j.end()) return *it;
    }
    return null;
}

std::string str(const nlohmann::json &j, const std::string &key)
{
    const auto &v = at(j, key);
    return v.is_string() ? v.get<std::string>() : std::string();
}

// A std::string as a QString argument of ReportText::tr(...).arg(...).
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct Column
{
    const char *key;
    const char *label; // English, marked for translation: shown through columnLabel()
    bool higherIsBetter;
};

const Column kColumns[] = {{"emd", "EMD", false},
                           {"emd_relative", QT_TRANSLATE_NOOP("ReportText", "EMD / real mean"), false},
                           {"ssim", "SSIM", true},
                           {"pearson_cell_mean", QT_TRANSLATE_NOOP("ReportText", "Pearson (cell means)"), true},
                           {"moran_i_error", QT_TRANSLATE_NOOP("ReportText", "Moran's I error"), false},
                           {"temporal_profile_error", QT_TRANSLATE_NOOP("ReportText", "temporal profile error"), false}};

// A column's label in the report's language, escaped.
std::string columnLabel(const Column &c)
{
    return ReportHtml::escape(ReportText::stored(c.label));
}

const char *kBest = "#c6efce";

struct Method
{
    std::string key, label;
    const nlohmann::json *metrics;
};

std::string methodLabel(const std::string &key)
{
    if (key == "appshot-gan") return "AppShot GAN";
    if (key == "ridge") return ReportText::str("ridge regression (baseline)");
    if (key == "population") return ReportText::str("population-proportional (baseline)");
    return key;
}

// The GAN first, then the ridge and population baselines, then any other.
std::vector<Method> methods(const nlohmann::json &m)
{
    std::vector<Method> out;
    const std::string main = m.value("method", std::string("appshot-gan"));
    out.push_back({main, methodLabel(main), &m});
    const auto &b = at(m, "baselines");
    for (const char *k : {"ridge", "population"})
        if (at(b, k).is_object()) out.push_back({k, methodLabel(k), &at(b, k)});
    if (b.is_object())
        for (auto it = b.begin(); it != b.end(); ++it)
            if (it.key() != "ridge" && it.key() != "population" && it.value().is_object())
                out.push_back({it.key(), methodLabel(it.key()), &it.value()});
    return out;
}

const nlohmann::json &serviceOf(const nlohmann::json &method, const std::string &service)
{
    static const nlohmann::json null;
    for (const auto &s : at(method, "services"))
        if (s.value("service", std::string()) == service) return s;
    return null;
}

std::vector<std::string> services(const nlohmann::json &m)
{
    std::vector<std::string> out;
    for (const auto &s : at(m, "services"))
        out.push_back(s.value("service", std::string()));
    return out;
}

// Index of the best finite value (-1 when none).
int best(const std::vector<nlohmann::json> &values, bool higherIsBetter)
{
    int k = -1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_number() || !std::isfinite(values[i].get<double>())) continue;
        if (k < 0 || (higherIsBetter ? values[i].get<double>() > values[k].get<double>()
                                     : values[i].get<double>() < values[k].get<double>()))
            k = static_cast<int>(i);
    }
    return k;
}

std::string cell(const nlohmann::json &v, bool isBest)
{
    if (isBest)
        return "<td align=\"right\" bgcolor=\"" + std::string(kBest) + "\"><b>" + ReportHtml::formatNumber(v) + "</b></td>";
    return "<td align=\"right\">" + ReportHtml::formatNumber(v) + "</td>";
}

// Hour indices as compact ranges: "0-23, 48".
std::string hourRanges(const nlohmann::json &hours)
{
    std::vector<int> h;
    for (const auto &v : hours)
        if (v.is_number_integer()) h.push_back(v.get<int>());
    std::ostringstream o;
    for (std::size_t i = 0; i < h.size();) {
        std::size_t j = i;
        while (j + 1 < h.size() && h[j + 1] == h[j] + 1) ++j;
        o << (i ? ", " : "") << h[i];
        if (j > i) o << "-" << h[j];
        i = j + 1;
    }
    return o.str();
}

std::string matrix(const nlohmann::json &c, const std::vector<std::string> &names)
{
    if (!c.is_array() || c.empty()) return "";
    std::ostringstream o;
    o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr><td></td>";
    for (std::size_t j = 0; j < c.size(); ++j) o << "<td><small>" << j << "</small></td>";
    o << "</tr>";
    for (std::size_t i = 0; i < c.size(); ++i) {
        o << "<tr><td><small>" << i << " " << (i < names.size() ? ReportHtml::escape(names[i]) : "") << "</small></td>";
        for (std::size_t j = 0; j < c[i].size(); ++j)
            o << "<td align=\"right\"><small>" << ReportHtml::formatNumber(c[i][j], 2) << "</small></td>";
        o << "</tr>";
    }
    o << "</table>";
    return o.str();
}

class Html
{
public:
    Html(const nlohmann::json &m, const std::string &folder, ReportHtml::ImageMode mode)
        : m(m), folder(folder), mode(mode), all(methods(m)), names(services(m)) {}

    std::string render()
    {
        const std::string city = str(m, "city");
        o << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
          << ReportText::tr("AppShot evaluation report: %1").arg(q(ReportHtml::escape(city))).toStdString() << "</title>"
          << "<style>body{font-family:sans-serif;margin:24px;max-width:1200px} table{border-collapse:collapse} "
             "th,td{padding:3px 6px} h2{border-bottom:1px solid #999;margin-top:28px} small{color:#444}</style>"
          << "</head><body>";
        o << "<h1>" << ReportText::str("NetSynth Studio: AppShot evaluation report") << "</h1>";
        intro(city);
        if (m.value("simulated", false))
            o << "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\"><tr><td bgcolor=\"#fde2e2\">"
                 "<font color=\"#a00000\"><b>"
              << ReportText::str("SIMULATED traffic.") << "</b> "
              << ReportText::str("The traffic of this evaluation is the project's seeded procedural demo traffic, not a "
                                 "measurement, and the model was trained on simulated traffic.")
              << " "
              << ReportText::str("The figures show how well the model reproduces the simulator on an unseen city; they "
                                 "say nothing about real mobile traffic.")
              << "</font></td></tr></table>";
        setup();
        metricTable();
        crossService();
        temporal();
        maps();
        charts({"ssim", "pearson"}, ReportText::str("Per-service similarity"));
        definitions();
        o << "</body></html>\n";
        return o.str();
    }

private:
    // The checkpoint's training cities, escaped and comma separated.
    std::string trainCities() const
    {
        std::string train;
        for (const auto &c : at(at(m, "setup"), "train_cities"))
            if (c.is_string()) train += (train.empty() ? "" : ", ") + ReportHtml::escape(c.get<std::string>());
        return train;
    }

    bool wasTrainedOn(const std::string &city) const
    {
        for (const auto &c : at(at(m, "setup"), "train_cities"))
            if (c.is_string() && c.get<std::string>() == city) return true;
        return false;
    }

    // What was evaluated, and on what the model was trained (the checkpoint's
    // training cities): a training city measures the fit to the training
    // data, a held-out city the generalisation.
    void intro(const std::string &city)
    {
        const std::string trained = trainCities();
        o << "<p>";
        if (wasTrainedOn(city))
            o << ReportText::tr("Service-level traffic maps generated for <b>%1</b>, a city the model <b>was trained "
                                "on</b> (training cities: %2), compared with the city's real traffic, next to two "
                                "baselines fitted on the same cities.")
                     .arg(q(ReportHtml::escape(city)), q(trained))
                     .toStdString()
              << " "
              << ReportText::str("This measures how well the model fits its training data, not how it does on a city it "
                                 "has never seen: evaluate on a held-out city for that.");
        else
            o << ReportText::tr("Leave-one-city-out evaluation: service-level traffic maps generated for <b>%1</b>, a "
                                "city the model was not trained on (training cities: %2), compared with the city's "
                                "real traffic, next to two baselines fitted on the same training cities.")
                     .arg(q(ReportHtml::escape(city)), q(trained.empty() ? ReportText::str("not recorded") : trained))
                     .toStdString();
        if (!str(m, "created").empty())
            o << " "
              << ReportText::tr("Created %1 with NetSynth %2.")
                     .arg(q(ReportHtml::escape(str(m, "created"))),
                          q(ReportHtml::escape(str(at(m, "setup"), "netsynth_version"))))
                     .toStdString();
        o << "</p>";
    }

    void row(const std::string &k, const std::string &v) { o << "<tr><td><b>" << k << "</b></td><td>" << v << "</td></tr>"; }

    void setup()
    {
        const auto &s = at(m, "setup");
        o << "<h2>" << ReportText::str("Setup") << "</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
        row(wasTrainedOn(str(m, "city")) ? ReportText::str("Evaluated city (a training city)")
                                         : ReportText::str("Evaluated city (held out)"),
            ReportHtml::escape(str(m, "city")));
        const std::string train = trainCities();
        row(ReportText::str("Training cities"), train.empty() ? ReportText::str("n/a") : train);
        std::string checkpoint = ReportHtml::escape(str(s, "checkpoint").empty() ? ReportText::str("n/a") : str(s, "checkpoint"));
        if (at(s, "trained_steps").is_number())
            checkpoint += " " + ReportText::tr("(%1 training steps)")
                                    .arg(q(ReportHtml::formatNumber(at(s, "trained_steps"), 0)))
                                    .toStdString();
        row(ReportText::str("Checkpoint"), checkpoint);
        row(ReportText::str("Seeds"), ReportText::tr("training %1, generation %2")
                                          .arg(q(ReportHtml::formatNumber(at(s, "training_seed"), 0)),
                                               q(ReportHtml::formatNumber(at(s, "generation_seed"), 0)))
                                          .toStdString());
        row(ReportText::str("Hours compared"), ReportText::tr("%1 (hour indices from Monday 00:00: %2)")
                                                   .arg(q(ReportHtml::formatNumber(at(m, "hours_compared"), 0)),
                                                        q(hourRanges(at(s, "hours"))))
                                                   .toStdString());
        std::string svc;
        for (std::size_t i = 0; i < names.size(); ++i)
            svc += (i ? ", " : "") + std::to_string(i) + " = " + ReportHtml::escape(names[i]);
        row(ReportText::str("Services"), svc);
        row(ReportText::str("Real traffic"),
            ReportHtml::escape(str(m, "real")) + " (" + ReportHtml::escape(str(m, "real_provenance")) + ")");
        row(ReportText::str("Generated traffic"), ReportHtml::escape(str(m, "generated")));
        row(ReportText::str("Traffic units"), ReportHtml::escape(str(s, "units")));
        row(ReportText::str("Simulated traffic"),
            m.value("simulated", false) ? "<font color=\"#a00000\"><b>" +
                                              ReportText::str("YES: simulated demo traffic, not a measurement") +
                                              "</b></font>"
                                        : ReportText::str("no"));
        std::string b;
        for (std::size_t i = 1; i < all.size(); ++i) b += (i > 1 ? ", " : "") + ReportHtml::escape(all[i].label);
        row(ReportText::str("Baselines"),
            b.empty() ? ReportText::str("none found (run 'appshot generate' with the training run's baselines.json)") : b);
        o << "</table>";
    }

    void metricTable()
    {
        o << "<h2>" << ReportText::str("Per-service metrics") << "</h2><p>"
          << ReportText::str("Best value per service and column shaded and in bold (lower is better except SSIM and "
                             "Pearson).")
          << "</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>"
          << ReportText::str("service") << "</th><th>" << ReportText::str("method") << "</th>";
        for (const auto &c : kColumns) o << "<th>" << columnLabel(c) << (c.higherIsBetter ? " &uarr;" : " &darr;") << "</th>";
        o << "</tr>";
        for (const auto &service : names) {
            std::vector<int> bestOf;
            for (const auto &c : kColumns) {
                std::vector<nlohmann::json> v;
                for (const auto &meth : all) v.push_back(at(serviceOf(*meth.metrics, service), c.key));
                bestOf.push_back(all.size() > 1 ? best(v, c.higherIsBetter) : -1);
            }
            for (std::size_t k = 0; k < all.size(); ++k) {
                o << "<tr>";
                if (k == 0)
                    o << "<td rowspan=\"" << all.size() << "\" valign=\"top\"><b>" << ReportHtml::escape(service) << "</b></td>";
                o << "<td>" << ReportHtml::escape(all[k].label) << "</td>";
                const auto &s = serviceOf(*all[k].metrics, service);
                for (std::size_t c = 0; c < std::size(kColumns); ++c)
                    o << cell(at(s, kColumns[c].key), bestOf[c] == static_cast<int>(k));
                o << "</tr>";
            }
        }
        o << "</table>";
    }

    void crossService()
    {
        o << "<h2>" << ReportText::str("Cross-service correlation") << "</h2><p>"
          << ReportText::str("Mean absolute difference between the services' Pearson correlation matrices (over valid "
                             "cells and hours), real vs generated, off-diagonal entries; it shows whether the joint "
                             "multi-service structure is kept.")
          << " " << ReportText::str("Empty with a single service.") << "</p>"
          << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>"
          << ReportText::str("method") << "</th><th>" << ReportText::str("cross-service correlation error")
          << " &darr;</th></tr>";
        std::vector<nlohmann::json> v;
        for (const auto &meth : all) v.push_back(at(*meth.metrics, "cross_service_correlation_error"));
        const int b = all.size() > 1 ? best(v, false) : -1;
        for (std::size_t k = 0; k < all.size(); ++k)
            o << "<tr><td>" << ReportHtml::escape(all[k].label) << "</td>" << cell(v[k], b == static_cast<int>(k)) << "</tr>";
        o << "</table>";
        const std::string real = matrix(at(m, "correlation_real"), names);
        if (!real.empty() && names.size() > 1)
            o << "<table cellspacing=\"8\"><tr><td valign=\"top\"><b>" << ReportText::str("real") << "</b><br>" << real
              << "</td><td valign=\"top\"><b>" << ReportHtml::escape(all[0].label) << "</b><br>"
              << matrix(at(m, "correlation_generated"), names) << "</td></tr></table>";
    }

    void temporal()
    {
        o << "<h2>" << ReportText::str("Temporal profiles") << "</h2><p>"
          << ReportText::str("Temporal profile error: total-variation distance (0 to 1) between the city totals per "
                             "hour, real vs generated, each normalised to sum 1.")
          << "</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>"
          << ReportText::str("method") << "</th>";
        for (const auto &s : names) o << "<th>" << ReportHtml::escape(s) << " &darr;</th>";
        o << "<th>" << ReportText::str("mean over services") << " &darr;</th></tr>";
        std::vector<std::vector<nlohmann::json>> v(names.size() + 1);
        for (const auto &meth : all) {
            double sum = 0.0;
            int n = 0;
            for (std::size_t i = 0; i < names.size(); ++i) {
                const auto &e = at(serviceOf(*meth.metrics, names[i]), "temporal_profile_error");
                v[i].push_back(e);
                if (e.is_number()) { sum += e.get<double>(); ++n; }
            }
            v[names.size()].push_back(n ? nlohmann::json(sum / n) : nlohmann::json());
        }
        std::vector<int> b;
        for (const auto &col : v) b.push_back(all.size() > 1 ? best(col, false) : -1);
        for (std::size_t k = 0; k < all.size(); ++k) {
            o << "<tr><td>" << ReportHtml::escape(all[k].label) << "</td>";
            for (std::size_t i = 0; i < v.size(); ++i) o << cell(v[i][k], b[i] == static_cast<int>(k));
            o << "</tr>";
        }
        o << "</table>";
        std::vector<std::string> ids;
        for (const auto &c : at(m, "charts"))
            if (c.value("id", std::string()).rfind("temporal_", 0) == 0) ids.push_back(c.value("id", std::string()));
        chartTable(ids);
    }

    void maps()
    {
        const auto &images = at(m, "images");
        if (!images.is_array() || images.empty()) return;
        o << "<h2>" << ReportText::str("Maps") << "</h2><p>"
          << ReportText::str("North is up. Grey cells are outside the city's valid area. Real and generated maps of "
                             "one service share one colour scale (clipped at the 99th percentile of the valid cells); "
                             "differences use a blue (generated below real) to red (above) scale.")
          << "</p>";
        for (const auto &service : names) {
            std::vector<const nlohmann::json *> peak, mean;
            for (const auto &img : images) {
                if (img.value("service", std::string()) != service) continue;
                (img.value("kind", std::string()).rfind("peak", 0) == 0 ? peak : mean).push_back(&img);
            }
            if (peak.empty() && mean.empty()) continue;
            o << "<h3>" << ReportHtml::escape(service) << "</h3>";
            for (const auto *group : {&peak, &mean}) {
                if (group->empty()) continue;
                o << "<table cellspacing=\"6\"><tr>";
                for (const auto *img : *group)
                    o << "<td valign=\"top\" align=\"center\">"
                      << ReportHtml::pngImage(folder, img->value("file", std::string()), mode) << "<br><small>"
                      << ReportHtml::escape(ReportChart::displayText(*img, "title")) << "</small></td>";
                o << "</tr></table>";
            }
        }
    }

    void chartTable(const std::vector<std::string> &ids)
    {
        o << "<table cellspacing=\"6\"><tr>";
        int n = 0;
        for (const auto &id : ids)
            for (const auto &c : at(m, "charts"))
                if (c.value("id", std::string()) == id) {
                    if (n > 0 && n % 2 == 0) o << "</tr><tr>";
                    o << "<td>" << ReportHtml::chartImage(c, mode) << "</td>";
                    ++n;
                }
        o << "</tr></table>";
    }

    void charts(const std::vector<std::string> &ids, const std::string &title)
    {
        bool any = false;
        for (const auto &c : at(m, "charts"))
            any = any || std::find(ids.begin(), ids.end(), c.value("id", std::string())) != ids.end();
        if (!any) return;
        o << "<h2>" << title << "</h2><p>" << ReportText::str("x axis: service number (see Setup).") << "</p>";
        chartTable(ids);
    }

    void definitions()
    {
        o << "<h2>" << ReportText::str("Metrics") << "</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
        row("EMD", ReportText::str("Wasserstein-1 distance between the distributions of cell values (valid cells x "
                                   "hours), in traffic units; EMD / real mean divides it by the service's real mean."));
        row("SSIM", ReportText::str("Structural similarity of each hour's map (7 x 7 windows, range of the real "
                                    "service), averaged."));
        row(ReportText::str("Pearson (cell means)"),
            ReportText::str("Correlation of the per-cell mean maps over the compared hours."));
        row(ReportText::str("Moran's I error"),
            ReportText::str("|I(real) - I(generated)| of Moran's I (rook contiguity) of the per-cell mean maps: "
                            "spatial autocorrelation."));
        row(ReportText::str("Temporal profile error"),
            ReportText::str("Total-variation distance between the normalised hourly city totals."));
        row(ReportText::str("Cross-service correlation error"),
            ReportText::str("Mean |C_real - C_generated| over off-diagonal service pairs."));
        o << "</table>";
    }

    const nlohmann::json &m;
    std::string folder;
    ReportHtml::ImageMode mode;
    std::vector<Method> all;
    std::vector<std::string> names;
    std::ostringstream o;
};

double meanOver(const nlohmann::json &method, const char *key)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &s : at(method, "services"))
        if (at(s, key).is_number()) { sum += at(s, key).get<double>(); ++n; }
    return n ? sum / n : std::nan("");
}

// The AppShot city traffic evaluation as a report kind.
class AppShotReportKind final : public ReportKind
{
public:
    std::string format() const override { return "netsynth-appshot-metrics"; }
    std::string listTag() const override { return "AppShot"; }
    std::string description() const override { return ReportText::str("AppShot city traffic evaluation"); }
    std::string documentTitle() const override { return ReportText::str("NetSynth AppShot evaluation report"); }

    std::string render(const nlohmann::json &metrics, const std::string &folder,
                       ReportHtml::ImageMode mode) const override
    {
        return Html(metrics, folder, mode).render();
    }

    std::string summaryLine(const nlohmann::json &m) const override
    {
        std::ostringstream o;
        o << ReportText::tr("AppShot %1: mean SSIM %2, mean Pearson %3")
                 .arg(q(str(m, "city")), q(ReportHtml::formatNumber(meanOver(m, "ssim"))),
                      q(ReportHtml::formatNumber(meanOver(m, "pearson_cell_mean"))))
                 .toStdString();
        if (m.value("simulated", false)) o << " (" << ReportText::str("SIMULATED traffic") << ")";
        return o.str();
    }

    std::string compare(const nlohmann::json &a, const std::string &nameA, const nlohmann::json &b,
                        const std::string &nameB) const override
    {
        std::ostringstream o;
        if (a.value("simulated", false) != b.value("simulated", false))
            o << "<p><font color=\"#a00000\"><b>"
              << ReportText::str("One report is on simulated traffic, the other is not: the numbers are not comparable.")
              << "</b></font></p>";
        o << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th>"
          << ReportText::str("metric") << "</th><th>" << ReportHtml::escape(nameA) << "</th><th>" << ReportHtml::escape(nameB)
          << "</th><th>" << ReportText::str("difference (B - A)") << "</th></tr>";
        auto line = [&](const std::string &label, const nlohmann::json &va, const nlohmann::json &vb) {
            std::string diff;
            if (va.is_number() && vb.is_number()) diff = ReportHtml::formatNumber(vb.get<double>() - va.get<double>());
            o << "<tr><td>" << label << "</td><td>" << ReportHtml::formatNumber(va) << "</td><td>"
              << ReportHtml::formatNumber(vb) << "</td><td>" << diff << "</td></tr>";
        };
        line(ReportText::str("evaluated city"), at(a, "city"), at(b, "city"));
        line(ReportText::str("hours compared"), at(a, "hours_compared"), at(b, "hours_compared"));
        line(ReportText::str("cross-service correlation error"), at(a, "cross_service_correlation_error"),
             at(b, "cross_service_correlation_error"));
        std::vector<std::string> svc = services(a);
        for (const auto &s : services(b))
            if (std::find(svc.begin(), svc.end(), s) == svc.end()) svc.push_back(s);
        for (const auto &s : svc)
            for (const auto &c : kColumns)
                line(ReportHtml::escape(s) + ": " + columnLabel(c), at(serviceOf(a, s), c.key), at(serviceOf(b, s), c.key));
        for (const char *base : {"ridge", "population"})
            for (const char *key : {"ssim", "pearson_cell_mean"})
                line(ReportText::tr("%1: mean %2").arg(q(methodLabel(base)), q(key)).toStdString(),
                     nlohmann::json(meanOver(at(at(a, "baselines"), base), key)),
                     nlohmann::json(meanOver(at(at(b, "baselines"), base), key)));
        o << "</table>";
        return o.str();
    }
};

} // namespace

const ReportKind &appShotReportKind()
{
    static const AppShotReportKind kind;
    return kind;
}

} // namespace netsynth
