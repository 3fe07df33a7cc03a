// The pipeline's state file (OUT/pipeline_state.json), which a re-run reads
// to reuse finished steps. It is a cache: whatever it holds, load() must
// return (an unreadable or foreign file means "redo everything"), and the
// questions a run asks of it must answer, never crash.
#include "core/eval/pipeline_state.h"
#include "fuzz/fuzz_input.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    fuzz::InputFile file(data, size, "pipeline_state.json");
    fuzz::expectClearErrors([&] {
        PipelineState state = PipelineState::load(file.path());
        const nlohmann::json key = {{"input", "0123456789abcdef"}, {"generator", "diffusion-dpm2m"}};
        for (const char *step : {"encode", "train/diffusion", "sample/diffusion-dpm2m", "evaluate/diffusion-dpm2m"}) {
            state.matching(step, key);
            state.finished(step, key, {file.path()});
            state.started(step, key);
        }
        state.begin("encode", key); // rewrites the file (atomically) from what was read
        state.finish("encode", key, 1.0, nlohmann::json::object());
        PipelineState::load(file.path());
    });
    return 0;
}
