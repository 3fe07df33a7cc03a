#include "core/baselines/wgan_gasf_model.h"
#include "core/runtime/json_document.h"

#include "core/baselines/gan_common_impl.h"
#include "core/baselines/gan_data_parallel_impl.h"
#include "core/baselines/gan_step_log.h"
#include "core/baselines/wgan_critic_impl.h"
#include "core/baselines/wgan_generator_impl.h"
#include "core/runtime/checkpoint_clock.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <algorithm>
#include <chrono>
#include <deque>

namespace netsynth {

namespace {
constexpr const char *kFormat = "netsynth-wgan-gasf-model";
}

struct WganGasfModel::Impl
{
    BaselineConfig config;
    std::vector<std::string> classes;
    int imageSize = 0;
    double valueMin = 0.0;
    double valueMax = 1.0;
    nlohmann::json spec = nlohmann::json::object();
    // Per class: (min, max, length) of the training series.
    std::vector<std::vector<std::array<double, 3>>> seriesStats;
    int step = 0;
    std::vector<std::array<double, 4>> history;
    nlohmann::json extra = nlohmann::json::object();

    torch::Device device{torch::kCPU};
    WganGenerator generator{nullptr};
    WganCritic critic{nullptr};
    std::unique_ptr<torch::optim::Adam> optG;
    std::unique_ptr<torch::optim::Adam> optD;

    std::int64_t classCount() const { return static_cast<std::int64_t>(classes.size()); }

    void build()
    {
        device = gan::computeDevice();
        const auto &c = config;
        std::lock_guard<std::mutex> lock(gan::initMutex());
        torch::manual_seed(c.seed);
        generator = WganGenerator(c.latentDim, classCount(), imageSize, c.baseChannels);
        critic = WganCritic(classCount(), imageSize, c.baseChannels);
        generator->to(device);
        critic->to(device);
        const auto opts = torch::optim::AdamOptions(c.learningRate).betas({c.beta1, c.beta2});
        optG = std::make_unique<torch::optim::Adam>(generator->parameters(), opts);
        optD = std::make_unique<torch::optim::Adam>(critic->parameters(), opts);
    }

    void checkCompatible(const ImageDataset &s) const
    {
        if (s.classes != classes || s.imageSize != imageSize || s.channels != 1)
            throw InputError({}, "training images", "the images do not match the model (classes or image size differ)");
        if (s.count() == 0)
            throw InputError({}, "training images", "no images to train on");
    }

    torch::Tensor generate(const torch::Tensor &labels, at::Generator &gen)
    {
        const std::int64_t b = labels.size(0);
        const torch::Tensor z = gan::randn({b, config.latentDim}, gen, device);
        const torch::Tensor onehot = torch::one_hot(labels, classCount()).to(torch::kFloat32);
        return generator->forward(z, onehot);
    }

    nlohmann::json meta() const
    {
        nlohmann::json hist = nlohmann::json::array();
        for (const auto &h : history)
            hist.push_back({h[0], h[1], h[2], h[3]});
        nlohmann::json stats = nlohmann::json::array();
        for (const auto &cls : seriesStats) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto &s : cls)
                list.push_back({s[0], s[1], s[2]});
            stats.push_back(std::move(list));
        }
        return {{"format", kFormat},         {"version", 1},          {"step", step},
                {"config", config.toJson()}, {"classes", classes},    {"image_size", imageSize},
                {"value_range", {valueMin, valueMax}},                {"spec", spec},
                {"series_stats", stats},     {"loss_history", hist},  {"extra", extra}};
    }
};

WganGasfModel::WganGasfModel() : d(std::make_unique<Impl>()) {}

WganGasfModel::WganGasfModel(const ImageDataset &train, const BaselineConfig &config) : d(std::make_unique<Impl>())
{
    config.validate();
    if (train.count() == 0 || train.classes.empty())
        throw InputError({}, "training images", "no images to train on");
    if (train.channels != 1 || train.imageSize < 4)
        throw InputError({}, "training images", "expected one channel and an image size of at least 4");
    d->config = config;
    d->classes = train.classes;
    d->imageSize = train.imageSize;
    d->spec = train.spec;
    const auto [lo, hi] = std::minmax_element(train.pixels.begin(), train.pixels.end());
    d->valueMin = *lo;
    d->valueMax = *hi > *lo ? *hi : *lo + 1.0;
    d->seriesStats.assign(train.classes.size(), {});
    for (const auto &s : train.samples)
        d->seriesStats[static_cast<std::size_t>(s.label)].push_back({s.min, s.max, double(s.length)});
    d->build();
}

WganGasfModel::~WganGasfModel() = default;
WganGasfModel::WganGasfModel(WganGasfModel &&) noexcept = default;
WganGasfModel &WganGasfModel::operator=(WganGasfModel &&) noexcept = default;

