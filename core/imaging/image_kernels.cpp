// Compiled with -O3 -ffp-contract=off -fno-math-errno -fno-trapping-math
// (core/imaging/sources.cmake): the row loops vectorise (SSE2, the x86-64
// baseline, plus an AVX2 clone), and no multiply-add is fused, so results do
// not depend on the lane a pixel lands in (exact GASF symmetry). gasfImage
// hands the pixels to the run-time selected SIMD kernel (gasf_simd.cpp) when
// the CPU has AVX2 + FMA or AVX-512F.
#include "core/imaging/image_kernels.h"

#include "core/imaging/gasf_simd.h"
#include "core/imaging/unit_power.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

// The row kernels get an AVX2 clone, picked at load time when the CPU has it
// (GCC function multi-versioning); SSE2 otherwise. Not under sanitizers.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define NETSYNTH_ROW_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NETSYNTH_ROW_CLONES
#endif

namespace netsynth::kernels {

namespace {

inline float powUnitInline(float r, float p)
{
    return unitpow::powUnit(r, p);
}

enum class PowMode { Identity, Sqrt, Square, General };

template <PowMode Mode>
inline float applyPow(float r, float p)
{
    if constexpr (Mode == PowMode::Identity)
        return r;
    else if constexpr (Mode == PowMode::Sqrt)
        return std::sqrt(r);
    else if constexpr (Mode == PowMode::Square)
        return r * r;
    else
        return powUnitInline(r, p);
}

template <PowMode Mode>
NETSYNTH_ROW_CLONES void productPowerRow(float ai, const float *__restrict b, float ci, const float *__restrict d, int n,
                                     float p, float amp, float *__restrict out)
{
    for (int j = 0; j < n; ++j) {
        float r = ai * b[j] - ci * d[j];
        r = r > 0.0f ? r : 0.0f;
        r = r < 1.0f ? r : 1.0f;
        out[j] = amp * applyPow<Mode>(r, p);
    }
}

template <PowMode Mode>
NETSYNTH_ROW_CLONES void powerRow(const float *__restrict in, int n, float p, float amp, float *__restrict out)
{
    for (int j = 0; j < n; ++j) {
        float r = in[j];
        r = r > 0.0f ? r : 0.0f;
        r = r < 1.0f ? r : 1.0f;
        out[j] = amp * applyPow<Mode>(r, p);
    }
}

PowMode modeFor(float p)
{
    if (p == 1.0f)
        return PowMode::Identity;
    if (p == 0.5f)
        return PowMode::Sqrt;
    if (p == 2.0f)
        return PowMode::Square;
    return PowMode::General;
}

} // namespace

SimdLevel bestSimdLevel()
{
    static const SimdLevel best = simd::detectLevel();
    return best;
}

namespace {
std::atomic<int> g_simdLevel{-1};
}

SimdLevel simdLevel()
{
    int level = g_simdLevel.load(std::memory_order_relaxed);
    if (level < 0) {
        level = static_cast<int>(bestSimdLevel());
        g_simdLevel.store(level, std::memory_order_relaxed);
    }
    return static_cast<SimdLevel>(level);
}

void setSimdLevel(SimdLevel level)
{
    g_simdLevel.store(std::min(static_cast<int>(level), static_cast<int>(bestSimdLevel())), std::memory_order_relaxed);
}

const char *simdLevelName(SimdLevel level)
{
    switch (level) {
    case SimdLevel::Avx512: return "avx512";
    case SimdLevel::Avx2: return "avx2";
    case SimdLevel::Portable: break;
    }
    return "portable";
}

float powUnit(float r, float p)
{
    return powUnitInline(r, p);
}

void powUnitArray(const float *r, int count, float p, float *out)
{
    int done = simd::powUnitBlock(simdLevel(), r, count, p, out);
    for (; done < count; ++done)
        out[done] = powUnitInline(r[done], p);
}

void paa(const double *in, int inLength, double *out, int outLength)
{
    // Time axis in ticks: sample s covers [s * outLength, (s + 1) * outLength),
    // segment k covers [k * inLength, (k + 1) * inLength).
    const std::int64_t L = inLength, S = outLength;
    std::int64_t s = 0;
    for (std::int64_t k = 0; k < S; ++k) {
        const std::int64_t begin = k * L, end = (k + 1) * L;
        while ((s + 1) * S <= begin)
            ++s;
        double sum = 0.0;
        for (std::int64_t t = s; t < L && t * S < end; ++t) {
            const std::int64_t overlap = std::min(end, (t + 1) * S) - std::max(begin, t * S);
            if (overlap > 0)
                sum += in[t] * static_cast<double>(overlap);
        }
        out[k] = sum / static_cast<double>(L);
    }
}

void unpaa(const double *in, int inLength, double *out, int outLength)
{
    // in: inLength segment means; out: outLength samples. Sample s covers
    // [s * inLength, (s + 1) * inLength), segment k covers [k * outLength, (k + 1) * outLength).
    const std::int64_t S = inLength, L = outLength;
    std::int64_t k = 0;
    for (std::int64_t s = 0; s < L; ++s) {
        const std::int64_t begin = s * S, end = (s + 1) * S;
        while ((k + 1) * L <= begin)
            ++k;
        double sum = 0.0;
        std::int64_t weight = 0;
        for (std::int64_t t = k; t < S && t * L < end; ++t) {
            const std::int64_t overlap = std::min(end, (t + 1) * L) - std::max(begin, t * L);
            if (overlap > 0) {
                sum += in[t] * static_cast<double>(overlap);
                weight += overlap;
            }
        }
        out[s] = weight > 0 ? sum / static_cast<double>(weight) : 0.0;
    }
}

void productPowerImage(const float *a, const float *b, const float *c, const float *d, int n, float p, float amp,
                       float *out)
{
    const PowMode mode = modeFor(p);
    for (int i = 0; i < n; ++i) {
        float *row = out + static_cast<std::size_t>(i) * n;
        switch (mode) {
        case PowMode::Identity: productPowerRow<PowMode::Identity>(a[i], b, c[i], d, n, p, amp, row); break;
        case PowMode::Sqrt: productPowerRow<PowMode::Sqrt>(a[i], b, c[i], d, n, p, amp, row); break;
        case PowMode::Square: productPowerRow<PowMode::Square>(a[i], b, c[i], d, n, p, amp, row); break;
        case PowMode::General: productPowerRow<PowMode::General>(a[i], b, c[i], d, n, p, amp, row); break;
        }
    }
}

namespace {

// Half-angle cosines and sines of phi = arccos(x): c = sqrt((1 + x) / 2), d = sqrt((1 - x) / 2).
NETSYNTH_ROW_CLONES void halfAngles(const double *__restrict x, int n, float *__restrict c, float *__restrict d)
{
    for (int i = 0; i < n; ++i) {
        double xi = x[i];
        xi = xi > 0.0 ? xi : 0.0;
        xi = xi < 1.0 ? xi : 1.0;
        c[i] = static_cast<float>(std::sqrt((1.0 + xi) * 0.5));
        d[i] = static_cast<float>(std::sqrt((1.0 - xi) * 0.5));
    }
}

// One GASF pixel the portable way (tile remainders of the SIMD path).
float gasfPixel(float ci, float cj, float di, float dj, PowMode mode, float p, float amp)
{
    float r = ci * cj - di * dj;
    r = r > 0.0f ? r : 0.0f;
    r = r < 1.0f ? r : 1.0f;
    switch (mode) {
    case PowMode::Identity: return amp * applyPow<PowMode::Identity>(r, p);
    case PowMode::Sqrt: return amp * applyPow<PowMode::Sqrt>(r, p);
    case PowMode::Square: return amp * applyPow<PowMode::Square>(r, p);
    case PowMode::General: break;
    }
    return amp * applyPow<PowMode::General>(r, p);
}

} // namespace

void gasfImage(const double *x, int n, double gamma, double amp, float *out)
{
    thread_local std::vector<float> scratch;
    const std::size_t N = static_cast<std::size_t>(n);
    if (scratch.size() < 3 * N)
        scratch.resize(3 * N);
    float *c = scratch.data(), *d = c + N;
    halfAngles(x, n, c, d);
    const float p = static_cast<float>(2.0 * gamma), a = static_cast<float>(amp);
    const SimdLevel level = simdLevel();
    if (level == SimdLevel::Portable) {
        productPowerImage(c, c, d, d, n, p, a, out);
    } else {
        // SIMD rows and columns below m, then the remaining columns j >= m of each row i <= j, mirrored.
        const int m = simd::gasfRows(level, c, d, n, p, a, out);
        const PowMode mode = modeFor(p);
        for (int i = 0; i < n; ++i)
            for (int j = std::max(i, m); j < n; ++j) {
                const float v = gasfPixel(c[i], c[j], d[i], d[j], mode, p, a);
                out[static_cast<std::size_t>(i) * N + j] = v;
                out[static_cast<std::size_t>(j) * N + i] = v;
            }
    }
    // The diagonal carries the series: (c_i^2 - d_i^2)^2 = x_i^2, computed in
    // double (to float rounding) so that inversion is as exact as float storage allows.
    const double pd = 2.0 * gamma;
    float *diag = d + N; // scratch: c, d, diagonal
    int done = 0;
    if (pd == 0.5) {
        for (; done < n; ++done)
            diag[done] = static_cast<float>(amp * std::sqrt(std::clamp(x[done], 0.0, 1.0)));
    } else if (pd == 1.0) {
        for (; done < n; ++done)
            diag[done] = static_cast<float>(amp * std::clamp(x[done], 0.0, 1.0));
    } else {
        done = simd::diagonalBlock(level, x, n, pd, amp, diag);
        for (; done < n; ++done)
            diag[done] = static_cast<float>(amp * std::pow(std::clamp(x[done], 0.0, 1.0), pd));
    }
    for (int i = 0; i < n; ++i)
        out[static_cast<std::size_t>(i) * N + i] = diag[i];
}

void gadfImage(const double *x, int n, double gamma, double amp, float *out)
{
    const double quarterPi = std::atan(1.0);
    std::vector<float> u(static_cast<std::size_t>(n)), v(static_cast<std::size_t>(n)), c(static_cast<std::size_t>(n)),
        d(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double phi = std::acos(std::clamp(x[i], 0.0, 1.0));
        u[i] = static_cast<float>(std::sin(quarterPi + phi / 2));
        v[i] = static_cast<float>(std::cos(quarterPi + phi / 2));
        c[i] = static_cast<float>(std::cos(phi / 2));
        d[i] = static_cast<float>(std::sin(phi / 2));
    }
    productPowerImage(u.data(), c.data(), v.data(), d.data(), n, static_cast<float>(2.0 * gamma),
                      static_cast<float>(amp), out);
    // sin(0) = 0 on the diagonal: rescaled 1/2.
    const float diag = static_cast<float>(amp * std::pow(0.5, gamma));
    for (int i = 0; i < n; ++i)
        out[static_cast<std::size_t>(i) * n + i] = diag;
}

void mtfImage(const double *x, int length, int bins, int size, double gamma, double amp, float *out)
{
    const std::size_t L = static_cast<std::size_t>(length), Q = static_cast<std::size_t>(bins);
    std::vector<double> sorted(x, x + L);
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> edges(Q - 1);
    for (std::size_t q = 1; q < Q; ++q)
        edges[q - 1] = sorted[std::min(L - 1, q * L / Q)];
    std::vector<std::size_t> state(L);
    for (std::size_t t = 0; t < L; ++t)
        state[t] = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), x[t]) - edges.begin());
    std::vector<double> w(Q * Q, 0.0);
    for (std::size_t t = 0; t + 1 < L; ++t)
        w[state[t] * Q + state[t + 1]] += 1.0;
    for (std::size_t q = 0; q < Q; ++q) {
        double sum = 0.0;
        for (std::size_t r = 0; r < Q; ++r)
            sum += w[q * Q + r];
        if (sum > 0)
            for (std::size_t r = 0; r < Q; ++r)
                w[q * Q + r] /= sum;
    }
    // Field L x L, then PAA rows and columns to size x size.
    const std::size_t S = static_cast<std::size_t>(size);
    std::vector<double> rows(L * S), line(L), column(S);
    std::vector<double> field(L);
    for (std::size_t i = 0; i < L; ++i) {
        for (std::size_t j = 0; j < L; ++j)
            field[j] = w[state[i] * Q + state[j]];
        paa(field.data(), length, rows.data() + i * S, size);
    }
    std::vector<float> resized(S * S);
    for (std::size_t j = 0; j < S; ++j) {
        for (std::size_t i = 0; i < L; ++i)
            line[i] = rows[i * S + j];
        paa(line.data(), length, column.data(), size);
        for (std::size_t i = 0; i < S; ++i)
            resized[i * S + j] = static_cast<float>(column[i]);
    }
    const float p = static_cast<float>(gamma);
    const float a = static_cast<float>(amp);
    for (std::size_t i = 0; i < S; ++i) {
        const float *in = resized.data() + i * S;
        float *row = out + i * S;
        switch (modeFor(p)) {
        case PowMode::Identity: powerRow<PowMode::Identity>(in, size, p, a, row); break;
        case PowMode::Sqrt: powerRow<PowMode::Sqrt>(in, size, p, a, row); break;
        case PowMode::Square: powerRow<PowMode::Square>(in, size, p, a, row); break;
        case PowMode::General: powerRow<PowMode::General>(in, size, p, a, row); break;
        }
    }
}

} // namespace netsynth::kernels
