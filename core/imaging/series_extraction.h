#pragma once
// Series extraction: Biflow -> 1-D series (first N packets or bins) and back.
//
//   ExtractedSeries s = extractSeries(biflow, spec);   // spec.length values, padded with 0
//   Biflow b = seriesToBiflow(recovered, spec, length, label);  // packets (or bins) again
//
// Features (units): signed-size = packet size in bytes, + upstream / - downstream
// (IP length when the source has it, else L4 payload, as Packet::signedSize());
// size = L4 payload bytes; iat = inter-arrival time in microseconds (first 0);
// bytes-per-bin = bytes (both directions) per bin of spec.binSeconds from the
// first packet. Binned sources (video traces) give their own bins for
// bytes-per-bin, summed k at a time when spec.binSeconds is a whole multiple
// k >= 2 of their width (binsPerValue; a width below 2x theirs keeps their
// bins, another width is an InputError), and have no packets for the other
// features (an empty series).

#include "core/data/biflow.h"
#include "core/imaging/encode_spec.h"

#include <string>
#include <vector>

namespace netsynth {

struct ExtractedSeries
{
    std::vector<double> values; // spec.length values in feature units; zeros after `length`
    int length = 0;             // true length: values actually taken from the biflow
};

ExtractedSeries extractSeries(const Biflow &biflow, const EncodeSpec &spec);

// Source bins per series value for a binned biflow: spec.binSeconds /
// biflow.binSeconds when that is a whole number k >= 2, else 1; throws
// InputError (naming the biflow's file) when spec.binSeconds is at least
// twice the source's width but not a whole multiple of it.
std::size_t binsPerValue(const Biflow &biflow, const EncodeSpec &spec);

// Valid values of the feature: sizes rounded to whole bytes and clamped to
// [-65535, 65535] (signed-size) or [0, 65535] (size); times and bytes per bin
// clamped at 0. Used after inversion, before mapping to packets.
std::vector<double> toFeatureValues(const std::vector<double> &series, const EncodeSpec &spec);

// Maps the first `length` values of a recovered series (feature units) back to
// a biflow: signed-size -> payload size and direction (sign; 0 counts as
// upstream), size -> payload size (direction unknown: upstream), iat ->
// packets with those gaps (sizes unknown: 0), bytes-per-bin -> bins of
// spec.binSeconds. Values go through toFeatureValues() first.
Biflow seriesToBiflow(const std::vector<double> &series, const EncodeSpec &spec, int length,
                      const std::string &label = std::string());

} // namespace netsynth
