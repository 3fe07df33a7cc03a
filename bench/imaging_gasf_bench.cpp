// GASF + gamma throughput (images/s) for 32x32, 128x128 and 512x512, compared
// in the same run with
//   (a) the memory-bandwidth bound: a memcpy of the same number of image bytes,
//   (b) NumPy (bench/imaging_gasf_numpy.py run with Debian's /usr/bin/python3).
// Two gamma values: 0.25 (the NetDiffus default; the kernel's exponent 2*gamma
// is 0.5, a square root) and 0.3 (the general power path).
// Also: the Imaging pane's 128x128 preview (computeImagingPreview) in ms.
//
// Fairness: all three write each image into the next slot of a ring of
// kRingMiB (larger than this machine's last-level cache; like filling a
// dataset), the kernel and the memcpy into the same ring (the memcpy reads the
// slot half a ring away), NumPy into its own ring of the same size. A second
// pair of columns repeats the kernel and NumPy with one reused, cache-hot
// output buffer (like the encoder's per-image vector and the preview), where
// the memory traffic no longer hides the arithmetic. Rates are images per
// second of the measuring thread's (NumPy: process's) CPU time, so that a
// shared, loaded machine does not skew the ratios; the kernel and the memcpy
// are measured in alternating rounds.
//
//   build/bench/imaging_gasf_bench [seconds-per-measurement (default 1)] [--simd portable|avx2|avx512]
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_kernels.h"
#include "core/imaging/imaging_preview.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace netsynth;

namespace {

constexpr std::size_t kRingMiB = 256;

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

// Accumulates count and CPU time of one body over several rounds. The clock
// (a system call) is read after batches that grow to about a millisecond.
struct Rate {
    long count = 0;
    double seconds = 0.0;
    template <typename F>
    void round(double roundSeconds, F &&body)
    {
        const double start = threadCpuSeconds();
        double elapsed = 0.0, last = 0.0;
        long batch = 4;
        do {
            for (long k = 0; k < batch; ++k)
                body();
            count += batch;
            elapsed = threadCpuSeconds() - start;
            if (elapsed - last < 1e-3)
                batch *= 2;
            last = elapsed;
        } while (elapsed < roundSeconds);
        seconds += elapsed;
    }
    double perSecond() const { return seconds > 0 ? double(count) / seconds : 0.0; }
};

// ringMiB 0: one reused output buffer.
double numpyRate(int size, double seconds, double gamma, std::size_t ringMiB)
{
    const std::string cmd = std::string(NETSYNTH_SYSTEM_PYTHON) + " " + NETSYNTH_BENCH_DIR +
                            "/imaging_gasf_numpy.py " + std::to_string(size) + " " + std::to_string(seconds) + " " +
                            std::to_string(gamma) + " " + std::to_string(ringMiB);
    FILE *p = popen(cmd.c_str(), "r");
    if (!p)
        return 0.0;
    char line[256] = {0};
    double rate = 0.0;
    while (std::fgets(line, sizeof line, p))
        if (std::sscanf(line, "images_per_second %lf", &rate) == 1)
            break;
    pclose(p);
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 1.0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--simd" && i + 1 < argc) {
            const std::string level = argv[++i];
            kernels::setSimdLevel(level == "avx512"  ? kernels::SimdLevel::Avx512
                                  : level == "avx2" ? kernels::SimdLevel::Avx2
                                                    : kernels::SimdLevel::Portable);
        } else {
            seconds = std::atof(argv[i]);
        }
    }
    std::printf("GASF + gamma throughput, single thread, float32 output into a %zu MiB ring;"
                " rates per CPU-second; kernel: %s (best on this CPU: %s)\n",
                kRingMiB, kernels::simdLevelName(kernels::simdLevel()),
                kernels::simdLevelName(kernels::bestSimdLevel()));
    std::printf("%-19s | %-50s | %s\n", "", "output into the ring", "one cache-hot output buffer");
    std::printf("%-9s %-9s | %10s %10s %8s %10s %8s | %10s %10s %8s\n", "size", "gamma", "images/s", "memcpy/s",
                "vs copy", "numpy/s", "vs numpy", "images/s", "numpy/s", "vs numpy");
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const int rounds = 5;
    for (int size : {32, 128, 512}) {
        std::vector<double> x(static_cast<std::size_t>(size));
        for (double &v : x)
            v = u(rng);
        x[0] = 0.0;
        x[1] = 1.0;
        const std::size_t pixels = static_cast<std::size_t>(size) * size;
        const std::size_t ring = std::max<std::size_t>(2, (kRingMiB << 20) / (pixels * 4));
        std::vector<float> out(ring * pixels, 0.5f);
        std::size_t slot = 0;
        auto copy = [&] {
            std::memcpy(out.data() + slot * pixels, out.data() + ((slot + ring / 2) % ring) * pixels, pixels * 4);
            slot = (slot + 1) % ring;
        };
        for (double gamma : {0.25, 0.3}) {
            auto gasf = [&] {
                kernels::gasfImage(x.data(), size, gamma, 1.0, out.data() + slot * pixels);
                slot = (slot + 1) % ring;
            };
            copy();
            gasf(); // warm up
            Rate ours, reference;
            for (int r = 0; r < rounds; ++r) {
                reference.round(seconds / rounds, copy);
                ours.round(seconds / rounds, gasf);
            }
            const double numpy = numpyRate(size, seconds, gamma, kRingMiB);
            Rate hot;
            hot.round(seconds, [&] { kernels::gasfImage(x.data(), size, gamma, 1.0, out.data()); });
            const double numpyHot = numpyRate(size, seconds, gamma, 0);
            std::printf("%4dx%-4d %-9.2f | %10.0f %10.0f %7.1f%% %10.0f %7.1fx | %10.0f %10.0f %7.1fx\n", size, size,
                        gamma, ours.perSecond(), reference.perSecond(), 100.0 * ours.perSecond() / reference.perSecond(),
                        numpy, numpy > 0 ? ours.perSecond() / numpy : 0.0, hot.perSecond(), numpyHot,
                        numpyHot > 0 ? hot.perSecond() / numpyHot : 0.0);
            std::fflush(stdout);
        }
    }

    // The preview the Imaging pane computes on every gamma/A change.
    Biflow b;
    for (int i = 0; i < 128; ++i) {
        Packet p;
        p.payloadBytes = 40 + (i * 577) % 1460;
        p.direction = i % 3 ? Direction::Upstream : Direction::Downstream;
        b.packets.push_back(p);
    }
    EncodeSpec spec;
    spec.length = spec.imageSize = 128;
    spec.gamma = 0.3;
    double encodeUs = 0.0;
    Rate preview;
    preview.round(seconds, [&] { encodeUs = computeImagingPreview(b, spec).encodeMicroseconds; });
    const double previews = preview.perSecond();
    std::printf("\nImaging preview 128x128 (series, raw + gamma image, histograms, inversion): %.3f ms"
                " (%.0f previews per CPU-second; the gamma-corrected image alone %.0f us)\n",
                1000.0 / previews, previews, encodeUs);
    return 0;
}
