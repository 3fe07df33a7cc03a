#include "core/appshot/appshot_networks_impl.h"
#include "core/runtime/json_document.h"

#include "core/appshot/patch_tiler.h"
#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace netsynth::appshot {

namespace {
constexpr double kPi = 3.14159265358979323846;
int groupsFor(int channels)
{
    for (int g : {8, 4, 2})
        if (channels % g == 0)
            return g;
    return 1;
}
} // namespace

FiLMImpl::FiLMImpl(int embedDim, int ch) : channels(ch)
{
    proj = register_module("proj", torch::nn::Linear(embedDim, 2 * ch));
    torch::NoGradGuard noGrad;
    torch::nn::init::zeros_(proj->weight);
    torch::nn::init::zeros_(proj->bias);
}

torch::Tensor FiLMImpl::forward(const torch::Tensor &x, const torch::Tensor &e)
{
    const auto gb = proj->forward(e);                 // [B, 2C]
    const auto gamma = gb.slice(1, 0, channels).unsqueeze(-1).unsqueeze(-1);
    const auto beta = gb.slice(1, channels, 2 * channels).unsqueeze(-1).unsqueeze(-1);
    return x * (1 + gamma) + beta;
}

FiLMBlockImpl::FiLMBlockImpl(int in, int out, int dilation, int embedDim) : residual(in == out)
{
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(dilation).dilation(dilation)));
    norm = register_module("norm", torch::nn::GroupNorm(torch::nn::GroupNormOptions(groupsFor(out), out).affine(false)));
    film = register_module("film", FiLM(embedDim, out));
}

torch::Tensor FiLMBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &e)
{
    auto y = torch::leaky_relu(film->forward(norm->forward(conv->forward(x)), e), 0.2);
    return residual ? x + y : y;
}

GeneratorImpl::GeneratorImpl(const AppShotConfig &cfg)
{
    const int K = cfg.contextChannels(), S = static_cast<int>(cfg.services.size());
    embed = register_module("embed", torch::nn::Sequential(torch::nn::Linear(cfg.conditionDim(), cfg.embedDim),
                                                          torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)),
                                                          torch::nn::Linear(cfg.embedDim, cfg.embedDim),
                                                          torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2))));
    blocks = register_module("blocks", torch::nn::ModuleList());
    int in = K + cfg.noiseChannels;
    for (int d : cfg.dilations) {
        blocks->push_back(FiLMBlock(in, cfg.channels, d, cfg.embedDim));
        in = cfg.channels;
    }
    head = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(cfg.channels, S, 1)));
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor &context, const torch::Tensor &noise, const torch::Tensor &cond)
{
    const auto e = embed->forward(cond);
    auto x = torch::cat({context, noise}, 1);
    for (const auto &m : *blocks)
        x = m->as<FiLMBlockImpl>()->forward(x, e);
    return head->forward(x);
}

namespace {
torch::Tensor conditionMaps(const torch::Tensor &cond, int64_t h, int64_t w)
{
    return cond.slice(1, 0, 3).unsqueeze(-1).unsqueeze(-1).expand({cond.size(0), 3, h, w});
}
torch::nn::LeakyReLU lrelu()
{
    return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2));
}
} // namespace

SpatialDiscriminatorImpl::SpatialDiscriminatorImpl(const AppShotConfig &cfg)
{
    const int in = cfg.contextChannels() + static_cast<int>(cfg.services.size()) + 3;
    net = register_module("net", torch::nn::Sequential(
                                     torch::nn::Conv2d(torch::nn::Conv2dOptions(in, 32, 3).padding(1)), lrelu(),
                                     torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 4).stride(2).padding(1)), lrelu(),
                                     torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 64, 3).padding(1)), lrelu(),
                                     torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 1, 3).padding(1))));
}

torch::Tensor SpatialDiscriminatorImpl::forward(const torch::Tensor &context, const torch::Tensor &services,
                                                const torch::Tensor &cond)
{
    return net->forward(torch::cat({context, services, conditionMaps(cond, context.size(2), context.size(3))}, 1));
}

