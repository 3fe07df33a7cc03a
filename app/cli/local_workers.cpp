#include "app/cli/local_workers.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

namespace netsynth::cli {

namespace {

// A TCP port that is free now on the loopback (the kernel's choice).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 29500;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 29500;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// `args` with --threads replaced (and --quiet added for ranks above 0).
QStringList workerArguments(const QStringList &args, int threads, bool quiet)
{
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--threads")) {
            ++i; // and its value
            continue;
        }
        if (args[i].startsWith(QLatin1String("--threads="))) continue;
        out << args[i];
    }
    out << QStringLiteral("--threads") << QString::number(threads);
    if (quiet && !out.contains(QStringLiteral("--quiet"))) out << QStringLiteral("--quiet");
    return out;
}

} // namespace

int runLocalWorkers(const QStringList &args, int workers, int threads, bool quiet)
{
    // Ctrl-C reaches the workers (one process group) and each stops cleanly;
    // this launcher waits for them instead of dying first.
    std::signal(SIGINT, [](int) {});
    const int port = freePort();
    const int perWorker = std::max(1, threads / workers);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int rank = 0; rank < workers; ++rank) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORLD_SIZE"), QString::number(workers));
        env.insert(QStringLiteral("RANK"), QString::number(rank));
        env.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
        env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        p->setProcessEnvironment(env);
        // Rank 0 speaks for the job; the others keep their output for an error report.
        p->setProcessChannelMode(rank == 0 ? QProcess::ForwardedChannels : QProcess::MergedChannels);
        p->start(QCoreApplication::applicationFilePath(), workerArguments(args, perWorker, quiet || rank > 0));
        if (!p->waitForStarted(30000)) {
            std::fprintf(stderr, "netsynth-cli: cannot start worker %d: %s\n", rank, qPrintable(p->errorString()));
            for (auto &q : processes) q->kill();
            return 1;
        }
        if (!quiet)
            std::fprintf(stderr, "worker %d of %d: pid %lld (127.0.0.1:%d, %d thread(s))\n", rank, workers,
                         static_cast<long long>(p->processId()), port, perWorker);
        processes.push_back(std::move(p));
    }
    std::fflush(stderr);
    // Wait for all. When one fails, the others get half a second to finish
    // (a peer's death makes them fail too), then are stopped; the report
    // names the worker that was killed or crashed, else the first that failed.
    auto failed = [](const QProcess &p) { return p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0; };
    bool anyFailed = false;
    for (bool running = true; running && !anyFailed;) {
        running = false;
        for (auto &p : processes) {
            if (p->state() != QProcess::NotRunning) p->waitForFinished(50);
            if (p->state() != QProcess::NotRunning) running = true;
            else if (failed(*p)) anyFailed = true;
        }
    }
    int failedRank = -1, exitCode = 0;
    if (anyFailed) {
        std::vector<bool> stoppedHere(processes.size(), false);
        for (std::size_t r = 0; r < processes.size(); ++r) {
            QProcess &p = *processes[r];
            if (p.state() != QProcess::NotRunning && !p.waitForFinished(500)) {
                p.kill();
                p.waitForFinished(10000);
                stoppedHere[r] = true;
            }
        }
        for (std::size_t r = 0; r < processes.size() && failedRank < 0; ++r)
            if (!stoppedHere[r] && processes[r]->exitStatus() != QProcess::NormalExit) failedRank = static_cast<int>(r);
        for (std::size_t r = 0; r < processes.size() && failedRank < 0; ++r)
            if (!stoppedHere[r] && failed(*processes[r])) failedRank = static_cast<int>(r);
        if (failedRank < 0) failedRank = 0;
        QProcess &p = *processes[static_cast<std::size_t>(failedRank)];
        const bool crashed = p.exitStatus() != QProcess::NormalExit;
        exitCode = crashed ? 1 : p.exitCode();
        const QByteArray output = failedRank == 0 ? QByteArray() : p.readAll().right(2000);
        std::fprintf(stderr, "netsynth-cli: worker %d of %zu %s; the other workers were stopped\n%s", failedRank,
                     processes.size(),
                     crashed ? "was killed or crashed" : qPrintable(QStringLiteral("failed (exit %1)").arg(p.exitCode())),
                     output.constData());
    }
    std::fflush(stderr);
    return failedRank < 0 ? 0 : exitCode;
}

} // namespace netsynth::cli
