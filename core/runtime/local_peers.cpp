#include "core/runtime/local_peers.h"

#include "core/runtime/errors.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace netsynth {

struct LocalPeers::Impl
{
    LocalPeersOptions options;
    int port = 0;
    QTemporaryDir logs; // each peer's output, read back for an error report
    std::vector<std::unique_ptr<QProcess>> processes; // ranks 1..N-1

    QString logPath(std::size_t i) const { return logs.filePath(QStringLiteral("rank%1.log").arg(i + 1)); }
    // The last `bytes` of a peer's output.
    std::string tail(std::size_t i, qint64 bytes = 2000) const
    {
        QFile f(logPath(i));
        if (!f.open(QIODevice::ReadOnly)) return {};
        if (f.size() > bytes) f.seek(f.size() - bytes);
        return f.readAll().toStdString();
    }
    bool ended(std::size_t i) const { return processes[i]->state() == QProcess::NotRunning; }
    bool endedBadly(std::size_t i) const
    {
        const QProcess &p = *processes[i];
        return ended(i) && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0);
    }
    std::string describe(std::size_t i) const
    {
        const QProcess &p = *processes[i];
        const std::string how = p.exitStatus() != QProcess::NormalExit
                                    ? "was killed or crashed"
                                    : "failed (exit " + std::to_string(p.exitCode()) + ")";
        std::string text = "worker " + std::to_string(i + 1) + " of " + std::to_string(options.worldSize) + " " + how +
                           "; the other workers were stopped";
        const std::string out = tail(i);
        if (!out.empty()) text += "\n" + out;
        return text;
    }
};

int LocalPeers::freePort()
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

LocalPeers::LocalPeers(const LocalPeersOptions &options) : d(std::make_unique<Impl>())
{
    d->options = options;
    if (options.worldSize < 2 || options.worldSize > 256)
        throw InputError({}, "processes", "a local data-parallel job needs 2 to 256 processes");
    if (!d->logs.isValid())
        throw InputError(QDir::tempPath().toStdString(), {}, "cannot create a folder for the workers' output");
    d->port = freePort();
    QStringList args;
    for (const std::string &a : options.arguments) args << QString::fromStdString(a);
    args << QStringLiteral("--threads") << QString::number(std::max(1, options.threadsPerProcess))
         << QStringLiteral("--quiet");
    for (int rank = 1; rank < options.worldSize; ++rank) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORLD_SIZE"), QString::number(options.worldSize));
        env.insert(QStringLiteral("RANK"), QString::number(rank));
        env.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
        env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MASTER_PORT"), QString::number(d->port));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(d->logPath(d->processes.size()));
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(QString::fromStdString(options.program), args);
        if (!p->waitForStarted(30000)) {
            const std::string why = p->errorString().toStdString();
            d->processes.push_back(std::move(p));
            stop();
            throw InputError(options.program, {}, "cannot start training worker " + std::to_string(rank) + ": " + why);
        }
        d->processes.push_back(std::move(p));
    }
}

LocalPeers::~LocalPeers()
{
    stop();
}

DistributedConfig LocalPeers::rankZero() const
{
    DistributedConfig c;
    c.worldSize = d->options.worldSize;
    c.rank = 0;
    c.localRank = 0;
    c.masterAddr = "127.0.0.1";
    c.masterPort = d->port;
    return c;
}

std::vector<long long> LocalPeers::processIds() const
{
    std::vector<long long> ids;
    for (const auto &p : d->processes) ids.push_back(static_cast<long long>(p->processId()));
    return ids;
}

std::string LocalPeers::failure(int waitMs) const
{
    // A peer that died makes rank 0's next collective fail at once, often
    // before the peer's exit is seen here: give it a moment.
    for (int waited = 0;; waited += 50) {
        for (std::size_t i = 0; i < d->processes.size(); ++i)
            if (d->endedBadly(i)) return d->describe(i);
        if (waited >= waitMs) return {};
        for (auto &p : d->processes)
            if (p->state() != QProcess::NotRunning) p->waitForFinished(0);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void LocalPeers::finish(int timeoutMs)
{
    for (std::size_t i = 0; i < d->processes.size(); ++i) {
        QProcess &p = *d->processes[i];
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeoutMs)) {
            stop();
            throw InputError({}, "worker " + std::to_string(i + 1),
                             "did not end within " + std::to_string(timeoutMs / 1000) + " s after rank 0 finished");
        }
        if (d->endedBadly(i)) {
            const std::string text = d->describe(i);
            stop();
            throw InputError({}, {}, text);
        }
    }
}

void LocalPeers::stop()
{
    for (auto &p : d->processes) {
        if (p->state() == QProcess::NotRunning) continue;
        p->kill();
        p->waitForFinished(10000);
    }
}

} // namespace netsynth