CompositionDiscriminatorImpl::CompositionDiscriminatorImpl(const AppShotConfig &cfg)
    : trafficShares(cfg.compositionInput != "normalised-softmax")
{
    const int S = static_cast<int>(cfg.services.size());
    const int in = S + 1 + 3 + cfg.contextChannels();
    net = register_module("net", torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, 64, 1)), lrelu(),
                                                       torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 64, 1)), lrelu(),
                                                       torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 1, 1))));
    std::vector<float> sc(static_cast<std::size_t>(S), 1.0f);
    for (int s = 0; s < S && s < static_cast<int>(cfg.serviceScale.size()); ++s)
        sc[s] = static_cast<float>(cfg.serviceScale[s] > 0.0 ? cfg.serviceScale[s] : 1.0);
    // Not a parameter, not saved: it comes from the config with the checkpoint.
    scale = torch::tensor(sc).view({1, S, 1, 1});
}

torch::Tensor CompositionDiscriminatorImpl::compositionFeatures(const torch::Tensor &services) const
{
    if (!trafficShares)
        return torch::cat({torch::softmax(services, 1), torch::logsumexp(services, {1}, true)}, 1);
    const auto sc = scale.to(services.device());
    const auto x = torch::expm1(services.clamp_min(0)) * sc; // traffic units, as denormalize() gives
    const auto e = 0.01 * sc;
    const auto sum = (x + e).sum(1, true);
    const auto logShare = torch::log(x + e) - torch::log(sum);
    const auto total = torch::log1p(x.sum(1, true) / sc.sum());
    return torch::cat({logShare, total}, 1);
}

torch::Tensor CompositionDiscriminatorImpl::forward(const torch::Tensor &context, const torch::Tensor &services,
                                                    const torch::Tensor &cond)
{
    return net->forward(
        torch::cat({compositionFeatures(services), conditionMaps(cond, context.size(2), context.size(3)), context}, 1));
}

CityTensors prepareCity(const City &city, const AppShotConfig &cfg, bool withTraffic, std::vector<std::string> *missing)
{
    CityTensors t;
    t.name = city.name;
    t.rows = city.rows;
    t.cols = city.cols;
    const int K = static_cast<int>(cfg.layers.size());
    const std::size_t n = city.cells();
    t.context = torch::zeros({cfg.contextChannels(), city.rows, city.cols});
    float *ctx = t.context.data_ptr<float>();
    for (int k = 0; k < K; ++k) {
        const ContextLayer *l = city.layer(cfg.layers[k]);
        if (!l) {
            if (missing)
                missing->push_back(cfg.layers[k]);
            continue;
        }
        for (std::size_t i = 0; i < n; ++i)
            ctx[k * n + i] = city.mask[i] ? static_cast<float>(cfg.normalizations[k].apply(l->values[i])) : 0.0f;
    }
    if (cfg.ridgeInput) {
        // Channel K + s: the ridge map of service s, its coefficients averaged over the 48 slots.
        const int S = static_cast<int>(cfg.services.size());
        for (int s = 0; s < S; ++s) {
            std::vector<double> beta(static_cast<std::size_t>(K) + 1, 0.0);
            const auto &slots = cfg.ridgeCoefficients[static_cast<std::size_t>(s)];
            for (const auto &b : slots)
                for (std::size_t k = 0; k < beta.size(); ++k) beta[k] += b[k] / static_cast<double>(slots.size());
            float *out = ctx + static_cast<std::size_t>(K + s) * n;
            for (std::size_t i = 0; i < n; ++i) {
                if (!city.mask[i]) continue;
                double y = beta[static_cast<std::size_t>(K)];
                for (int k = 0; k < K; ++k) y += beta[static_cast<std::size_t>(k)] * ctx[k * n + i];
                out[i] = static_cast<float>(std::max(0.0, y));
            }
        }
    }
    // With traffic (training), the mask leaves out held-out cells too: the
    // losses never see their traffic, while their context stays visible.
    t.mask = torch::zeros({1, city.rows, city.cols});
    float *m = t.mask.data_ptr<float>();
    for (std::size_t i = 0; i < n; ++i)
        m[i] = (withTraffic ? city.trainable(i) : city.mask[i] != 0) ? 1.0f : 0.0f;
    if (withTraffic) {
        if (!city.traffic)
            throw InputError(city.path, {}, "city " + city.name + " has no traffic maps to train on");
        const TrafficMaps &tr = *city.traffic;
        if (tr.rows != city.rows || tr.cols != city.cols)
            throw InputError(city.path, {}, "traffic grid does not match the city grid");
        const int S = static_cast<int>(cfg.services.size());
        t.traffic = torch::zeros({tr.steps, S, city.rows, city.cols});
        float *y = t.traffic.data_ptr<float>();
        for (int s = 0; s < S; ++s) {
            int src = -1;
            for (int q = 0; q < tr.services; ++q)
                if (tr.serviceNames[q] == cfg.services[s])
                    src = q;
            if (src < 0)
                throw InputError(city.path, {}, "city " + city.name + " has no service '" + cfg.services[s] + "'");
            for (int step = 0; step < tr.steps; ++step) {
                const float *v = tr.map(step, src);
                float *o = y + (static_cast<std::size_t>(step) * S + s) * n;
                for (std::size_t i = 0; i < n; ++i)
                    o[i] = city.trainable(i) && std::isfinite(v[i])
                               ? static_cast<float>(std::log1p(std::max(0.0f, v[i]) / cfg.serviceScale[s]))
                               : 0.0f;
            }
        }
        t.hours = tr.hours;
    }
    return t;
}

