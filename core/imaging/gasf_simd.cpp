// The x86 SIMD GASF kernel. Functions carry their own target attributes
// (AVX2 + FMA, AVX-512F) and run only when detectLevel() found the CPU
// features at run time; the rest of the build keeps the x86-64 baseline.
//
// Work per image row i: c_i * c[j..j+L) - d_i * d[j..j+L) (one fused
// multiply-subtract and one multiply, L = 8 or 16 lanes), clamped to [0, 1],
// raised to p and scaled, stored left to right. The power is a square root
// for the default gamma 0.25 (p = 0.5; on AVX-512 a reciprocal square root
// estimate and one Newton step), else the log2/exp2 polynomials of
// unit_power.h evaluated with fused multiply-adds.
//
// The general power costs far more than the rest of a pixel. On AVX2 it is
// evaluated for 4 vectors at once (its 14-deep chain of dependent fused
// multiply-adds otherwise stalls the core), and only for the 8 x 8 tiles on
// and above the diagonal: each off-diagonal tile is transposed in registers
// and stored again at (j, i). On the AVX2-only AMD Zen 1 machine of
// 2026-12-05 the two together made gamma 0.3 about 2.9x faster (docs/benchmarks.md).
// On AVX-512 rows are written sequentially on purpose: there, computing only
// the upper triangle of 16 x 16 tiles measured 7-25% slower into a ring of
// cold output buffers for both gammas, and only 10-25% faster into a
// cache-hot buffer for the general gamma (on an Intel machine where the
// kernel was bound by memory), so it was not kept for that path.
// (c_i c_j - d_i d_j) is computed with the same operands in the same order for
// (i, j) and (j, i), and a fused multiply-subtract is commutative in its
// product, so the image stays exactly symmetric; the transposed tiles are
// copies.
#include "core/imaging/gasf_simd.h"

#include "core/imaging/unit_power.h"

#include <cstddef>

#if defined(__x86_64__) && defined(__GNUC__)
#define NETSYNTH_X86_SIMD 1
// GCC 12 warns about the undefined-vector idiom inside its own AVX-512
// intrinsics when they are inlined at -O3 (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#else
#define NETSYNTH_X86_SIMD 0
#endif

namespace netsynth::kernels::simd {

#if NETSYNTH_X86_SIMD

namespace {

enum class Pow { Identity, Sqrt, Square, General };

Pow powFor(float p)
{
    if (p == 1.0f)
        return Pow::Identity;
    if (p == 0.5f)
        return Pow::Sqrt;
    if (p == 2.0f)
        return Pow::Square;
    return Pow::General;
}

#define NETSYNTH_AVX2 __attribute__((target("avx2,fma")))
#define NETSYNTH_AVX512 __attribute__((target("avx512f,avx2,fma")))

// ---- AVX2 + FMA, 8 lanes ----

// r[u]^p for K independent vectors, each stage done for all K before the
// next, so that the K dependency chains (14 fused multiply-adds deep)
// overlap: on AVX2 cores that split 256-bit operations (AMD Zen 1) K = 4
// measured 1.6x the images/s of K = 1 for the general gamma; K = 8 no more.
// Subnormals: as powGeneral16 below.
template <int K, bool Subnormals>
NETSYNTH_AVX2 inline void powGeneral8(__m256 *r, __m256 p)
{
    using namespace unitpow;
    __m256 subnormal[K], t[K], q[K], kk[K], n[K], e[K];
#pragma GCC unroll 8
    for (int u = 0; u < K; ++u) {
        subnormal[u] = Subnormals ? _mm256_cmp_ps(r[u], _mm256_set1_ps(kMinNormal), _CMP_LT_OQ) : _mm256_setzero_ps();
        const __m256 scaled =
            Subnormals ? _mm256_blendv_ps(r[u], _mm256_mul_ps(r[u], _mm256_set1_ps(kTwo24)), subnormal[u]) : r[u];
        const __m256 safe = _mm256_max_ps(scaled, _mm256_set1_ps(kMinNormal));
        const __m256i bits = _mm256_castps_si256(safe);
        const __m256i k = _mm256_srai_epi32(_mm256_sub_epi32(bits, _mm256_set1_epi32(kSqrtHalfBits)), 23);
        t[u] = _mm256_sub_ps(_mm256_castsi256_ps(_mm256_sub_epi32(bits, _mm256_slli_epi32(k, 23))),
                             _mm256_set1_ps(1.0f));
        kk[u] = Subnormals ? _mm256_sub_ps(_mm256_cvtepi32_ps(k), _mm256_and_ps(subnormal[u], _mm256_set1_ps(24.0f)))
                           : _mm256_cvtepi32_ps(k);
        q[u] = _mm256_set1_ps(kLogQ[kLogDegree]);
    }
#pragma GCC unroll 8
    for (int i = kLogDegree - 1; i >= 0; --i)
#pragma GCC unroll 8
        for (int u = 0; u < K; ++u)
            q[u] = _mm256_fmadd_ps(q[u], t[u], _mm256_set1_ps(kLogQ[i]));
#pragma GCC unroll 8
    for (int u = 0; u < K; ++u) {
        const __m256 l = _mm256_fmadd_ps(t[u], q[u], kk[u]);
        const __m256 y = _mm256_max_ps(_mm256_mul_ps(p, l), _mm256_set1_ps(-126.0f));
        n[u] = _mm256_round_ps(y, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        t[u] = _mm256_sub_ps(y, n[u]); // the fraction f
        e[u] = _mm256_set1_ps(kExpE[kExpDegree]);
    }
#pragma GCC unroll 8
    for (int i = kExpDegree - 1; i >= 0; --i)
#pragma GCC unroll 8
        for (int u = 0; u < K; ++u)
            e[u] = _mm256_fmadd_ps(e[u], t[u], _mm256_set1_ps(kExpE[i]));
#pragma GCC unroll 8
    for (int u = 0; u < K; ++u) {
        const __m256i scale =
            _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n[u]), _mm256_set1_epi32(127)), 23);
        const __m256 v = _mm256_mul_ps(e[u], _mm256_castsi256_ps(scale));
        r[u] = _mm256_and_ps(v, _mm256_cmp_ps(r[u], _mm256_setzero_ps(), _CMP_GT_OQ));
    }
}

