// Every CSV layout the loader reads. The first byte picks the layout, the
// rest is the file: AppxAct rows, binned rows (VideoTrain), one series per
// file (VideoTrain++), per-packet traces (Alexa).
#include "core/data/dataset_loader.h"
#include "core/runtime/progress.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    if (size < 1)
        return 0;
    static const char *const formats[] = {"csv-appxact", "csv-binned-rows", "csv-binned-file", "csv-packets"};
    LoadOptions options;
    options.format = formats[data[0] % 4];
    options.useCache = false;
    fuzz::InputFile file(data + 1, size - 1, "fuzz_1.csv");
    fuzz::expectClearErrors([&] {
        ProgressToken token;
        loadDataset(file.path(), options, token);
    });
    return 0;
}
