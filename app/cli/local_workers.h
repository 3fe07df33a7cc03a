#pragma once
// `netsynth-cli train --nproc N`: runs the same command in N local worker
// processes that form one data-parallel job (torchrun's conventions:
// WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR=127.0.0.1, MASTER_PORT = a free
// port), the --threads budget split between them. Rank 0's output is this
// command's output; the others run --quiet. When a worker fails or is
// killed, the others are stopped and the command fails naming it; Ctrl-C
// reaches every worker (same process group), each stops after its step and
// the last checkpoint stays valid.

#include <QStringList>

namespace netsynth::cli {

// `args` are this command's arguments without --nproc; returns the exit code.
int runLocalWorkers(const QStringList &args, int workers, int threads, bool quiet);

} // namespace netsynth::cli