torch::Tensor conditionVectors(const std::vector<int> &hours, const torch::Tensor &contextPatches)
{
    const int64_t B = static_cast<int64_t>(hours.size());
    auto c = torch::zeros({B, 3});
    auto a = c.accessor<float, 2>();
    for (int64_t b = 0; b < B; ++b) {
        const int h = ((hours[b] % 24) + 24) % 24;
        const int day = ((hours[b] / 24) % 7 + 7) % 7;
        a[b][0] = static_cast<float>(std::sin(2 * kPi * h / 24.0));
        a[b][1] = static_cast<float>(std::cos(2 * kPi * h / 24.0));
        a[b][2] = day >= 5 ? 1.0f : 0.0f;
    }
    return torch::cat({c.to(contextPatches.device()), contextPatches.mean({2, 3})}, 1);
}

torch::Tensor ridgeMaps(const AppShotConfig &cfg, const torch::Tensor &context, const std::vector<int> &hours)
{
    const int64_t B = context.size(0), K = static_cast<int64_t>(cfg.layers.size());
    const int64_t S = static_cast<int64_t>(cfg.ridgeCoefficients.size());
    // Per patch: its slot's coefficients [S, K] and biases [S].
    auto weights = torch::zeros({B, S, K});
    auto bias = torch::zeros({B, S});
    auto w = weights.accessor<float, 3>();
    auto b0 = bias.accessor<float, 2>();
    for (int64_t b = 0; b < B; ++b) {
        const int h = ((hours[static_cast<std::size_t>(b)] % 24) + 24) % 24;
        const int day = ((hours[static_cast<std::size_t>(b)] / 24) % 7 + 7) % 7;
        const std::size_t slot = static_cast<std::size_t>(h * 2 + (day >= 5 ? 1 : 0)); // AppShotBaselines' slot
        for (int64_t s = 0; s < S; ++s) {
            const auto &beta = cfg.ridgeCoefficients[static_cast<std::size_t>(s)][slot];
            for (int64_t k = 0; k < K; ++k) w[b][s][k] = static_cast<float>(beta[static_cast<std::size_t>(k)]);
            b0[b][s] = static_cast<float>(beta[static_cast<std::size_t>(K)]);
        }
    }
    const auto dev = context.device();
    const auto y = torch::einsum("bsk,bkhw->bshw", {weights.to(dev), context.slice(1, 0, K)}) +
                   bias.to(dev).unsqueeze(-1).unsqueeze(-1);
    return y.clamp_min(0.0);
}

