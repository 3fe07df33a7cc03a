// NumPy .npy arrays (image shards, city layers, traffic maps).
#include "core/runtime/npy_io.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    fuzz::expectClearErrors([&] { parseNpyFloat(bytes, "fuzz.npy"); });
    fuzz::expectClearErrors([&] { parseNpyDouble(bytes, "fuzz.npy"); });
    return 0;
}
