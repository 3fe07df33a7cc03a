#include "core/appshot/composition_probe.h"

#include "core/appshot/appshot_networks_impl.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <cmath>
#include <functional>
#include <random>

namespace netsynth {

using namespace appshot;

namespace {
struct Batch
{
    torch::Tensor ctx, real, mask, cond, noise;
    std::vector<int> hours;
};

Batch sampleBatch(const std::vector<CityTensors> &data, std::discrete_distribution<int> &pick, std::mt19937_64 &rng,
                  at::Generator &gen, const AppShotConfig &cfg, int batch)
{
    const int P = cfg.patch, K = cfg.contextChannels(), S = static_cast<int>(cfg.services.size());
    Batch b;
    b.ctx = torch::zeros({batch, K, P, P});
    b.real = torch::zeros({batch, S, P, P});
    b.mask = torch::zeros({batch, 1, P, P});
    std::vector<int> hours(batch);
    for (int i = 0; i < batch; ++i) {
        const CityTensors &c = data[pick(rng)];
        const int t = static_cast<int>(rng() % c.traffic.size(0));
        const int r0 = c.rows > P ? static_cast<int>(rng() % (c.rows - P + 1)) : 0;
        const int c0 = c.cols > P ? static_cast<int>(rng() % (c.cols - P + 1)) : 0;
        const int h = std::min(P, c.rows), w = std::min(P, c.cols);
        b.ctx[i].slice(1, 0, h).slice(2, 0, w).copy_(c.context.slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        b.real[i].slice(1, 0, h).slice(2, 0, w).copy_(c.traffic[t].slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        b.mask[i].slice(1, 0, h).slice(2, 0, w).copy_(c.mask.slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        hours[i] = c.hours[t];
    }
    b.real = b.real * b.mask;
    b.cond = conditionVectors(hours, b.ctx);
    b.hours = hours;
    b.noise = torch::randn({batch, cfg.noiseChannels, P, P}, gen);
    return b;
}

// Per-cell BCE and accuracy over valid cells only.
void score(const torch::Tensor &logitsReal, const torch::Tensor &logitsFake, const torch::Tensor &mask, double &loss,
           double &accuracy)
{
    const auto m = mask.expand_as(logitsReal);
    const double n = m.sum().item<double>();
    const auto lr = torch::binary_cross_entropy_with_logits(logitsReal, torch::ones_like(logitsReal), {}, {},
                                                            at::Reduction::None);
    const auto lf = torch::binary_cross_entropy_with_logits(logitsFake, torch::zeros_like(logitsFake), {}, {},
                                                            at::Reduction::None);
    loss = ((lr + lf) * m).sum().item<double>() / std::max(1.0, n);
    const auto correct = (logitsReal > 0).to(torch::kFloat) * m + (logitsFake <= 0).to(torch::kFloat) * m;
    accuracy = correct.sum().item<double>() / std::max(1.0, 2.0 * n);
}

// A discriminator taught to tell real patches from one kind of negative
// (generated, or real with its services rolled), then scored on fresh patches.
struct Probe
{
    std::string name;
    std::function<torch::Tensor(const Batch &)> negative;
    CompositionDiscriminator d{nullptr};
    double loss = 0.0, accuracy = 0.0;
};

// The probed cities' patches, drawn in proportion to their valid cells x steps.
struct ProbeData
{
    std::vector<CityTensors> cities;
    std::discrete_distribution<int> pick;
};

ProbeData probeData(const std::vector<City> &cities, const AppShotConfig &cfg)
{
    ProbeData data;
    std::vector<double> weights;
    for (const City &c : cities) {
        data.cities.push_back(prepareCity(c, cfg, true));
        weights.push_back(static_cast<double>(c.validCells()) * c.traffic->steps);
    }
    data.pick = std::discrete_distribution<int>(weights.begin(), weights.end());
    return data;
}

// Trains each probe for options.steps on the same patch sequence.
void trainProbes(std::vector<Probe> &probes, ProbeData &data, const AppShotConfig &cfg,
                 const CompositionProbeOptions &options, ProgressToken &token)
{
    const int total = options.steps * static_cast<int>(probes.size());
    int done = 0;
    for (std::size_t p = 0; p < probes.size(); ++p) {
        Probe &pr = probes[p];
        torch::manual_seed(options.seed + p);
        pr.d = CompositionDiscriminator(cfg);
        torch::optim::Adam opt(pr.d->parameters(), torch::optim::AdamOptions(options.learningRate).betas({0.5, 0.999}));
        // The same patch sequence for every probe.
        std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + 1);
        auto gen = at::detail::createCPUGenerator(options.seed * 7919ULL + 1);
        for (int step = 0; step < options.steps; ++step) {
            token.throwIfCanceled();
            const Batch b = sampleBatch(data.cities, data.pick, rng, gen, cfg, cfg.batch);
            const auto neg = pr.negative(b);
            const auto lr = pr.d->forward(b.ctx, b.real, b.cond), lf = pr.d->forward(b.ctx, neg, b.cond);
            const auto loss = torch::binary_cross_entropy_with_logits(lr, torch::ones_like(lr)) +
                              torch::binary_cross_entropy_with_logits(lf, torch::zeros_like(lf));
            opt.zero_grad();
            loss.backward();
            opt.step();
            token.setProgress(static_cast<double>(++done) / total, "probe " + pr.name + ": step " + std::to_string(step + 1));
        }
    }
}

// What the probes and the composition features say on fresh patches
// (another seed), each a mean over the evaluation batches.
struct ProbeMeasure
{
    double gapMix = 0.0, gapTotal = 0.0, realMixSd = 0.0, genMixSd = 0.0;
};

ProbeMeasure measureProbes(std::vector<Probe> &probes, ProbeData &data, const AppShotConfig &cfg,
                           const std::function<torch::Tensor(const Batch &)> &fakeOf,
                           const CompositionProbeOptions &options, ProgressToken &token)
{
    const int S = static_cast<int>(cfg.services.size());
    std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + 99991);
    auto gen = at::detail::createCPUGenerator(options.seed * 7919ULL + 99991);
    ProbeMeasure m;
    const CompositionDiscriminator features(cfg);
    for (int e = 0; e < options.evalBatches; ++e) {
        token.throwIfCanceled();
        const Batch b = sampleBatch(data.cities, data.pick, rng, gen, cfg, cfg.batch);
        const double n = std::max(1.0, b.mask.sum().item<double>());
        const auto fake = fakeOf(b);
        {
            torch::NoGradGuard ng;
            const auto fr = features->compositionFeatures(b.real), ff = features->compositionFeatures(fake);
            const auto mr = fr.slice(1, 0, S), mf = ff.slice(1, 0, S);
            m.gapMix += ((mr - mf).abs().sum(1, true) * b.mask).sum().item<double>() / n;
            m.gapTotal += ((fr.slice(1, S, S + 1) - ff.slice(1, S, S + 1)).abs() * b.mask).sum().item<double>() / n;
            // Spread of each service's log-share around its patch mean: how much the
            // mix varies from cell to cell in real and in generated maps.
            auto spread = [&](const torch::Tensor &t) {
                const auto ls = cfg.compositionInput == "normalised-softmax" ? torch::log(t.clamp_min(1e-6)) : t;
                const auto mean = (ls * b.mask).sum({2, 3}, true) / b.mask.sum({2, 3}, true).clamp_min(1.0);
                return (((ls - mean).pow(2) * b.mask).sum() / (n * S)).sqrt().item<double>();
            };
            m.realMixSd += spread(mr);
            m.genMixSd += spread(mf);
        }
        for (Probe &pr : probes) {
            torch::NoGradGuard ng;
            const auto neg = pr.negative(b);
            double l = 0.0, a = 0.0;
            score(pr.d->forward(b.ctx, b.real, b.cond), pr.d->forward(b.ctx, neg, b.cond), b.mask, l, a);
            pr.loss += l;
            pr.accuracy += a;
        }
    }
    const double E = std::max(1, options.evalBatches);
    m.gapMix /= E;
    m.gapTotal /= E;
    m.realMixSd /= E;
    m.genMixSd /= E;
    for (Probe &pr : probes) {
        pr.loss /= E;
        pr.accuracy /= E;
    }
    return m;
}

} // namespace

nlohmann::json CompositionProbe::run(const std::string &checkpoint, const std::vector<City> &cities,
                                     const CompositionProbeOptions &options, ProgressToken &token)
{
    if (cities.empty())
        throw InputError({}, "--cities", "no city to probe on");
    CheckpointState state = readCheckpointConfig(checkpoint);
    const AppShotConfig trained = state.config;
    AppShotConfig cfg = state.config;
    if (!options.compositionInput.empty())
        cfg.compositionInput = options.compositionInput;
    Generator G(trained);
    readCheckpoint(checkpoint, state, G, nullptr, nullptr, nullptr, nullptr);
    G->eval();
    ProbeData data = probeData(cities, cfg);

    const std::function<torch::Tensor(const Batch &)> fakeOf = [&](const Batch &b) {
        torch::NoGradGuard ng;
        return generate(G, cfg, b.ctx, b.noise, b.cond, b.hours) * b.mask;
    };
    std::vector<Probe> probes;
    probes.push_back({"generated", fakeOf});
    if (cfg.services.size() >= 2)
        probes.push_back({"swapped", [](const Batch &b) { return torch::roll(b.real, {1}, {1}); }});
    trainProbes(probes, data, cfg, options, token);
    const ProbeMeasure m = measureProbes(probes, data, cfg, fakeOf, options, token);

    nlohmann::json j = {{"format", "netsynth-appshot-composition-probe"},
                        {"checkpoint", checkpoint},
                        {"trained_steps", state.step},
                        {"services", cfg.services},
                        {"chance_loss", 2.0 * std::log(2.0)},
                        {"probe_steps", options.steps},
                        {"composition_input", cfg.compositionInput},
                        {"trained_composition_input", trained.compositionInput},
                        {"probe_learning_rate", options.learningRate},
                        {"eval_patches", options.evalBatches * cfg.batch},
                        {"input_gap", {{"mix_l1", m.gapMix}, {"log_total", m.gapTotal}}},
                        {"mix_log_share_spread", {{"real", m.realMixSd}, {"generated", m.genMixSd}}}};
    for (const Probe &pr : probes)
        j[pr.name] = {{"loss", pr.loss}, {"accuracy", pr.accuracy}};
    // The training run's own composition loss over its last 100 steps.
    if (state.history.defined() && state.history.size(0) > 0) {
        const int64_t n = state.history.size(0), from = std::max<int64_t>(0, n - 100);
        j["training_d_composition_last"] = state.history.slice(0, from, n).select(1, 3).mean().item<double>();
        j["training_d_spatial_last"] = state.history.slice(0, from, n).select(1, 2).mean().item<double>();
    }
    return j;
}

} // namespace netsynth
