#include "core/baselines/baseline_kind.h"

#include "core/runtime/errors.h"

namespace netsynth {

std::string baselineKindName(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::DoppelGanger: return "dg";
    case BaselineKind::WganGasf: return "wgan-gasf";
    case BaselineKind::Empirical: return "empirical";
    case BaselineKind::RealResample: return "real-resample";
    }
    return "dg";
}

std::vector<std::string> baselineKindNames()
{
    return {"dg", "wgan-gasf", "empirical", "real-resample"};
}

bool isBaselineKindName(const std::string &name)
{
    for (const auto &n : baselineKindNames())
        if (n == name)
            return true;
    return false;
}

BaselineKind parseBaselineKind(const std::string &name, const std::string &field)
{
    for (BaselineKind k : {BaselineKind::DoppelGanger, BaselineKind::WganGasf, BaselineKind::Empirical,
                           BaselineKind::RealResample})
        if (baselineKindName(k) == name)
            return k;
    if (name == "doppelganger")
        return BaselineKind::DoppelGanger;
    if (name == "real")
        return BaselineKind::RealResample;
    throw InputError({}, field, "unknown model '" + name + "' (expected dg, wgan-gasf, empirical or real-resample)");
}

bool baselineKindIsGan(BaselineKind kind)
{
    return kind == BaselineKind::DoppelGanger || kind == BaselineKind::WganGasf;
}

} // namespace netsynth
