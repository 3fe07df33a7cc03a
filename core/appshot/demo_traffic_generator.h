#pragma once
// Seeded procedural multi-service traffic over a real city's context layers.
//
// Operators' service-level traffic is not public, so the embedded demo and the
// multi-service tests use this generator. Its output is SIMULATED: it carries
// provenance "simulated" in TrafficMaps and in every file written from it, the
// GUI labels it so, and training refuses to mix it with non-simulated traffic.
//
// Model (per service s, cell i, step t with hour of day h and day type d):
//   R_i  residential intensity = normalised population
//   A_i  activity intensity    = normalised POI count total (poi_01..14) and
//                                built-up land use (landuse_01..03)
//   n_i, n_si  smooth Gaussian random fields (shared and per service),
//              white noise blurred by three 3x3 box passes, unit variance
//   log I_si(h,d) = a_s * (wR_s(h,d) R_i + wA_s(h,d) A_i) + sigma (0.6 n_i + 0.8 n_si)
//   x_tsi = base_s * P_s(h,d) * exp(log I_si(h,d)) * (1 + 0.05 e_tsi)
// P_s is the service's diurnal profile (sum of daily bumps, weekday and weekend
// variants), wR/wA move weight from homes (night, weekend) to activity areas
// (working hours), e_tsi is white noise. Invalid cells are 0. The same seed,
// city and spec always give the same values.

#include "core/appshot/city.h"
#include "core/appshot/traffic_maps.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct DemoTrafficSpec
{
    int services = 4;          // 1..6, taken in the order of serviceNames()
    int days = 7;              // starting Monday 00:00, hourly steps
    std::uint64_t seed = 1;
    double spatialNoise = 0.35; // sigma of the log-intensity random fields
};

class DemoTrafficGenerator
{
public:
    static const std::vector<std::string> &serviceNames(); // the 6 simulated services
    // Diurnal profile of service s at hour h (0..23), weekend or not (mean about 1).
    static double profile(int service, int hour, bool weekend);
    static TrafficMaps generate(const City &city, const DemoTrafficSpec &spec);
};

} // namespace netsynth
