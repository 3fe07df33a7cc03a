#include "app/cli/processes_options.h"

#include "app/cli/cli_common.h"
#include "core/runtime/device.h"

#include <QCoreApplication>

#include <algorithm>

namespace netsynth::cli {

void addProcessesOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("nproc"),
                      QStringLiteral("Data-parallel training in N local processes (Gloo); --batch is the global batch."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("world-size"),
                      QStringLiteral("Processes of a multi-machine job (else WORLD_SIZE; see docs/diffusion.md)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("rank"), QStringLiteral("This process's rank (else RANK)."), QStringLiteral("r")});
    parser.addOption({QStringLiteral("master"),
                      QStringLiteral("Rank 0's rendezvous HOST:PORT (else MASTER_ADDR and MASTER_PORT)."),
                      QStringLiteral("host:port")});
}

ProcessesPlan processesFrom(const QCommandLineParser &parser)
{
    ProcessesPlan plan;
    const int nproc = intOption(parser, QStringLiteral("nproc"), 1);
    // --nproc N: this process trains as rank 0 of N, the others are local
    // worker processes of this program.
    DistributedConfig distributed = DistributedConfig::fromEnvironment();
    if (nproc < 1 || nproc > 256)
        throw UsageError("--nproc must be 1 to 256");
    if (nproc > 1 && (distributed.enabled() || parser.isSet(QStringLiteral("world-size")) ||
                      parser.isSet(QStringLiteral("rank"))))
        throw UsageError("--nproc starts local workers itself: drop --world-size/--rank (and WORLD_SIZE/RANK)");
    if (parser.isSet(QStringLiteral("world-size")))
        distributed.worldSize = intOption(parser, QStringLiteral("world-size"), 1);
    if (parser.isSet(QStringLiteral("rank")))
        distributed.rank = intOption(parser, QStringLiteral("rank"), 0);
    if (parser.isSet(QStringLiteral("master"))) {
        const QString master = parser.value(QStringLiteral("master"));
        const int colon = master.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? master.mid(colon + 1).toInt(&ok) : 0;
        if (!ok)
            throw UsageError("--master expects HOST:PORT, got '" + toStd(master) + "'");
        distributed.masterAddr = toStd(master.left(colon));
        distributed.masterPort = port;
    }
    distributed.validate();
    plan.distributed = distributed;
    if (nproc > 1) { // the --threads budget split between the processes
        const int threads = parser.isSet(QStringLiteral("threads")) ? intOption(parser, QStringLiteral("threads"), 1)
                                                                    : DeviceManager::current().threads;
        plan.localProcesses = nproc;
        plan.workerProgram = toStd(QCoreApplication::applicationFilePath());
        plan.threadsPerProcess = std::max(1, threads / nproc); // this process's share too, while it trains
    }
    return plan;
}

} // namespace netsynth::cli
