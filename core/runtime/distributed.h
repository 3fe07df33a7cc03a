#pragma once
// DistributedConfig: where one training process sits in a data-parallel job,
// in torchrun's conventions, so a job runs under torchrun, Slurm or any
// launcher that sets them:
//   WORLD_SIZE   number of processes (1 = not distributed)
//   RANK         this process, 0..WORLD_SIZE-1 (rank 0 writes the checkpoints)
//   LOCAL_RANK   this process on its machine (informational)
//   MASTER_ADDR  host of rank 0's rendezvous store (default 127.0.0.1)
//   MASTER_PORT  its port (default 29500)
//   NETSYNTH_DIST_TIMEOUT  seconds a collective waits for a peer (default 300)
// `netsynth-cli train --nproc N` starts N local workers with these set;
// --world-size/--rank/--master override them. Torch-free; the process group
// itself is core/runtime/data_parallel_impl.h.

#include <string>

namespace netsynth {

struct DistributedConfig
{
    int worldSize = 1;
    int rank = 0;
    int localRank = 0;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    int timeoutSeconds = 300;

    bool enabled() const { return worldSize > 1; }
    bool writesFiles() const { return rank == 0; }
    // From the environment variables above; throws InputError naming the
    // variable when one is malformed or out of range.
    static DistributedConfig fromEnvironment();
    // Throws InputError when rank, size or port are out of range.
    void validate() const;
};

} // namespace netsynth
