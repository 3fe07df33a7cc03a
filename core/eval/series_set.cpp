#include "core/eval/series_set.h"

namespace netsynth {

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
