#include "core/baselines/packet_series_set.h"

#include "core/runtime/errors.h"

#include <algorithm>

namespace netsynth {

void PacketSeriesSet::append(const float *data, int label, int trueLength)
{
    const std::size_t offset = values.size();
    values.insert(values.end(), data, data + valuesPerSeries());
    const int len = std::clamp(trueLength, 0, length);
    std::fill(values.begin() + static_cast<std::ptrdiff_t>(offset + static_cast<std::size_t>(len) * features),
              values.end(), 0.0f);
    labels.push_back(label);
    lengths.push_back(len);
}

std::vector<std::int64_t> PacketSeriesSet::classCounts() const
{
    std::vector<std::int64_t> counts(classes.size(), 0);
    for (int l : labels)
        if (l >= 0 && static_cast<std::size_t>(l) < counts.size())
            ++counts[static_cast<std::size_t>(l)];
    return counts;
}

void PacketSeriesSet::validate(const std::string &what) const
{
    if (length <= 0 || features <= 0)
        throw InputError(what, "shape", "series length and feature count must be positive");
    if (classes.empty())
        throw InputError(what, "classes", "no classes");
    if (lengths.size() != labels.size() || values.size() != count() * valuesPerSeries())
        throw InputError(what, "values", "values, labels and lengths disagree");
    for (std::size_t i = 0; i < count(); ++i) {
        if (labels[i] < 0 || static_cast<std::size_t>(labels[i]) >= classes.size())
            throw InputError(what, "series " + std::to_string(i), "label " + std::to_string(labels[i]) + " out of range");
        if (lengths[i] < 0 || lengths[i] > length)
            throw InputError(what, "series " + std::to_string(i), "length " + std::to_string(lengths[i]) + " out of range");
    }
}

} // namespace netsynth
