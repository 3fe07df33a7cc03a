#include "core/diffusion/checkpoint_io_impl.h"
#include "core/runtime/json_document.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <filesystem>

namespace netsynth {

void writeCheckpoint(const CheckpointInfo &info, UNet &model, UNet &ema, torch::optim::Optimizer *optimizer)
{
    const nlohmann::json meta = info.toJson();
    torch::serialize::OutputArchive archive;
    archive.write("meta", c10::IValue(meta.dump()));
    torch::serialize::OutputArchive modelArchive;
    model->save(modelArchive);
    archive.write("model", modelArchive);
    torch::serialize::OutputArchive emaArchive;
    ema->save(emaArchive);
    archive.write("ema", emaArchive);
    if (optimizer) {
        torch::serialize::OutputArchive optimizerArchive;
        optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
    }
    writeFileAtomically(info.path, [&](std::ostream &out) { archive.save_to(out); });
    const std::filesystem::path json = std::filesystem::path(info.path).parent_path() / "checkpoint.json";
    writeFileAtomically(json.string(), meta.dump(1));
}

CheckpointReader::CheckpointReader(const std::string &fileOrRunDir, const torch::Device &device)
    : m_path(checkpointFilePath(fileOrRunDir))
{
    if (!std::filesystem::is_regular_file(m_path))
        throw InputError(m_path, {}, "no checkpoint file here");
    try {
        m_archive.load_from(m_path, device);
    } catch (const c10::Error &e) {
        throw InputError(m_path, {}, "not a readable checkpoint archive: " + std::string(e.what_without_backtrace()));
    }
    c10::IValue metaValue;
    try {
        m_archive.read("meta", metaValue);
    } catch (const c10::Error &) {
        throw InputError(m_path, "entry 'meta'", "missing: not a NetSynth diffusion checkpoint");
    }
    if (!metaValue.isString())
        throw InputError(m_path, "entry 'meta'", "expected a JSON string");
    const nlohmann::json meta = parseJsonDocument(metaValue.toStringRef(), m_path, "entry 'meta'");
    m_info = CheckpointInfo::fromJson(meta, m_path);
}

void CheckpointReader::loadInto(const char *key, const std::function<void(torch::serialize::InputArchive &)> &loader)
{
    torch::serialize::InputArchive sub;
    try {
        m_archive.read(key, sub);
        loader(sub);
    } catch (const c10::Error &e) {
        throw InputError(m_path, std::string("entry '") + key + "'",
                         "does not match the model: " + std::string(e.what_without_backtrace()));
    }
}

void CheckpointReader::loadModel(UNet &model)
{
    loadInto("model", [&](torch::serialize::InputArchive &a) { model->load(a); });
}

void CheckpointReader::loadEma(UNet &ema)
{
    loadInto("ema", [&](torch::serialize::InputArchive &a) { ema->load(a); });
}

void CheckpointReader::loadOptimizer(torch::optim::Optimizer &optimizer)
{
    loadInto("optimizer", [&](torch::serialize::InputArchive &a) { optimizer.load(a); });
}

CheckpointInfo readCheckpointInfo(const std::string &fileOrRunDir)
{
    return CheckpointReader(fileOrRunDir, torch::kCPU).info();
}

} // namespace netsynth
