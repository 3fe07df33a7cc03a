// Diffusion benchmark: training and sampling images/s of the cpu-small
// architecture in NetSynth (C++/libtorch) against the same architecture, batch
// and schedule in PyTorch Python (bench/diffusion_reference.py, run with
// /usr/bin/python3 in this process's run), plus DDIM-50 vs DDPM-1000 speed.
//
//   diffusion_bench [--threads N] [--steps N] [--sample-images N] [--ddpm-images N]
//                   [--device cpu|cuda|auto] [--no-reference]
// Prints the figures and the ratios; never fails on a time.
#include "core/diffusion/sampler.h"
#include "core/diffusion/trainer.h"
#include "core/imaging/image_dataset.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace netsynth;

namespace {

ImageDataset makeData(int size, int perClass)
{
    ImageDataset d;
    d.imageSize = size;
    d.classes = {"sine", "ramp"};
    d.spec = {{"encoding", "gasf"}};
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> x(static_cast<std::size_t>(size));
    std::vector<float> img(static_cast<std::size_t>(size * size));
    for (int i = 0; i < perClass; ++i)
        for (int label = 0; label < 2; ++label) {
            const double phase = u(rng) * 6.28318;
            for (int k = 0; k < size; ++k)
                x[k] = label == 0 ? std::sin(phase + 12.566 * k / size) : 2.0 * k / (size - 1) - 1.0;
            for (int a = 0; a < size; ++a)
                for (int b = 0; b < size; ++b)
                    img[a * size + b] = static_cast<float>(x[a] * x[b] - std::sqrt(std::max(0.0, 1 - x[a] * x[a])) *
                                                                             std::sqrt(std::max(0.0, 1 - x[b] * x[b])));
            d.append(img.data(), {label, 0.0, 1.0, size, {}});
        }
    return d;
}

// CPU seconds (user + system, all threads) this process has used: rates per
// CPU-second are robust to other processes taking cores away mid-run, which
// wall-clock rates on a shared machine are not.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_sec) +
           1e-6 * double(u.ru_stime.tv_usec);
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int threads = argValue(args, QStringLiteral("--threads"), 2);
    const int steps = argValue(args, QStringLiteral("--steps"), 30);
    const int sampleCount = argValue(args, QStringLiteral("--sample-images"), 16);
    const int ddpmImages = argValue(args, QStringLiteral("--ddpm-images"), 4);
    const int di = args.indexOf(QStringLiteral("--device"));
    const std::string device = di >= 0 && di + 1 < args.size() ? args[di + 1].toStdString() : "cpu";
    DeviceManager::configure(parseDevicePreference(device), threads);
    const DeviceInfo info = DeviceManager::current();

    QTemporaryDir tmp;
    const std::string data = (tmp.path() + QStringLiteral("/data")).toStdString();
    makeData(32, 32).save(data);

    // Training: the real Trainer with the cpu-small preset (AdamW, clipping, EMA,
    // label dropout), after a short warm-up run so allocations and kernels are ready.
    TrainRequest req;
    req.config = TrainConfig::fromPreset("cpu-small");
    req.config.checkpointEvery = 0;
    req.config.previewEvery = 0;
    req.config.bf16 = args.contains(QStringLiteral("--bf16"));
    req.config.steps = 3;
    req.dataDir = data;
    req.runDir = (tmp.path() + QStringLiteral("/run")).toStdString();
    ProgressToken token;
    trainDiffusion(req, token);
    TrainRequest more;
    more.runDir = req.runDir;
    more.resume = true;
    more.steps = 3 + steps;
    const double trainCpu0 = cpuSeconds();
    const TrainResult tr = trainDiffusion(more, token);
    const double trainPerCpu = double(steps) * req.config.batchSize / (cpuSeconds() - trainCpu0);
    std::printf("device: %s (%s), threads %d, cpu-small: %lld parameters, batch %d, 32x32\n", info.name.c_str(),
                info.description.c_str(), threads, static_cast<long long>(tr.parameters), req.config.batchSize);
    std::printf("netsynth train:  %8.2f images/s, %8.2f images per CPU-second (%d steps)\n", tr.imagesPerSecond,
                trainPerCpu, steps);

