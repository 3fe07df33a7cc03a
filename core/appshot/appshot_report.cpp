#include "core/appshot/appshot_report.h"

#include "core/eval/report_chart.h"
#include "core/imaging/colour_maps.h"
#include "core/eval/report_html.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace netsynth {

namespace {

// Index of the real service `real.serviceNames[sr]` in t: by name, else by
// position when both have the same number of services (as the metrics match them).
int serviceIn(const TrafficMaps &t, const TrafficMaps &real, int sr)
{
    for (int s = 0; s < t.services; ++s)
        if (t.serviceNames[s] == real.serviceNames[sr])
            return s;
    return t.services == real.services ? sr : -1;
}

std::map<int, int> stepsByHour(const TrafficMaps &t)
{
    std::map<int, int> m;
    for (int s = t.steps - 1; s >= 0; --s)
        m[t.hours[s]] = s;
    return m;
}

double percentile99(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
    if (v.empty())
        return 0.0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(0.99 * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

std::string label(double v)
{
    char buf[32];
    const double a = std::fabs(v);
    std::snprintf(buf, sizeof buf, a != 0.0 && (a >= 1e4 || a < 1e-2) ? "%.2g" : "%.3g", v);
    return buf;
}

// The method's per-cell mean over the compared hours it has, and its city totals per hour.
struct MethodMaps
{
    std::string key, label;
    const TrafficMaps *traffic;
};

std::vector<double> meanMap(const TrafficMaps &t, int s, const std::vector<int> &hours)
{
    std::vector<double> mean(t.cells(), 0.0);
    const auto steps = stepsByHour(t);
    int n = 0;
    for (int h : hours) {
        auto it = steps.find(h);
        if (it == steps.end())
            continue;
        const float *m = t.map(it->second, s);
        for (std::size_t i = 0; i < t.cells(); ++i)
            mean[i] += m[i];
        ++n;
    }
    for (double &v : mean)
        v = n ? v / n : std::nan("");
    return mean;
}

std::vector<double> totals(const TrafficMaps &t, int s, const std::vector<int> &hours, const std::vector<std::size_t> &valid)
{
    std::vector<double> out;
    const auto steps = stepsByHour(t);
    for (int h : hours) {
        auto it = steps.find(h);
        if (it == steps.end()) {
            out.push_back(std::nan(""));
            continue;
        }
        const float *m = t.map(it->second, s);
        double sum = 0.0;
        for (std::size_t i : valid)
            sum += m[i];
        out.push_back(sum);
    }
    return out;
}

std::vector<double> pick(const std::vector<double> &map, const std::vector<std::size_t> &valid)
{
    std::vector<double> v;
    v.reserve(valid.size());
    for (std::size_t i : valid)
        v.push_back(map[i]);
    return v;
}

// Hour index h (from Monday 00:00) as the day, "Mon", and the time, "00:00":
// two arguments of a map's title, so the day can be translated.
std::string dayOf(int h)
{
    static const char *days[] = {QT_TRANSLATE_NOOP("ReportText", "Mon"), QT_TRANSLATE_NOOP("ReportText", "Tue"),
                                 QT_TRANSLATE_NOOP("ReportText", "Wed"), QT_TRANSLATE_NOOP("ReportText", "Thu"),
                                 QT_TRANSLATE_NOOP("ReportText", "Fri"), QT_TRANSLATE_NOOP("ReportText", "Sat"),
                                 QT_TRANSLATE_NOOP("ReportText", "Sun")};
    return days[(h / 24) % 7];
}

std::string clockOf(int h)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:00", h % 24);
    return buf;
}

} // namespace

std::string AppShotReport::mapPng(const std::vector<double> &values, int rows, int cols,
                                  const std::vector<std::uint8_t> &mask, bool rowZeroNorth, double lo, double hi,
                                  bool diverging, int scale)
{
    scale = std::max(1, scale);
    const int w = std::max(cols * scale, 160), barTop = rows * scale + 4, barH = 10, textH = 16;
    cv::Mat img(barTop + barH + textH, w, CV_8UC3, cv::Scalar(255, 255, 255));
    // The map pane's colours (viridis; blue-white-red for differences).
    auto colour = [&](double t) -> cv::Vec3b {
        const Rgb c = colourAt(diverging ? ColourMapKind::Diverging : ColourMapKind::Viridis, t);
        return cv::Vec3b(c.b, c.g, c.r);
    };
    const double span = hi > lo ? hi - lo : 1.0;
    for (int r = 0; r < rows; ++r) {
        const int y0 = (rowZeroNorth ? r : rows - 1 - r) * scale;
        for (int c = 0; c < cols; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * cols + c;
            const bool valid = (mask.size() != values.size() || mask[i]) && std::isfinite(values[i]);
            const cv::Vec3b px = valid ? colour((values[i] - lo) / span) : cv::Vec3b(215, 215, 215);
            img(cv::Rect(c * scale, y0, scale, scale)).setTo(cv::Scalar(px[0], px[1], px[2]));
        }
    }
    for (int x = 0; x < w; ++x)
        img(cv::Rect(x, barTop, 1, barH)).setTo([&] {
            const cv::Vec3b px = colour(static_cast<double>(x) / (w - 1));
            return cv::Scalar(px[0], px[1], px[2]);
        }());
    const std::string a = label(lo), b = label(hi);
    int base = 0;
    const cv::Size sb = cv::getTextSize(b, cv::FONT_HERSHEY_SIMPLEX, 0.38, 1, &base);
    cv::putText(img, a, {1, barTop + barH + 12}, cv::FONT_HERSHEY_SIMPLEX, 0.38, cv::Scalar(40, 40, 40), 1, cv::LINE_AA);
    cv::putText(img, b, {w - sb.width - 1, barTop + barH + 12}, cv::FONT_HERSHEY_SIMPLEX, 0.38, cv::Scalar(40, 40, 40), 1,
                cv::LINE_AA);
    std::vector<std::uint8_t> png;
    if (!cv::imencode(".png", img, png))
        throw std::runtime_error("cannot encode a map as PNG");
    return std::string(png.begin(), png.end());
}

nlohmann::json AppShotReport::setup(const AppShotEvaluationInputs &in)
{
    const nlohmann::json &md = in.generated.metadata.is_object() ? in.generated.metadata : nlohmann::json::object();
    nlohmann::json s = {{"held_out_city", in.city},
                        {"train_cities", md.value("train_cities", nlohmann::json::array())},
                        {"checkpoint", md.value("checkpoint", std::string())},
                        {"trained_steps", md.value("trained_steps", nlohmann::json())},
                        {"generation_seed", md.value("seed", nlohmann::json())},
                        {"training_seed", nullptr},
                        {"training_provenance", md.value("training_provenance", std::string())},
                        {"real_provenance", provenanceName(in.real.provenance)},
                        {"simulated", in.real.simulated()},
                        {"units", in.real.units},
                        {"services", in.real.serviceNames},
                        {"netsynth_version", NETSYNTH_VERSION}};
    // The training seed is in the run folder beside the checkpoint. A relative
    // checkpoint path was relative to where `generate` ran: try the generated
    // folder's parent and the folder itself when it does not resolve from here.
    std::string ckpt = s["checkpoint"].get<std::string>();
    if (!ckpt.empty() && QFileInfo(QString::fromStdString(ckpt)).isRelative() &&
        !QFileInfo::exists(QString::fromStdString(ckpt)) && !in.generatedSource.empty()) {
        const QFileInfo gen(QString::fromStdString(in.generatedSource));
        for (const QString &base : {gen.absolutePath(), gen.absoluteFilePath()}) {
            const QString candidate = QDir(base).filePath(QString::fromStdString(ckpt));
            if (QFileInfo::exists(candidate)) {
                ckpt = QDir::cleanPath(candidate).toStdString();
                s["checkpoint"] = ckpt;
                break;
            }
        }
    }
    if (!ckpt.empty()) {
        const QString run = QFileInfo(QString::fromStdString(ckpt)).absolutePath() + QStringLiteral("/run.json");
        if (QFileInfo::exists(run)) {
            try {
                const nlohmann::json r = nlohmann::json::parse(readWholeFile(run.toStdString()));
                if (r.contains("config") && r["config"].contains("seed"))
                    s["training_seed"] = r["config"]["seed"];
            } catch (const std::exception &) {
                // The seed stays unknown; the report says n/a.
            }
        }
    }
    const auto realSteps = stepsByHour(in.real);
    nlohmann::json hours = nlohmann::json::array();
    for (int h : in.generated.hours)
        if (realSteps.count(h))
            hours.push_back(h);
    s["hours"] = hours;
    return s;
}

namespace {

// What the report's maps and charts are drawn from, and what they add up to:
// the PNGs written into the report folder and their entries in "images", the
// per-service charts in "charts".
class ReportFigures
{
public:
    ReportFigures(const AppShotEvaluationInputs &in, std::string outDir, std::vector<int> hours)
        : m_in(in), m_real(in.real), m_outDir(std::move(outDir)), m_hours(std::move(hours)),
          m_realSteps(stepsByHour(in.real)),
          m_shown(in.displayMask.size() == in.real.cells() ? in.displayMask : in.mask),
          m_scale(std::clamp(240 / std::max(1, std::max(in.real.rows, in.real.cols)), 1, 12))
    {
        const std::vector<std::uint8_t> &mask = !in.mask.empty() ? in.mask : in.displayMask;
        for (std::size_t i = 0; i < m_real.cells(); ++i)
            if (mask.size() != m_real.cells() || mask[i])
                m_valid.push_back(i);
    }

