#include "core/eval/series_set.h"

#include <set>
#include <string>
#include <utility>

namespace netsynth {

namespace {
std::string className(const SeriesSet &set, int label)
{
    return label >= 0 && static_cast<std::size_t>(label) < set.classes.size() ? set.classes[static_cast<std::size_t>(label)]
                                                                              : std::to_string(label);
}
} // namespace

double exactCopyShare(const SeriesSet &reference, const SeriesSet &queries)
{
    if (queries.items.empty())
        return 0.0;
    std::set<std::pair<std::string, std::vector<double>>> seen;
    for (const SeriesItem &item : reference.items)
        seen.emplace(className(reference, item.label), item.values);
    std::size_t copies = 0;
    for (const SeriesItem &item : queries.items)
        copies += seen.count({className(queries, item.label), item.values});
    return double(copies) / double(queries.items.size());
}

SeriesSet SeriesSet::subset(int label) const
{
    SeriesSet s;
    s.classes = classes;
    s.feature = feature;
    for (const auto &item : items)
        if (item.label == label)
            s.items.push_back(item);
    return s;
}

} // namespace netsynth
