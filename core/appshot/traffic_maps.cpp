#include "core/appshot/traffic_maps.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <iomanip>

namespace netsynth {

std::string provenanceName(TrafficProvenance p)
{
    switch (p) {
    case TrafficProvenance::Measured: return "measured";
    case TrafficProvenance::StandIn: return "stand-in";
    case TrafficProvenance::Simulated: return "simulated";
    case TrafficProvenance::Generated: return "generated";
    }
    return "measured";
}

TrafficProvenance parseProvenance(const std::string &name)
{
    for (auto p : {TrafficProvenance::Measured, TrafficProvenance::StandIn, TrafficProvenance::Simulated,
                   TrafficProvenance::Generated})
        if (provenanceName(p) == name)
            return p;
    throw InputError({}, "field provenance", "unknown traffic provenance '" + name + "'");
}

void TrafficMaps::resize(int t, int s, int r, int c)
{
    steps = t;
    services = s;
    rows = r;
    cols = c;
    values.assign(static_cast<std::size_t>(t) * s * r * c, 0.0f);
    if (static_cast<int>(hours.size()) != t) {
        hours.resize(t);
        for (int i = 0; i < t; ++i)
            hours[i] = i * stepMinutes / 60;
    }
    if (static_cast<int>(serviceNames.size()) != s) {
        serviceNames.resize(s);
        for (int i = 0; i < s; ++i)
            if (serviceNames[i].empty())
                serviceNames[i] = "service_" + std::to_string(i + 1);
    }
}

int TrafficMaps::hourOfDay(int t) const
{
    const int h = t < static_cast<int>(hours.size()) ? hours[t] : t;
    return ((h % 24) + 24) % 24;
}

bool TrafficMaps::weekend(int t) const
{
    const int h = t < static_cast<int>(hours.size()) ? hours[t] : t;
    const int day = ((h / 24) % 7 + 7) % 7; // 0 = Monday
    return day >= 5;
}

nlohmann::json TrafficMaps::describe() const
{
    return {{"format", "netsynth-appshot-traffic"},
            {"version", 1},
            {"city", city},
            {"steps", steps},
            {"rows", rows},
            {"cols", cols},
            {"services", serviceNames},
            {"hours", hours},
            {"step_minutes", stepMinutes},
            {"provenance", provenanceName(provenance)},
            {"simulated", simulated()},
            {"units", units},
            {"metadata", metadata}};
}

void TrafficMaps::saveTo(const std::string &dir) const
{
    if (!QDir().mkpath(QString::fromStdString(dir)))
        throw InputError(dir, {}, "cannot create output folder");
    writeNpy(dir + "/traffic.npy",
             {static_cast<std::size_t>(steps), static_cast<std::size_t>(services), static_cast<std::size_t>(rows),
              static_cast<std::size_t>(cols)},
             values.data());
    writeFileAtomically(dir + "/traffic.json", describe().dump(2) + "\n");
}

TrafficMaps TrafficMaps::load(const std::string &path)
{
    const QFileInfo fi(QString::fromStdString(path));
    TrafficMaps m;
    std::string npyPath = path;
    nlohmann::json meta;
    if (fi.isDir()) {
        const std::string jsonPath = path + "/traffic.json";
        if (!QFileInfo::exists(QString::fromStdString(jsonPath)))
            throw InputError(path, {}, "not a traffic folder (no traffic.json)");
        try {
            meta = nlohmann::json::parse(readWholeFile(jsonPath));
        } catch (const nlohmann::json::exception &e) {
            throw InputError(jsonPath, "JSON", e.what());
        }
        if (jsonFormat(meta) != "netsynth-appshot-traffic")
            throw InputError(jsonPath, "field format", "expected \"netsynth-appshot-traffic\"");
        npyPath = path + "/traffic.npy";
    }
    const NpyArray<float> a = readNpyFloat(npyPath);
    if (a.shape.size() == 3) {
        m.steps = static_cast<int>(a.shape[0]);
        m.services = 1;
        m.rows = static_cast<int>(a.shape[1]);
        m.cols = static_cast<int>(a.shape[2]);
    } else if (a.shape.size() == 4) {
        m.steps = static_cast<int>(a.shape[0]);
        m.services = static_cast<int>(a.shape[1]);
        m.rows = static_cast<int>(a.shape[2]);
        m.cols = static_cast<int>(a.shape[3]);
    } else {
        throw InputError(npyPath, "header field 'shape'", "expected (T, H, W) or (T, S, H, W)");
    }
    m.values = a.values;
    if (!meta.is_null()) {
        try {
            m.city = meta.value("city", std::string());
            m.stepMinutes = jsonNumberOr(meta, "step_minutes", 60, path + "/traffic.json");
            m.units = meta.value("units", std::string());
            m.provenance = parseProvenance(meta.value("provenance", std::string("measured")));
            m.metadata = meta.value("metadata", nlohmann::json::object());
            if (meta.contains("services"))
                m.serviceNames = meta.at("services").get<std::vector<std::string>>();
            if (meta.contains("hours"))
                m.hours = meta.at("hours").get<std::vector<int>>();
        } catch (const nlohmann::json::exception &e) {
            throw InputError(path + "/traffic.json", "fields", e.what());
        }
        if (static_cast<int>(m.serviceNames.size()) != m.services)
            throw InputError(path + "/traffic.json", "field services",
                             "lists " + std::to_string(m.serviceNames.size()) + " services but traffic.npy has " +
                                 std::to_string(m.services));
        if (!m.hours.empty() && static_cast<int>(m.hours.size()) != m.steps)
            throw InputError(path + "/traffic.json", "field hours",
                             "lists " + std::to_string(m.hours.size()) + " hours but traffic.npy has " +
                                 std::to_string(m.steps) + " steps");
    }
    const std::vector<std::string> names = m.serviceNames;
    const std::vector<int> hours = m.hours;
    std::vector<float> values = std::move(m.values);
    m.serviceNames = names;
    m.hours = hours;
    m.resize(m.steps, m.services, m.rows, m.cols);
    m.values = std::move(values);
    return m;
}

void TrafficMaps::saveCsv(const std::string &path) const
{
    writeFileAtomically(path, [this](std::ostream &out) {
        out << "hour,row,col";
        for (const auto &s : serviceNames)
            out << ',' << s;
        out << '\n';
        out << std::setprecision(7);
        for (int t = 0; t < steps; ++t)
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    out << hours[t] << ',' << r << ',' << c;
                    for (int s = 0; s < services; ++s)
                        out << ',' << at(t, s, r, c);
                    out << '\n';
                }
    });
}

} // namespace netsynth
