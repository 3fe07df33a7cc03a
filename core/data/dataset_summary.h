#pragma once
// Display-ready summaries of a Dataset, computed once on a worker thread when
// a dataset is opened: per-biflow rows for the biflow table and per-class
// distributions for the statistics plots (packet-size histogram by
// direction, IAT CDF, biflow length distribution).

#include "core/data/biflow.h"
#include "core/data/class_statistics.h"

#include <memory>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct BiflowSummary
{
    std::int64_t packets = 0;   // packets present (bins for binned biflows)
    std::int64_t bytesUp = 0;
    std::int64_t bytesDown = 0;
    double duration = 0.0;      // seconds
};

struct ClassDistribution
{
    std::string label;          // class key; "" = every class together
    bool binned = false;        // the class holds binned series: "sizes" are bytes per bin
    ClassStatistics stats;
    // Histogram of |packet size| (or bytes per bin), equal-width bins from 0.
    double sizeBinWidth = 1.0;
    std::vector<double> sizeUp, sizeDown;
    // Empirical CDF of positive inter-arrival times (seconds), at most ~1000 points.
    std::vector<double> iatX, iatY;
    // Histogram of biflow lengths (packets, or bins), equal-width bins from 0.
    double lengthBinWidth = 1.0;
    std::vector<double> lengthCounts;
};

struct DatasetSummary
{
    std::vector<BiflowSummary> biflows;       // parallel to Dataset::biflows
    std::vector<ClassDistribution> classes;   // sorted by label
    ClassDistribution all;                    // every biflow together

    const ClassDistribution *find(const std::string &classKey) const;
};

// Polls the token (cancel) as it goes.
std::shared_ptr<const DatasetSummary> summarizeDataset(const Dataset &dataset, ProgressToken &token);

// Distribution of the given biflows (indices into dataset.biflows).
ClassDistribution classDistribution(const Dataset &dataset, const std::vector<std::size_t> &biflows,
                                    const std::string &label);

} // namespace netsynth
