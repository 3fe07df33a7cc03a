#pragma once
// Helpers of the fuzz targets (docs/robustness.md). Each target feeds one
// reader of untrusted input with libFuzzer's bytes and accepts exactly two
// outcomes: the reader returns, or it throws InputError (a clear error naming
// the file and where). Anything else (a crash, a sanitizer report, another
// exception, a timeout, memory over -rss_limit_mb) is a finding.

#include "core/runtime/errors.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace netsynth::fuzz {

// The bytes as a file (readers that take paths), removed afterwards. Named
// with `name` (its extension picks the reader in format detection) inside a
// private folder of $TMPDIR, so parallel fuzzers do not meet.
class InputFile
{
public:
    InputFile(const std::uint8_t *data, std::size_t size, const std::string &name)
    {
        const char *tmp = std::getenv("TMPDIR");
        dir_ = std::string(tmp && *tmp ? tmp : "/tmp") + "/netsynth-fuzz-" + std::to_string(::getpid());
        ::mkdir(dir_.c_str(), 0700);
        path_ = dir_ + "/" + name;
        if (FILE *f = std::fopen(path_.c_str(), "wb")) {
            if (size > 0)
                std::fwrite(data, 1, size, f);
            std::fclose(f);
        }
    }
    ~InputFile() { std::remove(path_.c_str()); }
    const std::string &path() const { return path_; }
    const std::string &dir() const { return dir_; }

private:
    std::string dir_, path_;
};

// Runs f; InputError and CanceledError are the expected way to refuse input.
template <typename F>
void expectClearErrors(F &&f)
{
    try {
        f();
    } catch (const InputError &) {
    } catch (const CanceledError &) {
    }
}

} // namespace netsynth::fuzz
