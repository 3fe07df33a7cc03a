#pragma once
// Overlapping-patch tiling of a rows x cols grid, for generating a city of any
// size with a fixed-size patch model and no seams.
//
// Patch origins along an axis of length n with patch P and stride S are
// 0, S, 2S, ... plus n - P (so the last patch touches the far edge); when
// n <= P one patch at 0 covers the axis (cells beyond n are padding).
// Patches are blended with a separable window
//   w(i) = 0.05 + sin^2(pi (i + 0.5) / P),  i = 0..P-1
// that is strictly positive (every covered cell gets weight) and small at the
// patch border, where a convolutional generator sees padding instead of
// context. Each output cell is sum_k w_k x_k / sum_k w_k over the patches k
// covering it, so patches that agree on a cell (e.g. crops of one map) give
// that value back exactly, up to float rounding.

#include <vector>

namespace netsynth {

class PatchTiler
{
public:
    struct Patch
    {
        int row = 0, col = 0; // top-left cell
    };

    PatchTiler(int rows, int cols, int patch, int stride);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    int patchSize() const { return m_patch; }
    int stride() const { return m_stride; }
    const std::vector<Patch> &patches() const { return m_patches; }
    static std::vector<int> origins(int length, int patch, int stride);
    static std::vector<float> window(int patch); // P*P weights, row-major

    // Crops patch k of a (channels, rows, cols) map into (channels, P, P);
    // cells outside the grid are `pad`.
    std::vector<float> extract(const float *map, int channels, int k, float pad = 0.0f) const;
    // Blends per-patch (channels, P, P) values, in patches() order, into a
    // (channels, rows, cols) map.
    std::vector<float> blend(const std::vector<std::vector<float>> &patchValues, int channels) const;

    // Incremental form of blend().
    class Accumulator;

private:
    int m_rows, m_cols, m_patch, m_stride;
    std::vector<Patch> m_patches;
};

class PatchTiler::Accumulator
{
public:
    Accumulator(const PatchTiler &tiler, int channels);
    void add(int k, const float *values); // (channels, P, P)
    std::vector<float> result() const;    // (channels, rows, cols)

private:
    const PatchTiler &m_tiler;
    int m_channels;
    std::vector<double> m_sum;
    std::vector<double> m_weight;
    std::vector<float> m_window;
};

} // namespace netsynth
