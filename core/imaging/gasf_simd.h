#pragma once
// Internal to core/imaging: the x86 SIMD GASF kernel (AVX2 + FMA, AVX-512),
// picked at run time by image_kernels.cpp. Public API: image_kernels.h.

#include "core/imaging/image_kernels.h"

namespace netsynth::kernels::simd {

// Best level this CPU and build support (Portable off x86-64 / non-GNU compilers).
SimdLevel detectLevel();

// The pixels (i, j), i, j < m of the n x n image out[i * n + j] =
// amp * max(0, min(1, c_i c_j - d_i d_j))^p, where m is n rounded down to the
// level's vector width (8 for AVX2, 16 for AVX-512); exactly symmetric.
// Returns m (0 for Portable).
int gasfRows(SimdLevel level, const float *c, const float *d, int n, float p, float amp, float *out);

// out[k] = r[k]^p for r in [0, 1] (the general power of gasfRows) for the
// first k = count rounded down to the vector width; returns k (0 for Portable).
int powUnitBlock(SimdLevel level, const float *r, int count, float p, float *out);

// out[k] = float(amp * clamp(x[k], 0, 1)^p) computed in double (relative error
// about 1e-14 before the float rounding), like powUnitBlock; AVX-512 only
// (returns 0 otherwise: the caller uses std::pow).
int diagonalBlock(SimdLevel level, const double *x, int count, double p, double amp, float *out);

} // namespace netsynth::kernels::simd
