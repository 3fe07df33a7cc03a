#pragma once
// The light downstream classifier: a one-hidden-layer perceptron (ReLU,
// softmax, Adam) on per-series features of the first N values. It trains in
// about a second on thousands of series, so it runs every TSTR scenario, every
// seed and every early-classification prefix. Torch-free.
//
// Features of a series cut to its first N values (zero padded to N):
//   the N values themselves, then mean, std, min, max, mean |v| of the cut,
//   the upstream share (values >= 0) and the cut length.
// Inputs are standardised with the training set's mean and std.

#include <cstdint>
#include <vector>

namespace netsynth {

struct SeriesClassifierOptions
{
    int hidden = 64;
    int epochs = 60;
    int batchSize = 64;
    double learningRate = 3e-3;
    double weightDecay = 1e-4;
    std::uint64_t seed = 0;
};

class SeriesClassifier
{
public:
    // Feature vector of one series cut to its first `prefix` values.
    static std::vector<double> features(const std::vector<double> &values, int prefix);
    static int featureCount(int prefix) { return prefix + 7; }

    // rows: n x dim features, labels in [0, numClasses).
    void fit(const std::vector<double> &rows, std::size_t dim, const std::vector<int> &labels, int numClasses,
             const SeriesClassifierOptions &options = {});
    std::vector<int> predict(const std::vector<double> &rows) const;
    bool trained() const { return m_dim > 0; }

private:
    void forward(const double *x, std::vector<double> &hidden, std::vector<double> &logits) const;

    std::size_t m_dim = 0;
    int m_hidden = 0;
    int m_classes = 0;
    std::vector<double> m_mean, m_scale;
    std::vector<double> m_w1, m_b1, m_w2, m_b2; // w1: hidden x dim, w2: classes x hidden
};

} // namespace netsynth
