#include "core/data/dataset_summary.h"

#include "core/runtime/progress.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace netsynth {

namespace {

constexpr int kSizeBins = 40;
constexpr int kLengthBins = 30;
constexpr std::size_t kCdfPoints = 1000;

double binWidthFor(double maxValue, int bins)
{
    const double w = std::ceil((maxValue + 1.0) / bins);
    return std::max(1.0, w);
}

} // namespace

const ClassDistribution *DatasetSummary::find(const std::string &classKey) const
{
    for (const ClassDistribution &c : classes)
        if (c.label == classKey)
            return &c;
    return nullptr;
}

ClassDistribution classDistribution(const Dataset &dataset, const std::vector<std::size_t> &biflows,
                                    const std::string &label)
{
    ClassDistribution d;
    d.label = label;
    std::vector<double> upSizes, downSizes, iats, lengths;
    bool anyPackets = false;
    for (std::size_t i : biflows) {
        const Biflow &b = dataset.biflows[i];
        if (b.isBinned()) {
            for (double v : b.bins)
                downSizes.push_back(v);
            lengths.push_back(static_cast<double>(b.bins.size()));
            continue;
        }
        anyPackets = true;
        lengths.push_back(static_cast<double>(b.packets.size()));
        for (std::size_t k = 0; k < b.packets.size(); ++k) {
            const Packet &p = b.packets[k];
            (p.direction == Direction::Upstream ? upSizes : downSizes).push_back(std::abs(p.signedSize()));
            if (k > 0 && p.iat > 0.0)
                iats.push_back(p.iat);
        }
    }
    d.binned = !anyPackets && !lengths.empty();

    double maxSize = 0.0;
    for (double v : upSizes)
        maxSize = std::max(maxSize, v);
    for (double v : downSizes)
        maxSize = std::max(maxSize, v);
    d.sizeBinWidth = binWidthFor(maxSize, kSizeBins);
    d.sizeUp.assign(kSizeBins, 0.0);
    d.sizeDown.assign(kSizeBins, 0.0);
    auto bin = [](double v, double w, int n) { return std::min(n - 1, static_cast<int>(v / w)); };
    for (double v : upSizes)
        d.sizeUp[static_cast<std::size_t>(bin(v, d.sizeBinWidth, kSizeBins))] += 1.0;
    for (double v : downSizes)
        d.sizeDown[static_cast<std::size_t>(bin(v, d.sizeBinWidth, kSizeBins))] += 1.0;

    std::sort(iats.begin(), iats.end());
    if (!iats.empty()) {
        const std::size_t points = std::min(kCdfPoints, iats.size());
        for (std::size_t k = 0; k < points; ++k) {
            // Evenly spaced ranks, always including the last value.
            const std::size_t rank = points == 1 ? iats.size() - 1 : k * (iats.size() - 1) / (points - 1);
            d.iatX.push_back(iats[rank]);
            d.iatY.push_back(static_cast<double>(rank + 1) / static_cast<double>(iats.size()));
        }
    }

    double maxLength = 0.0;
    for (double v : lengths)
        maxLength = std::max(maxLength, v);
    d.lengthBinWidth = binWidthFor(maxLength, kLengthBins);
    d.lengthCounts.assign(kLengthBins, 0.0);
    for (double v : lengths)
        d.lengthCounts[static_cast<std::size_t>(bin(v, d.lengthBinWidth, kLengthBins))] += 1.0;
    return d;
}

std::shared_ptr<const DatasetSummary> summarizeDataset(const Dataset &dataset, ProgressToken &token)
{
    auto s = std::make_shared<DatasetSummary>();
    s->biflows.reserve(dataset.biflows.size());
    std::map<std::string, std::vector<std::size_t>> byClass;
    std::vector<std::size_t> all;
    all.reserve(dataset.biflows.size());
    for (std::size_t i = 0; i < dataset.biflows.size(); ++i) {
        if ((i & 4095) == 0)
            token.throwIfCanceled();
        const Biflow &b = dataset.biflows[i];
        BiflowSummary r;
        r.packets = b.isBinned() ? static_cast<std::int64_t>(b.bins.size()) : static_cast<std::int64_t>(b.packets.size());
        r.bytesUp = b.bytes(Direction::Upstream);
        r.bytesDown = b.bytes(Direction::Downstream);
        r.duration = b.duration();
        s->biflows.push_back(r);
        byClass[b.classKey()].push_back(i);
        all.push_back(i);
    }
    const std::vector<ClassStatistics> stats = classStatistics(dataset);
    for (const ClassStatistics &cs : stats) {
        token.throwIfCanceled();
        ClassDistribution d = classDistribution(dataset, byClass[cs.label], cs.label);
        d.stats = cs;
        s->classes.push_back(std::move(d));
    }
    s->all = classDistribution(dataset, all, std::string());
    for (const ClassStatistics &cs : stats) {
        s->all.stats.biflows += cs.biflows;
        s->all.stats.packets += cs.packets;
        s->all.stats.bytesUp += cs.bytesUp;
        s->all.stats.bytesDown += cs.bytesDown;
    }
    return s;
}

} // namespace netsynth