template <Pow P>
NETSYNTH_AVX2 inline __m256 pow8(__m256 r, __m256 p)
{
    if constexpr (P == Pow::Identity)
        return r;
    else if constexpr (P == Pow::Sqrt)
        return _mm256_sqrt_ps(r);
    else if constexpr (P == Pow::Square)
        return _mm256_mul_ps(r, r);
    else {
        powGeneral8<1, false>(&r, p);
        return r;
    }
}

NETSYNTH_AVX2 int powBlockAvx2(const float *r, int count, float p, float *out)
{
    const __m256 vp = _mm256_set1_ps(p);
    int k = 0;
    for (; k + 8 <= count; k += 8) {
        __m256 v = _mm256_loadu_ps(r + k);
        powGeneral8<1, true>(&v, vp);
        _mm256_storeu_ps(out + k, v);
    }
    return k;
}

// ---- AVX-512F, 16 lanes ----

// Subnormals = false: r is never subnormal (the GASF kernel: r = 0 or
// r >= 2^-49, since c_i c_j ~ d_i d_j only near 1/2, where the exact product
// has that granularity), so three instructions of the 16-lane power go.
template <bool Subnormals>
NETSYNTH_AVX512 inline __m512 powGeneral16(__m512 r, __m512 p)
{
    using namespace unitpow;
    const __mmask16 subnormal = Subnormals ? _mm512_cmp_ps_mask(r, _mm512_set1_ps(kMinNormal), _CMP_LT_OQ) : 0;
    const __m512 scaled = Subnormals ? _mm512_mask_mul_ps(r, subnormal, r, _mm512_set1_ps(kTwo24)) : r;
    const __m512 safe = _mm512_max_ps(scaled, _mm512_set1_ps(kMinNormal));
    const __m512i bits = _mm512_castps_si512(safe);
    const __m512i k = _mm512_srai_epi32(_mm512_sub_epi32(bits, _mm512_set1_epi32(kSqrtHalfBits)), 23);
    const __m512 t = _mm512_sub_ps(_mm512_castsi512_ps(_mm512_sub_epi32(bits, _mm512_slli_epi32(k, 23))),
                                   _mm512_set1_ps(1.0f));
    __m512 q = _mm512_set1_ps(kLogQ[kLogDegree]);
    for (int i = kLogDegree - 1; i >= 0; --i)
        q = _mm512_fmadd_ps(q, t, _mm512_set1_ps(kLogQ[i]));
    __m512 kk = _mm512_cvtepi32_ps(k);
    if (Subnormals)
        kk = _mm512_mask_sub_ps(kk, subnormal, kk, _mm512_set1_ps(24.0f));
    const __m512 l = _mm512_fmadd_ps(t, q, kk);
    const __m512 y = _mm512_max_ps(_mm512_mul_ps(p, l), _mm512_set1_ps(-126.0f));
    const __m512 n = _mm512_roundscale_ps(y, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    const __m512 f = _mm512_sub_ps(y, n);
    __m512 e = _mm512_set1_ps(kExpE[kExpDegree]);
    for (int i = kExpDegree - 1; i >= 0; --i)
        e = _mm512_fmadd_ps(e, f, _mm512_set1_ps(kExpE[i]));
    const __m512 v = _mm512_scalef_ps(e, n);
    return _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(r, _mm512_setzero_ps(), _CMP_GT_OQ), v);
}

