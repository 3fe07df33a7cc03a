#include "core/appshot/appshot_trainer.h"

#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_networks_impl.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/checkpoint_clock.h"
#include "core/runtime/device.h"
#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"
#include "core/runtime/progress.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>
#include <random>
#include <sstream>

namespace netsynth {

using namespace appshot;

AppShotConfig AppShotTrainer::prepareConfig(const std::vector<City> &cities, AppShotConfig cfg)
{
    cfg.validateTrainingOptions();
    if (cities.empty())
        throw InputError({}, "--cities", "no training city");
    for (const City &c : cities)
        if (!c.traffic)
            throw InputError(c.path, {}, "city " + c.name + " has no traffic maps to train on (use --demo for "
                                                            "simulated traffic)");
    const bool simulated = cities.front().traffic->simulated();
    for (const City &c : cities)
        if (c.traffic->simulated() != simulated)
            throw InputError(c.path, "provenance", "simulated and non-simulated traffic cannot be mixed in one training run");
    cfg.services = cities.front().traffic->serviceNames;
    for (const City &c : cities)
        if (c.traffic->serviceNames != cfg.services)
            throw InputError(c.path, "services", "every training city must have the same services");
    cfg.layers.clear();
    cfg.normalizations.clear();
    for (const ContextLayer &l : cities.front().layers) {
        bool everywhere = true;
        for (const City &c : cities)
            everywhere = everywhere && c.layer(l.name) != nullptr;
        if (everywhere) {
            cfg.layers.push_back(l.name);
            cfg.normalizations.push_back(l.normalization);
        }
    }
    if (cfg.layers.empty())
        throw InputError({}, "--cities", "the training cities share no context layer");
    std::vector<const City *> ptrs;
    for (const City &c : cities)
        ptrs.push_back(&c);
    cfg.serviceScale = AppShotBaselines::serviceScales(ptrs, cfg.services);
    cfg.trainingProvenance = simulated ? "simulated" : provenanceName(cities.front().traffic->provenance);
    // The residual's base: the ridge baseline fitted on the same training cells (held-out cells excluded).
    cfg.ridgeCoefficients.clear();
    if (cfg.usesRidge())
        cfg.ridgeCoefficients = AppShotBaselines::fit(ptrs, cfg.layers, cfg.services, cfg.serviceScale, 1.0).ridge;
    cfg.trainCities.clear();
    for (const City &c : cities)
        cfg.trainCities.push_back(c.heldOut.empty() ? c.name
                                                    : c.name + " without " +
                                                          (c.heldOutDescription.empty() ? std::string("a held-out region")
                                                                                        : c.heldOutDescription));
    return cfg;
}

namespace {
bool sameModel(const AppShotConfig &a, const AppShotConfig &b)
{
    return a.layers == b.layers && a.services == b.services && a.patch == b.patch && a.channels == b.channels &&
           a.noiseChannels == b.noiseChannels && a.embedDim == b.embedDim && a.dilations == b.dilations &&
           a.ridgeResidual == b.ridgeResidual && a.ridgeInput == b.ridgeInput;
}

// Share of a patch's cells (clipped to the grid) that training may learn from.
double trainableShare(const CityTensors &c, int r0, int c0, int P)
{
    const int h = std::min(P, c.rows), w = std::min(P, c.cols);
    const double sum = c.mask.slice(1, r0, r0 + h).slice(2, c0, c0 + w).sum().item<double>();
    return sum / (static_cast<double>(h) * w);
}

// One step's training batch: patches of the training cities (context,
// traffic, loss mask) at random hours, redrawn where too little of a patch
// may be learnt from, then turned by a random symmetry when cfg.augment.
struct TrainingBatch
{
    torch::Tensor context, traffic, mask;
    std::vector<int> hours;
};

TrainingBatch drawBatch(const std::vector<CityTensors> &data, const std::vector<bool> &withHeldOut,
                        std::discrete_distribution<int> &pickCity, std::mt19937_64 &rng, const AppShotConfig &cfg,
                        int step)
{
    const int P = cfg.patch, K = cfg.contextChannels(), S = static_cast<int>(cfg.services.size());
    TrainingBatch out{torch::zeros({cfg.batch, K, P, P}), torch::zeros({cfg.batch, S, P, P}),
                      torch::zeros({cfg.batch, 1, P, P}), std::vector<int>(static_cast<std::size_t>(cfg.batch))};
    auto &ctx = out.context;
    auto &real = out.traffic;
    auto &mask = out.mask;
    auto &hours = out.hours;
    for (int b = 0; b < cfg.batch; ++b) {
        const std::size_t ci = static_cast<std::size_t>(pickCity(rng));
        const CityTensors &c = data[ci];
        const int t = static_cast<int>(rng() % c.traffic.size(0));
        int r0 = 0, c0 = 0;
        // A city with held-out cells: redraw (up to 64 times) a patch
        // with fewer than a quarter of its cells trainable. Without
        // held-out cells the first draw stands (the draws of earlier
        // versions, so seeded runs are unchanged).
        for (int attempt = 0; attempt < 64; ++attempt) {
            r0 = c.rows > P ? static_cast<int>(rng() % (c.rows - P + 1)) : 0;
            c0 = c.cols > P ? static_cast<int>(rng() % (c.cols - P + 1)) : 0;
            if (!withHeldOut[ci] || trainableShare(c, r0, c0, P) >= 0.25)
                break;
        }
        const int h = std::min(P, c.rows), w = std::min(P, c.cols);
        ctx[b].slice(1, 0, h).slice(2, 0, w).copy_(c.context.slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        real[b].slice(1, 0, h).slice(2, 0, w).copy_(c.traffic[t].slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        mask[b].slice(1, 0, h).slice(2, 0, w).copy_(c.mask.slice(1, r0, r0 + h).slice(2, c0, c0 + w));
        hours[b] = c.hours[t];
    }
    if (cfg.augment) {
        // Own generator, so the patch draws above stay those of a run without it.
        std::mt19937_64 turn(cfg.seed * 0xD1B54A32D192ED03ULL + static_cast<std::uint64_t>(step));
        for (int b = 0; b < cfg.batch; ++b) {
            const int k = static_cast<int>(turn() % 8);
            for (torch::Tensor *x : {&ctx, &real, &mask}) {
                torch::Tensor y = (*x)[b];
                if (k & 4)
                    y = y.transpose(1, 2);
                y = torch::rot90(y, k & 3, {1, 2});
                (*x)[b].copy_(y.clone());
            }
        }
    }
    return out;
}

void writeLosses(const std::string &path, const std::vector<std::array<double, 5>> &history)
{
    writeFileAtomically(path, [&history](std::ostream &out) {
        out << "step,loss_g,loss_d_spatial,loss_d_composition,l1\n";
        out.precision(7);
        for (const auto &h : history)
            out << static_cast<int>(h[0]) << ',' << h[1] << ',' << h[2] << ',' << h[3] << ',' << h[4] << '\n';
    });
}

// The networks and optimisers of one training run, by reference.
struct Nets
{
    Generator &G;
    SpatialDiscriminator &D1;
    CompositionDiscriminator &D2;
    torch::optim::Adam &optG;
    torch::optim::Adam &optD;
};

// One adversarial step on a batch: both discriminators (real against
// generated, masked), then the generator (both discriminators' verdicts and
// the masked L1 term). Returns the history row: step, G loss, D1, D2, L1.
std::array<double, 5> adversarialStep(const Nets &n, const AppShotConfig &cfg, TrainingBatch &batch, at::Generator &gen,
                                      const torch::Device &device, int step)
{
    const int P = cfg.patch, S = static_cast<int>(cfg.services.size());
    const auto noise = torch::randn({cfg.batch, cfg.noiseChannels, P, P}, gen).to(device);
    const auto ctx = batch.context.to(device);
    const auto real = batch.traffic.to(device);
    const auto mask = batch.mask.to(device);
    const auto cond = conditionVectors(batch.hours, ctx);

    const auto fake = generate(n.G, cfg, ctx, noise, cond, batch.hours) * mask;
    const auto realM = real * mask;
    // Discriminators.
    const auto d1r = n.D1->forward(ctx, realM, cond), d1f = n.D1->forward(ctx, fake.detach(), cond);
    const auto d2r = n.D2->forward(ctx, realM, cond), d2f = n.D2->forward(ctx, fake.detach(), cond);
    const auto lossD1 = torch::binary_cross_entropy_with_logits(d1r, torch::ones_like(d1r)) +
                        torch::binary_cross_entropy_with_logits(d1f, torch::zeros_like(d1f));
    const auto lossD2 = torch::binary_cross_entropy_with_logits(d2r, torch::ones_like(d2r)) +
                        torch::binary_cross_entropy_with_logits(d2f, torch::zeros_like(d2f));
    n.optD.zero_grad();
    (lossD1 + lossD2).backward();
    n.optD.step();
    // Generator.
    const auto g1 = n.D1->forward(ctx, fake, cond), g2 = n.D2->forward(ctx, fake, cond);
    const auto adv = torch::binary_cross_entropy_with_logits(g1, torch::ones_like(g1)) +
                     cfg.compositionWeight * torch::binary_cross_entropy_with_logits(g2, torch::ones_like(g2));
    const auto l1 = ((fake - realM).abs() * mask).sum() / (mask.sum() * S + 1e-6);
    const auto lossG = adv + cfg.l1Weight * l1;
    n.optG.zero_grad();
    lossG.backward();
    n.optG.step();
    return {static_cast<double>(step + 1), lossG.item<double>(), lossD1.item<double>(), lossD2.item<double>(),
            l1.item<double>()};
}

// The live sample of a progress report: the first city generated at the
// sample hour beside its real maps, also written as samples/step_N.npy.
void addSample(AppShotTrainingProgress &p, Generator &G, const AppShotConfig &cfg, const City &sampleCity,
               int sampleStep, const CityTensors &cityTensors, const torch::Device &device, const std::string &runDir)
{
    const int S = static_cast<int>(cfg.services.size());
    const int hour = sampleCity.traffic->hours[sampleStep];
    const auto maps = generateCity(G, cfg, cityTensors, {hour}, cfg.seed, 0, device, nullptr);
    G->train();
    p.hasSample = true;
    p.sampleCity = sampleCity.name;
    p.sampleHour = hour;
    p.rows = sampleCity.rows;
    p.cols = sampleCity.cols;
    p.rowZeroNorth = !sampleCity.geo.valid || sampleCity.geo.rowZeroNorth;
    p.services = cfg.services;
    p.sampleGenerated = denormalize(maps, cfg, cityTensors.mask);
    const TrafficMaps &tr = *sampleCity.traffic;
    for (int s = 0; s < S; ++s) {
        int src = 0;
        for (int q = 0; q < tr.services; ++q)
            if (tr.serviceNames[q] == cfg.services[s])
                src = q;
        const float *m = tr.map(sampleStep, src);
        p.sampleReal.insert(p.sampleReal.end(), m, m + sampleCity.cells());
    }
    char name[64];
    std::snprintf(name, sizeof name, "/samples/step_%06d.npy", p.step);
    writeNpy(runDir + name, {static_cast<std::size_t>(S), static_cast<std::size_t>(p.rows), static_cast<std::size_t>(p.cols)},
             p.sampleGenerated.data());
}

// run.json: what was trained, how long, and the last losses.
nlohmann::json runSummary(const AppShotTrainingResult &result, const AppShotConfig &cfg)
{
    nlohmann::json last = nullptr;
    if (!result.history.empty()) {
        const auto &h = result.history.back();
        last = {{"step", h[0]}, {"loss_g", h[1]}, {"loss_d_spatial", h[2]}, {"loss_d_composition", h[3]}, {"l1", h[4]}};
    }
    return {{"format", "netsynth-appshot-run"},
            {"config", cfg.toJson()},
            {"checkpoint", result.checkpoint},
            {"steps", result.steps},
            {"resumed_from", result.resumedFrom},
            {"seconds", result.seconds},
            {"device", DeviceManager::current().name},
            {"simulated", cfg.trainingProvenance == "simulated"},
            {"final", last}};
}

// Continues a run: the networks, optimisers, step and history of the
// checkpoint, and its configuration with the requested total of steps.
void restore(const std::string &ckpt, const Nets &n, AppShotConfig &cfg, CheckpointState &state,
             AppShotTrainingResult &result)
{
    CheckpointState stored;
    readCheckpoint(ckpt, stored, n.G, &n.D1, &n.D2, &n.optG, &n.optD);
    if (!sameModel(stored.config, cfg))
        throw InputError(ckpt, "config", "the run folder holds a different model (layers, services or architecture); "
                                         "use a new --out folder");
    state.step = stored.step;
    state.history = stored.history;
    const int steps = cfg.steps;
    cfg = stored.config;
    cfg.steps = std::max(steps, stored.step);
    state.config = cfg;
    result.resumedFrom = stored.step;
    for (int64_t i = 0; i < stored.history.size(0); ++i) {
        auto row = stored.history[i];
        result.history.push_back({row[0].item<double>(), row[1].item<double>(), row[2].item<double>(),
                                  row[3].item<double>(), row[4].item<double>()});
    }
}

// The closed-form baselines (ridge, population) on the training cities.
void writeBaselines(const std::vector<City> &cities, const AppShotConfig &cfg, const std::string &path)
{
    std::vector<const City *> ptrs;
    for (const City &c : cities)
        ptrs.push_back(&c);
    const BaselineModel bm = AppShotBaselines::fit(ptrs, cfg.layers, cfg.services, cfg.serviceScale, 1.0);
    writeFileAtomically(path, bm.toJson().dump() + "\n");
}

// Writes the checkpoint (modules moved to the CPU for it) and losses.csv.
void save(const std::string &ckpt, const std::string &lossesCsv, const Nets &n, const AppShotConfig &cfg,
          const std::vector<std::array<double, 5>> &history, CheckpointState &state, const torch::Device &device)
{
    state.config = cfg;
    auto h = torch::zeros({static_cast<int64_t>(history.size()), 5}, torch::kDouble);
    for (std::size_t i = 0; i < history.size(); ++i)
        for (int j = 0; j < 5; ++j)
            h[static_cast<int64_t>(i)][j] = history[i][j];
    state.history = h;
    n.G->to(torch::kCPU);
    n.D1->to(torch::kCPU);
    n.D2->to(torch::kCPU);
    writeCheckpoint(ckpt, state, n.G, n.D1, n.D2, &n.optG, &n.optD);
    n.G->to(device);
    n.D1->to(device);
    n.D2->to(device);
    writeLosses(lossesCsv, history);
}

// Mean losses over the steps since the last progress report.
class LossAverage
{
public:
    void add(const std::array<double, 5> &row)
    {
        for (int j = 0; j < 4; ++j)
            m_sum[static_cast<std::size_t>(j)] += row[static_cast<std::size_t>(j) + 1];
        ++m_count;
    }
    int count() const { return m_count; }
    // A progress report with the means, and a fresh start.
    AppShotTrainingProgress take(int step, int totalSteps)
    {
        AppShotTrainingProgress p;
        p.step = step;
        p.totalSteps = totalSteps;
        p.lossGenerator = m_sum[0] / m_count;
        p.lossSpatial = m_sum[1] / m_count;
        p.lossComposition = m_sum[2] / m_count;
        p.lossL1 = m_sum[3] / m_count;
        m_sum = {};
        m_count = 0;
        return p;
    }

private:
    std::array<double, 4> m_sum{};
    int m_count = 0;
};
} // namespace

AppShotTrainingResult AppShotTrainer::train(const std::vector<City> &cities, const AppShotConfig &cfgIn,
                                            const std::string &runDir, ProgressToken &token, const Observer &observer,
                                            bool resume)
{
    const auto started = std::chrono::steady_clock::now();
    AppShotConfig cfg = cfgIn.layers.empty() ? prepareConfig(cities, cfgIn) : cfgIn;
    if (cfg.batch < 1 || cfg.steps < 1)
        throw InputError({}, "--steps/--batch", "steps and batch must be at least 1");
    if (!QDir().mkpath(QString::fromStdString(runDir + "/samples")))
        throw InputError(runDir, {}, "cannot create the run folder");
    const std::string ckpt = runDir + "/checkpoint.pt";
    const torch::Device device(DeviceManager::current().name);

    torch::manual_seed(cfg.seed);
    Generator G(cfg);
    SpatialDiscriminator D1(cfg);
    CompositionDiscriminator D2(cfg);
    torch::optim::Adam optG(G->parameters(), torch::optim::AdamOptions(cfg.lrGenerator).betas({0.5, 0.999}));
    // One Adam over both discriminators, each with its own learning rate (parameter groups).
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(D1->parameters(),
                        std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(cfg.lrDiscriminator).betas({0.5, 0.999})));
    groups.emplace_back(D2->parameters(),
                        std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(cfg.lrComposition).betas({0.5, 0.999})));
    torch::optim::Adam optD(std::move(groups), torch::optim::AdamOptions(cfg.lrDiscriminator).betas({0.5, 0.999}));

