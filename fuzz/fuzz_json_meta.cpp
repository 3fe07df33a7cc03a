// The project's own JSON files, which a user can hand-edit or receive:
// encoder specs, training configurations, diffusion and baseline checkpoint
// meta, AppShot configurations and image-set manifests. The first byte picks
// the reader, the rest is the JSON text.
#include "core/appshot/appshot_config.h"
#include "core/baselines/baseline_checkpoint_info.h"
#include "core/diffusion/checkpoint_info.h"
#include "core/diffusion/train_config.h"
#include "core/imaging/encode_spec.h"
#include "core/imaging/image_dataset.h"
#include "fuzz/fuzz_input.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    if (size < 1)
        return 0;
    const int reader = data[0] % 6;
    const std::string text(reinterpret_cast<const char *>(data + 1), size - 1);
    if (reader == 5) { // a manifest.json with its folder (no shards: they are the npy target's)
        fuzz::InputFile manifest(data + 1, size - 1, "manifest.json");
        fuzz::expectClearErrors([&] { ImageDataset::load(manifest.path()); });
        return 0;
    }
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded())
        return 0; // not JSON: each file reader reports that itself (parse_error -> InputError)
    fuzz::expectClearErrors([&] {
        switch (reader) {
        case 0: EncodeSpec::fromJson(j, "spec.json"); break;
        case 1: TrainConfig::fromJson(j, "config.json"); break;
        case 2: CheckpointInfo::fromJson(j, "checkpoint.json"); break;
        case 3: BaselineCheckpointInfo::fromJson(j, "checkpoint.json"); break;
        default: AppShotConfig::fromJson(j); break;
        }
    });
    return 0;
}
