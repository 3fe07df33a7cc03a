#pragma once
// Distances between two samples of a scalar (packet sizes, inter-arrival
// times, lengths) and between two sets of series. Torch-free.
//
// - Jensen-Shannon divergence of histograms, base-2 logarithm: 0 for identical
//   histograms, 1 for disjoint supports.
// - Wasserstein-1 (earth mover's distance) between empirical distributions,
//   exact: the integral of |F1 - F2| over the line.
// - Normalised W1 (NetShare): both samples are mapped to [0, 1] with the min
//   and max of the reference (real) sample before W1, so features measured in
//   bytes and in seconds become comparable.
// - Kolmogorov-Smirnov two-sample statistic: sup |F1 - F2|.
// - Autocorrelation error (DoppelGANger): mean absolute difference between the
//   average autocorrelation function of the two sets of series, lags 1..L.

#include <cstddef>
#include <vector>

namespace netsynth {

// Histogram with `bins` equal bins over [lo, hi]; values outside are clamped
// into the first/last bin. Returns counts (not normalised).
std::vector<double> histogram(const std::vector<double> &values, double lo, double hi, std::size_t bins);

// JSD of two non-negative histograms of equal length (normalised inside).
// Returns 0 when both are empty.
double jensenShannonDivergence(const std::vector<double> &p, const std::vector<double> &q);
// JSD of two samples on a shared histogram of `bins` bins over their joint range.
double jensenShannonDivergenceOfSamples(const std::vector<double> &a, const std::vector<double> &b,
                                        std::size_t bins = 50);

double wasserstein1(std::vector<double> a, std::vector<double> b);
// W1 after mapping both samples with (x - min(ref)) / (max(ref) - min(ref)).
double normalisedWasserstein1(const std::vector<double> &reference, const std::vector<double> &other);

double kolmogorovSmirnov(std::vector<double> a, std::vector<double> b);

// Autocorrelation at lags 1..maxLag of one series (biased estimator, the
// usual definition). Lags the series is too short for are NaN.
std::vector<double> autocorrelation(const std::vector<double> &series, std::size_t maxLag);
// Mean over series (ignoring NaN) of the ACF at lags 1..maxLag.
std::vector<double> meanAutocorrelation(const std::vector<std::vector<double>> &series, std::size_t maxLag);
// Mean |ACF_a(l) - ACF_b(l)| over the lags where both means are defined (NaN if none).
double autocorrelationError(const std::vector<std::vector<double>> &a, const std::vector<std::vector<double>> &b,
                            std::size_t maxLag);

// Empirical CDF at `points` evenly spaced values over [lo, hi] (for plots).
std::vector<double> empiricalCdf(std::vector<double> values, double lo, double hi, std::size_t points);

} // namespace netsynth