torch::Tensor generate(Generator &generator, const AppShotConfig &cfg, const torch::Tensor &context,
                       const torch::Tensor &noise, const torch::Tensor &cond, const std::vector<int> &hours)
{
    const torch::Tensor y = generator->forward(context, noise, cond);
    return cfg.ridgeResidual ? y + ridgeMaps(cfg, context, hours) : y;
}

torch::Tensor generateCity(Generator &generator, const AppShotConfig &cfg, const CityTensors &city,
                           const std::vector<int> &hours, std::uint64_t seed, int stride, const torch::Device &device,
                           ProgressToken *token)
{
    torch::NoGradGuard noGrad;
    generator->eval();
    const int P = cfg.patch, K = cfg.contextChannels(), S = static_cast<int>(cfg.services.size());
    const int Z = cfg.noiseChannels;
    const PatchTiler tiler(city.rows, city.cols, P, stride > 0 ? std::min(stride, P) : cfg.stride);
    const std::size_t N = tiler.patches().size();
    const torch::Tensor ctx = city.context.contiguous();
    std::vector<torch::Tensor> ctxPatches;
    for (std::size_t k = 0; k < N; ++k) {
        auto v = tiler.extract(ctx.data_ptr<float>(), K, static_cast<int>(k));
        ctxPatches.push_back(torch::from_blob(v.data(), {K, P, P}).clone());
    }
    const torch::Tensor ctxBatch = torch::stack(ctxPatches).to(device);
    auto out = torch::zeros({static_cast<int64_t>(hours.size()), S, city.rows, city.cols});
    for (std::size_t t = 0; t < hours.size(); ++t) {
        if (token) {
            token->throwIfCanceled();
            token->setProgress(static_cast<double>(t) / hours.size(), "generating hour " + std::to_string(hours[t]));
        }
        auto gen = at::detail::createCPUGenerator(seed * 1000003ULL + static_cast<std::uint64_t>(hours[t] + 1000000));
        const torch::Tensor noise = torch::randn({Z, city.rows, city.cols}, gen).contiguous();
        std::vector<torch::Tensor> noisePatches;
        for (std::size_t k = 0; k < N; ++k) {
            auto v = tiler.extract(noise.data_ptr<float>(), Z, static_cast<int>(k));
            noisePatches.push_back(torch::from_blob(v.data(), {Z, P, P}).clone());
        }
        const torch::Tensor noiseBatch = torch::stack(noisePatches).to(device);
        PatchTiler::Accumulator acc(tiler, S);
        const int64_t chunk = 64;
        for (int64_t b0 = 0; b0 < static_cast<int64_t>(N); b0 += chunk) {
            const int64_t b1 = std::min<int64_t>(N, b0 + chunk);
            const auto c = ctxBatch.slice(0, b0, b1);
            const std::vector<int> patchHours(static_cast<std::size_t>(b1 - b0), hours[t]);
            const auto cond = conditionVectors(patchHours, c);
            const auto y =
                generate(generator, cfg, c, noiseBatch.slice(0, b0, b1), cond, patchHours).to(torch::kCPU).contiguous();
            for (int64_t b = b0; b < b1; ++b)
                acc.add(static_cast<int>(b), y[b - b0].data_ptr<float>());
        }
        const std::vector<float> blended = acc.result();
        out[static_cast<int64_t>(t)].copy_(torch::from_blob(const_cast<float *>(blended.data()), {S, city.rows, city.cols}));
    }
    return out * city.mask.unsqueeze(0);
}