WganGasfModel WganGasfModel::load(const std::string &path)
{
    WganGasfModel m;
    Impl &d = *m.d;
    torch::serialize::InputArchive root;
    try {
        root.load_from(path, gan::computeDevice());
    } catch (const c10::Error &e) {
        throw InputError(path, {}, "cannot read the checkpoint: " + std::string(e.what_without_backtrace()));
    }
    try {
        c10::IValue v;
        root.read("meta", v);
        const nlohmann::json meta = nlohmann::json::parse(v.toStringRef());
        if (jsonFormat(meta) != kFormat)
            throw InputError(path, "meta 'format'", "not a WGAN-GASF baseline checkpoint");
        d.config = BaselineConfig::fromJson(meta.at("config"), path);
        d.classes = meta.at("classes").get<std::vector<std::string>>();
        d.imageSize = jsonNumber<int>(meta.at("image_size"), path, "field 'image_size'");
        d.valueMin = meta.at("value_range").at(0).get<double>();
        d.valueMax = meta.at("value_range").at(1).get<double>();
        d.spec = meta.value("spec", nlohmann::json::object());
        d.step = jsonNumber<int>(meta.at("step"), path, "field 'step'");
        for (const auto &cls : meta.at("series_stats")) {
            d.seriesStats.emplace_back();
            for (const auto &s : cls)
                d.seriesStats.back().push_back({s.at(0).get<double>(), s.at(1).get<double>(), s.at(2).get<double>()});
        }
        for (const auto &h : meta.value("loss_history", nlohmann::json::array()))
            d.history.push_back({h.at(0).get<double>(), h.at(1).get<double>(), h.at(2).get<double>(),
                                 h.at(3).get<double>()});
        d.extra = meta.value("extra", nlohmann::json::object());
    } catch (const nlohmann::json::exception &e) {
        throw InputError(path, "meta", e.what());
    } catch (const c10::Error &e) {
        throw InputError(path, "meta", e.what_without_backtrace());
    }
    if (d.classes.empty() || d.imageSize < 4 || d.seriesStats.size() != d.classes.size())
        throw InputError(path, "meta", "inconsistent model shape");
    d.build();
    try {
        const std::pair<const char *, torch::nn::Module *> parts[] = {{"generator", d.generator.get()},
                                                                      {"critic", d.critic.get()}};
        for (const auto &[name, module] : parts) {
            torch::serialize::InputArchive a;
            root.read(name, a);
            module->load(a);
        }
        const std::pair<const char *, torch::optim::Optimizer *> opts[] = {{"opt_g", d.optG.get()},
                                                                          {"opt_d", d.optD.get()}};
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

void WganGasfModel::save(const std::string &path) const
{
    torch::serialize::OutputArchive root;
    const std::pair<const char *, torch::nn::Module *> parts[] = {{"generator", d->generator.get()},
                                                                  {"critic", d->critic.get()}};
    for (const auto &[name, module] : parts) {
        torch::serialize::OutputArchive a;
        module->save(a);
        root.write(name, a);
    }
    const std::pair<const char *, torch::optim::Optimizer *> opts[] = {{"opt_g", d->optG.get()},
                                                                      {"opt_d", d->optD.get()}};
    for (const auto &[name, opt] : opts) {
        torch::serialize::OutputArchive a;
        opt->save(a);
        root.write(name, a);
    }
    root.write("meta", c10::IValue(d->meta().dump()));
    gan::saveArchiveAtomically(root, path);
}

BaselineTrainResult WganGasfModel::train(const ImageDataset &train, int totalSteps, ProgressToken &token,
                                         const BaselineTrainCallbacks &callbacks, const std::string &checkpointPath,
                                         const DistributedConfig &distributed)
{
    Impl &m = *d;
    m.checkCompatible(train);
    const auto &c = m.config;
    const std::int64_t n = static_cast<std::int64_t>(train.count());
    const std::int64_t s = m.imageSize;
    // Training images in model space [-1, 1].
    torch::Tensor images = torch::from_blob(const_cast<float *>(train.pixels.data()), {n, 1, s, s}, torch::kFloat32)
                               .clone();
    images = ((images - m.valueMin) / (m.valueMax - m.valueMin) * 2.0 - 1.0).to(m.device);
    std::vector<std::int64_t> labelVec(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < labelVec.size(); ++i)
        labelVec[i] = train.samples[i].label;
    const torch::Tensor labels = torch::tensor(labelVec, torch::kLong).to(m.device);
    const std::int64_t b = c.batchSize;
    at::Generator gen = gan::makeGenerator(c.seed * 1000003ULL + static_cast<std::uint64_t>(m.step) + 1);
    gan::GanParallel parallel(distributed, b, gan::GanParallel::stateOf({m.generator.get(), m.critic.get()}));
    const gan::BatchShard &rows = parallel.shard();
    const int startStep = m.step;
    BaselineTrainResult result;
    result.device = m.device.str();
    result.parameters = parameterCount();
    if (callbacks.onStart)
        callbacks.onStart(startStep, totalSteps, result.device, result.parameters);
    GanStepLog log("wgan-gasf", startStep, totalSteps, static_cast<int>(c.criticIterations * b));
    auto checkpoint = [&] {
        if (checkpointPath.empty() || !parallel.writesFiles())
            return;
        save(checkpointPath);
        result.checkpoint = checkpointPath;
        if (callbacks.onCheckpoint)
            callbacks.onCheckpoint(checkpointPath, m.step);
    };
    const std::vector<torch::Tensor> criticParams = m.critic->parameters();
    const std::vector<torch::Tensor> generatorParams = m.generator->parameters();
    m.generator->train();
    m.critic->train();
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
                const torch::Tensor real = images.index_select(0, idx);
                const torch::Tensor y = labels.index_select(0, idx);
                torch::Tensor fake;
                {
                    torch::NoGradGuard noGrad;
                    fake = m.generate(y, gen);
                }
                const torch::Tensor mix = gan::penaltyMix(real, gen);
                const torch::Tensor yRows = rows(y);
                const torch::Tensor dReal = m.critic->forward(rows(real), yRows).mean();
                const torch::Tensor dFake = m.critic->forward(rows(fake), yRows).mean();
                const torch::Tensor gp = gan::gradientPenalty(
                    [&](const torch::Tensor &x) { return m.critic->forward(x, yRows); }, rows(real), rows(fake),
                    rows(mix));
                const torch::Tensor lossD = dFake - dReal + c.gradientPenalty * gp;
                m.optD->zero_grad();
                lossD.backward();
                const std::vector<double> means = parallel.average(
                    criticParams, {lossD.item<double>(), (dReal - dFake).item<double>(), gp.item<double>()});
                m.optD->step();
                stats.criticLoss = means[0];
                stats.wasserstein = means[1];
                stats.gradientPenalty = means[2];
            }
            const torch::Tensor y = labels.index_select(0, gan::randint(n, b, gen).to(m.device));
            const torch::Tensor lossG = -m.critic->forward(rows(m.generate(y, gen)), rows(y)).mean();
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
        m.generator->eval();
        m.critic->eval();
        checkpoint();
        throw;
    }
    m.generator->eval();
    m.critic->eval();
    checkpoint();
    log.finish(result, m.step);
    return result;
}

