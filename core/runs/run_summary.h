#pragma once
// RunSummary: what a training run folder holds, read from its checkpoint.json
// whatever trained it (the diffusion model or a baseline generator), for the
// Runs list and any tool that compares runs. Torch-free: the weights are not
// loaded.
//
//   const RunSummary run = readRunSummary("runs/appx/run");   // throws InputError if not a run
//   for (const RunSummary &r : findRuns(workspace)) ...        // every run below a folder, newest first

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

struct RunSummary
{
    std::string dir;       // the run folder (absolute)
    std::string name;      // the folder's name, or "parent/run" for a pipeline's run/ folder
    std::string model;     // "diffusion", "dg", "wgan-gasf", "empirical", "real-resample"
    int step = 0;          // steps done
    int totalSteps = 0;    // steps the run was configured for
    std::vector<std::string> classes;
    std::string dataDir;   // the image set it trained on
    std::string device;    // of the last step
    std::string lossName;  // what `loss` holds: "denoising loss" or "generator loss"
    std::vector<std::array<double, 2>> loss; // (step, loss), thinned as the checkpoint stores it
    double lastLoss = 0.0;
    std::int64_t modifiedSecs = 0; // checkpoint.json's modification time, seconds since the epoch

    bool finished() const { return totalSteps > 0 && step >= totalSteps; }
};

// True when the folder (or its checkpoint.json / checkpoint.pt) is a run this
// module can read.
bool isRunFolder(const std::string &fileOrDir);
// Reads a run; throws InputError naming checkpoint.json and the field.
RunSummary readRunSummary(const std::string &fileOrDir);
// Every run folder at most `depth` levels below root (a workspace), newest
// first. Folders that are not runs, or cannot be read, are skipped.
std::vector<RunSummary> findRuns(const std::string &root, int depth = 3);

} // namespace netsynth
