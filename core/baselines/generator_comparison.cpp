#include "core/baselines/generator_comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace netsynth {

namespace {

struct Column
{
    std::string key;
    std::string label;
};

using Flat = std::vector<std::pair<Column, nlohmann::json>>;

nlohmann::json number(const nlohmann::json &v)
{
    return v.is_number() && std::isfinite(v.get<double>()) ? v : nlohmann::json(nullptr);
}

const char *const kScenarios[] = {"real_real", "synth_real", "mixed_real"};
const char *const kScenarioLabels[] = {"real->real", "synth->real", "mixed->real"};

Flat flatten(const nlohmann::json &m)
{
    Flat out;
    auto add = [&](const std::string &key, const std::string &label, const nlohmann::json &v) {
        out.push_back({{key, label}, number(v)});
    };
    if (m.contains("fid"))
        add("fid", "FID", m["fid"]);
    for (const char *k : {"precision", "recall"})
        if (m.contains(k))
            add(k, k, m[k]);
    if (m.contains("memorisation") && m["memorisation"].is_object())
        add("memorisation.share", "memorisation", m["memorisation"].value("share", nlohmann::json()));
    if (m.contains("fidelity") && m["fidelity"].is_object())
        for (auto it = m["fidelity"].begin(); it != m["fidelity"].end(); ++it)
            add("fidelity." + it.key(), it.key(), it.value());
    auto tstr = [&](const char *block, const std::string &prefix) {
        if (!m.contains(block) || !m[block].is_object())
            return;
        for (int k = 0; k < 3; ++k) {
            if (!m[block].contains(kScenarios[k]))
                continue;
            const auto &s = m[block][kScenarios[k]];
            add(std::string(block) + "." + kScenarios[k] + ".accuracy",
                prefix + " " + kScenarioLabels[k] + " acc", s.value("accuracy", nlohmann::json()));
            add(std::string(block) + "." + kScenarios[k] + ".macro_f1",
                prefix + " " + kScenarioLabels[k] + " F1", s.value("macro_f1", nlohmann::json()));
        }
    };
    tstr("tstr", "TSTR");
    if (m.contains("tstr") && m["tstr"].is_object() && m["tstr"].contains("synth_real_ratio"))
        add("tstr.synth_real_ratio", "TSTR synth/real", m["tstr"]["synth_real_ratio"]);
    // The judge heads the table; the CNN (when it ran) and the series
    // classifier follow as separate column sets.
    if (m.contains("tstr_trees") && m.contains("tstr_cnn"))
        tstr("tstr_cnn", "TSTR CNN");
    if (m.contains("tstr_trees") || m.contains("tstr_cnn"))
        tstr("tstr_series", "TSTR series");
    if (m.contains("early") && m["early"].is_object() && m["early"].contains("synth_real")) {
        const auto prefixes = m["early"].value("prefixes", std::vector<int>{});
        const auto &acc = m["early"]["synth_real"].value("accuracy", nlohmann::json::array());
        for (std::size_t i = 0; i < prefixes.size() && i < acc.size(); ++i)
            add("early.synth_real.n" + std::to_string(prefixes[i]),
                "early synth->real N=" + std::to_string(prefixes[i]), acc[i]);
    }
    return out;
}

bool isReference(const std::string &generator)
{
    return generator == "real" || generator == "real-resample";
}

// Builds {"columns", "rows", "best"} from per-generator flat lists.
nlohmann::json buildTable(const std::vector<std::pair<std::string, Flat>> &rows,
                          const std::vector<std::string> &references)
{
    auto reference = [&](const std::string &g) {
        return isReference(g) || std::find(references.begin(), references.end(), g) != references.end();
    };
    std::vector<Column> columns;
    std::set<std::string> seen;
    for (const auto &r : rows)
        for (const auto &[c, v] : r.second)
            if (seen.insert(c.key).second)
                columns.push_back(c);
    nlohmann::json t;
    t["columns"] = nlohmann::json::array();
    for (const auto &c : columns)
        t["columns"].push_back(
            {{"key", c.key}, {"label", c.label}, {"better", GeneratorComparison::betterDirection(c.key)}});
    t["rows"] = nlohmann::json::array();
    for (const auto &r : rows) {
        std::map<std::string, nlohmann::json> byKey;
        for (const auto &[c, v] : r.second)
            byKey[c.key] = v;
        nlohmann::json values = nlohmann::json::array();
        for (const auto &c : columns)
            values.push_back(byKey.count(c.key) ? byKey[c.key] : nlohmann::json(nullptr));
        t["rows"].push_back({{"generator", r.first}, {"reference", reference(r.first)}, {"values", values}});
    }
    t["best"] = nlohmann::json::object();
    for (std::size_t ci = 0; ci < columns.size(); ++ci) {
        const bool higher = GeneratorComparison::betterDirection(columns[ci].key) == "higher";
        double best = 0.0;
        bool any = false;
        for (const auto &row : t["rows"]) {
            const auto &v = row["values"][ci];
            if (row["reference"].get<bool>() || !v.is_number())
                continue;
            const double x = v.get<double>();
            if (!any || (higher ? x > best : x < best))
                best = x;
            any = true;
        }
        nlohmann::json winners = nlohmann::json::array();
        if (any)
            for (const auto &row : t["rows"]) {
                const auto &v = row["values"][ci];
                if (!row["reference"].get<bool>() && v.is_number() &&
                    std::abs(v.get<double>() - best) <= 1e-12 * std::max(1.0, std::abs(best)))
                    winners.push_back(row["generator"]);
            }
        t["best"][columns[ci].key] = winners;
    }
    return t;
}

std::string escape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string format(const nlohmann::json &v)
{
    if (!v.is_number())
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v.get<double>());
    return buf;
}

