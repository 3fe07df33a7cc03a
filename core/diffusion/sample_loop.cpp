#include "core/diffusion/sample_loop_impl.h"

#include "core/diffusion/autocast_guard_impl.h"
#include "core/diffusion/gaussian_diffusion_impl.h"
#include "core/runtime/progress.h"

#include <ATen/CPUGeneratorImpl.h>

namespace netsynth {

at::Generator makeSeededGenerator(std::uint64_t seed)
{
    return at::make_generator<at::CPUGeneratorImpl>(seed);
}

torch::Tensor runSampleLoop(UNet &model, const NoiseSchedule &schedule, const torch::Tensor &labels,
                            const SampleLoopOptions &options, at::Generator &generator, const torch::Device &device,
                            const std::function<void(int, int)> &progress, ProgressToken *token)
{
    // Inference mode, not just no-grad: no version counters or view tracking
    // on the tensors of the loop (the samples never take part in training).
    c10::InferenceMode inference;
    const UNetConfig &mc = model->config();
    const int total = schedule.steps();
    const int count = options.steps <= 0 ? total : std::min(options.steps, total);
    const GaussianDiffusion diffusion(schedule.respaced(NoiseSchedule::spacedTimesteps(total, count)), mc.learnSigma);
    const std::int64_t n = labels.size(0);
    const auto cpu = torch::TensorOptions().dtype(torch::kFloat32);
    torch::Tensor x = torch::randn({n, mc.channels, mc.imageSize, mc.imageSize}, generator, cpu).to(device);
    const torch::Tensor y = labels.to(device, torch::kInt64);
    const bool guided = mc.numClasses > 0 && options.guidance != 1.0;
    const torch::Tensor yNull = torch::full({n}, mc.numClasses, torch::TensorOptions().dtype(torch::kInt64).device(device));
    torch::Tensor x0Prev; // DPM-Solver++(2M): the previous step's predicted x0 and log-SNR step
    double hPrev = 0.0;
    for (int i = diffusion.steps() - 1; i >= 0; --i) {
        if (token)
            token->throwIfCanceled();
        const torch::Tensor t = torch::full({n}, i, torch::TensorOptions().dtype(torch::kInt64).device(device));
        const torch::Tensor modelT = diffusion.modelTimesteps(t);
        torch::Tensor out;
        {
            AutocastGuard autocast(options.bf16, device);
            if (guided) {
                const torch::Tensor both = model(torch::cat({x, x}), torch::cat({modelT, modelT}), torch::cat({y, yNull}));
                const auto halves = both.to(torch::kFloat32).chunk(2, 0);
                const auto c = mc.channels;
                const torch::Tensor epsCond = halves[0].narrow(1, 0, c);
                const torch::Tensor epsNull = halves[1].narrow(1, 0, c);
                torch::Tensor eps = epsNull + options.guidance * (epsCond - epsNull);
                out = mc.learnSigma ? torch::cat({eps, halves[0].narrow(1, c, c)}, 1) : eps;
            } else {
                out = model(x, modelT, y).to(torch::kFloat32);
            }
        }
        const auto p = diffusion.predict(out, x, t, true);
        if (options.kind == SamplerKind::Dpm2m) {
            double h = 0.0;
            x = diffusion.dpmSolver2mStep(x, i, p.predX0, x0Prev, hPrev, h);
            x0Prev = p.predX0;
            hPrev = h;
            if (progress)
                progress(diffusion.steps() - i, diffusion.steps());
            continue;
        }
        const bool last = i == 0;
        torch::Tensor noise;
        const bool needsNoise = !last && (options.kind == SamplerKind::Ddpm || options.eta > 0.0);
        noise = needsNoise ? torch::randn(x.sizes(), generator, cpu).to(device) : torch::zeros_like(x);
        x = options.kind == SamplerKind::Ddpm ? diffusion.ddpmStep(p, t, noise)
                                              : diffusion.ddimStep(p, x, t, options.eta, noise);
        if (progress)
            progress(diffusion.steps() - i, diffusion.steps());
    }
    return x.to(torch::kCPU, torch::kFloat32).contiguous();
}

torch::Tensor postprocessSamples(const torch::Tensor &x, double lo, double hi)
{
    const torch::Tensor sym = 0.5 * (x + x.transpose(2, 3));
    return ((sym.clamp(-1.0, 1.0) + 1.0) * (0.5 * (hi - lo)) + lo).contiguous();
}

} // namespace netsynth
