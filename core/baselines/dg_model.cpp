#include "core/baselines/dg_model.h"
#include "core/runtime/json_document.h"

#include "core/baselines/dg_feature_generator_impl.h"
#include "core/baselines/gan_common_impl.h"
#include "core/baselines/gan_data_parallel_impl.h"
#include "core/baselines/gan_step_log.h"
#include "core/baselines/mlp_impl.h"
#include "core/runtime/checkpoint_clock.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>

namespace netsynth {

namespace {
constexpr const char *kFormat = "netsynth-dg-model";
// Steepness of the soft length mask used in training: the mask is
// sigmoid(kMaskSlope * (L * T - t - 0.5)) for time step t.
constexpr double kMaskSlope = 4.0;

struct FakeBatch
{
    torch::Tensor criticInput; // [B, T * F + A]: masked features then attributes
    torch::Tensor attributes;  // [B, A]
    torch::Tensor features;    // [B, T, F] unmasked, in [-1, 1]
};
} // namespace

struct DgModel::Impl
{
    BaselineConfig config;
    std::vector<std::string> classes;
    std::vector<std::string> featureNames;
    int length = 0;
    int features = 1;
    std::vector<double> boundMin; // dataset-wide bounds per feature (feature units)
    std::vector<double> boundMax;
    int step = 0;
    std::vector<std::array<double, 4>> history;
    nlohmann::json extra = nlohmann::json::object();

    torch::Device device{torch::kCPU};
    Mlp attributeGenerator{nullptr};
    Mlp minMaxGenerator{nullptr};
    DgFeatureGenerator featureGenerator{nullptr};
    Mlp critic{nullptr};
    Mlp auxCritic{nullptr};
    std::unique_ptr<torch::optim::Adam> optG;
    std::unique_ptr<torch::optim::Adam> optD;
    std::unique_ptr<torch::optim::Adam> optAux;

    std::int64_t classCount() const { return static_cast<std::int64_t>(classes.size()); }
    std::int64_t attributeDim() const { return classCount() + 1 + 2 * features; }
    std::int64_t criticInputDim() const { return static_cast<std::int64_t>(length) * features + attributeDim(); }

    void build()
    {
        device = gan::computeDevice();
        const auto &c = config;
        std::lock_guard<std::mutex> lock(gan::initMutex());
        torch::manual_seed(c.seed);
        attributeGenerator = Mlp(std::vector<std::int64_t>{c.noiseDim, c.attributeHidden, c.attributeHidden, classCount()});
        minMaxGenerator = Mlp(std::vector<std::int64_t>{c.noiseDim + classCount(), c.attributeHidden, c.attributeHidden,
                                                        1 + 2 * features});
        featureGenerator = DgFeatureGenerator(c.noiseDim, attributeDim(), c.lstmHidden, c.stepsPerPass, features, length);
        critic = Mlp(std::vector<std::int64_t>{criticInputDim(), c.criticHidden, c.criticHidden, 1});
        auxCritic = Mlp(std::vector<std::int64_t>{attributeDim(), c.criticHidden, c.criticHidden, 1});
        for (torch::nn::Module *m : modules())
            m->to(device);
        auto adam = [&](std::vector<torch::Tensor> params) {
            return std::make_unique<torch::optim::Adam>(
                std::move(params), torch::optim::AdamOptions(c.learningRate).betas({c.beta1, c.beta2}));
        };
        optG = adam(generatorParameters());
        optD = adam(critic->parameters());
        optAux = adam(auxCritic->parameters());
    }

    std::vector<torch::nn::Module *> modules()
    {
        return {attributeGenerator.get(), minMaxGenerator.get(), featureGenerator.get(), critic.get(), auxCritic.get()};
    }

    std::vector<torch::Tensor> generatorParameters()
    {
        std::vector<torch::Tensor> p = attributeGenerator->parameters();
        for (const auto &t : minMaxGenerator->parameters())
            p.push_back(t);
        for (const auto &t : featureGenerator->parameters())
            p.push_back(t);
        return p;
    }