bool isBest(const nlohmann::json &table, const std::string &key, const std::string &generator)
{
    if (!table.contains("best") || !table["best"].contains(key))
        return false;
    for (const auto &g : table["best"][key])
        if (g == generator)
            return true;
    return false;
}

void htmlTable(std::ostringstream &os, const nlohmann::json &t)
{
    os << "<table class=\"comparison\">\n<tr><th>generator</th>";
    for (const auto &c : t["columns"])
        os << "<th title=\"" << escape(c["key"].get<std::string>()) << " (" << c["better"].get<std::string>()
           << " is better)\">" << escape(c["label"].get<std::string>())
           << (c["better"] == "higher" ? " &uarr;" : " &darr;") << "</th>";
    os << "</tr>\n";
    for (const auto &row : t["rows"]) {
        const std::string g = row["generator"].get<std::string>();
        os << "<tr" << (row["reference"].get<bool>() ? " class=\"reference\"" : "") << "><th>" << escape(g)
           << (row["reference"].get<bool>() ? " (reference)" : "") << "</th>";
        for (std::size_t ci = 0; ci < t["columns"].size(); ++ci) {
            const std::string key = t["columns"][ci]["key"].get<std::string>();
            if (isBest(t, key, g))
                os << "<td class=\"best\"><b>" << format(row["values"][ci]) << " &#9733;</b></td>";
            else
                os << "<td>" << format(row["values"][ci]) << "</td>";
        }
        os << "</tr>\n";
    }
    os << "</table>\n";
}

} // namespace

void GeneratorComparison::add(const std::string &generator, const nlohmann::json &metrics, bool reference)
{
    m_entries.emplace_back(generator, metrics);
    if (reference)
        m_references.push_back(generator);
}

nlohmann::json GeneratorComparison::generatorsJson() const
{
    nlohmann::json g = nlohmann::json::object();
    for (const auto &[name, metrics] : m_entries)
        g[name] = metrics;
    return g;
}

int GeneratorComparison::columnIndex(const nlohmann::json &table, const std::string &key)
{
    if (!table.is_object() || !table.contains("columns") || !table["columns"].is_array())
        return -1;
    const auto &columns = table["columns"];
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].value("key", std::string()) == key)
            return static_cast<int>(i);
    return -1;
}

