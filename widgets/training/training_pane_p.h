#pragma once
// Internal to the Training pane's source files (training_pane.cpp,
// training_pane_baselines.cpp, training_pane_sampling.cpp): the state a
// training job shares with the pane and the helpers they all use.

#include "widgets/training/training_pane.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace netsynth {

// What the training job shares with the pane: filled on the worker thread,
// drained by poll() on the GUI thread. Outlives the pane if the job does.
struct TrainingPane::Live
{
    std::mutex mutex;
    std::vector<TrainStepStats> steps;
    std::vector<BaselineStepStats> ganSteps;
    // The previews rendered since the last poll, with their steps (every one
    // goes into the grid view's history, even when two arrive between polls).
    std::vector<std::pair<int, QImage>> previews;
    bool started = false;
    int startStep = 0;
    int totalSteps = 0;
    std::string device;
    std::int64_t parameters = 0;
    std::string checkpoint;
    int checkpointStep = 0;
    bool ganRun = false; // a GAN baseline: its checkpoints are previewed
    int worldSize = 1;   // processes of a data-parallel run (this one and its workers)

    // The callbacks both trainers have, called on the training thread.
    void setStarted(int start, int total, const std::string &dev, std::int64_t params)
    {
        std::lock_guard<std::mutex> lock(mutex);
        started = true;
        startStep = start;
        totalSteps = total;
        device = dev;
        parameters = params;
    }
    void setCheckpoint(const std::string &path, int step)
    {
        std::lock_guard<std::mutex> lock(mutex);
        checkpoint = path;
        checkpointStep = step;
    }
};

// onStart and onCheckpoint of either trainer's callbacks report to `live`.
template <typename Callbacks>
void TrainingPane::connectCommon(Callbacks &cb, const std::shared_ptr<Live> &live)
{
    cb.onStart = [live](int start, int total, const std::string &device, std::int64_t params) {
        live->setStarted(start, total, device, params);
    };
    cb.onCheckpoint = [live](const std::string &path, int step) { live->setCheckpoint(path, step); };
}

// A per-class grid of the first `perClass` images of each class of `d`,
// rendered with SampleGridView's colours (any thread). training_pane_sampling.cpp.
QImage previewImage(const ImageDataset &d, int perClass);

// "a, b, c" for a status line.
inline QString joinClasses(const std::vector<std::string> &classes)
{
    QStringList list;
    for (const auto &c : classes)
        list << QString::fromStdString(c);
    return list.join(QStringLiteral(", "));
}

} // namespace netsynth