// sqrt(r), r in [0, 1]: rsqrt14 (relative error below 2^-14) and one Newton
// step, s (1.5 - r y^2 / 2): within 1 ulp of the correctly rounded root
// (checked on every 7th float in [2^-42, 1]), 0 for r = 0. It measured 10-20%
// more images/s than vsqrtps into a cache-hot buffer at 128x128 and 512x512.
NETSYNTH_AVX512 inline __m512 sqrtFast16(__m512 r)
{
    const __m512 y = _mm512_rsqrt14_ps(r);
    __m512 s = _mm512_mul_ps(r, y);
    const __m512 e = _mm512_fnmadd_ps(s, _mm512_mul_ps(y, _mm512_set1_ps(0.5f)), _mm512_set1_ps(0.5f));
    s = _mm512_fmadd_ps(s, e, s);
    return _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(r, _mm512_setzero_ps(), _CMP_GT_OQ), s);
}

template <Pow P>
NETSYNTH_AVX512 inline __m512 pow16(__m512 r, __m512 p)
{
    if constexpr (P == Pow::Identity)
        return r;
    else if constexpr (P == Pow::Sqrt)
        return sqrtFast16(r);
    else if constexpr (P == Pow::Square)
        return _mm512_mul_ps(r, r);
    else
        return powGeneral16<false>(r, p);
}

NETSYNTH_AVX512 int powBlockAvx512(const float *r, int count, float p, float *out)
{
    const __m512 vp = _mm512_set1_ps(p);
    int k = 0;
    for (; k + 16 <= count; k += 16)
        _mm512_storeu_ps(out + k, powGeneral16<true>(_mm512_loadu_ps(r + k), vp));
    return k;
}

// clamp(ci c[0..8) - di d[0..8), 0, 1)
NETSYNTH_AVX2 inline __m256 product8(__m256 ci, __m256 di, const float *c, const float *d)
{
    const __m256 r = _mm256_fmsub_ps(ci, _mm256_loadu_ps(c), _mm256_mul_ps(di, _mm256_loadu_ps(d)));
    return _mm256_min_ps(_mm256_max_ps(r, _mm256_setzero_ps()), _mm256_set1_ps(1.0f));
}

// In-place transpose of the 8 x 8 block held in r[0..8) (rows).
NETSYNTH_AVX2 inline void transpose8(__m256 *r)
{
    __m256 t[8], q[8];
    for (int k = 0; k < 4; ++k) {
        t[2 * k] = _mm256_unpacklo_ps(r[2 * k], r[2 * k + 1]);
        t[2 * k + 1] = _mm256_unpackhi_ps(r[2 * k], r[2 * k + 1]);
    }
    for (int h = 0; h < 2; ++h) {
        const int b = 4 * h;
        q[b] = _mm256_shuffle_ps(t[b], t[b + 2], _MM_SHUFFLE(1, 0, 1, 0));
        q[b + 1] = _mm256_shuffle_ps(t[b], t[b + 2], _MM_SHUFFLE(3, 2, 3, 2));
        q[b + 2] = _mm256_shuffle_ps(t[b + 1], t[b + 3], _MM_SHUFFLE(1, 0, 1, 0));
        q[b + 3] = _mm256_shuffle_ps(t[b + 1], t[b + 3], _MM_SHUFFLE(3, 2, 3, 2));
    }
    for (int k = 0; k < 4; ++k) {
        r[k] = _mm256_permute2f128_ps(q[k], q[k + 4], 0x20);
        r[k + 4] = _mm256_permute2f128_ps(q[k], q[k + 4], 0x31);
    }
}