    // The maps and the temporal profile of the service numbered k (its place
    // in metrics "services"), for every method.
    void addService(int k, const std::string &service, const std::vector<MethodMaps> &methods)
    {
        int sr = -1;
        for (int s = 0; s < m_real.services; ++s)
            if (m_real.serviceNames[s] == service)
                sr = s;
        if (sr < 0 || m_hours.empty())
            return;
        // Peak hour: the compared hour with the largest real city total.
        const std::vector<double> realTotals = totals(m_real, sr, m_hours, m_valid);
        const std::size_t peak = static_cast<std::size_t>(
            std::max_element(realTotals.begin(), realTotals.end()) - realTotals.begin());
        const int sg = serviceIn(m_in.generated, m_real, sr);
        if (sg >= 0)
            addPeakMaps(k, service, sr, sg, m_hours[peak]);
        addMeanMapsAndProfile(k, service, sr, realTotals, methods);
    }

    nlohmann::json images() const { return m_images; }
    nlohmann::json charts() const { return m_charts; }

private:
    // One map as a PNG and its entry. The title is stored in English with its
    // template and arguments (ReportChart::setComposed), so the report shows
    // it in its own language.
    void addImage(const std::string &file, const std::string &service, const std::string &kind, const char *titleTemplate,
                  const std::vector<std::string> &titleArgs, const std::vector<double> &map, double lo, double hi,
                  bool diverging, const nlohmann::json &hour)
    {
        writeFileAtomically(m_outDir + "/" + file, AppShotReport::mapPng(map, m_real.rows, m_real.cols, m_shown,
                                                                         m_in.rowZeroNorth, lo, hi, diverging, m_scale));
        nlohmann::json image = {{"file", file}, {"service", service}, {"kind", kind}, {"hour", hour}, {"min", lo}, {"max", hi}};
        ReportChart::setComposed(image, "title", titleTemplate, titleArgs);
        m_images.push_back(std::move(image));
    }