    void fitBounds(const PacketSeriesSet &s)
    {
        boundMin.assign(static_cast<std::size_t>(features), 0.0);
        boundMax.assign(static_cast<std::size_t>(features), 0.0);
        for (int f = 0; f < features; ++f) {
            double lo = 0.0, hi = 0.0;
            bool any = false;
            for (std::size_t i = 0; i < s.count(); ++i)
                for (int t = 0; t < s.lengths[i]; ++t) {
                    const double v = s.value(i, t, f);
                    lo = any ? std::min(lo, v) : v;
                    hi = any ? std::max(hi, v) : v;
                    any = true;
                }
            if (hi <= lo)
                hi = lo + 1.0;
            boundMin[static_cast<std::size_t>(f)] = lo;
            boundMax[static_cast<std::size_t>(f)] = hi;
        }
    }

    void checkCompatible(const PacketSeriesSet &s) const
    {
        s.validate();
        if (s.classes != classes || s.length != length || s.features != features)
            throw InputError({}, "training series",
                             "the series do not match the model (classes, length or feature count differ)");
        if (s.count() == 0)
            throw InputError({}, "training series", "no series to train on");
    }

    // Real series as critic inputs: [N, T * F + A] (masked normalised features, attributes).
    torch::Tensor realCriticInputs(const PacketSeriesSet &s) const
    {
        const std::int64_t n = static_cast<std::int64_t>(s.count());
        const std::int64_t a = attributeDim();
        const std::int64_t tf = static_cast<std::int64_t>(length) * features;
        torch::Tensor out = torch::zeros({n, tf + a}, torch::kFloat32);
        auto acc = out.accessor<float, 2>();
        for (std::int64_t i = 0; i < n; ++i) {
            const std::size_t si = static_cast<std::size_t>(i);
            const int len = s.lengths[si];
            acc[i][tf + s.labels[si]] = 1.0f;
            acc[i][tf + classCount()] = static_cast<float>(len) / length;
            for (int f = 0; f < features; ++f) {
                const double lo = boundMin[static_cast<std::size_t>(f)];
                const double range = boundMax[static_cast<std::size_t>(f)] - lo;
                double mn = 0.0, mx = 0.0;
                for (int t = 0; t < len; ++t) {
                    const double g = std::clamp((s.value(si, t, f) - lo) / range, 0.0, 1.0);
                    mn = t == 0 ? g : std::min(mn, g);
                    mx = t == 0 ? g : std::max(mx, g);
                }
                const double mid = 0.5 * (mx + mn);
                const double half = 0.5 * (mx - mn);
                acc[i][tf + classCount() + 1 + f] = static_cast<float>(mid);
                acc[i][tf + classCount() + 1 + features + f] = static_cast<float>(half);
                for (int t = 0; t < len; ++t) {
                    const double g = std::clamp((s.value(si, t, f) - lo) / range, 0.0, 1.0);
                    acc[i][static_cast<std::int64_t>(t) * features + f] =
                        half > 0.0 ? static_cast<float>((g - mid) / half) : 0.0f;
                }
            }
        }
        return out.to(device);
    }

