#include "core/runtime/atomic_file.h"

#include "core/runtime/errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace netsynth {

namespace fs = std::filesystem;

static std::string tempNameFor(const std::string &path)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, ".tmp-%08llx", static_cast<unsigned long long>(rng() & 0xffffffffULL));
    return path + suffix;
}

void writeFileAtomically(const std::string &path, const std::function<void(std::ostream &)> &writer)
{
    const fs::path target(path);
    if (target.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec)
            throw InputError(path, {}, "cannot create folder: " + ec.message());
    }
    const std::string tmp = tempNameFor(path);
    try {
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            if (!out)
                throw InputError(path, {}, std::string("cannot open for writing: ") + std::strerror(errno));
            writer(out);
            out.flush();
            if (!out)
                throw InputError(path, {}, "write failed (disk full?)");
        }
        // fsync so the rename never exposes an empty file after a power loss.
        const int fd = ::open(tmp.c_str(), O_RDONLY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
        std::error_code ec;
        fs::rename(tmp, target, ec);
        if (ec)
            throw InputError(path, {}, "cannot rename temporary file into place: " + ec.message());
    } catch (...) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        throw;
    }
}

void writeFileAtomically(const std::string &path, const std::string &contents)
{
    writeFileAtomically(path, [&](std::ostream &out) { out.write(contents.data(), static_cast<std::streamsize>(contents.size())); });
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, {}, std::string("cannot open: ") + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace netsynth
