#include "core/appshot/patch_tiler.h"

#include "core/runtime/errors.h"

#include <cmath>

namespace netsynth {

PatchTiler::PatchTiler(int rows, int cols, int patch, int stride)
    : m_rows(rows), m_cols(cols), m_patch(patch), m_stride(stride)
{
    if (rows < 1 || cols < 1 || patch < 1 || stride < 1 || stride > patch)
        throw InputError({}, "patch tiling", "need rows, cols, patch >= 1 and 1 <= stride <= patch");
    for (int r : origins(rows, patch, stride))
        for (int c : origins(cols, patch, stride))
            m_patches.push_back({r, c});
}

std::vector<int> PatchTiler::origins(int length, int patch, int stride)
{
    std::vector<int> out;
    if (length <= patch)
        return {0};
    for (int o = 0; o + patch <= length; o += stride)
        out.push_back(o);
    if (out.back() + patch < length)
        out.push_back(length - patch);
    return out;
}

std::vector<float> PatchTiler::window(int patch)
{
    const double pi = 3.14159265358979323846;
    std::vector<double> w1(patch);
    for (int i = 0; i < patch; ++i) {
        const double s = std::sin(pi * (i + 0.5) / patch);
        w1[i] = 0.05 + s * s;
    }
    std::vector<float> w(static_cast<std::size_t>(patch) * patch);
    for (int i = 0; i < patch; ++i)
        for (int j = 0; j < patch; ++j)
            w[static_cast<std::size_t>(i) * patch + j] = static_cast<float>(w1[i] * w1[j]);
    return w;
}

std::vector<float> PatchTiler::extract(const float *map, int channels, int k, float pad) const
{
    const Patch p = m_patches.at(k);
    const std::size_t pp = static_cast<std::size_t>(m_patch) * m_patch;
    std::vector<float> out(channels * pp, pad);
    for (int ch = 0; ch < channels; ++ch)
        for (int i = 0; i < m_patch; ++i) {
            const int r = p.row + i;
            if (r >= m_rows)
                break;
            for (int j = 0; j < m_patch; ++j) {
                const int c = p.col + j;
                if (c >= m_cols)
                    break;
                out[ch * pp + static_cast<std::size_t>(i) * m_patch + j] =
                    map[(static_cast<std::size_t>(ch) * m_rows + r) * m_cols + c];
            }
        }
    return out;
}

std::vector<float> PatchTiler::blend(const std::vector<std::vector<float>> &patchValues, int channels) const
{
    if (patchValues.size() != m_patches.size())
        throw InputError({}, "patch blending", "expected one value block per patch");
    Accumulator acc(*this, channels);
    for (std::size_t k = 0; k < patchValues.size(); ++k)
        acc.add(static_cast<int>(k), patchValues[k].data());
    return acc.result();
}

PatchTiler::Accumulator::Accumulator(const PatchTiler &tiler, int channels)
    : m_tiler(tiler), m_channels(channels),
      m_sum(static_cast<std::size_t>(channels) * tiler.rows() * tiler.cols(), 0.0),
      m_weight(static_cast<std::size_t>(tiler.rows()) * tiler.cols(), 0.0), m_window(window(tiler.patchSize()))
{
}

void PatchTiler::Accumulator::add(int k, const float *values)
{
    const Patch p = m_tiler.patches().at(k);
    const int P = m_tiler.patchSize(), rows = m_tiler.rows(), cols = m_tiler.cols();
    const std::size_t pp = static_cast<std::size_t>(P) * P;
    for (int i = 0; i < P && p.row + i < rows; ++i)
        for (int j = 0; j < P && p.col + j < cols; ++j) {
            const double w = m_window[static_cast<std::size_t>(i) * P + j];
            const std::size_t cell = static_cast<std::size_t>(p.row + i) * cols + (p.col + j);
            m_weight[cell] += w;
            for (int ch = 0; ch < m_channels; ++ch)
                m_sum[ch * m_weight.size() + cell] += w * values[ch * pp + static_cast<std::size_t>(i) * P + j];
        }
}

std::vector<float> PatchTiler::Accumulator::result() const
{
    std::vector<float> out(m_sum.size(), 0.0f);
    for (int ch = 0; ch < m_channels; ++ch)
        for (std::size_t cell = 0; cell < m_weight.size(); ++cell)
            if (m_weight[cell] > 0.0)
                out[ch * m_weight.size() + cell] = static_cast<float>(m_sum[ch * m_weight.size() + cell] / m_weight[cell]);
    return out;
}

} // namespace netsynth