    // labels: undefined = drawn by the attribute generator; else class indices [B].
    FakeBatch fake(std::int64_t b, at::Generator &gen, const torch::Tensor &labels, bool hardMask)
    {
        torch::Tensor label;
        const torch::Tensor zAttr = gan::randn({b, config.noiseDim}, gen, device);
        if (labels.defined())
            label = torch::one_hot(labels.to(device), classCount()).to(torch::kFloat32);
        else {
            // A hard one-hot label drawn from the generated class distribution,
            // with straight-through gradients: the min/max and feature generators
            // see the same one-hot labels in training as in class-conditional sampling.
            const torch::Tensor soft = torch::softmax(attributeGenerator->forward(zAttr), 1);
            const torch::Tensor drawn = torch::multinomial(soft.detach().cpu(), 1, false, gen).squeeze(1).to(device);
            label = torch::one_hot(drawn, classCount()).to(torch::kFloat32) + soft - soft.detach();
        }
        const torch::Tensor zMeta = gan::randn({b, config.noiseDim}, gen, device);
        const torch::Tensor meta = minMaxGenerator->forward(torch::cat({zMeta, label}, 1));
        const torch::Tensor len = torch::sigmoid(meta.narrow(1, 0, 1));
        const torch::Tensor mid = torch::sigmoid(meta.narrow(1, 1, features));
        const torch::Tensor half = 0.5 * torch::sigmoid(meta.narrow(1, 1 + features, features));
        const torch::Tensor attributes = torch::cat({label, len, mid, half}, 1);
        const torch::Tensor zFeat = gan::randn({b, featureGenerator->passes(), config.noiseDim}, gen, device);
        const torch::Tensor feat = featureGenerator->forward(zFeat, attributes);
        const torch::Tensor t = torch::arange(length, torch::TensorOptions().dtype(torch::kFloat32).device(device));
        torch::Tensor mask;
        if (hardMask)
            mask = (t.unsqueeze(0) < hardLengths(len).to(torch::kFloat32).unsqueeze(1)).to(torch::kFloat32);
        else
            mask = torch::sigmoid(kMaskSlope * (len * length - t.unsqueeze(0) - 0.5));
        const torch::Tensor masked = (feat * mask.unsqueeze(2)).flatten(1);
        return {torch::cat({masked, attributes}, 1), attributes, feat};
    }

    torch::Tensor hardLengths(const torch::Tensor &lenFraction) const
    {
        return torch::clamp(torch::round(lenFraction.squeeze(1) * length), 1, length).to(torch::kLong);
    }

    void setTrain(bool on)
    {
        for (torch::nn::Module *m : modules())
            m->train(on);
    }

