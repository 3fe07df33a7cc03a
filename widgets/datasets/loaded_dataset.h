#pragma once
// A dataset as the Datasets pane holds it: the data plus its display
// summaries, both immutable and shared between threads.

#include "core/data/biflow.h"
#include "core/data/dataset_summary.h"

#include <QMetaType>

#include <memory>

namespace netsynth {

struct LoadedDataset
{
    DatasetPtr dataset;
    std::shared_ptr<const DatasetSummary> summary;
};

} // namespace netsynth

Q_DECLARE_METATYPE(netsynth::DatasetPtr)
