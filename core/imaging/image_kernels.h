#pragma once
// Low-level imaging kernels on plain buffers (no allocation in the hot loops,
// float32 images, row-major n x n). Used by the encoder, the inversion, the
// preview and the benchmark; the public API is image_encoder.h / image_inversion.h.
//
// Gramian fields are computed with half angles so that the gamma-corrected
// pixel needs one product-difference and one power per pixel:
//   x in [0, 1], phi = arccos(x), c = cos(phi/2) = sqrt((1+x)/2), d = sin(phi/2) = sqrt((1-x)/2)
//   GASF rescaled to [0, 1]:  (1 + cos(phi_i + phi_j)) / 2 = (c_i c_j - d_i d_j)^2
//   GADF rescaled to [0, 1]:  (1 + sin(phi_i - phi_j)) / 2 = (u_i c_j - v_i d_j)^2,
//                              u = sin(pi/4 + phi/2), v = cos(pi/4 + phi/2)
// so the gamma-corrected pixel A * I_r^gamma is A * (a_i b_j - c_i d_j)^(2 gamma).
// The portable kernels never fuse multiply-adds (-ffp-contract=off); the SIMD
// GASF kernel (gasf_simd.cpp) does, with the product operands in the same
// order for (i, j) and (j, i). Either way pixel (i, j) and (j, i) of a GASF
// are bit-identical: the image is exactly symmetric.

namespace netsynth::kernels {

// Instruction set of the GASF kernel: picked at first use from the CPU
// (AVX-512F, else AVX2 + FMA, else portable C++ vectorised for the x86-64
// baseline). Tests and benchmarks may lower it to compare paths.
enum class SimdLevel { Portable = 0, Avx2 = 1, Avx512 = 2 };
SimdLevel bestSimdLevel();
SimdLevel simdLevel();
// Clamped to bestSimdLevel(); affects every thread.
void setSimdLevel(SimdLevel level);
const char *simdLevelName(SimdLevel level);

// Piecewise aggregate approximation of in[inLength] onto out[outLength]: each
// output is the mean of the input over its 1/outLength share of the series,
// with fractional weights where a segment boundary falls inside a sample. When
// outLength is a multiple of inLength each input value is repeated.
void paa(const double *in, int inLength, double *out, int outLength);
// The reverse mapping of paa(): each of outLength samples gets the
// overlap-weighted mean of the inLength segments it overlaps. Exact inverse of
// paa() when outLength == inLength or inLength is a multiple of outLength;
// a step-wise approximation when outLength > inLength (PAA averaged values away).
void unpaa(const double *in, int inLength, double *out, int outLength);

// out[i * n + j] = amp * max(0, a_i b_j - c_i d_j)^p for i, j < n.
void productPowerImage(const float *a, const float *b, const float *c, const float *d, int n, float p, float amp,
                       float *out);

// GASF / GADF of a normalised series x[n] (values in [0, 1]) with gamma
// correction, into out[n * n]. The GASF diagonal is set to amp * x_i^(2 gamma)
// computed in double precision, so inversion from the diagonal is as exact as
// float storage allows. gasfImage allocates only when a thread first sees an
// n larger than before (per-thread scratch), never per image.
void gasfImage(const double *x, int n, double gamma, double amp, float *out);
void gadfImage(const double *x, int n, double gamma, double amp, float *out);
// Markov transition field of x[length] with `bins` quantile bins, resized to
// size x size by PAA over both axes, then gamma-corrected (values are already in [0, 1]).
void mtfImage(const double *x, int length, int bins, int size, double gamma, double amp, float *out);

// r^p for r in [0, 1] and p > 0, vectorisable: relative error below 1e-6 for
// results above 1e-3 and p <= 4, absolute error below 1e-7 (unit_power.h).
float powUnit(float r, float p);
// The same over an array with the current simdLevel(), with the polynomials of
// the GASF kernel's general power: out[k] = r[k]^p.
void powUnitArray(const float *r, int count, float p, float *out);

} // namespace netsynth::kernels
