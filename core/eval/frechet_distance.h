#pragma once
// Frechet distance between two Gaussians (the quantity behind FID):
//
//   d^2 = |mu1 - mu2|^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2))
//
// (S1 S2)^(1/2) is not symmetric in general, so the trace is computed without
// it: S1 S2 is similar to the symmetric positive semi-definite matrix
// M = S1^(1/2) S2 S1^(1/2), hence Tr((S1 S2)^(1/2)) = Tr(M^(1/2)). Both square
// roots come from symmetric eigendecompositions (eigenvalues clamped at 0),
// which is stable where the general (Schur) square root of scipy's FID code can
// return complex noise.

#include "core/eval/gaussian_stats.h"

#include <vector>

namespace netsynth {

// Square root of a symmetric positive semi-definite matrix (dim x dim,
// row-major) by symmetric eigendecomposition; negative eigenvalues from
// round-off are clamped at 0.
std::vector<double> symmetricMatrixSqrt(const std::vector<double> &matrix, std::size_t dim);

// Squared Frechet distance (what FID reports). Throws std::invalid_argument on
// mismatched dimensions.
double frechetDistance(const GaussianStats &a, const GaussianStats &b);

} // namespace netsynth