    // Real, generated and their difference at the peak hour, real and
    // generated on one scale, the difference on a symmetric one.
    void addPeakMaps(int k, const std::string &service, int sr, int sg, int hour)
    {
        const float *a = m_real.map(m_realSteps.at(hour), sr);
        const float *g = m_in.generated.map(stepsByHour(m_in.generated).at(hour), sg);
        std::vector<double> ra(a, a + m_real.cells()), ga(g, g + m_real.cells()), diff(m_real.cells());
        for (std::size_t i = 0; i < diff.size(); ++i)
            diff[i] = ga[i] - ra[i];
        const double hi = std::max(percentile99(pick(ra, m_valid)), percentile99(pick(ga, m_valid)));
        std::vector<double> absDiff = pick(diff, m_valid);
        for (double &v : absDiff)
            v = std::fabs(v);
        const double d = std::max(percentile99(absDiff), 1e-12);
        const std::string base = "map_" + std::to_string(k) + "_peak_";
        // "real at Mon 00:00 (hour 0)"
        const char *peakTitle = QT_TRANSLATE_NOOP("ReportText", "%1 at %2 %3 (hour %4)");
        const std::string day = dayOf(hour), clock = clockOf(hour), index = std::to_string(hour);
        addImage(base + "real.png", service, "peak_real", peakTitle, {QT_TRANSLATE_NOOP("ReportText", "real"), day, clock, index},
                 ra, 0.0, hi, false, hour);
        addImage(base + "generated.png", service, "peak_generated", peakTitle, {"AppShot GAN", day, clock, index}, ga, 0.0, hi,
                 false, hour);
        addImage(base + "difference.png", service, "peak_difference", peakTitle,
                 {QT_TRANSLATE_NOOP("ReportText", "generated - real"), day, clock, index}, diff, -d, d, true, hour);
    }