ImageDataset WganGasfModel::generate(const std::vector<int> &perClass, std::uint64_t seed, ProgressToken &token) const
{
    Impl &m = *d;
    if (perClass.size() > m.classes.size())
        throw InputError({}, "--per-class", "more class counts than classes");
    torch::NoGradGuard noGrad;
    m.generator->eval();
    at::Generator gen = gan::makeGenerator(seed);
    ImageDataset out;
    out.imageSize = m.imageSize;
    out.channels = 1;
    out.classes = m.classes;
    out.spec = m.spec;
    std::int64_t total = 0, done = 0;
    for (int k : perClass)
        total += std::max(0, k);
    constexpr std::int64_t kBatch = 128;
    for (std::size_t cls = 0; cls < perClass.size(); ++cls) {
        const auto &stats = m.seriesStats[cls];
        for (std::int64_t left = perClass[cls]; left > 0;) {
            token.throwIfCanceled();
            const std::int64_t b = std::min(left, kBatch);
            const torch::Tensor y = torch::full({b}, static_cast<std::int64_t>(cls), torch::kLong).to(m.device);
            torch::Tensor img = m.generate(y, gen);
            img = ((img + 1.0) * 0.5 * (m.valueMax - m.valueMin) + m.valueMin)
                      .clamp(m.valueMin, m.valueMax)
                      .to(torch::kCPU)
                      .contiguous();
            const torch::Tensor pick = stats.empty() ? torch::Tensor()
                                                     : gan::randint(static_cast<std::int64_t>(stats.size()), b, gen);
            for (std::int64_t i = 0; i < b; ++i) {
                ImageSampleInfo info;
                info.label = static_cast<int>(cls);
                if (pick.defined()) {
                    const auto &st = stats[static_cast<std::size_t>(pick[i].item<std::int64_t>())];
                    info.min = st[0];
                    info.max = st[1];
                    info.length = static_cast<int>(st[2]);
                }
                out.append(img[i].data_ptr<float>(), info);
            }
            left -= b;
            done += b;
            token.setProgress(total ? double(done) / total : 1.0, "generating wgan-gasf images");
        }
    }
    return out;
}

int WganGasfModel::step() const { return d->step; }
const BaselineConfig &WganGasfModel::config() const { return d->config; }
const std::vector<std::string> &WganGasfModel::classes() const { return d->classes; }
int WganGasfModel::imageSize() const { return d->imageSize; }
double WganGasfModel::valueMin() const { return d->valueMin; }
double WganGasfModel::valueMax() const { return d->valueMax; }
const std::vector<std::array<double, 4>> &WganGasfModel::lossHistory() const { return d->history; }
nlohmann::json WganGasfModel::meta() const { return d->meta(); }
nlohmann::json &WganGasfModel::extra() { return d->extra; }
const nlohmann::json &WganGasfModel::extra() const { return d->extra; }

std::int64_t WganGasfModel::parameterCount() const
{
    return gan::parameterCount(*d->generator) + gan::parameterCount(*d->critic);
}

} // namespace netsynth
