// Replays the saved inputs of one fuzz target (tests/fuzz/<target>/*.hex: the
// crashes fuzzing found, once fixed, and hand-made hostile inputs, stored as
// hex text so the repository holds no binary test data) through
// the same LLVMFuzzerTestOneInput the fuzzer calls, in the normal and the
// sanitizer builds. A crash, a sanitizer report or an exception other than
// InputError fails the test.
//   tst_fuzz_<target> DIR
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s INPUT_FOLDER\n", argv[0]);
        return 2;
    }
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no inputs in %s\n", argv[1]);
        return 1;
    }
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::string bytes;
        int high = -1;
        for (char c : text) { // hex digits, whitespace ignored
            const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (v < 0)
                continue;
            if (high < 0) {
                high = v;
            } else {
                bytes.push_back(static_cast<char>(high * 16 + v));
                high = -1;
            }
        }
        std::printf("%s (%zu bytes)\n", file.filename().c_str(), bytes.size());
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::printf("%zu inputs replayed\n", files.size());
    return 0;
}
