#pragma once
// A tiny diffusion configuration that trains in seconds on a busy CPU.
#include "core/diffusion/train_config.h"

inline netsynth::TrainConfig tinyConfig(int steps)
{
    netsynth::TrainConfig c = netsynth::TrainConfig::fromPreset("cpu-small");
    c.model.imageSize = 16;
    c.model.baseChannels = 16;
    c.model.channelMult = {1, 2};
    c.model.numResBlocks = 1;
    c.model.attentionResolutions = {8};
    c.model.headChannels = 16;
    c.diffusionSteps = 100;
    c.lr = 2e-3;
    c.warmupSteps = 10;
    c.batchSize = 16;
    c.steps = steps;
    c.emaRate = 0.99;
    c.checkpointEvery = 0;
    c.previewEvery = 0;
    c.seed = 7;
    return c;
}
