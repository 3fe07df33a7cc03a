// GASF + gamma throughput (images/s) for 32x32, 128x128 and 512x512, compared
// in the same run with
//   (a) the memory-bandwidth bound: a memcpy of the same number of image bytes,
//   (b) NumPy (bench/imaging_gasf_numpy.py run with Debian's /usr/bin/python3).
// Two gamma values: 0.25 (the NetDiffus default; the kernel's exponent 2*gamma
// is 0.5, a square root) and 0.3 (the general power path).
// Also: the Imaging pane's 128x128 preview (computeImagingPreview) in ms.
//
//   build/bench/imaging_gasf_bench [seconds-per-measurement (default 1)]
#include "core/imaging/image_encoder.h"
#include "core/imaging/image_kernels.h"
#include "core/imaging/imaging_preview.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace netsynth;
using Clock = std::chrono::steady_clock;

namespace {

template <typename F>
double ratePerSecond(double seconds, F &&body)
{
    body(); // warm up
    long count = 0;
    const auto start = Clock::now();
    double elapsed = 0.0;
    do {
        body();
        ++count;
        if ((count & 15) == 0 || count < 16)
            elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < seconds);
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    return double(count) / elapsed;
}

double numpyRate(int size, double seconds, double gamma)
{
    const std::string cmd = std::string(NETSYNTH_SYSTEM_PYTHON) + " " + NETSYNTH_BENCH_DIR +
                            "/imaging_gasf_numpy.py " + std::to_string(size) + " " + std::to_string(seconds) + " " +
                            std::to_string(gamma);
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
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    std::printf("GASF + gamma throughput, single thread, float32 output\n");
    std::printf("%-9s %-6s %14s %14s %10s %14s %10s\n", "size", "gamma", "images/s", "copy images/s", "vs copy",
                "numpy images/s", "vs numpy");
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int size : {32, 128, 512}) {
        std::vector<double> x(static_cast<std::size_t>(size));
        for (double &v : x)
            v = u(rng);
        x[0] = 0.0;
        x[1] = 1.0;
        const std::size_t pixels = static_cast<std::size_t>(size) * size;
        // A ring of output buffers bigger than the last-level cache for the
        // small sizes, so neither side runs from L1.
        const std::size_t ring = std::max<std::size_t>(1, (64u << 20) / (pixels * 4));
        std::vector<float> out(ring * pixels), src(ring * pixels, 0.5f);
        std::size_t slot = 0;
        const double copy = ratePerSecond(seconds, [&] {
            std::memcpy(out.data() + slot * pixels, src.data() + ((slot + ring / 2) % ring) * pixels, pixels * 4);
            slot = (slot + 1) % ring;
        });
        for (double gamma : {0.25, 0.3}) {
            slot = 0;
            const double ours = ratePerSecond(seconds, [&] {
                kernels::gasfImage(x.data(), size, gamma, 1.0, out.data() + slot * pixels);
                slot = (slot + 1) % ring;
            });
            const double numpy = numpyRate(size, seconds, gamma);
            std::printf("%4dx%-4d %-6.2f %14.0f %14.0f %9.1f%% %14.0f %9.1fx\n", size, size, gamma, ours, copy,
                        100.0 * ours / copy, numpy, numpy > 0 ? ours / numpy : 0.0);
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
    const double previews = ratePerSecond(seconds, [&] { encodeUs = computeImagingPreview(b, spec).encodeMicroseconds; });
    std::printf("\nImaging preview 128x128 (series, raw + gamma image, histograms, inversion): %.3f ms"
                " (%.0f previews/s; the gamma-corrected image alone %.0f us)\n",
                1000.0 / previews, previews, encodeUs);
    return 0;
}
