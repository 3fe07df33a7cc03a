#pragma once
// Internal to core/imaging: r^p for r in [0, 1] and p > 0 as log2 + exp2
// polynomials, branch-free so that loops over it vectorise. Shared by the
// portable kernels (image_kernels.cpp) and the x86 SIMD GASF kernel
// (gasf_simd.cpp), which evaluates the same polynomials with fused
// multiply-adds.
//
// log2(r) = k + log2(m), m = r / 2^k in [sqrt(1/2), sqrt(2)), t = m - 1:
//   log2(1 + t) = t * Q(t), Q of degree 8, minimax (weighted by |t|) on
//   [sqrt(1/2) - 1, sqrt(2) - 1]: absolute error 6.7e-9.
// 2^y = 2^n * 2^f, n = round(y), f in [-1/2, 1/2]:
//   2^f = E(f) = 1 + f P(f), P of degree 5 (so 2^0 = 1 exactly), minimax
//   relative error 2e-9.
// Subnormal r are scaled by 2^24 first. The polynomial error is far below
// float rounding; the float rounding of p * log2(r) makes the relative error
// grow with |log2 r|: below 1e-6 for p <= 4 and results above 1e-3, absolute
// error below 1e-7 (tests/core/imaging/tst_image_kernels.cpp). Degrees 7 and
// 4 were measured at 2e-7 absolute error, too coarse for that.

#include <cstdint>
#include <cstring>

namespace netsynth::kernels::unitpow {

// Q(t), lowest degree first.
constexpr int kLogDegree = 8;
constexpr float kLogQ[kLogDegree + 1] = {1.44269487f,  -0.721347129f, 0.480922536f,  -0.360721170f, 0.287656506f,
                                         -0.238519878f, 0.217381170f,  -0.210301090f, 0.125405361f};
// E(f), lowest degree first.
constexpr int kExpDegree = 6;
constexpr float kExpE[kExpDegree + 1] = {1.0f,          0.693147203f,  0.240226479f, 0.0555033246f,
                                         0.00961843739f, 0.00133988768f, 0.000153533578f};
// Bits of sqrt(1/2): the exponent is taken relative to it.
constexpr std::int32_t kSqrtHalfBits = 0x3f3504f3;
constexpr float kMinNormal = 1.17549435e-38f;
constexpr float kTwo24 = 16777216.0f;
// 1.5 * 2^23: (y + kRound) - kRound rounds y to the nearest integer.
constexpr float kRound = 12582912.0f;

inline float bitsToFloat(std::uint32_t b)
{
    float f;
    std::memcpy(&f, &b, sizeof f);
    return f;
}

inline std::uint32_t floatToBits(float f)
{
    std::uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    return b;
}

// log2(r) for normal r > 0.
inline float log2Positive(float r)
{
    const std::int32_t bits = static_cast<std::int32_t>(floatToBits(r));
    const std::int32_t k = (bits - kSqrtHalfBits) >> 23; // arithmetic shift
    const float m =
        bitsToFloat(static_cast<std::uint32_t>(bits - static_cast<std::int32_t>(static_cast<std::uint32_t>(k) << 23)));
    const float t = m - 1.0f;
    float q = kLogQ[kLogDegree];
    for (int i = kLogDegree - 1; i >= 0; --i)
        q = q * t + kLogQ[i];
    return static_cast<float>(k) + t * q;
}

// 2^y for -126 <= y <= 0.
inline float exp2NonPositive(float y)
{
    const float n = (y + kRound) - kRound;
    const float f = y - n;
    float e = kExpE[kExpDegree];
    for (int i = kExpDegree - 1; i >= 0; --i)
        e = e * f + kExpE[i];
    const std::uint32_t scale = static_cast<std::uint32_t>(static_cast<std::int32_t>(n) + 127) << 23;
    return e * bitsToFloat(scale);
}

// r^p for r in [0, 1], p > 0; exactly 0 for r = 0.
inline float powUnit(float r, float p)
{
    const bool subnormal = r < kMinNormal;
    float s = subnormal ? r * kTwo24 : r;
    s = s > kMinNormal ? s : kMinNormal;
    const float l = p * (log2Positive(s) - (subnormal ? 24.0f : 0.0f));
    const float v = exp2NonPositive(l > -126.0f ? l : -126.0f);
    return r > 0.0f ? v : 0.0f;
}

} // namespace netsynth::kernels::unitpow
