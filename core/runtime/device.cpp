#include "core/runtime/device.h"

#include "core/runtime/errors.h"

#include <opencv2/core/version.hpp>
#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <thread>

namespace netsynth {

namespace {
std::mutex g_mutex;
DevicePreference g_preference = DevicePreference::Auto;
int g_threads = 0;
} // namespace

DevicePreference parseDevicePreference(const std::string &text)
{
    std::string t = text;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (t == "auto" || t.empty())
        return DevicePreference::Auto;
    if (t == "cpu")
        return DevicePreference::Cpu;
    if (t == "cuda" || t == "gpu")
        return DevicePreference::Cuda;
    throw InputError({}, "--device", "unknown device '" + text + "' (expected auto, cpu or cuda)");
}

std::string devicePreferenceName(DevicePreference preference)
{
    switch (preference) {
    case DevicePreference::Auto: return "auto";
    case DevicePreference::Cpu: return "cpu";
    case DevicePreference::Cuda: return "cuda";
    }
    return "auto";
}

void DeviceManager::configure(DevicePreference preference, int cpuThreads)
{
    if (preference == DevicePreference::Cuda && !torch::cuda::is_available())
        throw InputError({}, "--device", "CUDA was requested but no CUDA device is available"
                                         " (this libtorch build " +
                                             std::string(torchHasCuda() ? "supports" : "does not support") +
                                             " CUDA)");
    std::lock_guard<std::mutex> lock(g_mutex);
    g_preference = preference;
    g_threads = cpuThreads;
    const int threads = cpuThreads > 0 ? cpuThreads
                                       : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
}

DevicePreference DeviceManager::preference()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_preference;
}

DeviceInfo DeviceManager::current()
{
    DevicePreference pref;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        pref = g_preference;
    }
    DeviceInfo info;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.threads = torch::get_num_threads();
    info.cuda = info.cudaAvailable && pref != DevicePreference::Cpu;
    if (info.cuda) {
        info.name = "cuda:0";
        info.description = "CUDA GPU 0 of " + std::to_string(info.cudaDeviceCount);
    } else {
        info.name = "cpu";
        info.description = "CPU (" + std::to_string(info.threads) + " threads)";
    }
    return info;
}

std::string DeviceManager::torchVersion()
{
    return TORCH_VERSION;
}

std::string DeviceManager::openCvVersion()
{
    return CV_VERSION;
}

bool DeviceManager::torchHasCuda()
{
    return at::hasCUDA();
}

} // namespace netsynth
