#pragma once
// The data-parallel options of `train` (diffusion and the GAN baselines):
// --nproc N (local worker processes started by this one) or a rank of a
// multi-machine job (torchrun's WORLD_SIZE/RANK/MASTER_ADDR/MASTER_PORT,
// overridden by --world-size/--rank/--master). docs/diffusion.md.

#include "core/runtime/distributed.h"

#include <QCommandLineParser>

#include <string>

namespace netsynth::cli {

struct ProcessesPlan
{
    DistributedConfig distributed; // this process's rank (world size 1 with --nproc)
    int localProcesses = 1;        // --nproc
    std::string workerProgram;     // this program, with --nproc > 1
    int threadsPerProcess = 1;     // --threads split between the local processes
    int worldSize() const { return localProcesses > 1 ? localProcesses : distributed.worldSize; }
};

void addProcessesOptions(QCommandLineParser &parser);
// Throws UsageError on a wrong combination (--nproc with --rank, ...).
ProcessesPlan processesFrom(const QCommandLineParser &parser);

} // namespace netsynth::cli
