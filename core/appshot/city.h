#pragma once
// A city for AppShot: a regular grid of rows x cols cells with a validity mask
// and a geo-reference, K context layers and, when known, traffic maps.
// Every per-cell array is row-major in the same cell order (row 0 on the edge
// that geo.rowZeroNorth says).

#include "core/appshot/context_layer.h"
#include "core/appshot/geo_reference.h"
#include "core/appshot/traffic_maps.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace netsynth {

struct City
{
    std::string name;
    std::string path;
    std::string layout; // "cities-npy", "milan", "netmob23", "csv", "context-only"
    int rows = 0, cols = 0;
    std::vector<std::uint8_t> mask; // 1 = valid cell
    // Cells whose traffic training and the baselines' fit must not see (1 =
    // held out; empty = none): the test region of a spatial hold-out
    // (region_holdout.h). Their context stays visible, as for an unseen city.
    std::vector<std::uint8_t> heldOut;
    std::string heldOutDescription; // e.g. "columns 7-13 (buffer 1)": named wherever the training cities are
    GeoReference geo;
    std::vector<ContextLayer> layers;
    std::optional<TrafficMaps> traffic;
    std::vector<std::string> notes; // provenance remarks shown to users

    std::size_t cells() const { return static_cast<std::size_t>(rows) * cols; }
    std::size_t validCells() const;
    // Valid and not held out: the cells whose traffic may be learnt from.
    bool trainable(std::size_t i) const { return mask[i] && (heldOut.empty() || !heldOut[i]); }
    std::size_t trainableCells() const;
    int layerIndex(const std::string &layerName) const; // -1 when absent
    const ContextLayer *layer(const std::string &layerName) const;
    std::vector<std::string> layerNames() const;

    // Normalised context stack (K, rows, cols), float32, in the order of `names`
    // (missing layers give zeros and are reported in `missing`).
    std::vector<float> contextStack(const std::vector<std::string> &names,
                                    std::vector<std::string> *missing = nullptr) const;

    // Summary for `appshot info --json` and the GUI.
    nlohmann::json infoJson() const;
    // Per-layer statistics for `appshot layers --json`.
    nlohmann::json layersJson() const;
};

} // namespace netsynth
