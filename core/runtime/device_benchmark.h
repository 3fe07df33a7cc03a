#pragma once
// A short matrix-multiply benchmark on the current device: tells a user what
// their CPU/GPU delivers (GFLOP/s) and exercises the job machinery.

#include "core/runtime/progress.h"

#include <string>

namespace netsynth {

struct DeviceBenchmarkResult
{
    std::string device;
    int matrixSize = 0;
    int iterations = 0;
    double seconds = 0.0;
    double gflops = 0.0;
};

// Runs square float32 matmuls for about `seconds` (at least one). Cancellable.
DeviceBenchmarkResult runDeviceBenchmark(ProgressToken &token, double seconds = 2.0, int matrixSize = 512);

} // namespace netsynth