    nlohmann::json meta() const
    {
        nlohmann::json hist = nlohmann::json::array();
        for (const auto &h : history)
            hist.push_back({h[0], h[1], h[2], h[3]});
        return {{"format", kFormat}, {"version", 1},     {"step", step},
                {"config", config.toJson()},       {"classes", classes}, {"length", length},
                {"features", features},            {"feature_names", featureNames},
                {"bound_min", boundMin},           {"bound_max", boundMax},
                {"loss_history", hist},            {"extra", extra}};
    }
};

DgModel::DgModel() : d(std::make_unique<Impl>()) {}

DgModel::DgModel(const PacketSeriesSet &train, const BaselineConfig &config) : d(std::make_unique<Impl>())
{
    config.validate();
    train.validate();
    if (train.count() == 0)
        throw InputError({}, "training series", "no series to train on");
    d->config = config;
    d->classes = train.classes;
    d->featureNames = train.featureNames;
    d->length = train.length;
    d->features = train.features;
    d->fitBounds(train);
    d->build();
}

DgModel::~DgModel() = default;
DgModel::DgModel(DgModel &&) noexcept = default;
DgModel &DgModel::operator=(DgModel &&) noexcept = default;

DgModel DgModel::load(const std::string &path)
{
    DgModel m;
    Impl &d = *m.d;
    torch::serialize::InputArchive root;
    try {
        root.load_from(path, gan::computeDevice());
    } catch (const c10::Error &e) {
        throw InputError(path, {}, "cannot read the checkpoint: " + std::string(e.what_without_backtrace()));
    }
    nlohmann::json meta;
    try {
        c10::IValue v;
        root.read("meta", v);
        meta = nlohmann::json::parse(v.toStringRef());
        if (jsonFormat(meta) != kFormat)
            throw InputError(path, "meta 'format'", "not a DoppelGANger-style baseline checkpoint");
        d.config = BaselineConfig::fromJson(meta.at("config"), path);
        d.classes = meta.at("classes").get<std::vector<std::string>>();
        d.length = jsonNumber<int>(meta.at("length"), path, "field 'length'");
        d.features = jsonNumber<int>(meta.at("features"), path, "field 'features'");
        d.featureNames = meta.value("feature_names", std::vector<std::string>{});
        d.boundMin = meta.at("bound_min").get<std::vector<double>>();
        d.boundMax = meta.at("bound_max").get<std::vector<double>>();
        d.step = jsonNumber<int>(meta.at("step"), path, "field 'step'");
        for (const auto &h : meta.value("loss_history", nlohmann::json::array()))
            d.history.push_back({h.at(0).get<double>(), h.at(1).get<double>(), h.at(2).get<double>(),
                                 h.at(3).get<double>()});
        d.extra = meta.value("extra", nlohmann::json::object());
    } catch (const nlohmann::json::exception &e) {
        throw InputError(path, "meta", e.what());
    } catch (const c10::Error &e) {
        throw InputError(path, "meta", e.what_without_backtrace());
    }
    if (d.classes.empty() || d.length <= 0 || d.features <= 0 ||
        d.boundMin.size() != static_cast<std::size_t>(d.features) || d.boundMax.size() != d.boundMin.size())
        throw InputError(path, "meta", "inconsistent model shape");
    d.build();
    try {
        const std::pair<const char *, torch::nn::Module *> parts[] = {
            {"attribute_generator", d.attributeGenerator.get()}, {"minmax_generator", d.minMaxGenerator.get()},
            {"feature_generator", d.featureGenerator.get()},     {"critic", d.critic.get()},
            {"aux_critic", d.auxCritic.get()}};
        for (const auto &[name, module] : parts) {
            torch::serialize::InputArchive a;
            root.read(name, a);
            module->load(a);
        }
        const std::pair<const char *, torch::optim::Optimizer *> opts[] = {
            {"opt_g", d.optG.get()}, {"opt_d", d.optD.get()}, {"opt_aux", d.optAux.get()}};
        for (const auto &[name, opt] : opts) {
            torch::serialize::InputArchive a;
            root.read(name, a);
            opt->load(a);
        }
    } catch (const c10::Error &e) {
        throw InputError(path, "weights", e.what_without_backtrace());
    }
    return m;
}

void DgModel::save(const std::string &path) const
{
    torch::serialize::OutputArchive root;
    const std::pair<const char *, torch::nn::Module *> parts[] = {
        {"attribute_generator", d->attributeGenerator.get()}, {"minmax_generator", d->minMaxGenerator.get()},
        {"feature_generator", d->featureGenerator.get()},     {"critic", d->critic.get()},
        {"aux_critic", d->auxCritic.get()}};
    for (const auto &[name, module] : parts) {
        torch::serialize::OutputArchive a;
        module->save(a);
        root.write(name, a);
    }
    const std::pair<const char *, torch::optim::Optimizer *> opts[] = {
        {"opt_g", d->optG.get()}, {"opt_d", d->optD.get()}, {"opt_aux", d->optAux.get()}};
    for (const auto &[name, opt] : opts) {
        torch::serialize::OutputArchive a;
        opt->save(a);
        root.write(name, a);
    }
    root.write("meta", c10::IValue(d->meta().dump()));
    gan::saveArchiveAtomically(root, path);
}

BaselineTrainResult DgModel::train(const PacketSeriesSet &train, int totalSteps, ProgressToken &token,
                                   const BaselineTrainCallbacks &callbacks, const std::string &checkpointPath,
                                   const DistributedConfig &distributed)
{
    Impl &m = *d;
    m.checkCompatible(train);
    const auto &c = m.config;
    const torch::Tensor real = m.realCriticInputs(train);
    const std::int64_t n = real.size(0);
    const std::int64_t b = c.batchSize;
    const std::int64_t tf = static_cast<std::int64_t>(m.length) * m.features;
    // A fresh stream per session start, so a resumed run is reproducible too.
    at::Generator gen = gan::makeGenerator(c.seed * 1000003ULL + static_cast<std::uint64_t>(m.step) + 1);
    gan::GanParallel parallel(distributed, b, gan::GanParallel::stateOf(m.modules()));
    const gan::BatchShard &rows = parallel.shard();
    const int startStep = m.step;
    BaselineTrainResult result;
    result.device = m.device.str();
    result.parameters = parameterCount();
    if (callbacks.onStart)
        callbacks.onStart(startStep, totalSteps, result.device, result.parameters);
    GanStepLog log("dg", startStep, totalSteps, static_cast<int>(c.criticIterations * b));
    auto checkpoint = [&] {
        if (checkpointPath.empty() || !parallel.writesFiles())
            return;
        save(checkpointPath);
        result.checkpoint = checkpointPath;
        if (callbacks.onCheckpoint)
            callbacks.onCheckpoint(checkpointPath, m.step);
    };
    auto criticOf = [](Mlp &net) { return [&net](const torch::Tensor &x) { return net->forward(x); }; };
    std::vector<torch::Tensor> criticParams = m.critic->parameters();
    for (const auto &p : m.auxCritic->parameters()) criticParams.push_back(p);
    const std::vector<torch::Tensor> generatorParams = m.generatorParameters();
    m.setTrain(true);
    try {
        CheckpointClock checkpointClock(c.checkpointEvery);
        while (m.step < totalSteps) {
            // Alone, a stop is seen here; data-parallel ranks agree on it after the step.
            if (!parallel.enabled() && log.stopBeforeStep(callbacks, token)) {
                result.stopped = true;
                break;
            }
            if (!parallel.enabled())
                token.throwIfCanceled();
            const bool stopHere = token.isCanceled() || (callbacks.stopRequested && callbacks.stopRequested());
            BaselineStepStats stats;
            for (int it = 0; it < c.criticIterations; ++it) {
                const torch::Tensor idx = gan::randint(n, b, gen).to(m.device);
                const torch::Tensor realIn = real.index_select(0, idx);
                const torch::Tensor realAttr = realIn.narrow(1, tf, m.attributeDim());
                FakeBatch f;
                {
                    torch::NoGradGuard noGrad;
                    f = m.fake(b, gen, {}, false);
                }
                // Drawn for the whole batch in the one-process order, then this rank's rows.
                const torch::Tensor mix = gan::penaltyMix(realIn, gen);
                const torch::Tensor mixAux = gan::penaltyMix(realAttr, gen);
                const torch::Tensor dReal = m.critic->forward(rows(realIn)).mean();
                const torch::Tensor dFake = m.critic->forward(rows(f.criticInput)).mean();
                const torch::Tensor gp =
                    gan::gradientPenalty(criticOf(m.critic), rows(realIn), rows(f.criticInput), rows(mix));
                const torch::Tensor lossD = dFake - dReal + c.gradientPenalty * gp;
                const torch::Tensor aReal = m.auxCritic->forward(rows(realAttr)).mean();
                const torch::Tensor aFake = m.auxCritic->forward(rows(f.attributes)).mean();
                const torch::Tensor gpAux =
                    gan::gradientPenalty(criticOf(m.auxCritic), rows(realAttr), rows(f.attributes), rows(mixAux));
                const torch::Tensor lossAux = aFake - aReal + c.gradientPenalty * gpAux;
                m.optD->zero_grad();
                m.optAux->zero_grad();
                (lossD + lossAux).backward();
                const std::vector<double> means = parallel.average(
                    criticParams, {lossD.item<double>(), (dReal - dFake).item<double>(), gp.item<double>()});
                m.optD->step();
                m.optAux->step();
                stats.criticLoss = means[0];
                stats.wasserstein = means[1];
                stats.gradientPenalty = means[2];
            }
            const FakeBatch f = m.fake(b, gen, {}, false);
            const torch::Tensor lossG = -m.critic->forward(rows(f.criticInput)).mean() -
                                        c.auxWeight * m.auxCritic->forward(rows(f.attributes)).mean();
            m.optG->zero_grad();
            lossG.backward();
            const std::vector<double> means =
                parallel.average(generatorParams, {lossG.item<double>(), stopHere ? 1.0 : 0.0});
            m.optG->step();
            ++m.step;
            stats.generatorLoss = means[0];
            log.record(stats, m.step, m.history, callbacks, token);
            if (checkpointClock.due(m.step, totalSteps)) {
                checkpoint();
                checkpointClock.saved();
            }
            if (parallel.enabled() && means[1] > 0.0) { // some rank stopped (Ctrl-C, Stop): all stop here
                if (token.isCanceled())
                    throw CanceledError();
                result.stopped = true;
                break;
            }
        }
    } catch (const CanceledError &) {
        m.setTrain(false);
        checkpoint();
        throw;
    }
    m.setTrain(false);
    checkpoint();
    log.finish(result, m.step);
    return result;
}

PacketSeriesSet DgModel::generate(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const
{
    Impl &m = *d;
    if (perClass.size() > m.classes.size())
        throw InputError({}, "--per-class", "more class counts than classes");
    torch::NoGradGuard noGrad;
    m.setTrain(false);
    at::Generator gen = gan::makeGenerator(seed);
    PacketSeriesSet out;
    out.classes = m.classes;
    out.length = m.length;
    out.features = m.features;
    out.featureNames = m.featureNames;
    std::int64_t total = 0, done = 0;
    for (int k : perClass)
        total += std::max(0, k);
    constexpr std::int64_t kBatch = 256;
    std::vector<float> row(out.valuesPerSeries());
    for (std::size_t cls = 0; cls < perClass.size(); ++cls) {
        for (std::int64_t left = perClass[cls]; left > 0;) {
            token.throwIfCanceled();
            const std::int64_t b = std::min(left, kBatch);
            const torch::Tensor labels = torch::full({b}, static_cast<std::int64_t>(cls), torch::kLong);
            const FakeBatch f = m.fake(b, gen, labels, true);
            const std::int64_t a0 = m.classCount();
            const torch::Tensor lens = m.hardLengths(f.attributes.narrow(1, a0, 1)).cpu();
            const torch::Tensor mid = f.attributes.narrow(1, a0 + 1, m.features).cpu();
            const torch::Tensor half = f.attributes.narrow(1, a0 + 1 + m.features, m.features).cpu();
            const torch::Tensor feat = f.features.cpu().contiguous();
            auto L = lens.accessor<std::int64_t, 1>();
            auto M = mid.accessor<float, 2>();
            auto H = half.accessor<float, 2>();
            auto X = feat.accessor<float, 3>();
            for (std::int64_t i = 0; i < b; ++i) {
                std::fill(row.begin(), row.end(), 0.0f);
                const int len = static_cast<int>(L[i]);
                for (int t = 0; t < len; ++t)
                    for (int f2 = 0; f2 < m.features; ++f2) {
                        const double lo = m.boundMin[static_cast<std::size_t>(f2)];
                        const double range = m.boundMax[static_cast<std::size_t>(f2)] - lo;
                        const double g = std::clamp(double(M[i][f2]) + double(H[i][f2]) * X[i][t][f2], 0.0, 1.0);
                        row[static_cast<std::size_t>(t) * m.features + f2] = static_cast<float>(lo + range * g);
                    }
                out.append(row.data(), static_cast<int>(cls), len);
            }
            left -= b;
            done += b;
            token.setProgress(total ? double(done) / total : 1.0, "generating dg series");
        }
    }
    return out;
}

int DgModel::step() const { return d->step; }
const BaselineConfig &DgModel::config() const { return d->config; }
const std::vector<std::string> &DgModel::classes() const { return d->classes; }
int DgModel::length() const { return d->length; }
int DgModel::features() const { return d->features; }
const std::vector<std::array<double, 4>> &DgModel::lossHistory() const { return d->history; }
nlohmann::json DgModel::meta() const { return d->meta(); }
nlohmann::json &DgModel::extra() { return d->extra; }
const nlohmann::json &DgModel::extra() const { return d->extra; }

std::int64_t DgModel::parameterCount() const
{
    std::int64_t n = 0;
    for (torch::nn::Module *m : d->modules())
        n += gan::parameterCount(*m);
    return n;
}

} // namespace netsynth
