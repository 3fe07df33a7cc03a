// AppShot benchmark: generation speed for a whole real city (default Munich,
// 56 x 75 cells, 28 context layers) with the default architecture, by
// overlapping patches (what `appshot generate` does: 16 x 16 patches, stride 8,
// blended), against a reference measured in the same run: one fully
// convolutional pass of the same generator over the whole city grid (no
// overlap, no blending; the same weights), and the ridge baseline.
//
//   appshot_bench [--city DIR] [--hours N] [--threads N] [--device cpu|cuda|auto]
// Prints the figures and the ratios; never fails on a time.
#include "core/appshot/appshot_baselines.h"
#include "core/appshot/appshot_generator.h"
#include "core/appshot/appshot_networks_impl.h"
#include "core/appshot/appshot_trainer.h"
#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/device.h"
#include "core/runtime/progress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace netsynth;

namespace {
QString argText(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}
double seconds(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cityDir = argText(args, QStringLiteral("--city"), QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/cities/munich"));
    const int hoursN = argText(args, QStringLiteral("--hours"), QStringLiteral("24")).toInt();
    const int threads = argText(args, QStringLiteral("--threads"), QStringLiteral("1")).toInt();
    DeviceManager::configure(parseDevicePreference(argText(args, QStringLiteral("--device"), QStringLiteral("cpu")).toStdString()),
                             threads);
    if (!QFileInfo::exists(cityDir)) {
        std::printf("city %s not found (pass --city DIR)\n", qPrintable(cityDir));
        return 2;
    }
    City city = CityReader::read(cityDir.toStdString());
    DemoTrafficSpec spec;
    spec.services = 4;
    spec.days = 1;
    city.traffic = DemoTrafficGenerator::generate(city, spec);
    // A default-architecture model (2 training steps: the weights do not change the cost).
    QTemporaryDir tmp;
    AppShotConfig cfg;
    cfg.steps = 2;
    cfg.sampleEvery = 0;
    cfg = AppShotTrainer::prepareConfig({city}, cfg);
    ProgressToken token;
    const auto run = AppShotTrainer::train({city}, cfg, tmp.path().toStdString(), token);
    std::vector<int> hours;
    for (int h = 0; h < hoursN; ++h)
        hours.push_back(h);
    const AppShotGenerator generator(run.checkpoint);
    const double cells = static_cast<double>(city.cells()) * hoursN;

    generator.generate(city, {0}, 1, token); // warm-up
    auto t0 = std::chrono::steady_clock::now();
    const AppShotGeneration g = generator.generate(city, hours, 1, token);
    const double tPatch = seconds(t0);

    // Reference 1: one whole-grid pass of the same generator per hour (condition from the whole city).
    appshot::CheckpointState state = appshot::readCheckpointConfig(run.checkpoint);
    appshot::Generator G(state.config);
    appshot::readCheckpoint(run.checkpoint, state, G, nullptr, nullptr, nullptr, nullptr);
    const torch::Device device(DeviceManager::current().name);
    G->to(device);
    G->eval();
    const appshot::CityTensors ct = appshot::prepareCity(city, state.config, false);
    double tWhole = 0.0;
    {
        torch::NoGradGuard ng;
        const auto ctx = ct.context.unsqueeze(0).to(device);
        t0 = std::chrono::steady_clock::now();
        for (int h : hours) {
            const auto noise = torch::randn({1, state.config.noiseChannels, city.rows, city.cols}).to(device);
            const auto y = G->forward(ctx, noise, appshot::conditionVectors({h}, ctx)).to(torch::kCPU);
            (void)y;
        }
        tWhole = seconds(t0);
    }
    // Reference 2: the ridge baseline.
    const BaselineModel bm = AppShotBaselines::fit({&city}, state.config.layers, state.config.services,
                                                   state.config.serviceScale, 1.0);
    t0 = std::chrono::steady_clock::now();
    const TrafficMaps ridge = AppShotBaselines::predictRidge(bm, city, hours);
    const double tRidge = seconds(t0);

    std::printf("device: %s, threads %d; city %s: %d x %d cells, %zu context layers, %d services, %d hours\n",
                DeviceManager::current().name.c_str(), threads, city.name.c_str(), city.rows, city.cols,
                state.config.layers.size(), static_cast<int>(state.config.services.size()), hoursN);
    std::printf("appshot generate (patches %d, stride %d, %zu patches/hour): %.3f s, %.2f hours/s, %.0f cells/s\n",
                state.config.patch, state.config.stride, g.patches.size(), tPatch, hoursN / tPatch, cells / tPatch);
    std::printf("reference: one whole-grid pass of the same generator:   %.3f s, %.2f hours/s, %.0f cells/s\n", tWhole,
                hoursN / tWhole, cells / tWhole);
    std::printf("reference: ridge baseline:                               %.3f s, %.2f hours/s\n", tRidge,
                hoursN / tRidge);
    std::printf("ratio overlapping patches / whole-grid pass: %.2fx the time (patch area / city area = %.2f)\n",
                tPatch / tWhole,
                static_cast<double>(g.patches.size()) * state.config.patch * state.config.patch / city.cells());
    std::printf("ratio GAN generation / ridge baseline: %.1fx the time\n", tPatch / tRidge);
    return ridge.steps == hoursN ? 0 : 1;
}
