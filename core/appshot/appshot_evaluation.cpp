#include "core/appshot/appshot_evaluation.h"

#include "core/appshot/appshot_metrics.h"
#include "core/appshot/city_reader.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDir>
#include <QFileInfo>

#include <sstream>

namespace netsynth {

namespace {
nlohmann::json evaluationJson(const TrafficEvaluation &e)
{
    nlohmann::json j = e.toJson();
    nlohmann::json per = nlohmann::json::object();
    for (const auto &s : j["services"])
        per[s["service"].get<std::string>()] = {
            {"emd", s["emd"]}, {"ssim", s["ssim"]}, {"pearson_cell_mean", s["pearson_cell_mean"]}};
    j["per_service"] = per;
    return j;
}

void checkComparable(const TrafficMaps &real, const TrafficMaps &gen, const std::string &genDir)
{
    if (real.simulated() != gen.simulated())
        throw InputError(genDir, "provenance",
                         std::string("generated traffic ") + (gen.simulated() ? "comes from simulated data" : "is not simulated") +
                             " but the real traffic " + (real.simulated() ? "is simulated" : "is not simulated") +
                             ": simulated and non-simulated traffic are never compared");
}

std::string fmt(const nlohmann::json &v)
{
    if (!v.is_number())
        return "&ndash;";
    std::ostringstream o;
    o.precision(4);
    o << v.get<double>();
    return o.str();
}

std::string escape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}
} // namespace

nlohmann::json AppShotEvaluation::evaluateFolders(const std::string &generatedDir, const std::string &realPath)
{
    const TrafficMaps gen = TrafficMaps::load(generatedDir);
    TrafficMaps real;
    std::vector<std::uint8_t> mask;
    std::string city = gen.city;
    if (QFileInfo::exists(QString::fromStdString(realPath + "/traffic.json")) &&
        CityReader::detectLayout(realPath).empty()) {
        real = TrafficMaps::load(realPath);
    } else {
        City c = CityReader::read(realPath);
        if (!c.traffic)
            throw InputError(realPath, {}, "the city has no traffic maps to compare with");
        real = std::move(*c.traffic);
        mask = c.mask;
        city = c.name;
    }
    checkComparable(real, gen, generatedDir);
    const TrafficEvaluation main =
        AppShotMetrics::evaluate(real, gen, mask, gen.metadata.value("method", std::string("appshot-gan")));
    nlohmann::json j = evaluationJson(main);
    j["format"] = "netsynth-appshot-metrics";
    j["version"] = 1;
    j["city"] = city;
    j["generated"] = generatedDir;
    j["real"] = realPath;
    j["real_provenance"] = provenanceName(real.provenance);
    j["simulated"] = real.simulated();
    j["hours_compared"] = main.hours.size();
    j["baselines"] = nlohmann::json::object();
    const QDir dir(QString::fromStdString(generatedDir));
    for (const QString &sub : dir.entryList({QStringLiteral("baseline_*")}, QDir::Dirs, QDir::Name)) {
        const std::string subDir = dir.filePath(sub).toStdString();
        if (!QFileInfo::exists(QString::fromStdString(subDir + "/traffic.json")))
            continue;
        const TrafficMaps b = TrafficMaps::load(subDir);
        checkComparable(real, b, subDir);
        const std::string name = sub.mid(9).toStdString();
        j["baselines"][name] = evaluationJson(AppShotMetrics::evaluate(real, b, mask, name));
    }
    return j;
}

void AppShotEvaluation::writeReport(const nlohmann::json &metrics, const std::string &outDir)
{
    if (!QDir().mkpath(QString::fromStdString(outDir)))
        throw InputError(outDir, {}, "cannot create output folder");
    writeFileAtomically(outDir + "/metrics.json", metrics.dump(2) + "\n");
    writeFileAtomically(outDir + "/summary.html", html(metrics));
}

std::string AppShotEvaluation::html(const nlohmann::json &m)
{
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>AppShot evaluation: "
      << escape(m.value("city", std::string())) << "</title>\n<style>body{font-family:sans-serif;margin:2em}"
      << "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:right}"
      << "th{background:#eee}.warn{color:#a00;font-weight:bold}</style></head><body>\n";
    o << "<h1>AppShot evaluation: " << escape(m.value("city", std::string())) << "</h1>\n";
    if (m.value("simulated", false))
        o << "<p class=\"warn\">SIMULATED data: the real traffic is procedural demo traffic, not a measurement.</p>\n";
    o << "<p>Real: " << escape(m.value("real", std::string())) << " (" << escape(m.value("real_provenance", std::string()))
      << ")<br>Generated: " << escape(m.value("generated", std::string())) << "<br>Hours compared: "
      << m.value("hours_compared", 0) << "</p>\n";
    o << "<table><tr><th>method</th><th>service</th><th>EMD</th><th>EMD / mean</th><th>SSIM</th>"
         "<th>Pearson (cell means)</th><th>Moran's I error</th><th>temporal profile error</th></tr>\n";
    auto rows = [&](const std::string &method, const nlohmann::json &ev) {
        for (const auto &s : ev["services"])
            o << "<tr><td>" << escape(method) << "</td><td>" << escape(s["service"].get<std::string>()) << "</td><td>"
              << fmt(s["emd"]) << "</td><td>" << fmt(s["emd_relative"]) << "</td><td>" << fmt(s["ssim"]) << "</td><td>"
              << fmt(s["pearson_cell_mean"]) << "</td><td>" << fmt(s["moran_i_error"]) << "</td><td>"
              << fmt(s["temporal_profile_error"]) << "</td></tr>\n";
    };
    rows(m.value("method", std::string("appshot-gan")), m);
    if (m.contains("baselines"))
        for (auto it = m["baselines"].begin(); it != m["baselines"].end(); ++it)
            rows(it.key(), it.value());
    o << "</table>\n<h2>Cross-service correlation error</h2>\n<table><tr><th>method</th><th>mean |C_real - C_gen|</th></tr>\n";
    o << "<tr><td>" << escape(m.value("method", std::string("appshot-gan"))) << "</td><td>"
      << fmt(m["cross_service_correlation_error"]) << "</td></tr>\n";
    if (m.contains("baselines"))
        for (auto it = m["baselines"].begin(); it != m["baselines"].end(); ++it)
            o << "<tr><td>" << escape(it.key()) << "</td><td>" << fmt(it.value()["cross_service_correlation_error"])
              << "</td></tr>\n";
    o << "</table>\n</body></html>\n";
    return o.str();
}

} // namespace netsynth
