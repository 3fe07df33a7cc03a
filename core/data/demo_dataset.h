#pragma once
// The embedded demo dataset: a small synthetic MIRAGE-format document with
// five clearly different traffic archetypes (video streaming, chat, audio
// call, gaming, web), generated from a fixed seed so every run and every
// machine sees the same data. demoDataset() (dataset_loader.h) parses it with
// the MIRAGE reader, so the demo also exercises the real reader.

#include <cstdint>
#include <string>

namespace netsynth {

constexpr std::uint64_t kDemoSeed = 20240601;
constexpr int kDemoBiflowsPerClass = 24;

// The demo as MIRAGE JSON text (labels "demo.video-streaming", "demo.chat",
// "demo.audio-call", "demo.gaming", "demo.web"; BF_labeling_type "synthetic").
std::string demoMirageJson(std::uint64_t seed = kDemoSeed, int biflowsPerClass = kDemoBiflowsPerClass);

} // namespace netsynth