    const Nets nets{G, D1, D2, optG, optD};
    AppShotTrainingResult result;
    result.runDir = runDir;
    result.checkpoint = ckpt;
    CheckpointState state;
    state.config = cfg;
    if (resume && QFileInfo::exists(QString::fromStdString(ckpt)))
        restore(ckpt, nets, cfg, state, result);
    G->to(device);
    D1->to(device);
    D2->to(device);
    G->train();

    writeBaselines(cities, cfg, runDir + "/baselines.json"); // the ridge and population baselines, fitted alike
    std::vector<CityTensors> data;
    std::vector<double> weights;
    for (const City &c : cities) {
        data.push_back(prepareCity(c, cfg, true));
        weights.push_back(static_cast<double>(c.trainableCells()) * c.traffic->steps);
    }
    // Sample hour: Monday 12:00 when present.
    const City &sampleCity = cities.front();
    int sampleStep = 0;
    for (int t = 0; t < sampleCity.traffic->steps; ++t)
        if (sampleCity.traffic->hours[t] == 12) {
            sampleStep = t;
            break;
        }

    auto saveState = [&] { save(ckpt, runDir + "/losses.csv", nets, cfg, result.history, state, device); };

    std::vector<bool> withHeldOut;
    for (const City &c : cities)
        withHeldOut.push_back(!c.heldOut.empty());
    const int startStep = state.step;
    std::discrete_distribution<int> pickCity(weights.begin(), weights.end());
    LossAverage average; // the losses since the last progress report
    try {
        CheckpointClock checkpointClock(cfg.checkpointEvery);
        for (int step = startStep; step < cfg.steps; ++step) {
            token.throwIfCanceled();
            std::mt19937_64 rng(cfg.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(step));
            auto gen = at::detail::createCPUGenerator(cfg.seed * 7919ULL + static_cast<std::uint64_t>(step));
            TrainingBatch batch = drawBatch(data, withHeldOut, pickCity, rng, cfg, step);
            const std::array<double, 5> row = adversarialStep(nets, cfg, batch, gen, device, step);
            result.history.push_back(row);
            state.step = step + 1;
            average.add(row);
            std::ostringstream msg;
            msg.precision(3);
            msg << "step " << state.step << "/" << cfg.steps << "  G " << row[1] << "  D1 " << row[2] << "  D2 " << row[3];
            token.setProgress(static_cast<double>(state.step) / cfg.steps, msg.str());

            const bool sample = cfg.sampleEvery > 0 && (state.step % cfg.sampleEvery == 0 || state.step == cfg.steps);
            if ((observer && average.count() >= 5) || sample) {
                AppShotTrainingProgress p = average.take(state.step, cfg.steps);
                if (sample)
                    addSample(p, G, cfg, sampleCity, sampleStep, data.front(), device, runDir);
                if (observer)
                    observer(p);
            }
            if (checkpointClock.due(state.step, cfg.steps)) {
                saveState();
                checkpointClock.saved();
            }
        }
    } catch (const CanceledError &) {
        if (state.step > startStep)
            saveState(); // resumable
        throw;
    }
    saveState();
    result.steps = state.step;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.summary = runSummary(result, cfg);
    writeFileAtomically(runDir + "/run.json", result.summary.dump(2) + "\n");
    return result;
}

} // namespace netsynth
