#include "core/appshot/appshot_baselines.h"
#include "core/runtime/json_document.h"

#include "core/runtime/errors.h"

#include <algorithm>
#include <cmath>

namespace netsynth {

namespace {
constexpr int kSlots = 48;
int slotOf(int hour)
{
    const int h = ((hour % 24) + 24) % 24;
    const int day = ((hour / 24) % 7 + 7) % 7;
    return h * 2 + (day >= 5 ? 1 : 0);
}

std::vector<float> normalisedStack(const City &city, const BaselineModel &m)
{
    std::vector<float> out(m.layerNames.size() * city.cells(), 0.0f);
    for (std::size_t k = 0; k < m.layerNames.size(); ++k) {
        const ContextLayer *l = city.layer(m.layerNames[k]);
        if (!l)
            continue;
        for (std::size_t i = 0; i < city.cells(); ++i)
            out[k * city.cells() + i] = static_cast<float>(m.normalizations[k].apply(l->values[i]));
    }
    return out;
}

int serviceIndex(const TrafficMaps &t, const std::string &name)
{
    for (int s = 0; s < t.services; ++s)
        if (t.serviceNames[s] == name)
            return s;
    return -1;
}

TrafficMaps emptyOutput(const BaselineModel &m, const City &city, const std::vector<int> &hours, const std::string &method)
{
    TrafficMaps t;
    t.serviceNames = m.services;
    t.hours = hours;
    t.resize(static_cast<int>(hours.size()), static_cast<int>(m.services.size()), city.rows, city.cols);
    t.provenance = TrafficProvenance::Generated;
    t.city = city.name;
    t.metadata = {{"method", method}, {"training_provenance", m.trainingProvenance}};
    return t;
}
} // namespace

nlohmann::json BaselineModel::toJson() const
{
    nlohmann::json norms = nlohmann::json::array();
    for (const auto &n : normalizations)
        norms.push_back(n.toJson());
    return {{"format", "netsynth-appshot-baselines"}, {"layers", layerNames}, {"normalizations", norms},
            {"services", services}, {"service_scale", serviceScale}, {"lambda", lambda}, {"ridge", ridge},
            {"per_capita", perCapita}, {"training_provenance", trainingProvenance}};
}

BaselineModel BaselineModel::fromJson(const nlohmann::json &j)
{
    BaselineModel m;
    if (jsonFormat(j) != "netsynth-appshot-baselines")
        throw InputError({}, "field format", "not a netsynth-appshot-baselines object");
    try {
        m.layerNames = j.at("layers").get<std::vector<std::string>>();
        for (const auto &n : j.at("normalizations"))
            m.normalizations.push_back(LayerNormalization::fromJson(n));
        m.services = j.at("services").get<std::vector<std::string>>();
        m.serviceScale = j.at("service_scale").get<std::vector<double>>();
        m.lambda = jsonNumberOr(j, "lambda", 1.0, std::string());
        m.ridge = j.at("ridge").get<std::vector<std::vector<std::vector<double>>>>();
        m.perCapita = j.at("per_capita").get<std::vector<std::vector<double>>>();
        m.trainingProvenance = j.value("training_provenance", std::string());
    } catch (const nlohmann::json::exception &e) {
        throw InputError({}, "baselines", e.what());
    }
    return m;
}

std::vector<double> AppShotBaselines::serviceScales(const std::vector<const City *> &cities,
                                                    const std::vector<std::string> &services)
{
    std::vector<double> out;
    for (const auto &name : services) {
        double sum = 0.0;
        double n = 0.0;
        for (const City *c : cities) {
            if (!c->traffic)
                continue;
            const int s = serviceIndex(*c->traffic, name);
            if (s < 0)
                continue;
            for (int t = 0; t < c->traffic->steps; ++t) {
                const float *m = c->traffic->map(t, s);
                for (std::size_t i = 0; i < c->cells(); ++i)
                    if (c->trainable(i) && std::isfinite(m[i])) {
                        sum += m[i];
                        n += 1.0;
                    }
            }
        }
        const double mean = n > 0 ? sum / n : 0.0;
        out.push_back(mean > 0.0 ? mean : 1.0);
    }
    return out;
}

std::vector<double> AppShotBaselines::solveRidge(std::vector<double> A, std::vector<double> b, int n, double lambda)
{
    for (int i = 0; i < n; ++i)
        A[static_cast<std::size_t>(i) * n + i] += lambda;
    // Cholesky: A = L L^T (L stored in A's lower triangle).
    for (int j = 0; j < n; ++j) {
        double d = A[static_cast<std::size_t>(j) * n + j];
        for (int k = 0; k < j; ++k)
            d -= A[static_cast<std::size_t>(j) * n + k] * A[static_cast<std::size_t>(j) * n + k];
        if (!(d > 0.0))
            throw std::runtime_error("ridge system is not positive definite");
        const double l = std::sqrt(d);
        A[static_cast<std::size_t>(j) * n + j] = l;
        for (int i = j + 1; i < n; ++i) {
            double s = A[static_cast<std::size_t>(i) * n + j];
            for (int k = 0; k < j; ++k)
                s -= A[static_cast<std::size_t>(i) * n + k] * A[static_cast<std::size_t>(j) * n + k];
            A[static_cast<std::size_t>(i) * n + j] = s / l;
        }
    }
    for (int i = 0; i < n; ++i) {
        double s = b[i];
        for (int k = 0; k < i; ++k)
            s -= A[static_cast<std::size_t>(i) * n + k] * b[k];
        b[i] = s / A[static_cast<std::size_t>(i) * n + i];
    }
    for (int i = n - 1; i >= 0; --i) {
        double s = b[i];
        for (int k = i + 1; k < n; ++k)
            s -= A[static_cast<std::size_t>(k) * n + i] * b[k];
        b[i] = s / A[static_cast<std::size_t>(i) * n + i];
    }
    return b;
}

BaselineModel AppShotBaselines::fit(const std::vector<const City *> &cities, const std::vector<std::string> &layerNames,
                                    const std::vector<std::string> &services, const std::vector<double> &serviceScale,
                                    double lambda)
{
    BaselineModel m;
    m.layerNames = layerNames;
    m.services = services;
    m.serviceScale = serviceScale;
    m.lambda = lambda;
    for (const auto &name : layerNames) {
        LayerNormalization norm;
        for (const City *c : cities)
            if (const ContextLayer *l = c->layer(name)) {
                norm = l->normalization;
                break;
            }
        m.normalizations.push_back(norm);
    }
    const int K = static_cast<int>(layerNames.size()), D = K + 1, S = static_cast<int>(services.size());
    // Normal equations per (service, slot): XtX depends on which cities have that slot.
    std::vector<std::vector<double>> XtX(static_cast<std::size_t>(S) * kSlots, std::vector<double>(D * D, 0.0));
    std::vector<std::vector<double>> Xty(static_cast<std::size_t>(S) * kSlots, std::vector<double>(D, 0.0));
    std::vector<double> trafficSum(static_cast<std::size_t>(S) * kSlots, 0.0), popSum(static_cast<std::size_t>(S) * kSlots, 0.0);
    bool havePopulation = true;
    for (const City *c : cities) {
        if (!c->traffic)
            continue;
        if (m.trainingProvenance.empty())
            m.trainingProvenance = provenanceName(c->traffic->provenance);
        const std::vector<float> X = normalisedStack(*c, m);
        const std::size_t n = c->cells();
        std::vector<double> cityXtX(D * D, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            if (!c->trainable(i))
                continue;
            std::vector<double> x(D, 1.0);
            for (int k = 0; k < K; ++k)
                x[k] = X[k * n + i];
            for (int a = 0; a < D; ++a)
                for (int b = 0; b < D; ++b)
                    cityXtX[a * D + b] += x[a] * x[b];
        }
        const ContextLayer *pop = c->layer("population");
        double cityPop = 0.0;
        if (pop) {
            for (std::size_t i = 0; i < n; ++i)
                if (c->trainable(i) && std::isfinite(pop->values[i]))
                    cityPop += std::max(0.0, pop->values[i]);
        } else {
            havePopulation = false;
        }
        for (int s = 0; s < S; ++s) {
            const int cs = serviceIndex(*c->traffic, services[s]);
            if (cs < 0)
                continue;
            std::vector<std::vector<double>> target(kSlots, std::vector<double>(n, 0.0));
            std::vector<int> count(kSlots, 0);
            for (int t = 0; t < c->traffic->steps; ++t) {
                const int slot = slotOf(c->traffic->hours[t]);
                const float *mp = c->traffic->map(t, cs);
                double total = 0.0;
                for (std::size_t i = 0; i < n; ++i) {
                    if (!c->trainable(i))
                        continue;
                    const double v = std::max(0.0f, std::isfinite(mp[i]) ? mp[i] : 0.0f);
                    target[slot][i] += std::log1p(v / serviceScale[s]);
                    total += v;
                }
                ++count[slot];
                trafficSum[s * kSlots + slot] += total;
                popSum[s * kSlots + slot] += cityPop;
            }
            for (int slot = 0; slot < kSlots; ++slot) {
                if (count[slot] == 0)
                    continue;
                auto &A = XtX[s * kSlots + slot];
                auto &b = Xty[s * kSlots + slot];
                for (int q = 0; q < D * D; ++q)
                    A[q] += cityXtX[q];
                for (std::size_t i = 0; i < n; ++i) {
                    if (!c->trainable(i))
                        continue;
                    const double y = target[slot][i] / count[slot];
                    for (int k = 0; k < K; ++k)
                        b[k] += X[k * n + i] * y;
                    b[K] += y;
                }
            }
        }
    }
    if (m.trainingProvenance.empty())
        throw InputError({}, "--cities", "no training city has traffic maps");
    m.ridge.assign(S, std::vector<std::vector<double>>(kSlots, std::vector<double>(D, 0.0)));
    for (int s = 0; s < S; ++s)
        for (int slot = 0; slot < kSlots; ++slot) {
            const auto &A = XtX[s * kSlots + slot];
            if (A[K * D + K] <= 0.0)
                continue; // slot never seen: zero prediction
            m.ridge[s][slot] = solveRidge(A, Xty[s * kSlots + slot], D, lambda);
        }
    if (havePopulation) {
        m.perCapita.assign(S, std::vector<double>(kSlots, 0.0));
        for (int s = 0; s < S; ++s)
            for (int slot = 0; slot < kSlots; ++slot)
                if (popSum[s * kSlots + slot] > 0.0)
                    m.perCapita[s][slot] = trafficSum[s * kSlots + slot] / popSum[s * kSlots + slot];
    }
    return m;
}

TrafficMaps AppShotBaselines::predictRidge(const BaselineModel &m, const City &city, const std::vector<int> &hours)
{
    TrafficMaps t = emptyOutput(m, city, hours, "ridge");
    const std::vector<float> X = normalisedStack(city, m);
    const std::size_t n = city.cells();
    const int K = static_cast<int>(m.layerNames.size());
    for (int step = 0; step < t.steps; ++step)
        for (int s = 0; s < t.services; ++s) {
            const auto &beta = m.ridge[s][slotOf(hours[step])];
            float *out = t.map(step, s);
            for (std::size_t i = 0; i < n; ++i) {
                if (!city.mask[i])
                    continue;
                double y = beta[K];
                for (int k = 0; k < K; ++k)
                    y += beta[k] * X[k * n + i];
                out[i] = static_cast<float>(m.serviceScale[s] * std::expm1(std::max(0.0, y)));
            }
        }
    return t;
}

TrafficMaps AppShotBaselines::predictPopulation(const BaselineModel &m, const City &city, const std::vector<int> &hours)
{
    if (m.perCapita.empty())
        throw InputError(city.path, {}, "the population baseline needs training cities with a population layer");
    const ContextLayer *pop = city.layer("population");
    if (!pop)
        throw InputError(city.path, {}, "the population baseline needs a population layer");
    TrafficMaps t = emptyOutput(m, city, hours, "population");
    for (int step = 0; step < t.steps; ++step)
        for (int s = 0; s < t.services; ++s) {
            const double c = m.perCapita[s][slotOf(hours[step])];
            float *out = t.map(step, s);
            for (std::size_t i = 0; i < city.cells(); ++i)
                if (city.mask[i] && std::isfinite(pop->values[i]))
                    out[i] = static_cast<float>(c * std::max(0.0, pop->values[i]));
        }
    return t;
}

} // namespace netsynth