std::string GeneratorComparison::betterDirection(const std::string &key)
{
    auto endsWith = [&](const std::string &suffix) {
        return key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (endsWith("accuracy") || endsWith("macro_f1") || endsWith("_ratio") || key == "precision" || key == "recall" ||
        key.rfind("early.", 0) == 0 || key.rfind("f1_", 0) == 0)
        return "higher";
    return "lower";
}

nlohmann::json GeneratorComparison::table() const
{
    std::vector<std::pair<std::string, Flat>> rows;
    for (const auto &[name, metrics] : m_entries)
        rows.emplace_back(name, flatten(metrics));
    nlohmann::json t = buildTable(rows, m_references);
    // Per class: every metric of per_class.<class>.
    std::vector<std::string> classes;
    std::set<std::string> seenClasses;
    for (const auto &[name, metrics] : m_entries)
        if (metrics.contains("per_class") && metrics["per_class"].is_object())
            for (auto it = metrics["per_class"].begin(); it != metrics["per_class"].end(); ++it)
                if (seenClasses.insert(it.key()).second)
                    classes.push_back(it.key());
    t["per_class"] = nlohmann::json::object();
    for (const auto &cls : classes) {
        std::vector<std::pair<std::string, Flat>> classRows;
        for (const auto &[name, metrics] : m_entries) {
            Flat flat;
            if (metrics.contains("per_class") && metrics["per_class"].contains(cls))
                for (auto it = metrics["per_class"][cls].begin(); it != metrics["per_class"][cls].end(); ++it)
                    if (it.value().is_number() || it.value().is_null())
                        flat.push_back({{it.key(), it.key()}, number(it.value())});
            classRows.emplace_back(name, flat);
        }
        t["per_class"][cls] = buildTable(classRows, m_references);
    }
    return t;
}

std::string GeneratorComparison::html(const nlohmann::json &table, const std::string &title)
{
    std::ostringstream os;
    os << "<section class=\"generator-comparison\">\n<h2>" << escape(title) << "</h2>\n"
       << "<style>table.comparison{border-collapse:collapse;font-size:90%}"
          "table.comparison td,table.comparison th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
          "table.comparison td.best{background:#e6f4e6}tr.reference{color:#666;font-style:italic}</style>\n"
       << "<p>One row per generator, the same real training and test split for all. &#9733; marks the best value "
          "of each column among the generators (&uarr; higher is better, &darr; lower is better); the real "
          "resample is the reference ceiling, shown for scale and not ranked.</p>\n";
    htmlTable(os, table);
    if (table.contains("per_class") && !table["per_class"].empty()) {
        os << "<h3>Per class</h3>\n";
        for (auto it = table["per_class"].begin(); it != table["per_class"].end(); ++it) {
            os << "<details><summary>" << escape(it.key()) << "</summary>\n";
            htmlTable(os, it.value());
            os << "</details>\n";
        }
    }
    os << "</section>\n";
    return os.str();
}

std::string GeneratorComparison::text(const nlohmann::json &table)
{
    // Transposed for terminals: one line per metric, one column per generator.
    std::ostringstream os;
    std::size_t labelWidth = 6;
    for (const auto &c : table["columns"])
        labelWidth = std::max(labelWidth, c["label"].get<std::string>().size() + 2);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%-*s", static_cast<int>(labelWidth), "metric");
    os << buf;
    for (const auto &row : table["rows"]) {
        std::snprintf(buf, sizeof buf, " %14s", row["generator"].get<std::string>().c_str());
        os << buf;
    }
    os << "\n";
    for (std::size_t ci = 0; ci < table["columns"].size(); ++ci) {
        const auto &c = table["columns"][ci];
        std::snprintf(buf, sizeof buf, "%-*s", static_cast<int>(labelWidth),
                      (c["label"].get<std::string>() + (c["better"] == "higher" ? " +" : " -")).c_str());
        os << buf;
        for (const auto &row : table["rows"]) {
            const std::string cell = format(row["values"][ci]) +
                                     (isBest(table, c["key"].get<std::string>(), row["generator"].get<std::string>())
                                          ? "*"
                                          : " ");
            std::snprintf(buf, sizeof buf, " %14s", cell.c_str());
            os << buf;
        }
        os << "\n";
    }
    os << "(* best among generators; + higher is better, - lower is better; real-resample not ranked)\n";
    return os.str();
}

} // namespace netsynth
