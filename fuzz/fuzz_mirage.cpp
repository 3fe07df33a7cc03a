// MIRAGE JSON (the biflow dictionary of MIRAGE-2019 / -2022 / AppxAct files).
#include "core/data/mirage_reader.h"
#include "core/runtime/progress.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    const std::string json(reinterpret_cast<const char *>(data), size);
    fuzz::expectClearErrors([&] {
        ProgressToken token;
        std::size_t biflows = 0;
        MirageReader::readString(json, "fuzz.json", MirageReadOptions{}, token, [&](Biflow &&) { ++biflows; });
    });
    return 0;
}