    auto sampleRate = [&](SamplerKind kind, int k, int n) {
        SampleConfig sc;
        sc.checkpoint = req.runDir;
        sc.sampler = kind;
        sc.steps = k;
        sc.perClass = n / 2;
        sc.batchSize = n;
        sc.bf16 = req.config.bf16;
        // Warm-up with the same batch shape (the reference samples right after
        // training, so its kernels and allocator are warm for batch-16 forwards).
        SampleConfig warm = sc;
        warm.sampler = SamplerKind::Ddim;
        warm.steps = 2;
        sampleImages(warm, token);
        const auto begin = std::chrono::steady_clock::now();
        const double cpu0 = cpuSeconds();
        const ImageDataset images = sampleImages(sc, token);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        return std::pair<double, double>(images.count() / s, images.count() / (cpuSeconds() - cpu0));
    };
    const auto [ddim, ddimPerCpu] = sampleRate(SamplerKind::Ddim, 50, sampleCount);
    std::printf("netsynth sample DDIM-50:   %8.3f images/s, %8.3f per CPU-second (%d images, one batch)\n", ddim,
                ddimPerCpu, sampleCount);
    const double ddpm = sampleRate(SamplerKind::Ddpm, 0, ddpmImages).first;
    std::printf("netsynth sample DDPM-1000: %8.4f images/s (%d images, one batch)\n", ddpm, ddpmImages);
    std::printf("DDIM-50 vs DDPM-1000: %.1fx faster per image\n", ddim / ddpm);

    if (args.contains(QStringLiteral("--no-reference")) || info.cuda)
        return 0;
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral(NETSYNTH_BENCH_DIR "/diffusion_reference.py"), QStringLiteral("--threads"),
              QString::number(threads), QStringLiteral("--steps"), QString::number(steps), QStringLiteral("--batch"),
              QString::number(req.config.batchSize), QStringLiteral("--sample-images"), QString::number(sampleCount),
              QStringLiteral("--json")});
    if (!py.waitForFinished(3600 * 1000) || py.exitCode() != 0) {
        std::printf("PyTorch reference failed: %s\n", py.readAllStandardError().constData());
        return 0;
    }
    const auto ref = nlohmann::json::parse(py.readAllStandardOutput().toStdString());
    const double refTrain = ref.at("train_images_per_second").get<double>();
    const double refSample = ref.at("sample_images_per_second").get<double>();
    std::printf("pytorch train:   %8.2f images/s (%lld parameters, torch %s)\n", refTrain,
                static_cast<long long>(ref.at("parameters").get<long long>()),
                ref.at("torch").get<std::string>().c_str());
    std::printf("pytorch sample DDIM-50:    %8.3f images/s\n", refSample);
    std::printf("ratio netsynth/pytorch (wall clock): train %.2f, DDIM sampling %.2f (goal >= 1.0)\n",
                tr.imagesPerSecond / refTrain, ddim / refSample);
    if (ref.contains("train_images_per_cpu_second"))
        std::printf("ratio netsynth/pytorch (per CPU-second): train %.2f (pytorch %.2f), DDIM sampling %.2f (pytorch %.3f)\n",
                    trainPerCpu / ref.at("train_images_per_cpu_second").get<double>(),
                    ref.at("train_images_per_cpu_second").get<double>(),
                    ddimPerCpu / ref.at("sample_images_per_cpu_second").get<double>(),
                    ref.at("sample_images_per_cpu_second").get<double>());
    if (ref.at("parameters").get<long long>() != tr.parameters)
        std::printf("WARNING: parameter counts differ: the architectures are not the same\n");
    return 0;
}