    // Mean maps of real and every method on one scale, and the temporal profile chart.
    void addMeanMapsAndProfile(int k, const std::string &service, int sr, const std::vector<double> &realTotals,
                               const std::vector<MethodMaps> &methods)
    {
        std::vector<std::pair<std::string, std::vector<double>>> means = {{"real", meanMap(m_real, sr, m_hours)}};
        std::vector<ChartSeries> series = {{"real", {}, realTotals}};
        std::vector<std::string> who = {"real"};
        for (const auto &meth : methods) {
            const int s = serviceIn(*meth.traffic, m_real, sr);
            if (s < 0)
                continue;
            means.push_back({meth.key, meanMap(*meth.traffic, s, m_hours)});
            series.push_back({meth.label, {}, totals(*meth.traffic, s, m_hours, m_valid)});
            who.push_back(meth.label);
        }
        double hi = 0.0;
        for (const auto &mm : means)
            hi = std::max(hi, percentile99(pick(mm.second, m_valid)));
        for (std::size_t i = 0; i < means.size(); ++i)
            addImage("map_" + std::to_string(k) + "_mean_" + means[i].first + ".png", service, "mean_" + means[i].first,
                     QT_TRANSLATE_NOOP("ReportText", "mean over the hours: %1"), {who[i]}, means[i].second, 0.0, hi, false,
                     nullptr);
        for (auto &cs : series)
            cs.x.assign(m_hours.begin(), m_hours.end());
        // Title and y label hold values (the service, the units): stored with templates.
        nlohmann::json profile = ReportChart::line("temporal_" + std::to_string(k), {},
                                                   QT_TRANSLATE_NOOP("ReportText", "hour index (from Monday 00:00)"), {},
                                                   series);
        ReportChart::setComposed(profile, "title", QT_TRANSLATE_NOOP("ReportText", "Temporal profile: %1"), {service});
        ReportChart::setComposed(profile, "y_label", QT_TRANSLATE_NOOP("ReportText", "city total (%1)"), {m_real.units});
        m_charts.push_back(std::move(profile));
    }

    const AppShotEvaluationInputs &m_in;
    const TrafficMaps &m_real;
    std::string m_outDir;
    std::vector<int> m_hours;
    std::map<int, int> m_realSteps;
    const std::vector<std::uint8_t> &m_shown;
    int m_scale;
    std::vector<std::size_t> m_valid;
    nlohmann::json m_images = nlohmann::json::array();
    nlohmann::json m_charts = nlohmann::json::array();
};

// Per-service SSIM and Pearson of every method, as bars.
void addComparisonBars(const nlohmann::json &m, const std::vector<MethodMaps> &methods, nlohmann::json &charts)
{
    for (const auto &metric :
         {std::pair<std::string, std::string>{"ssim", QT_TRANSLATE_NOOP("ReportText", "SSIM per service (higher is better)")},
          {"pearson_cell_mean", QT_TRANSLATE_NOOP("ReportText", "Pearson of cell means per service (higher is better)")}}) {
        const std::string &key = metric.first, &title = metric.second; // (a lambda may not capture a structured binding in C++17)
        std::vector<ChartSeries> series;
        auto add = [&](const std::string &name, const nlohmann::json &ev) {
            ChartSeries cs{name, {}, {}};
            for (std::size_t i = 0; i < ev["services"].size(); ++i) {
                const auto &v = ev["services"][i][key];
                cs.x.push_back(static_cast<double>(i));
                cs.y.push_back(v.is_number() ? v.get<double>() : std::nan(""));
            }
            series.push_back(cs);
        };
        add("AppShot GAN", m);
        for (const auto &meth : methods)
            if (m["baselines"].contains(meth.key))
                add(meth.label, m["baselines"][meth.key]);
        charts.push_back(
            ReportChart::bars(key == "ssim" ? "ssim" : "pearson", title, QT_TRANSLATE_NOOP("ReportText", "service"), key, series));
    }
}

} // namespace

nlohmann::json AppShotReport::write(nlohmann::json m, const AppShotEvaluationInputs &in, const std::string &outDir)
{
    if (!QDir().mkpath(QString::fromStdString(outDir)))
        throw InputError(outDir, {}, "cannot create the report folder");
    m["setup"] = setup(in);
    m["created"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    std::vector<MethodMaps> methods = {{m.value("method", std::string("appshot-gan")), "AppShot GAN", &in.generated}};
    for (const auto &b : in.baselines)
        methods.push_back({b.first, b.first, &b.second});
    ReportFigures figures(in, outDir, m["setup"]["hours"].get<std::vector<int>>());
    int k = -1; // the service's number in the report (order of metrics "services")
    for (const auto &sm : m["services"])
        figures.addService(++k, sm["service"].get<std::string>(), methods);
    nlohmann::json charts = figures.charts();
    addComparisonBars(m, methods, charts);
    m["charts"] = charts;
    m["images"] = figures.images();
    writeFileAtomically(outDir + "/metrics.json", m.dump(2) + "\n");
    ReportHtml::writeHtml(m, outDir, outDir);
    return m;
}

} // namespace netsynth
