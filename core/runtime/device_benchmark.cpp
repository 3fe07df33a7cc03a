#include "core/runtime/device_benchmark.h"

#include "core/runtime/device.h"

#include <torch/torch.h>

#include <chrono>

namespace netsynth {

DeviceBenchmarkResult runDeviceBenchmark(ProgressToken &token, double seconds, int matrixSize)
{
    const DeviceInfo info = DeviceManager::current();
    const torch::Device device(info.name);
    torch::NoGradGuard noGrad;
    torch::manual_seed(0);
    auto a = torch::randn({matrixSize, matrixSize}, torch::TensorOptions().device(device));
    auto b = torch::randn({matrixSize, matrixSize}, torch::TensorOptions().device(device));
    DeviceBenchmarkResult r;
    r.device = info.name;
    r.matrixSize = matrixSize;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0.0;
    do {
        token.throwIfCanceled();
        auto c = torch::mm(a, b);
        if (info.cuda)
            c.cpu();
        ++r.iterations;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        token.setProgress(elapsed / seconds, "matmul " + std::to_string(matrixSize) + "x" +
                                                 std::to_string(matrixSize) + ", iteration " +
                                                 std::to_string(r.iterations));
    } while (elapsed < seconds);
    r.seconds = elapsed;
    r.gflops = 2.0 * matrixSize * double(matrixSize) * matrixSize * r.iterations / elapsed / 1e9;
    return r;
}

} // namespace netsynth
