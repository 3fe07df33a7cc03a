#pragma once
// The bridge between image sets and packet series for the series baselines
// (DoppelGANger-style GAN, empirical sampler). Torch-free; uses core/imaging.
//
// Training: seriesFromImages() inverts every image of an ImageDataset with the
// spec in its manifest (exact for GASF/GADF with lossless PAA): one feature
// (the spec's: signed sizes, IATs, ...), spec.length values per series in
// feature units, the true length kept. These are the same series the
// diffusion samples are inverted to, so all generators meet the same metrics.
//
// Sampling: imagesFromSeries() turns generated series into valid feature
// values (sizes rounded and clamped) and encodes them with the imaging
// encoder and the same spec, giving an ImageDataset in the format of `encode`
// and of the diffusion sampler (per-sample min/max/length included).

#include "core/baselines/packet_series_set.h"
#include "core/imaging/image_dataset.h"

#include <nlohmann/json.hpp>

namespace netsynth {

class ProgressToken;

// Throws InputError (naming `what`) when the spec cannot be inverted.
PacketSeriesSet seriesFromImages(const ImageDataset &images, ProgressToken &token,
                                 const std::string &what = std::string("image set"));

// series.features must be 1 and series.length the spec's length.
ImageDataset imagesFromSeries(const PacketSeriesSet &series, const nlohmann::json &spec, ProgressToken &token);

} // namespace netsynth
