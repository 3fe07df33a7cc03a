#pragma once
// The one place that decides which torch device NetSynth computes on.
// Torch-free header: widgets and app may include it.
//
// Preference "auto" picks CUDA when torch::cuda::is_available(), else CPU.
// "cpu" and "cuda" force a choice ("cuda" without a GPU is an InputError).

#include <string>

namespace netsynth {

enum class DevicePreference { Auto, Cpu, Cuda };

DevicePreference parseDevicePreference(const std::string &text); // throws InputError
std::string devicePreferenceName(DevicePreference preference);

struct DeviceInfo
{
    bool cuda = false;          // the resolved device is a CUDA GPU
    std::string name;           // "cpu" or "cuda:0"
    std::string description;    // "CPU (2 threads)" or "NVIDIA H100 80GB HBM3"
    int threads = 1;            // intra-op CPU threads
    bool cudaAvailable = false; // CUDA could be used on this machine
    int cudaDeviceCount = 0;
};

class DeviceManager
{
public:
    // Process-wide settings; thread-safe.
    static void configure(DevicePreference preference, int cpuThreads = 0);
    static DeviceInfo current();
    static DevicePreference preference();

    // Versions of the libraries core links (for --version and About).
    static std::string torchVersion();
    static std::string openCvVersion();
    static bool torchHasCuda(); // the linked libtorch was built with CUDA
};

} // namespace netsynth