template <Pow P>
NETSYNTH_AVX2 void rowsAvx2(const float *c, const float *d, int n, int m, float p, float amp, float *out)
{
    const __m256 vp = _mm256_set1_ps(p), va = _mm256_set1_ps(amp);
    const std::size_t N = static_cast<std::size_t>(n);
    if constexpr (P == Pow::General) {
        // The general power is the cost here (the other powers are a few
        // instructions): compute the 8 x 8 tiles on and above the diagonal
        // only, 8 vectors through the interleaved power, and write each
        // off-diagonal tile twice, transposed in registers for (j, i).
        for (int ib = 0; ib < m; ib += 8)
            for (int jb = ib; jb < m; jb += 8) {
                __m256 r[8];
                for (int u = 0; u < 8; ++u)
                    r[u] = product8(_mm256_set1_ps(c[ib + u]), _mm256_set1_ps(d[ib + u]), c + jb, d + jb);
                powGeneral8<4, false>(r, vp);
                powGeneral8<4, false>(r + 4, vp);
                for (int u = 0; u < 8; ++u) {
                    r[u] = _mm256_mul_ps(va, r[u]);
                    _mm256_storeu_ps(out + (ib + u) * N + jb, r[u]);
                }
                if (jb == ib)
                    continue;
                transpose8(r);
                for (int u = 0; u < 8; ++u)
                    _mm256_storeu_ps(out + (jb + u) * N + ib, r[u]);
            }
        return;
    }
    for (int i = 0; i < m; ++i) {
        const __m256 ci = _mm256_set1_ps(c[i]), di = _mm256_set1_ps(d[i]);
        float *row = out + i * N;
        for (int j = 0; j < m; j += 8)
            _mm256_storeu_ps(row + j, _mm256_mul_ps(va, pow8<P>(product8(ci, di, c + j, d + j), vp)));
    }
}

template <Pow P>
NETSYNTH_AVX512 void rowsAvx512(const float *c, const float *d, int n, int m, float p, float amp, float *out)
{
    const __m512 vp = _mm512_set1_ps(p), va = _mm512_set1_ps(amp);
    const __m512 zero = _mm512_setzero_ps(), one = _mm512_set1_ps(1.0f);
    const std::size_t N = static_cast<std::size_t>(n);
    for (int i = 0; i < m; ++i) {
        const __m512 ci = _mm512_set1_ps(c[i]), di = _mm512_set1_ps(d[i]);
        float *row = out + i * N;
        for (int j = 0; j < m; j += 16) {
            __m512 r = _mm512_fmsub_ps(ci, _mm512_loadu_ps(c + j), _mm512_mul_ps(di, _mm512_loadu_ps(d + j)));
            r = _mm512_min_ps(_mm512_max_ps(r, zero), one);
            _mm512_storeu_ps(row + j, _mm512_mul_ps(va, pow16<P>(r, vp)));
        }
    }
}