std::vector<float> denormalize(const torch::Tensor &maps, const AppShotConfig &cfg, const torch::Tensor &mask)
{
    const int S = static_cast<int>(cfg.services.size());
    auto scale = torch::tensor(std::vector<float>(cfg.serviceScale.begin(), cfg.serviceScale.end())).view({1, S, 1, 1});
    const auto v = (torch::expm1(maps.to(torch::kCPU).clamp_min(0)) * scale * mask.unsqueeze(0)).contiguous();
    return std::vector<float>(v.data_ptr<float>(), v.data_ptr<float>() + v.numel());
}

void writeCheckpoint(const std::string &path, const CheckpointState &state, Generator &g, SpatialDiscriminator &d1,
                     CompositionDiscriminator &d2, torch::optim::Optimizer *optG, torch::optim::Optimizer *optD)
{
    torch::serialize::OutputArchive ar;
    ar.write("format", c10::IValue(std::string("netsynth-appshot-checkpoint")));
    ar.write("config", c10::IValue(state.config.toJson().dump()));
    ar.write("step", c10::IValue(static_cast<int64_t>(state.step)));
    ar.write("history", state.history.defined() ? state.history : torch::zeros({0, 5}));
    torch::serialize::OutputArchive ga, d1a, d2a;
    g->save(ga);
    d1->save(d1a);
    d2->save(d2a);
    ar.write("generator", ga);
    ar.write("spatial_discriminator", d1a);
    ar.write("composition_discriminator", d2a);
    if (optG && optD) {
        torch::serialize::OutputArchive oga, oda;
        optG->save(oga);
        optD->save(oda);
        ar.write("opt_generator", oga);
        ar.write("opt_discriminator", oda);
    }
    writeFileAtomically(path, [&ar](std::ostream &out) { ar.save_to(out); });
}

namespace {
void openArchive(const std::string &path, torch::serialize::InputArchive &ar)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, {}, "cannot open checkpoint");
    try {
        ar.load_from(in, torch::Device(torch::kCPU));
    } catch (const c10::Error &e) {
        throw InputError(path, {}, std::string("not a readable checkpoint: ") + e.what_without_backtrace());
    }
}
} // namespace

CheckpointState readCheckpointConfig(const std::string &path)
{
    torch::serialize::InputArchive ar;
    openArchive(path, ar);
    CheckpointState s;
    try {
        c10::IValue fmt, cfg, step;
        ar.read("format", fmt);
        if (fmt.toStringRef() != "netsynth-appshot-checkpoint")
            throw InputError(path, "format", "not an AppShot checkpoint");
        ar.read("config", cfg);
        ar.read("step", step);
        s.config = AppShotConfig::fromJson(parseJsonDocument(cfg.toStringRef(), path, "entry 'config'"));
        s.step = static_cast<int>(step.toInt());
        ar.read("history", s.history);
    } catch (const c10::Error &e) {
        throw InputError(path, {}, std::string("not an AppShot checkpoint: ") + e.what_without_backtrace());
    } catch (const nlohmann::json::exception &e) {
        throw InputError(path, "config", e.what());
    }
    return s;
}

void readCheckpoint(const std::string &path, CheckpointState &state, Generator &g, SpatialDiscriminator *d1,
                    CompositionDiscriminator *d2, torch::optim::Optimizer *optG, torch::optim::Optimizer *optD)
{
    state = readCheckpointConfig(path);
    torch::serialize::InputArchive ar;
    openArchive(path, ar);
    try {
        torch::serialize::InputArchive ga;
        ar.read("generator", ga);
        g->load(ga);
        if (d1) {
            torch::serialize::InputArchive a;
            ar.read("spatial_discriminator", a);
            (*d1)->load(a);
        }
        if (d2) {
            torch::serialize::InputArchive a;
            ar.read("composition_discriminator", a);
            (*d2)->load(a);
        }
        if (optG && optD) {
            torch::serialize::InputArchive a, b;
            ar.read("opt_generator", a);
            ar.read("opt_discriminator", b);
            optG->load(a);
            optD->load(b);
        }
    } catch (const c10::Error &e) {
        throw InputError(path, {}, std::string("checkpoint does not match the model: ") + e.what_without_backtrace());
    }
}

} // namespace netsynth::appshot