// amp * x^p in double for x in [0, 1], p > 0 (the GASF diagonal): getexp /
// getmant split x = 2^k m, m in [0.75, 1.5); ln m = 2 atanh(t), t = (m - 1) / (m + 1),
// |t| <= 1/5, 10 terms of the odd series (error < 2e-14); 2^f = e^(f ln 2) by
// Taylor to degree 12 on |f| <= 1/2 (error < 3e-15); then scalef.
NETSYNTH_AVX512 int diagonalAvx512(const double *x, int count, double p, double amp, float *out)
{
    const __m512d vp = _mm512_set1_pd(p), va = _mm512_set1_pd(amp), one = _mm512_set1_pd(1.0);
    const __m512d zero = _mm512_setzero_pd();
    int k = 0;
    for (; k + 8 <= count; k += 8) {
        const __m512d xi = _mm512_min_pd(_mm512_max_pd(_mm512_loadu_pd(x + k), zero), one);
        const __m512d safe = _mm512_max_pd(xi, _mm512_set1_pd(2.2250738585072014e-308));
        const __m512d m = _mm512_getmant_pd(safe, _MM_MANT_NORM_p75_1p5, _MM_MANT_SIGN_src);
        __m512d e = _mm512_getexp_pd(safe);
        e = _mm512_mask_add_pd(e, _mm512_cmp_pd_mask(m, one, _CMP_LT_OQ), e, one);
        const __m512d t = _mm512_div_pd(_mm512_sub_pd(m, one), _mm512_add_pd(m, one));
        const __m512d t2 = _mm512_mul_pd(t, t);
        __m512d s = _mm512_set1_pd(1.0 / 19);
        for (int i = 17; i >= 1; i -= 2)
            s = _mm512_fmadd_pd(s, t2, _mm512_set1_pd(1.0 / i));
        // log2 x = e + 2 t s / ln 2
        const __m512d l = _mm512_fmadd_pd(_mm512_mul_pd(t, s), _mm512_set1_pd(2.8853900817779268), e);
        const __m512d y = _mm512_max_pd(_mm512_mul_pd(vp, l), _mm512_set1_pd(-1022.0));
        const __m512d n = _mm512_roundscale_pd(y, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        const __m512d g = _mm512_mul_pd(_mm512_sub_pd(y, n), _mm512_set1_pd(0.69314718055994531));
        double factorial = 479001600.0; // 12!
        __m512d q = _mm512_set1_pd(1.0 / factorial);
        for (int i = 11; i >= 0; --i) {
            factorial /= (i + 1);
            q = _mm512_fmadd_pd(q, g, _mm512_set1_pd(1.0 / factorial));
        }
        const __m512d v = _mm512_mul_pd(va, _mm512_scalef_pd(q, n));
        const __m512d r = _mm512_maskz_mov_pd(_mm512_cmp_pd_mask(xi, zero, _CMP_GT_OQ), v);
        _mm256_storeu_ps(out + k, _mm512_cvtpd_ps(r));
    }
    return k;
}

} // namespace

SimdLevel detectLevel()
{
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return SimdLevel::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return SimdLevel::Avx2;
    return SimdLevel::Portable;
}

int gasfRows(SimdLevel level, const float *c, const float *d, int n, float p, float amp, float *out)
{
    if (level == SimdLevel::Avx512) {
        const int m = n - n % 16;
        switch (powFor(p)) {
        case Pow::Identity: rowsAvx512<Pow::Identity>(c, d, n, m, p, amp, out); break;
        case Pow::Sqrt: rowsAvx512<Pow::Sqrt>(c, d, n, m, p, amp, out); break;
        case Pow::Square: rowsAvx512<Pow::Square>(c, d, n, m, p, amp, out); break;
        case Pow::General: rowsAvx512<Pow::General>(c, d, n, m, p, amp, out); break;
        }
        return m;
    }
    if (level == SimdLevel::Avx2) {
        const int m = n - n % 8;
        switch (powFor(p)) {
        case Pow::Identity: rowsAvx2<Pow::Identity>(c, d, n, m, p, amp, out); break;
        case Pow::Sqrt: rowsAvx2<Pow::Sqrt>(c, d, n, m, p, amp, out); break;
        case Pow::Square: rowsAvx2<Pow::Square>(c, d, n, m, p, amp, out); break;
        case Pow::General: rowsAvx2<Pow::General>(c, d, n, m, p, amp, out); break;
        }
        return m;
    }
    return 0;
}

int diagonalBlock(SimdLevel level, const double *x, int count, double p, double amp, float *out)
{
    return level == SimdLevel::Avx512 ? diagonalAvx512(x, count, p, amp, out) : 0;
}

int powUnitBlock(SimdLevel level, const float *r, int count, float p, float *out)
{
    if (level == SimdLevel::Avx512)
        return powBlockAvx512(r, count, p, out);
    if (level == SimdLevel::Avx2)
        return powBlockAvx2(r, count, p, out);
    return 0;
}

#else // no x86 SIMD in this build

SimdLevel detectLevel()
{
    return SimdLevel::Portable;
}

int gasfRows(SimdLevel, const float *, const float *, int, float, float, float *)
{
    return 0;
}

int powUnitBlock(SimdLevel, const float *, int, float, float *)
{
    return 0;
}

int diagonalBlock(SimdLevel, const double *, int, double, double, float *)
{
    return 0;
}

#endif

} // namespace netsynth::kernels::simd
